"""With the shipped rules, a text that calls for two kinds of fix shows both in the top five."""

import pytest

from recommender.models import ArticleCause, Cause
from recommender.selectors import article_recommendations_get, diagnose_result
from shop.models import Category, Product
from tests.recommender.factories import ArticleCauseFactory, ArticleFactory
from tests.recommender.rec_helpers import shoe, skus
from tests.shop.factories import product_with_sizes

pytestmark = pytest.mark.django_db

TRAINER = {"drop_mm": 8, "weight_g": 290}
FLAT_FEET = [
    "Flat feet and overpronation load the plantar fascia with every step.",
    "A collapsed arch lets the foot roll inward and the heel starts to ache.",
]
WORN_SHOES = [
    "Worn-out shoes with no cushioning left pass the shock straight to the heel.",
    "Replace a pair that has lost its cushioning.",
]
CONCRETE = ["Miles on concrete pavements add to the load on the heel."]


def insole(sku: str, **fields) -> Product:
    values = {
        "category": Category.objects.get(slug="insoles"),
        "arch_support": True,
        "support": Product.Support.STABILITY,
        "cushioning": Product.Cushioning.MEDIUM,
    }
    values.update(fields)
    return product_with_sizes(stocks={"42": 3, "43": 3}, sku=sku, **values)


def catalog():
    for number in range(4):
        shoe(f"STAB-{number}", support=Product.Support.STABILITY, **TRAINER)
        shoe(f"NEUTRAL-{number}", cushioning=Product.Cushioning.MAX, **TRAINER)
    insole("Z-STABILITY-INSOLE")


def test_a_heel_pain_article_on_flat_feet_shows_a_stability_shoe_and_an_arch_insole():
    catalog()
    item = ArticleFactory(body_markdown=" ".join(FLAT_FEET + WORN_SHOES + CONCRETE))
    for slug, sentences in (
        ("foot_mechanics", FLAT_FEET),
        ("improper_footwear", WORN_SHOES),
        ("hard_surfaces", CONCRETE),
    ):
        ArticleCauseFactory(
            article=item,
            cause=Cause.objects.get(slug=slug),
            evidence=sentences,
            confidence=1.0,
            status=ArticleCause.Status.SUGGESTED,
        )

    shown = skus(article_recommendations_get(article=item, limit=5))

    # Shoes answer three causes and score highest, yet the insole still has a place.
    assert any(sku.startswith("STAB-") for sku in shown)
    assert "Z-STABILITY-INSOLE" in shown[:3]


def test_a_shopper_with_flat_feet_gets_a_stability_shoe_and_an_insole_first():
    catalog()

    result = diagnose_result(text="I have flat feet and overpronate, and my heels ache after runs.")

    assert skus(result)[0].startswith("STAB-")
    assert skus(result)[1] == "Z-STABILITY-INSOLE"
