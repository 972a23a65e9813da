import pytest

# Deterministic delivery for unit tests: no quiet hours, no rate limit, quick retries.
EMAIL_TEST_SETTINGS = {
    "QUIET_HOURS": None,
    "SEND_RATE_PER_SECOND": 0,
    "RETRY_BASE_SECONDS": 60,
    "FREQUENCY_CAP_COUNT": 3,
    "FREQUENCY_CAP_HOURS": 24,
}


@pytest.fixture(autouse=True)
def email_settings_for_tests(settings):
    settings.STRIDEWISE_EMAIL = dict(EMAIL_TEST_SETTINGS)
    settings.SITE_URL = "https://shop.example"
    return settings.STRIDEWISE_EMAIL


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw-123-long")
    client.force_login(user)
    return client


from tests.support.fixtures import smtp_server  # noqa: E402, F401
