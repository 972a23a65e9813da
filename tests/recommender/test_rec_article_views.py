"""Article reads (view_article events): recorded from the article page's beacon, seen by the
reader follow-up flow and cause segments, and never a reason to recompute recommendations."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from recommender.campaigns.selectors import causes_from_reading
from recommender.campaigns.services import article_followups_plan
from recommender.followups.models import OutboxMessage
from recommender.models import ArticleProductSignal, Event
from recommender.services.events import article_signals_refresh_recent
from tests.campaigns.factories import EventFactory, SubscriberFactory
from tests.followups.conftest import EMAIL_TEST_SETTINGS
from tests.recommender.rec_helpers import BLISTER_SENTENCE, article_with_causes, sock

pytestmark = pytest.mark.django_db
EVENTS = "/api/v1/events/"


@pytest.fixture(autouse=True)
def _settings(settings):
    cache.clear()
    settings.STRIDEWISE_EMAIL = dict(EMAIL_TEST_SETTINGS)
    settings.SITE_URL = "https://shop.example"


def post(client, **payload):
    return client.post(EVENTS, payload, content_type="application/json")


def test_a_read_is_recorded_from_a_beacon_with_the_article_and_no_product(client):
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)

    response = post(client, kind="view_article", article=article.slug, anonymous_id="reader-1")

    assert response.status_code == 201
    assert response.json()["kind"] == "view_article"
    event = Event.objects.get()
    assert (event.kind, event.article, event.product, event.anonymous_id) == (
        "view_article",
        article,
        None,
        "reader-1",
    )


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"kind": "view_article", "anonymous_id": "x"}, "article"),
        ({"kind": "view_article", "anonymous_id": "x", "article": "no-such-article"}, "article"),
        ({"kind": "view_article", "anonymous_id": "x", "product": "SOCK-A"}, "product"),
        ({"kind": "view_article", "article": "ARTICLE"}, "anonymous_id"),
        ({"kind": "select_item", "anonymous_id": "x", "article": "ARTICLE"}, "product"),
    ],
)
def test_bad_reads_are_400s_that_name_the_field(client, payload, field):
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    if payload.get("article") == "ARTICLE":
        payload["article"] = article.slug

    response = post(client, **payload)

    assert response.status_code == 400
    assert field in response.json()
    assert not Event.objects.exists()


def test_a_subscriber_who_only_read_the_article_gets_its_follow_up(client):
    sock("SOCK-1")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    reader = SubscriberFactory(anonymous_id="reader-1")
    SubscriberFactory(anonymous_id="reader-2")  # reads too, but only today
    post(client, kind="view_article", article=article.slug, anonymous_id="reader-1")
    Event.objects.update(created_at=timezone.now() - timedelta(days=4))
    post(client, kind="view_article", article=article.slug, anonymous_id="reader-2")

    article_followups_plan()

    row = OutboxMessage.objects.get(source="flow:article_followup")
    assert row.subscriber_id == reader.pk
    assert row.trigger_key == f"flow:article_followup:{article.pk}"
    assert [card["sku"] for card in row.context["products"]] == ["SOCK-1"]


def test_a_read_counts_as_reading_for_cause_segments():
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    EventFactory(kind=Event.Kind.VIEW_ARTICLE, anonymous_id="reader-1", article=article)

    assert causes_from_reading(anonymous_ids=["reader-1"]) == {"reader-1": {"improper_socks"}}


def test_reads_add_no_signal_and_queue_no_recomputation():
    product = sock("SOCK-1")
    read = article_with_causes(improper_socks=BLISTER_SENTENCE)
    clicked = article_with_causes(improper_socks=BLISTER_SENTENCE)
    EventFactory(kind=Event.Kind.VIEW_ARTICLE, anonymous_id="r", article=read)
    EventFactory(kind=Event.Kind.SELECT_ITEM, anonymous_id="r", article=clicked, product=product)

    assert article_signals_refresh_recent(minutes=15) == {clicked.pk}
    assert list(ArticleProductSignal.objects.values_list("article_id", flat=True)) == [clicked.pk]
