"""Writes for campaigns and flows. Other apps (pages, events) call these names only."""

from recommender.campaigns.services.attribution import (
    order_attribute,
    purchase_attribute,
    purchases_attribute_recent,
)
from recommender.campaigns.services.flows import (
    PlanRefused,
    article_followups_plan,
    flow_set_enabled,
    flows_run,
    plan_request,
    post_purchase_followups_plan,
)
from recommender.campaigns.services.links import (
    LinkInvalid,
    site_path_check,
    tracked_click_record,
    tracked_link_make,
)
from recommender.campaigns.services.planning import (
    CampaignError,
    Preview,
    campaign_cancel,
    campaign_create_or_update,
    campaign_plan,
    campaign_preview,
    campaign_save,
    campaign_schedule,
    campaign_test_send,
    campaigns_plan_due,
)

__all__ = [
    "CampaignError",
    "LinkInvalid",
    "PlanRefused",
    "Preview",
    "article_followups_plan",
    "campaign_cancel",
    "campaign_create_or_update",
    "campaign_plan",
    "campaign_preview",
    "campaign_save",
    "campaign_schedule",
    "campaign_test_send",
    "campaigns_plan_due",
    "flow_set_enabled",
    "flows_run",
    "order_attribute",
    "plan_request",
    "post_purchase_followups_plan",
    "purchase_attribute",
    "purchases_attribute_recent",
    "site_path_check",
    "tracked_click_record",
    "tracked_link_make",
]
