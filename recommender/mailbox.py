"""The local mail catcher and the staff page that reads what it caught.

`manage.py mailcatcher` runs a small SMTP server (aiosmtpd) that stores every message it
receives as an .eml file in settings.MAILCATCHER_DIR. The staff pages under /staff/mail/ list
and show those files, so whoever runs the shop locally can read the follow-up emails it sends
without any outside service.
"""

import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path

# File names sort by arrival time: 20261125T193612123456-1a2b3c4d5e6f.eml
_MESSAGE_ID = re.compile(r"^\d{8}T\d{12}-[0-9a-f]{12}$")
_LIST_LIMIT = 500

logger = logging.getLogger(__name__)


class CaughtMailNotFound(Exception):
    pass


@dataclass(frozen=True)
class CaughtMail:
    id: str
    sender: str
    recipients: str
    subject: str
    date: datetime
    text: str = ""
    html: str = ""
    attachments: list[str] = field(default_factory=list)


# STORE
# ------------------------------------------------------------------------------


def mailbox_dir() -> Path:
    return Path(getattr(settings, "MAILCATCHER_DIR", Path(settings.BASE_DIR) / "var" / "mail"))


def caught_mail_store(
    *, content: bytes, envelope_from: str, envelope_to: list[str], directory: Path
) -> str:
    """Write one message to `directory` and return its id.

    The envelope recipients are kept in a header because Bcc addresses appear nowhere else.
    The file is written under a temporary name and renamed, so a reader never sees half of it.
    """
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    message_id = f"{stamp}-{secrets.token_hex(6)}"
    envelope = (
        f"X-Envelope-From: {_one_line(envelope_from)}\r\n"
        f"X-Envelope-To: {_one_line(', '.join(envelope_to))}\r\n"
    ).encode()
    partial = directory / f".{message_id}.part"
    partial.write_bytes(envelope + content)
    partial.rename(directory / f"{message_id}.eml")
    return message_id


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


class _StoringHandler:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def handle_DATA(self, server, session, envelope) -> str:
        message_id = caught_mail_store(
            content=envelope.original_content or envelope.content,
            envelope_from=envelope.mail_from or "",
            envelope_to=list(envelope.rcpt_tos),
            directory=self.directory,
        )
        logger.info("Caught mail %s for %s", message_id, ", ".join(envelope.rcpt_tos))
        return "250 Message caught"


def mail_catcher_start(*, host: str, port: int, directory: Path):
    """Start the SMTP server in a background thread; call .stop() on the result to end it."""
    # Imported here so that serving web pages never loads the SMTP server.
    from aiosmtpd.controller import Controller

    directory.mkdir(parents=True, exist_ok=True)
    controller = Controller(_StoringHandler(directory), hostname=host, port=port)
    controller.start()
    return controller


# READ
# ------------------------------------------------------------------------------


def _parse(file: Path) -> EmailMessage:
    with file.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def _date(message_id: str, message: EmailMessage) -> datetime:
    """The message's own Date header, or when it arrived if that is missing or unreadable."""
    try:
        if message["Date"]:
            return parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError, IndexError):
        pass
    arrived = message_id.partition("-")[0]
    return datetime.strptime(arrived, "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)


def _summary(message_id: str, message: EmailMessage) -> dict:
    return {
        "id": message_id,
        "sender": str(message["From"] or message["X-Envelope-From"] or ""),
        "recipients": str(message["To"] or message["X-Envelope-To"] or ""),
        "subject": str(message["Subject"] or "(no subject)"),
        "date": _date(message_id, message),
    }


def _part_text(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    if part is None:
        return ""
    try:
        return part.get_content()
    except (LookupError, UnicodeDecodeError):  # an unknown or lying charset
        return part.get_payload(decode=True).decode("utf-8", errors="replace")


def caught_mail_list(
    *, directory: Path | None = None, limit: int = _LIST_LIMIT
) -> list[CaughtMail]:
    """The newest messages first."""
    folder = directory or mailbox_dir()
    if not folder.is_dir():
        return []
    files = sorted(
        (f for f in folder.glob("*.eml") if _MESSAGE_ID.match(f.stem)),
        key=lambda f: f.name,
        reverse=True,
    )
    return [CaughtMail(**_summary(f.stem, _parse(f))) for f in files[:limit]]


def caught_mail_get(*, message_id: str, directory: Path | None = None) -> tuple[CaughtMail, bytes]:
    """One message with its plain text and HTML parts, and its raw source."""
    if not _MESSAGE_ID.match(message_id):  # also keeps the id from naming a path elsewhere
        raise CaughtMailNotFound(message_id)
    file = (directory or mailbox_dir()) / f"{message_id}.eml"
    if not file.is_file():
        raise CaughtMailNotFound(message_id)
    message = _parse(file)
    attachments = [part.get_filename() or "(unnamed)" for part in message.iter_attachments()]
    caught = CaughtMail(
        **_summary(message_id, message),
        text=_part_text(message, "plain"),
        html=_part_text(message, "html"),
        attachments=attachments,
    )
    return caught, file.read_bytes()


# STAFF PAGES
# ------------------------------------------------------------------------------


@staff_member_required
def mailbox_list_view(request):
    return render(
        request,
        "recommender/mailbox/list.html",
        {
            **admin.site.each_context(request),
            "title": "Caught mail",
            "caught_mails": caught_mail_list(),
            "folder": mailbox_dir(),
        },
    )


@staff_member_required
def mailbox_detail_view(request, message_id: str):
    try:
        caught, _ = caught_mail_get(message_id=message_id)
    except CaughtMailNotFound:
        raise Http404("No caught message with this id.") from None
    context = {**admin.site.each_context(request), "title": caught.subject, "mail": caught}
    return render(request, "recommender/mailbox/detail.html", context)


@staff_member_required
def mailbox_source_view(request, message_id: str):
    try:
        _, raw = caught_mail_get(message_id=message_id)
    except CaughtMailNotFound:
        raise Http404("No caught message with this id.") from None
    # Served as plain text so nothing in the message can run in the staff member's browser.
    response = HttpResponse(raw, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{message_id}.eml"'
    return response


app_name = "mailbox"
urlpatterns = [
    path("", mailbox_list_view, name="list"),
    path("<str:message_id>/", mailbox_detail_view, name="detail"),
    path("<str:message_id>/source/", mailbox_source_view, name="source"),
]
