"""Receivers at the boundary with the recommender core (connected in CampaignsConfig.ready)."""

from recommender.campaigns.tasks import attribute_purchase


def purchase_recorded(sender, event, **kwargs) -> None:
    """Credit a purchase to the email click that led to it, right away rather than next sweep."""
    attribute_purchase.delay(event.pk)
