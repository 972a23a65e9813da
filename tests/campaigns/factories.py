import factory
from django.utils import timezone

from recommender.models import Event
from tests.followups.factories import SubscriberFactory  # noqa: F401


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    kind = Event.Kind.VIEW_ITEM
    anonymous_id = factory.Sequence(lambda n: f"anon-{n}")
    created_at = factory.LazyFunction(timezone.now)
