import factory
from django.utils import timezone as django_timezone

from recommender.followups.models import OutboxMessage, Subscriber, Suppression


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"runner{n}@example.com")
    first_name = factory.Sequence(lambda n: f"Runner{n}")
    timezone = "UTC"
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(django_timezone.now)


class OutboxMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboxMessage

    subscriber = factory.SubFactory(SubscriberFactory)
    to_email = factory.LazyAttribute(lambda row: row.subscriber.email)
    category = OutboxMessage.Category.MARKETING
    trigger_key = factory.Sequence(lambda n: f"campaign:{n}")
    template = "followups/email/plain"
    context = factory.LazyFunction(
        lambda: {"headline": "Socks that stop blisters", "paragraphs": ["Seamless toes help."]}
    )
    subject = "Socks that stop blisters"


class SuppressionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suppression

    email = factory.Sequence(lambda n: f"bounced{n}@example.com")
    reason = Suppression.Reason.BOUNCE
