"""Thin tasks: ids in, a service does the work; a row gone or already handled is skipped."""

from __future__ import annotations

import logging

from celery import shared_task

from recommender.campaigns.models import Campaign

logger = logging.getLogger(__name__)


@shared_task(name="campaigns.plan_campaign", queue="email", ignore_result=True)
def plan_campaign(campaign_id: int) -> int:
    from recommender.campaigns.services import CampaignError, campaign_plan

    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None or campaign.status == Campaign.Status.CANCELLED:
        return 0
    try:
        return campaign_plan(campaign=campaign)
    except CampaignError as exc:
        logger.warning("campaign %s not planned: %s", campaign_id, exc)
        return 0


@shared_task(name="campaigns.plan_due_campaigns", queue="email", ignore_result=True)
def plan_due_campaigns() -> list[int]:
    from recommender.campaigns.services import campaigns_plan_due

    return campaigns_plan_due()


@shared_task(name="campaigns.attribute_purchase", queue="email", ignore_result=True)
def attribute_purchase(event_id: int) -> bool:
    from recommender.campaigns.services import purchase_attribute
    from recommender.models import Event

    event = Event.objects.filter(pk=event_id).first()
    return event is not None and purchase_attribute(event=event) is not None


@shared_task(name="campaigns.attribute_recent_purchases", queue="email", ignore_result=True)
def attribute_recent_purchases() -> int:
    from recommender.campaigns.services import purchases_attribute_recent

    return purchases_attribute_recent()


@shared_task(name="campaigns.run_flows", queue="email", ignore_result=True)
def run_flows() -> dict:
    from recommender.campaigns.services import flows_run

    figures = flows_run()
    if any(figures.values()):
        logger.info("flows: %s", figures)
    return figures
