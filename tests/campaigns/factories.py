from decimal import Decimal

import factory
from django.utils import timezone

from recommender.models import Event
from tests.followups.factories import SubscriberFactory  # noqa: F401
from tests.shop.factories import CategoryFactory, product_with_sizes


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    kind = Event.Kind.VIEW_ITEM
    anonymous_id = factory.Sequence(lambda n: f"anon-{n}")
    created_at = factory.LazyFunction(timezone.now)


def catalog_create() -> dict:
    """One product per cause the shipped rules answer, in stock: wicking socks, cushioned shoes."""
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
