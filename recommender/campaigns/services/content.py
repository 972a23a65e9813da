"""What goes in an email: the recipient's causes, products chosen for them, the words."""

from __future__ import annotations

from collections.abc import Iterable

from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.products import product_cards_for_causes
from recommender.models import Cause

# More causes than this in one email make a muddle; it also bounds distinct cause sets.
MAX_CAUSES_PER_EMAIL = 3


class ProductPicker:
    """Product cards per distinct cause set, each set ranked once however many share it."""

    def __init__(self, *, limit: int | None = None) -> None:
        self.limit = int(limit or campaign_settings.PRODUCTS_PER_EMAIL)
        helpful = Cause.objects.filter(active=True, is_red_flag=False, products_help=True)
        self.names = dict(helpful.values_list("slug", "name"))
        self._cards: dict[tuple[str, ...], list[dict]] = {}

    def causes_for(self, *wanted: Iterable[str]) -> tuple[str, ...]:
        """The helpful causes among ``wanted`` (earlier iterables first), at most three."""
        chosen: list[str] = []
        for group in wanted:
            for slug in group or ():
                if slug in self.names and slug not in chosen:
                    chosen.append(slug)
        return tuple(sorted(chosen[:MAX_CAUSES_PER_EMAIL]))

    def cards(self, causes: tuple[str, ...]) -> list[dict]:
        cards = self._cards.get(causes)
        if cards is None:
            # Nobody told us what hurts: show what helps with the common causes.
            slugs = causes or tuple(self.names)
            cards = self._cards[causes] = product_cards_for_causes(
                cause_slugs=slugs, limit=self.limit
            )
        return cards

    def context(self, causes: tuple[str, ...], **extra) -> dict:
        return {
            **extra,
            "causes": [self.names[slug] for slug in causes],
            "products": self.cards(causes),
        }


def text_fill(template: str, **values: str) -> str:
    """Staff text with {first_name}-style placeholders; an unknown or broken one stays as typed."""
    try:
        return template.format_map(_Blank(values))
    except (ValueError, IndexError, AttributeError):
        return template


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
