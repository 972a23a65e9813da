from datetime import timedelta

import pytest
from django.utils import timezone

from recommender.campaigns.selectors import (
    SegmentError,
    segment_parse,
    segment_recipients,
)
from recommender.followups.models import Subscriber
from recommender.models import ArticleCause, Cause, Event
from tests.campaigns.factories import EventFactory, SubscriberFactory
from tests.followups.factories import SuppressionFactory
from tests.recommender.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _emails(segment_text: str) -> set[str]:
    return set(
        segment_recipients(segment=segment_parse(text=segment_text)).values_list("email", flat=True)
    )


def test_everyone_means_confirmed_not_unsubscribed_not_suppressed():
    SubscriberFactory(email="ok@example.com")
    SubscriberFactory(email="pending@example.com", status=Subscriber.Status.PENDING)
    SubscriberFactory(email="gone@example.com", status=Subscriber.Status.UNSUBSCRIBED)
    SubscriberFactory(email="bounced@example.com")
    SuppressionFactory(email="bounced@example.com")

    assert _emails("all") == {"ok@example.com"}


def test_cause_segment_takes_interests_and_articles_read():
    SubscriberFactory(email="interest@example.com", interests=["improper_socks"])
    SubscriberFactory(email="other@example.com", interests=["hard_surfaces"])
    reader = SubscriberFactory(email="reader@example.com", anonymous_id="anon-reader")
    SubscriberFactory(email="noanon@example.com", anonymous_id="")
    SubscriberFactory(
        email="pending@example.com", interests=["improper_socks"], status=Subscriber.Status.PENDING
    )
    article = ArticleFactory()
    ArticleCause.objects.create(
        article=article, cause=Cause.objects.get(slug="improper_socks"), evidence=["Cotton."]
    )
    EventFactory(anonymous_id=reader.anonymous_id, article=article)

    assert _emails("cause:improper_socks") == {"interest@example.com", "reader@example.com"}


def test_a_rejected_article_cause_does_not_put_readers_in_the_segment():
    reader = SubscriberFactory(anonymous_id="anon-r")
    article = ArticleFactory()
    ArticleCause.objects.create(
        article=article,
        cause=Cause.objects.get(slug="improper_socks"),
        status=ArticleCause.Status.REJECTED,
    )
    EventFactory(anonymous_id=reader.anonymous_id, article=article)

    assert _emails("cause:improper_socks") == set()


def test_category_segment_is_buyers_from_that_category(catalog, django_user_model):
    buyer = SubscriberFactory(email="buyer@example.com", anonymous_id="anon-b")
    account = django_user_model.objects.create_user("acct", "acct@example.com", "pw-123-long")
    SubscriberFactory(email="acct@example.com", user=account)
    SubscriberFactory(email="viewer@example.com", anonymous_id="anon-v")
    EventFactory(
        kind=Event.Kind.PURCHASE, anonymous_id=buyer.anonymous_id, product=catalog["shoes"]
    )
    EventFactory(kind=Event.Kind.PURCHASE, anonymous_id="", user=account, product=catalog["shoes"])
    EventFactory(kind=Event.Kind.VIEW_ITEM, anonymous_id="anon-v", product=catalog["shoes"])
    EventFactory(kind=Event.Kind.PURCHASE, anonymous_id="anon-v", product=catalog["socks"])

    assert _emails("category:running-shoes") == {"buyer@example.com", "acct@example.com"}


def test_engaged_recently_counts_only_events_inside_the_window():
    SubscriberFactory(email="fresh@example.com", anonymous_id="anon-f")
    SubscriberFactory(email="stale@example.com", anonymous_id="anon-s")
    EventFactory(anonymous_id="anon-f", created_at=timezone.now() - timedelta(days=2))
    EventFactory(anonymous_id="anon-s", created_at=timezone.now() - timedelta(days=40))

    assert _emails("engaged_recently:30") == {"fresh@example.com"}


@pytest.mark.parametrize(
    "text", ["cause:no_such_cause", "category:hats", "everyone", "engaged_recently:soon", "all:x"]
)
def test_bad_segments_are_refused_with_a_reason(text):
    with pytest.raises(SegmentError):
        segment_parse(text=text)


def test_counting_a_segment_is_one_query_however_many_subscribers(django_assert_num_queries):
    SubscriberFactory.create_batch(30, interests=["improper_socks"])
    segment = segment_parse(text="cause:improper_socks")

    with django_assert_num_queries(1):
        assert segment_recipients(segment=segment).count() == 30
