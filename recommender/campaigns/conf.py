"""Campaign and flow settings: one ``STRIDEWISE_CAMPAIGNS`` dict with defaults.

from recommender.campaigns.conf import campaign_settings
campaign_settings.ATTRIBUTION_DAYS
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # A purchase this many days after a click on a tracked link is credited to the email.
    "ATTRIBUTION_DAYS": 7,
    # Tracked links stay valid this long.
    "LINK_MAX_AGE_DAYS": 365,
    # Product cards per email.
    "PRODUCTS_PER_EMAIL": 4,
    # Recipients per outbox_enqueue_many call while planning a campaign.
    "PLAN_CHUNK": 5000,
    # Days after an article view without a purchase before the article follow-up is due.
    "ARTICLE_FOLLOWUP_WINDOW_DAYS": 3,
    # How far back the periodic flow tasks look for new events.
    "LOOKBACK_DAYS": 14,
    # Post-purchase: products bought in a key category suggest products from these categories.
    "COMPLEMENTARY_CATEGORIES": {
        "running-shoes": ["running-socks", "insoles"],
        "trail-shoes": ["trail-socks", "insoles"],
        "running-socks": ["running-shoes"],
        "trail-socks": ["trail-shoes"],
    },
    # Categories whose products wear out; the replacement flow reminds buyers of these only.
    "REPLACEMENT_CATEGORIES": ["running-shoes", "trail-shoes"],
}


class CampaignSettings:
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in DEFAULTS:
            raise AttributeError(f"Invalid STRIDEWISE_CAMPAIGNS setting: {name!r}")
        value = getattr(settings, "STRIDEWISE_CAMPAIGNS", None)
        value = value if isinstance(value, dict) else {}
        return value.get(name, DEFAULTS[name])


campaign_settings = CampaignSettings()
