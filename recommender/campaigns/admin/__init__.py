"""Admin for flows and campaigns: switches, segments, preview, test send, schedule, stats."""

from recommender.campaigns.admin.campaigns import CampaignAdmin
from recommender.campaigns.admin.flows import FlowAdmin
from recommender.campaigns.admin.results import AttributionAdmin, TrackedClickAdmin

__all__ = ["AttributionAdmin", "CampaignAdmin", "FlowAdmin", "TrackedClickAdmin"]
