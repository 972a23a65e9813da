"""A real SMTP server (aiosmtpd) on a free local port that records what it receives.

Faults can be switched on while it runs: answer 4xx to the next N recipients, answer 4xx to
everything until a moment, refuse chosen addresses with a 5xx, or take time over each message.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    envelope_from: str
    envelope_to: list[str]
    message: EmailMessage
    peer: tuple
    raw: bytes


@dataclass
class FaultySmtpHandler:
    received: list[Received] = field(default_factory=list)
    transient_left: int = 0
    transient_until: float = 0.0  # time.monotonic() deadline
    refuse: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    transient_answers: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _transient_now(self) -> bool:
        with self.lock:
            if time.monotonic() < self.transient_until:
                self.transient_answers += 1
                return True
            if self.transient_left > 0:
                self.transient_left -= 1
                self.transient_answers += 1
                return True
        return False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.refuse.get(address.lower())
        if refusal:
            return refusal
        if self._transient_now():
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        raw = envelope.original_content or envelope.content
        message = BytesParser(policy=policy.default).parsebytes(raw)
        with self.lock:
            self.received.append(
                Received(
                    envelope_from=envelope.mail_from,
                    envelope_to=list(envelope.rcpt_tos),
                    message=message,
                    peer=tuple(session.peer or ()),
                    raw=raw,
                )
            )
        return "250 2.0.0 Accepted"

    # Reading helpers
    def messages(self) -> list[Received]:
        with self.lock:
            return list(self.received)

    def count(self) -> int:
        with self.lock:
            return len(self.received)


class SmtpServer:
    def __init__(self) -> None:
        # aiosmtpd logs every SMTP command at INFO; at thousands of messages that is the
        # bottleneck of the server (and noise in test output).
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.handler = FaultySmtpHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def django_settings(self) -> dict:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_TIMEOUT": 5,
        }
