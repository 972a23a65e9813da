import pytest

from recommender.campaigns.models import Campaign
from tests.campaigns.factories import catalog_create
from tests.followups.conftest import EMAIL_TEST_SETTINGS


@pytest.fixture(autouse=True)
def email_settings_for_tests(settings):
    settings.STRIDEWISE_EMAIL = dict(EMAIL_TEST_SETTINGS)
    settings.SITE_URL = "https://shop.example"
    return settings.STRIDEWISE_EMAIL


@pytest.fixture
def catalog(db):
    return catalog_create()


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw-123-long")
    client.force_login(user)
    return client


@pytest.fixture
def campaign_factory(db):
    def make(**fields):
        fields.setdefault("name", f"Spring {Campaign.objects.count() + 1}")
        fields.setdefault("subject", "Run happier this spring")
        fields.setdefault("intro", "Picked for what you told us.")
        return Campaign.objects.create(**fields)

    return make


from tests.recommender.conftest import detector  # noqa: E402, F401
