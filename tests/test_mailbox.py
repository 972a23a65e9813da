"""The local mail catcher and the staff pages that show what it caught."""

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from django.core.mail import EmailMultiAlternatives
from django.core.management import CommandError, call_command

from recommender.mailbox import caught_mail_store, mail_catcher_start

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _message(subject: str, to: str = "ann@runner.example") -> bytes:
    message = EmailMessage()
    message["From"] = "Stridewise <hello@stridewise.example>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = "Wed, 25 Nov 2026 09:00:00 +0000"
    message.set_content(f"Plain text of {subject}")
    return message.as_bytes()


@pytest.fixture
def mail_dir(tmp_path, settings):
    settings.MAILCATCHER_DIR = tmp_path / "mail"
    return settings.MAILCATCHER_DIR


@pytest.fixture
def catcher(mail_dir):
    port = _free_port()
    controller = mail_catcher_start(host="127.0.0.1", port=port, directory=mail_dir)
    yield port
    controller.stop()


@pytest.mark.smtp
@pytest.mark.django_db
def test_mail_the_shop_sends_can_be_read_on_the_staff_page(
    catcher, mail_dir, settings, admin_client
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", catcher
    email = EmailMultiAlternatives(
        subject="Your blisters and the socks that help",
        body="Seamless toes stop the rubbing.",
        from_email="hello@stridewise.example",
        to=["ann@runner.example"],
        bcc=["audit@stridewise.example"],
    )
    email.attach_alternative(
        '<p>Seamless <b>toes</b></p><script>alert("caught")</script>', "text/html"
    )
    email.send()

    listing = admin_client.get("/staff/mail/")
    assert listing.status_code == 200
    assert "Your blisters and the socks that help" in listing.content.decode()
    assert "ann@runner.example" in listing.content.decode()

    [file] = list(mail_dir.glob("*.eml"))
    detail = admin_client.get(f"/staff/mail/{file.stem}/").content.decode()
    assert "Seamless toes stop the rubbing." in detail
    # The HTML part is shown only inside an empty sandbox, escaped into srcdoc.
    assert 'sandbox=""' in detail
    assert "&lt;script&gt;alert(&quot;caught&quot;)&lt;/script&gt;" in detail
    assert '<script>alert("caught")' not in detail
    # Bcc recipients never appear in the headers, so the envelope keeps them.
    source = admin_client.get(f"/staff/mail/{file.stem}/source/")
    assert source["Content-Type"].startswith("text/plain")
    assert b"X-Envelope-To: ann@runner.example, audit@stridewise.example" in source.content


@pytest.mark.django_db
def test_caught_mail_is_listed_newest_first(mail_dir, admin_client):
    for subject in ("First follow-up", "Second follow-up", "Third follow-up"):
        caught_mail_store(
            content=_message(subject),
            envelope_from="a@x.example",
            envelope_to=["b@x.example"],
            directory=mail_dir,
        )

    page = admin_client.get("/staff/mail/").content.decode()

    positions = [page.index(s) for s in ("Third follow-up", "Second follow-up", "First follow-up")]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_broken_messages_still_show_with_their_arrival_time(mail_dir, admin_client):
    message_id = caught_mail_store(
        content=b"Subject: \xff\xfe half a header\r\nDate: not a date\r\n\r\n\x00\x81 body",
        envelope_from="",
        envelope_to=["b@x.example"],
        directory=mail_dir,
    )

    listing = admin_client.get("/staff/mail/")
    detail = admin_client.get(f"/staff/mail/{message_id}/")

    assert listing.status_code == detail.status_code == 200
    arrived = f"{message_id[6:8].lstrip('0')} "  # the day of arrival, as the list prints it
    assert arrived in listing.content.decode()
    assert "half a header" in detail.content.decode()


@pytest.mark.django_db
def test_mail_page_is_for_staff_only(mail_dir, client, django_user_model):
    message_id = caught_mail_store(
        content=_message("Private"),
        envelope_from="a@x.example",
        envelope_to=["b@x.example"],
        directory=mail_dir,
    )

    for url in ("/staff/mail/", f"/staff/mail/{message_id}/", f"/staff/mail/{message_id}/source/"):
        assert client.get(url)["Location"].startswith("/admin/login/")
    shopper = django_user_model.objects.create_user("shopper", password="pw-for-tests-only")
    client.force_login(shopper)
    response = client.get("/staff/mail/")
    assert response.status_code == 302
    assert "Private" not in response.content.decode()


@pytest.mark.django_db
def test_unknown_or_malformed_message_ids_are_404(mail_dir, admin_client):
    mail_dir.mkdir(parents=True)
    (mail_dir.parent / "secret.eml").write_bytes(_message("Not in the mailbox"))

    assert admin_client.get("/staff/mail/20261125T090000000000-0123456789ab/").status_code == 404
    assert admin_client.get("/staff/mail/..%2Fsecret/").status_code == 404
    assert admin_client.get("/staff/mail/not-an-id/source/").status_code == 404


@pytest.mark.django_db
def test_empty_mailbox_explains_how_to_start_the_catcher(mail_dir, admin_client):
    page = admin_client.get("/staff/mail/").content.decode()

    assert "No mail caught yet" in page


@pytest.mark.django_db
def test_admin_index_links_to_the_caught_mail(admin_client):
    assert 'href="/staff/mail/"' in admin_client.get("/admin/").content.decode()


def test_mailcatcher_reports_a_port_in_use(catcher, tmp_path):
    with pytest.raises(CommandError, match=f"Cannot listen on 127.0.0.1:{catcher}"):
        call_command("mailcatcher", port=catcher, directory=str(tmp_path))


@pytest.mark.smtp
@pytest.mark.slow
def test_mailcatcher_command_catches_mail_and_stops_on_ctrl_c(tmp_path):
    port = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "mailcatcher", "--port", str(port), "--dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        started = ""
        while "Catching mail on" not in started and process.poll() is None:
            started = process.stdout.readline()
        assert f"Catching mail on smtp://127.0.0.1:{port}" in started
        with smtplib.SMTP("127.0.0.1", port, timeout=5) as smtp:
            smtp.sendmail("hello@stridewise.example", ["ann@runner.example"], _message("Hi Ann"))
        deadline = time.monotonic() + 5
        while not list(tmp_path.glob("*.eml")) and time.monotonic() < deadline:
            time.sleep(0.05)
        [file] = list(tmp_path.glob("*.eml"))
        assert b"Subject: Hi Ann" in file.read_bytes()
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Mail catcher stopped." in output
