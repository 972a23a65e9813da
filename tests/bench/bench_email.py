"""Email benchmark: plan and queue 100,000 recipients; delivery rate; worker memory.

Needs DATABASE_URL (PostgreSQL) and the redis-server binary (or REDIS_URL); it works in a
database of its own (<name>_bench_email), created and dropped here, and a throwaway broker.

1. Planning: 100,000 confirmed subscribers -> drafts -> outbox rows in PostgreSQL -> send
   tasks published to the broker. Target <= 60 s.
2. Delivery: the same N messages to a local aiosmtpd server, first by a plain smtplib loop
   over one connection (messages rendered beforehand), then through the real path (outbox
   rows, tasks on the broker, a Celery worker process claiming, rendering, sending and
   recording each row). Target: worker rate >= 0.5x the loop's.
3. Worker memory: the largest resident size seen while it delivers. Target < 250 MB.
"""

from __future__ import annotations

import os
import shutil
import smtplib
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

NEEDS_DJANGO = True

PLAN_RECIPIENTS = int(os.environ.get("BENCH_EMAIL_RECIPIENTS", 100_000))
DELIVERY_MESSAGES = int(os.environ.get("BENCH_EMAIL_MESSAGES", 3_000))
# Sending email is waiting on the network and the database, so one process with threads
# overlaps those waits at a fraction of the memory of one process per send.
WORKER_POOL = os.environ.get("BENCH_EMAIL_POOL", "threads")
WORKER_CONCURRENCY = int(os.environ.get("BENCH_EMAIL_CONCURRENCY", 8))
EMAIL_OVERRIDES = {
    "QUIET_HOURS": None,
    # The Redis token bucket stays in the path but high enough not to be what is measured.
    "SEND_RATE_PER_SECOND": 1_000_000,
    "BATCH_SIZE": 100,
}


def _bench_database():
    from django.db import connection

    if connection.vendor != "postgresql":
        raise RuntimeError("bench_email needs PostgreSQL: set DATABASE_URL=postgres://...")
    connection.settings_dict.setdefault("TEST", {})
    connection.settings_dict["TEST"]["NAME"] = f"{connection.settings_dict['NAME']}_bench_email"
    original = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return original


def _drafts(subscribers, trigger: str):
    from recommender.followups.services import OutboxDraft

    return [
        OutboxDraft(
            to_email=email,
            trigger_key=trigger,
            template="followups/email/plain",
            subject="Your spring running plan",
            context={
                "headline": "Build up slowly",
                "paragraphs": [
                    "Add no more than a tenth to your weekly distance.",
                    "Socks with a seamless toe keep blisters away on longer runs.",
                ],
                "link_url": "https://shop.example/products/",
            },
            subscriber_id=pk,
            source=trigger,
        )
        for pk, email in subscribers
    ]


def _subscribers_create(count: int, prefix: str) -> None:
    from recommender.followups.models import Subscriber

    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"{prefix}{n}@example.com", first_name=f"Runner {n}", status="confirmed"
            )
            for n in range(count)
        ),
        batch_size=5000,
    )


def _plan(figures: dict) -> None:
    from recommender.followups.models import OutboxMessage
    from recommender.followups.selectors import subscriber_list_emailable
    from recommender.followups.services import outbox_enqueue_many

    _subscribers_create(PLAN_RECIPIENTS, "plan")
    started = time.perf_counter()
    recipients = list(subscriber_list_emailable().values_list("pk", "email"))
    queued = outbox_enqueue_many(drafts=_drafts(recipients, "campaign:bench-plan"))
    figures["plan_seconds"] = round(time.perf_counter() - started, 2)
    figures["plan_recipients"] = PLAN_RECIPIENTS
    figures["plan_rows"] = OutboxMessage.objects.filter(trigger_key="campaign:bench-plan").count()
    figures["plan_rows_dispatched"] = OutboxMessage.objects.filter(
        trigger_key="campaign:bench-plan", dispatched_at__isnull=False
    ).count()
    assert queued == PLAN_RECIPIENTS


