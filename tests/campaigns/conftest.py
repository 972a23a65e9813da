from decimal import Decimal

import pytest

from recommender.campaigns.models import Campaign
from tests.followups.conftest import EMAIL_TEST_SETTINGS
from tests.shop.factories import CategoryFactory, product_with_sizes


@pytest.fixture(autouse=True)
def email_settings_for_tests(settings):
    settings.STRIDEWISE_EMAIL = dict(EMAIL_TEST_SETTINGS)
    settings.SITE_URL = "https://shop.example"
    return settings.STRIDEWISE_EMAIL


@pytest.fixture
def catalog(db):
    """One product per cause the shipped rules answer, in stock: socks, shoes, insoles."""
    socks = product_with_sizes(
        stocks={"M": 5},
        sku="SOCK-1",
        name="Seamless Wicking Sock",
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
        seamless_toe=True,
        price=Decimal("15.00"),
    )
    shoes = product_with_sizes(
        stocks={"42": 3},
        sku="SHOE-1",
        name="Cloudline Trainer",
        category=CategoryFactory(slug="running-shoes"),
        cushioning="max",
        moisture_wicking=False,
        price=Decimal("140.00"),
    )
    return {"socks": socks, "shoes": shoes}


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
