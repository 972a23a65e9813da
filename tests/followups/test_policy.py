import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recommender.followups.headers import address_with_name, header_safe
from recommender.followups.services import policy
from recommender.followups.services.errors import send_error_classify


@pytest.mark.parametrize(
    ("local_time", "expected_end"),
    [
        ("2026-03-10 22:30", "2026-03-11 08:00"),
        ("2026-03-10 03:15", "2026-03-10 08:00"),
        ("2026-03-10 12:00", None),
        ("2026-03-10 08:00", None),
        ("2026-03-10 21:00", "2026-03-11 08:00"),
    ],
)
def test_quiet_hours_end_in_the_recipients_zone(settings, local_time, expected_end):
    settings.STRIDEWISE_EMAIL = {"QUIET_HOURS": (21, 8)}
    zone = ZoneInfo("America/New_York")
    now = datetime.fromisoformat(local_time).replace(tzinfo=zone)
    end = policy.quiet_hours_end(now=now, timezone_name="America/New_York")
    if expected_end is None:
        assert end is None
    else:
        assert end == datetime.fromisoformat(expected_end).replace(tzinfo=zone)


def test_quiet_hours_across_a_daylight_saving_change(settings):
    settings.STRIDEWISE_EMAIL = {"QUIET_HOURS": (21, 8)}
    zone = ZoneInfo("Europe/Berlin")
    # Clocks go forward on the night of 28-29 March 2026.
    now = datetime(2026, 3, 28, 23, 0, tzinfo=zone)
    end = policy.quiet_hours_end(now=now, timezone_name="Europe/Berlin").astimezone(zone)
    assert (end.day, end.hour) == (29, 8)


def test_no_quiet_hours_when_switched_off(settings):
    settings.STRIDEWISE_EMAIL = {"QUIET_HOURS": None}
    assert policy.quiet_hours_end(now=datetime.now(UTC), timezone_name="UTC") is None


def test_frequency_cap(settings):
    settings.STRIDEWISE_EMAIL = {"FREQUENCY_CAP_COUNT": 2, "FREQUENCY_CAP_HOURS": 24}
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    sends = [now - timedelta(hours=20), now - timedelta(hours=2), now - timedelta(hours=30)]
    assert policy.frequency_cap_free_at(recent_sends=sends, now=now) == now + timedelta(hours=4)
    assert policy.frequency_cap_free_at(recent_sends=sends[1:], now=now) is None


def test_retry_delay_grows_with_jitter_and_a_ceiling(settings):
    settings.STRIDEWISE_EMAIL = {"RETRY_BASE_SECONDS": 10, "RETRY_MAX_SECONDS": 100}
    delays = [policy.retry_delay(attempts=n).total_seconds() for n in (1, 2, 3, 10)]
    assert 5 <= delays[0] <= 10
    assert 10 <= delays[1] <= 20
    assert 20 <= delays[2] <= 40
    assert 50 <= delays[3] <= 100
    samples = {policy.retry_delay(attempts=4).total_seconds() for _ in range(20)}
    assert len(samples) > 1  # jitter spreads retries out


def test_local_send_rate_limit_spaces_messages(settings):
    settings.STRIDEWISE_EMAIL = {"SEND_RATE_PER_SECOND": 20}
    settings.REDIS_URL = ""
    policy._local_bucket.tokens = None
    started = time.monotonic()
    for _ in range(30):
        policy.send_rate_wait()
    # 20 may go at once (one second's burst); the other 10 need half a second.
    assert 0.4 <= time.monotonic() - started < 1.5


@pytest.mark.redis
def test_send_rate_limit_is_shared_through_redis(settings):
    import redis

    settings.STRIDEWISE_EMAIL = {"SEND_RATE_PER_SECOND": 20}
    redis.Redis.from_url(settings.REDIS_URL).delete(policy._BUCKET_KEY)
    policy._redis_state.clear()
    started = time.monotonic()
    for _ in range(30):
        policy.send_rate_wait()
    assert 0.4 <= time.monotonic() - started < 1.5
    assert redis.Redis.from_url(settings.REDIS_URL).exists(policy._BUCKET_KEY)


@given(st.text())
def test_header_values_are_always_one_line(value):
    cleaned = header_safe(value)
    assert len(cleaned.splitlines()) <= 1
    assert "\r" not in cleaned and "\n" not in cleaned


def test_address_with_name_quotes_the_name():
    assert address_with_name(email="a@example.com", name='Jo "Fast", Jr') == (
        '"Jo \\"Fast\\", Jr" <a@example.com>'
    )
    assert address_with_name(email="a@example.com", name="Ana\r\nBcc: x@y") == (
        '"Ana Bcc: x@y" <a@example.com>'
    )


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        ("smtplib.SMTPRecipientsRefused({'a@b': (550, b'no such user')})", False),
        ("smtplib.SMTPRecipientsRefused({'a@b': (451, b'busy')})", True),
        ("smtplib.SMTPDataError(452, b'full')", True),
        ("smtplib.SMTPDataError(554, b'rejected')", False),
        ("smtplib.SMTPServerDisconnected('gone')", True),
        ("ConnectionRefusedError(111, 'refused')", True),
        ("TimeoutError('slow')", True),
        ("AnymailRecipientsRefused('all refused')", False),
        ("AnymailAPIError('boom', status_code=503)", True),
        ("AnymailAPIError('bad', status_code=422)", False),
        ("ValueError('Invalid address')", False),
    ],
)
def test_errors_are_sorted_into_transient_and_permanent(error, transient):
    import smtplib  # noqa: F401  (used by eval)

    from anymail.exceptions import AnymailAPIError, AnymailRecipientsRefused  # noqa: F401

    exc = eval(error)  # noqa: S307 (fixed test table)
    assert send_error_classify(exc).transient is transient


def test_system_checks_catch_bad_email_settings(settings):
    from recommender.followups.checks import check_email_settings

    settings.STRIDEWISE_EMAIL = {"QUIET_HOURS": (22, 99), "SEND_RATE": 5}
    settings.EMAIL_BACKEND = "nowhere.Backend"
    ids = sorted(problem.id for problem in check_email_settings())
    assert ids == ["followups.E001", "followups.E003", "followups.W001"]
    settings.STRIDEWISE_EMAIL = {"QUIET_HOURS": [21, 7]}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert check_email_settings() == []


@pytest.mark.parametrize(
    ("value", "window"),
    [("21-8", (21, 8)), ("off", None), ((22, 6), (22, 6)), ([9, 9], None), (None, (21, 8))],
)
def test_quiet_hours_setting_forms(settings, value, window):
    settings.STRIDEWISE_EMAIL = {}
    assert policy.quiet_hours_window(value) == window


def test_quiet_hours_from_the_environment_style_string(settings):
    settings.STRIDEWISE_EMAIL = {"QUIET_HOURS": "0-23"}
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert policy.quiet_hours_end(now=now, timezone_name="UTC") == datetime(
        2026, 6, 1, 23, tzinfo=UTC
    )
