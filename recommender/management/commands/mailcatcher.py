"""Run a local SMTP server that keeps every message as an .eml file for the staff mail page."""

import logging
import signal
import threading
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from recommender.mailbox import mail_catcher_start, mailbox_dir


class Command(BaseCommand):
    help = (
        "Run an SMTP server that catches every message and stores it as an .eml file in "
        "settings.MAILCATCHER_DIR, readable by staff at /staff/mail/. Ctrl-C stops it."
    )
    # The catcher touches no models; it should start even while the project has check errors.
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
        parser.add_argument("--port", type=int, default=1025, help="port to listen on (1025)")
        parser.add_argument(
            "--dir", dest="directory", help="folder for the .eml files (settings.MAILCATCHER_DIR)"
        )

    def handle(self, *args, host: str, port: int, directory: str | None, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        # aiosmtpd logs every SMTP command at INFO; one line per caught message is enough.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        folder = Path(directory) if directory else mailbox_dir()
        try:
            controller = mail_catcher_start(host=host, port=port, directory=folder)
        except OSError as exc:
            raise CommandError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}") from exc

        stopping = threading.Event()
        # honcho and docker stop with SIGTERM; treat it like Ctrl-C.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stopping.set())
        self.stdout.write(
            f"Catching mail on smtp://{host}:{port}, saving it in {folder}", ending="\n"
        )
        self.stdout.flush()
        try:
            stopping.wait()
        finally:
            controller.stop()
        self.stdout.write("Mail catcher stopped.")
