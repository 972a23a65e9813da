"""Pure ranking inputs for tests: rule matches and candidate products, no database."""

from __future__ import annotations

from decimal import Decimal

from recommender.ranking import Candidate, RuleMatch


def rule_match(cause, *, weight, confidence=1.0, rule_id=1, categories=()):
    """A rule of ``weight`` matching for ``cause``, found with ``confidence``."""
    return RuleMatch(
        cause_slug=cause,
        rule_id=rule_id,
        weight=weight,
        reason_text=f"Helps with {cause}.",
        evidence=f"The text talks about {cause}.",
        cause_confidence=confidence,
        categories=tuple(categories),
    )


def in_stock_product(product_id, category, attributes, *matches, brand="Northloop"):
    """An active product in stock in size M at 90.00, picked by ``matches``."""
    return Candidate(
        product_id=product_id,
        sku=f"SW-{product_id:04d}",
        category=category,
        brand=brand,
        attributes=attributes,
        in_stock=True,
        sizes_in_stock=frozenset({"M"}),
        price=Decimal("90.00"),
        matches=matches,
    )