def _baselines(smtp, rows) -> dict:
    """Two plain smtplib loops over one connection, sending the same messages as the worker.

    `prebuilt`: the finished bytes of each message are made before the clock starts, so only
    SMTP is timed (the fastest any sender could go). `building`: each message is built from
    its already rendered text and HTML with the standard library's EmailMessage and then sent,
    which is what a plain script sending these emails has to do.
    """
    from recommender.followups.services import email_message_build

    built = [email_message_build(message=row) for row in rows]
    sender = "hello@stridewise.example"
    prebuilt = [
        (row.to_email, m.message().as_bytes(linesep="\r\n"))
        for row, m in zip(rows, built, strict=True)
    ]
    rates = {}
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        for to, payload in prebuilt:
            client.sendmail(sender, [to], payload)
    rates["prebuilt"] = len(prebuilt) / (time.perf_counter() - started)
    smtp.handler.received.clear()

    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        for row, django_message in zip(rows, built, strict=True):
            message = EmailMessage()
            message["From"] = django_message.from_email
            message["To"] = django_message.to[0]
            message["Subject"] = django_message.subject
            for name, value in django_message.extra_headers.items():
                message[name] = value
            message.set_content(django_message.body)
            message.add_alternative(django_message.alternatives[0][0], subtype="html")
            client.send_message(message, from_addr=sender, to_addrs=[row.to_email])
    rates["building"] = len(rows) / (time.perf_counter() - started)
    smtp.handler.received.clear()
    return rates


def run() -> dict:
    from django.db import connection

    from recommender.followups.models import OutboxMessage
    from recommender.followups.services import outbox_enqueue_many
    from tests.support.stack import EmailStack, wait_for

    figures: dict = {}
    original = _bench_database()
    directory = Path(tempfile.mkdtemp(prefix="bench-email-"))
    stack = EmailStack(directory, email_overrides=EMAIL_OVERRIDES, concurrency=WORKER_CONCURRENCY)
    try:
        import django.conf

        django.conf.settings.STRIDEWISE_EMAIL = {
            **django.conf.settings.STRIDEWISE_EMAIL,
            **EMAIL_OVERRIDES,
        }
        stack.start_services()
        _plan(figures)
        # Those 100,000 were for timing the plan; nobody is to receive them.
        stack.broker_purge()
        OutboxMessage.objects.all().delete()

        # Same messages both ways: rows for N recipients, sent first by a plain loop.
        _subscribers_create(DELIVERY_MESSAGES, "deliver")
        from recommender.followups.models import Subscriber

        recipients = list(
            Subscriber.objects.filter(email__startswith="deliver").values_list("pk", "email")
        )
        drafts = _drafts(recipients, "campaign:bench-deliver")
        outbox_enqueue_many(drafts=drafts, dispatch=False)
        rows = list(OutboxMessage.objects.select_related("subscriber").order_by("id"))
        rates = _baselines(stack.smtp, rows)
        figures["smtplib_loop_prebuilt_per_second"] = round(rates["prebuilt"], 1)
        figures["smtplib_loop_building_per_second"] = round(rates["building"], 1)
        OutboxMessage.objects.all().delete()
        stack.smtp.handler.received.clear()

        stack.start_worker(beat=False, pool=WORKER_POOL)
        peak_rss = stack.worker.rss_bytes()
        cpu_before = stack.worker.cpu_seconds()
        started = time.perf_counter()
        outbox_enqueue_many(drafts=drafts)

        def done() -> bool:
            nonlocal peak_rss
            peak_rss = max(peak_rss, stack.worker.rss_bytes())
            return stack.smtp.handler.count() >= DELIVERY_MESSAGES

        finished = wait_for(done, timeout=600, interval=0.25)
        elapsed = time.perf_counter() - started
        if not finished:
            raise RuntimeError(f"worker did not deliver in time:\n{stack.worker.log_tail()}")
        wait_for(
            lambda: OutboxMessage.objects.filter(state="sent").count() >= DELIVERY_MESSAGES,
            timeout=30,
        )
        figures["worker_cpu_ms_per_message"] = round(
            1000 * (stack.worker.cpu_seconds() - cpu_before) / DELIVERY_MESSAGES, 2
        )
        figures["load_average_1min"] = os.getloadavg()[0]
        figures["worker_path_per_second"] = round(DELIVERY_MESSAGES / elapsed, 1)
        for kind in ("prebuilt", "building"):
            figures[f"worker_vs_{kind}_loop"] = round(
                figures["worker_path_per_second"] / rates[kind], 2
            )
        figures["delivery_messages"] = DELIVERY_MESSAGES
        figures["delivered_rows_sent"] = OutboxMessage.objects.filter(state="sent").count()
        figures["worker_pool"] = f"{WORKER_POOL} x {WORKER_CONCURRENCY}"
        figures["worker_peak_rss_mb_all_processes"] = round(peak_rss / 2**20, 1)
        figures["targets"] = {
            "plan_seconds": "<= 60 for 100,000",
            "worker_vs_building_loop": ">= 0.5",
            "worker_peak_rss_mb_all_processes": "< 250",
        }
    finally:
        stack.stop()
        shutil.rmtree(directory, ignore_errors=True)
        connection.creation.destroy_test_db(original, verbosity=0)
    return figures
