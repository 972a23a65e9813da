"""Sort sending errors into transient (try again later) and permanent (give up, say why)."""

from __future__ import annotations

import smtplib
import socket
from dataclasses import dataclass

from anymail.exceptions import (
    AnymailAPIError,
    AnymailInvalidAddress,
    AnymailRecipientsRefused,
    AnymailUnsupportedFeature,
)
from django.core.mail import BadHeaderError
from django.template import TemplateDoesNotExist, TemplateSyntaxError


@dataclass(frozen=True)
class SendError:
    transient: bool
    reason: str


def _smtp_code_error(code: int, text: object, what: str) -> SendError:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return SendError(transient=code < 500, reason=f"{what}: SMTP {code} {text}".strip())


def _text(exc: BaseException) -> str:
    try:
        return str(exc)[:1000]
    except Exception:  # an error object that cannot describe itself still gets recorded
        return repr(exc)[:1000]


def send_error_classify(exc: BaseException) -> SendError:
    name = type(exc).__name__
    text = _text(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()), (550, b"refused"))
        return _smtp_code_error(code, text, "recipient refused")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        # A configuration problem, not the recipient's: retry so mail goes out once it is fixed.
        return SendError(transient=True, reason=f"SMTP authentication failed: {text}")
    if isinstance(exc, smtplib.SMTPResponseException):
        return _smtp_code_error(exc.smtp_code, exc.smtp_error, name)
    if isinstance(exc, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return SendError(transient=True, reason=f"{name}: {text}")
    if isinstance(exc, AnymailRecipientsRefused | AnymailInvalidAddress):
        return SendError(transient=False, reason=f"{name}: {text}")
    if isinstance(exc, AnymailUnsupportedFeature):
        return SendError(transient=False, reason=f"{name}: {text}")
    if isinstance(exc, AnymailAPIError):
        status = getattr(exc, "status_code", None)
        permanent = status is not None and 400 <= status < 500 and status not in (408, 429)
        return SendError(transient=not permanent, reason=f"{name} ({status}): {text}")
    if isinstance(exc, ConnectionError | TimeoutError | socket.timeout | socket.gaierror):
        return SendError(transient=True, reason=f"{name}: {text}")
    if isinstance(exc, BadHeaderError | ValueError | TemplateDoesNotExist | TemplateSyntaxError):
        # Django raises ValueError for an address it cannot encode.
        return SendError(transient=False, reason=f"{name}: {text}")
    if isinstance(exc, OSError | smtplib.SMTPException):
        return SendError(transient=True, reason=f"{name}: {text}")
    return SendError(transient=True, reason=f"{name}: {text}")
