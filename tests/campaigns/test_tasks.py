import pytest

from recommender.campaigns.models import Campaign
from recommender.campaigns.tasks import plan_campaign, plan_due_campaigns
from recommender.followups.models import OutboxMessage
from tests.campaigns.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_plan_task_plans_once_and_skips_missing_or_cancelled(catalog, campaign_factory):
    SubscriberFactory.create_batch(2)
    campaign = campaign_factory()
    cancelled = campaign_factory(status=Campaign.Status.CANCELLED)

    assert plan_campaign.delay(campaign.pk).get() == 2
    assert plan_campaign.delay(campaign.pk).get() == 2
    assert plan_campaign.delay(cancelled.pk).get() == 0
    assert plan_campaign.delay(987654).get() == 0
    assert OutboxMessage.objects.count() == 2


def test_beat_marks_a_campaign_sent_once_nothing_is_waiting(catalog, campaign_factory):
    SubscriberFactory()
    campaign = campaign_factory()
    plan_campaign.delay(campaign.pk)
    OutboxMessage.objects.update(state="sent", sent_at="2026-01-01T00:00:00Z")

    plan_due_campaigns.delay()

    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENT
