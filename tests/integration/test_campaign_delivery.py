"""A campaign from planning to the inbox: product cards, tracked links, unsubscribe headers.

The first test sends through a real SMTP server (aiosmtpd) with the send tasks run in this
process; the second runs the whole stack: PostgreSQL, a Redis broker, a Celery worker process.
"""

import os
import re
import shutil
from urllib.parse import urlsplit

import pytest
from django.test import Client

from recommender.campaigns.models import Campaign, TrackedClick
from recommender.campaigns.services import campaign_plan
from recommender.followups.models import OutboxMessage, Subscriber
from tests.campaigns.factories import catalog_create
from tests.followups.conftest import EMAIL_TEST_SETTINGS
from tests.support.smtp import SmtpServer
from tests.support.stack import FAST_TIMINGS, EmailStack, wait_for


@pytest.fixture
def smtp_server(settings):
    server = SmtpServer().start()
    for name, value in server.django_settings().items():
        setattr(settings, name, value)
    yield server
    server.stop()


def _subscribers(count: int) -> list[Subscriber]:
    return Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.com",
            first_name=f"Reader {n}",
            status=Subscriber.Status.CONFIRMED,
            interests=["improper_socks"] if n % 2 else ["improper_footwear"],
        )
        for n in range(count)
    )


def _html(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def _text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


@pytest.mark.smtp
@pytest.mark.django_db
def test_a_planned_campaign_arrives_with_cards_links_and_unsubscribe_headers(
    smtp_server, settings, django_capture_on_commit_callbacks
):
    catalog = catalog_create()
    settings.STRIDEWISE_EMAIL = dict(EMAIL_TEST_SETTINGS)
    settings.SITE_URL = "https://shop.example"
    _subscribers(4)
    campaign = Campaign.objects.create(name="Blister week", subject="Dry feet, happy miles")

    with django_capture_on_commit_callbacks(execute=True):
        assert campaign_plan(campaign=campaign) == 4

    received = smtp_server.handler.messages()
    assert sorted(r.envelope_to[0] for r in received) == [
        f"reader{n}@example.com" for n in range(4)
    ]
    odd = next(r.message for r in received if r.envelope_to == ["reader1@example.com"])
    even = next(r.message for r in received if r.envelope_to == ["reader0@example.com"])
    assert odd["Subject"] == "Dry feet, happy miles"
    assert odd["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "https://shop.example/email/unsubscribe/" in odd["List-Unsubscribe"]
    html, text = _html(odd), _text(odd)
    assert "Seamless Wicking Sock" in html and "Seamless Wicking Sock" in text
    assert "Cloudline Trainer" in _text(even) and "Seamless Wicking Sock" not in _text(even)
    assert 'class="product-card"' in html
    assert "15.00" in text
    assert settings.SHOP_POSTAL_ADDRESS in text
    assert OutboxMessage.objects.filter(state="sent").count() == 4

    link = re.search(r"https://shop\.example(/email/c/r/[^\s\"<]+/)", text).group(1)
    response = Client().get(link)
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == catalog["socks"].get_absolute_url()
    assert TrackedClick.objects.get().outbox_message.to_email == "reader1@example.com"


@pytest.fixture
def stack(transactional_db, tmp_path, settings):
    if not shutil.which("redis-server"):
        if os.environ.get("STRIDEWISE_REQUIRE_SERVICES") == "1":
            pytest.fail("required service missing: redis-server binary")
        pytest.skip("needs the redis-server binary for a throwaway broker")
    settings.STRIDEWISE_EMAIL = dict(FAST_TIMINGS)
    settings.SITE_URL = "https://shop.example"
    running = EmailStack(tmp_path, email_overrides=FAST_TIMINGS)
    try:
        running.start()
        yield running
    finally:
        running.stop()


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.celery
@pytest.mark.smtp
@pytest.mark.slow
def test_a_campaign_goes_out_through_the_worker_once_per_recipient(stack):
    catalog_create()
    _subscribers(120)
    campaign = Campaign.objects.create(name="Worker run", subject="New socks for the new season")

    assert campaign_plan(campaign=campaign) == 120

    def all_sent() -> bool:
        return OutboxMessage.objects.filter(state="sent").count() >= 120

    assert wait_for(all_sent, timeout=120), stack.worker.log_tail()
    received = stack.smtp.handler.messages()
    recipients = [r.envelope_to[0] for r in received]
    assert sorted(set(recipients)) == sorted(f"reader{n}@example.com" for n in range(120))
    assert len(recipients) == 120
    sample = received[0].message
    assert sample["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/email/c/r/" in _html(sample)
