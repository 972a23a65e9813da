"""pytest fixtures over tests/support; import them in a conftest.py with `from ... import *`."""

import pytest

from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server; Django's settings point at it for the test."""
    server = SmtpServer().start()
    for name, value in server.django_settings().items():
        setattr(settings, name, value)
    yield server
    server.stop()


__all__ = ["smtp_server"]
