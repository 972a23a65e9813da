import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from recommender.campaigns.models import Campaign
from recommender.campaigns.selectors import SegmentError
from recommender.campaigns.services import campaign_cancel, campaign_plan, campaigns_plan_due
from recommender.followups.models import OutboxMessage, Subscriber
from recommender.models import Cause
from tests.campaigns.factories import SubscriberFactory
from tests.followups.factories import SuppressionFactory

pytestmark = pytest.mark.django_db


def _rows(campaign: Campaign):
    return OutboxMessage.objects.filter(trigger_key=campaign.trigger_key)


def test_plan_queues_one_marketing_email_per_recipient_and_again_adds_none(
    catalog, campaign_factory
):
    SubscriberFactory.create_batch(5)
    SubscriberFactory(status=Subscriber.Status.PENDING)
    SuppressionFactory(email=SubscriberFactory().email)
    campaign = campaign_factory()

    assert campaign_plan(campaign=campaign) == 5
    assert campaign_plan(campaign=campaign) == 5

    rows = _rows(campaign)
    assert rows.count() == 5
    assert set(rows.values_list("category", flat=True)) == {"marketing"}
    assert set(rows.values_list("source", flat=True)) == {campaign.source}
    campaign.refresh_from_db()
    assert campaign.planned_count == 5
    assert campaign.status == Campaign.Status.SENDING


def test_product_cards_follow_each_recipients_causes(catalog, campaign_factory):
    blisters = SubscriberFactory(interests=["improper_socks"])
    worn_shoes = SubscriberFactory(interests=["improper_footwear"])
    campaign = campaign_factory()

    campaign_plan(campaign=campaign)

    def skus(subscriber):
        row = _rows(campaign).get(subscriber=subscriber)
        return [card["sku"] for card in row.context["products"]]

    assert skus(blisters) == ["SOCK-1"]
    assert skus(worn_shoes) == ["SHOE-1"]
    card = _rows(campaign).get(subscriber=blisters).context["products"][0]
    assert card["image_url"].startswith("https://shop.example/")
    assert card["reason"]
    assert card["price"] == "15.00"


def test_cause_campaign_adds_its_cause_to_each_recipients_own(catalog, campaign_factory):
    reader = SubscriberFactory(interests=["improper_footwear", "improper_socks"])
    campaign = campaign_factory(segment_kind="cause", segment_value="improper_socks")

    assert campaign_plan(campaign=campaign) == 1

    context = _rows(campaign).get(subscriber=reader).context
    socks = Cause.objects.get(slug="improper_socks").name
    footwear = Cause.objects.get(slug="improper_footwear").name
    assert sorted(context["causes"]) == sorted([socks, footwear])
    assert {card["sku"] for card in context["products"]} == {"SOCK-1", "SHOE-1"}


def test_cancel_stops_queued_rows_and_refuses_a_later_plan(catalog, campaign_factory):
    SubscriberFactory.create_batch(3)
    campaign = campaign_factory()
    campaign_plan(campaign=campaign)

    assert campaign_cancel(campaign=campaign) == 3
    assert set(_rows(campaign).values_list("state", flat=True)) == {"cancelled"}
    assert campaigns_plan_due() == []


def test_send_campaign_command_plans_and_ends_with_json(catalog):
    SubscriberFactory.create_batch(4)
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED)
    out = StringIO()

    call_command("send_campaign", "--name", "April", "--segment", "all", stdout=out)

    result = json.loads(out.getvalue().strip().splitlines()[-1])
    assert result["recipients"] == 4
    assert result["planned"] == 4
    assert result["dry_run"] is False
    assert result["scheduled_at"] is None
    assert result["campaign"] == Campaign.objects.get(name="April").pk


def test_send_campaign_dry_run_counts_and_writes_nothing(catalog):
    SubscriberFactory.create_batch(2, interests=["improper_socks"])
    SubscriberFactory()
    out = StringIO()

    call_command(
        "send_campaign",
        "--name",
        "Socks",
        "--segment",
        "cause:improper_socks",
        "--dry-run",
        stdout=out,
    )

    result = json.loads(out.getvalue().strip().splitlines()[-1])
    assert result == {
        "campaign": None,
        "segment": "cause:improper_socks",
        "recipients": 2,
        "planned": 0,
        "scheduled_at": None,
        "dry_run": True,
    }
    assert not Campaign.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_send_campaign_at_a_later_time_schedules_and_beat_plans_when_due(catalog):
    SubscriberFactory.create_batch(2)
    out = StringIO()

    call_command(
        "send_campaign",
        "--name",
        "Later",
        "--segment",
        "all",
        "--at",
        "2999-01-01T09:00:00Z",
        stdout=out,
    )

    result = json.loads(out.getvalue().strip().splitlines()[-1])
    campaign = Campaign.objects.get(name="Later")
    assert campaign.status == Campaign.Status.SCHEDULED
    assert result["scheduled_at"].startswith("2999-01-01T09:00:00")
    assert result["planned"] == 0
    assert campaigns_plan_due() == []
    Campaign.objects.filter(pk=campaign.pk).update(scheduled_at="2000-01-01T00:00:00Z")
    assert campaigns_plan_due() == [campaign.pk]
    assert _rows(campaign).count() == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--segment", "cause:nope"],
        ["--segment", "brand:acme"],
        ["--segment", "all", "--at", "next tuesday"],
    ],
)
def test_send_campaign_refuses_bad_input_and_creates_nothing(args):
    with pytest.raises(CommandError):
        call_command("send_campaign", "--name", "Bad", *args, stdout=StringIO())
    assert not Campaign.objects.exists()


def test_a_campaign_whose_cause_was_switched_off_is_refused_and_left_as_it_was(
    catalog, campaign_factory
):
    SubscriberFactory(interests=["improper_socks"])
    campaign = campaign_factory(segment_kind="cause", segment_value="improper_socks")
    Cause.objects.filter(slug="improper_socks").update(active=False)

    with pytest.raises(SegmentError):
        campaign_plan(campaign=campaign)

    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DRAFT
    assert not OutboxMessage.objects.exists()


def test_beat_puts_a_due_campaign_with_a_bad_segment_back_to_draft(catalog, campaign_factory):
    SubscriberFactory(interests=["improper_socks"])
    broken = campaign_factory(
        segment_kind="cause",
        segment_value="improper_socks",
        status=Campaign.Status.SCHEDULED,
        scheduled_at="2000-01-01T00:00:00Z",
    )
    fine = campaign_factory(status=Campaign.Status.SCHEDULED, scheduled_at="2000-01-01T00:00:00Z")
    Cause.objects.filter(slug="improper_socks").update(active=False)

    assert campaigns_plan_due() == [fine.pk]

    broken.refresh_from_db()
    assert broken.status == Campaign.Status.DRAFT
    assert _rows(fine).count() == 1
