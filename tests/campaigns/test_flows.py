from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from recommender.campaigns.models import Flow
from recommender.campaigns.services import (
    PlanRefused,
    article_followups_plan,
    plan_request,
    post_purchase_followups_plan,
)
from recommender.followups.models import OutboxMessage, Subscriber
from recommender.models import ArticleCause, Cause, Event
from tests.campaigns.factories import EventFactory, SubscriberFactory
from tests.content.factories import PublishedArticleFactory
from tests.shop.factories import CategoryFactory, product_with_sizes

pytestmark = pytest.mark.django_db


def _rows(kind: str):
    return OutboxMessage.objects.filter(source=f"flow:{kind}")


def test_red_flag_words_never_send_a_plan_or_store_the_address(detector):
    with pytest.raises(PlanRefused):
        plan_request(
            email="hurt@example.com",
            first_name="Sam",
            text="Shooting pain down my leg and numbness in my toes.",
            answers={},
        )

    assert not OutboxMessage.objects.exists()
    assert not Subscriber.objects.filter(email="hurt@example.com").exists()


def test_plan_now_and_a_check_in_a_week_later_once_per_request(detector, catalog):
    before = timezone.now()

    rows = plan_request(
        email="Runner@Example.com", first_name="Ada", text="I run in cotton socks.", answers={}
    )
    again = plan_request(
        email="runner@example.com", first_name="Ada", text="I run in  cotton socks.", answers={}
    )

    assert {row.pk for row in rows} == {row.pk for row in again}
    plan = _rows("symptom_check_plan").get()
    checkin = _rows("symptom_check_checkin").get()
    assert plan.category == "transactional"
    assert plan.send_after - before < timedelta(minutes=1)
    assert checkin.category == "marketing"
    assert timedelta(days=7) <= checkin.send_after - before < timedelta(days=7, minutes=1)
    assert [card["sku"] for card in plan.context["products"]] == ["SOCK-1"]
    subscriber = Subscriber.objects.get(email="runner@example.com")
    assert "improper_socks" in subscriber.interests
    assert subscriber.status == Subscriber.Status.PENDING  # double opt-in still applies


def test_a_switched_off_flow_sends_nothing(detector, catalog):
    Flow.objects.filter(kind__startswith="symptom_check").update(enabled=False)

    assert plan_request(email="a@example.com", text="cotton socks", answers={}) == []
    assert not OutboxMessage.objects.filter(source__startswith="flow:").exists()


def _article_with_socks_cause():
    article = PublishedArticleFactory(title="Why you get blisters")
    ArticleCause.objects.create(
        article=article,
        cause=Cause.objects.get(slug="improper_socks"),
        evidence=["Cotton socks hold sweat against the skin."],
        status=ArticleCause.Status.CONFIRMED,
    )
    return article


def test_article_readers_who_did_not_buy_get_the_articles_products_once(catalog):
    article = _article_with_socks_cause()
    four_days_ago = timezone.now() - timedelta(days=4)
    reader = SubscriberFactory(anonymous_id="anon-reader")
    buyer = SubscriberFactory(anonymous_id="anon-buyer")
    recent = SubscriberFactory(anonymous_id="anon-recent")
    for anon in ("anon-reader", "anon-buyer"):
        EventFactory(
            anonymous_id=anon, article=article, product=catalog["socks"], created_at=four_days_ago
        )
    EventFactory(anonymous_id="anon-recent", article=article, product=catalog["socks"])
    EventFactory(
        kind=Event.Kind.PURCHASE,
        anonymous_id="anon-buyer",
        product=catalog["socks"],
        created_at=four_days_ago + timedelta(hours=1),
    )

    article_followups_plan()
    article_followups_plan()

    rows = _rows("article_followup")
    assert list(rows.values_list("subscriber", flat=True)) == [reader.pk]
    row = rows.get()
    assert row.trigger_key == f"flow:article_followup:{article.pk}"
    assert [card["sku"] for card in row.context["products"]] == ["SOCK-1"]
    assert "Why you get blisters" in row.context["intro"]
    assert buyer.pk and recent.pk


def test_shoe_buyers_get_socks_soon_and_a_replacement_reminder_months_later(catalog):
    buyer = SubscriberFactory(anonymous_id="anon-shoes")
    bought_at = timezone.now() - timedelta(hours=1)
    EventFactory(
        kind=Event.Kind.PURCHASE,
        anonymous_id="anon-shoes",
        product=catalog["shoes"],
        created_at=bought_at,
    )
    product_with_sizes(
        stocks={"M": 0}, sku="SOCK-OUT", category=CategoryFactory(slug="running-socks")
    )

    post_purchase_followups_plan()
    post_purchase_followups_plan()

    socks = _rows("post_purchase_complementary").get()
    reminder = _rows("post_purchase_replacement").get()
    assert socks.subscriber == buyer
    assert [card["sku"] for card in socks.context["products"]] == ["SOCK-1"]
    assert socks.send_after == bought_at + timedelta(hours=2)
    assert reminder.send_after == bought_at + timedelta(days=150)
    assert reminder.context["products"][0]["sku"] == "SHOE-1"
    assert reminder.state == OutboxMessage.State.QUEUED


def test_a_bad_address_is_refused_with_a_clear_error_and_nothing_queued(detector, catalog):
    with pytest.raises(ValidationError) as caught:
        plan_request(email="not-an-address", text="cotton socks", answers={})

    assert "email" in str(caught.value).lower()
    assert not OutboxMessage.objects.exists()
    assert not Subscriber.objects.exists()
