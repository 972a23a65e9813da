"""An article's products follow its main cause, on the ground it speaks of."""

import pytest

from recommender.models import ArticleCause, Cause
from recommender.selectors import article_recommendations_get, diagnose_result
from recommender.services.ranking_inputs import CauseInput
from recommender.services.recommendations import evidence_rules_signature
from shop.models import Category, Product
from tests.recommender.factories import ArticleCauseFactory, ArticleFactory
from tests.recommender.rec_helpers import shoe, skus
from tests.shop.factories import product_with_sizes

pytestmark = pytest.mark.django_db

FOOTWEAR = [
    "Shoes that are worn out, or that never suited your feet, pass the shock up to your back.",
    "If your trainers have more than 700 kilometres on them, the midsole is probably flat.",
    "Replace worn shoes and choose a pair that fits your foot and gait.",
]
SORE_MUSCLES = ["A long run can leave the muscles of the lower back sore for a day or two."]
NO_REST = ["Long runs on consecutive days without recovery add to the load."]


def article(body: str, **causes: list[str]):
    """A published article raising each cause with these evidence sentences."""
    item = ArticleFactory(body_markdown=body)
    for slug, sentences in causes.items():
        ArticleCauseFactory(
            article=item,
            cause=Cause.objects.get(slug=slug),
            evidence=sentences,
            confidence=1.0,
            status=ArticleCause.Status.SUGGESTED,
        )
    return item


def compression_sock(sku: str) -> Product:
    return product_with_sizes(
        stocks={"M": 5},
        sku=sku,
        category=Category.objects.get(slug="compression-socks"),
        compression_mmhg=20,
        moisture_wicking=True,
        height="knee",
    )


def categories(result) -> list[str]:
    return [product["category"] for product in result["products"]]


def test_a_back_pain_article_about_worn_shoes_shows_shoes_before_recovery_socks():
    for number in range(3):
        shoe(f"SHOE-{number}", cushioning=Product.Cushioning.MAX)
        compression_sock(f"CMP-{number}")
    item = article(
        " ".join(FOOTWEAR + SORE_MUSCLES + NO_REST),
        improper_footwear=FOOTWEAR,
        strained_muscles=SORE_MUSCLES,
        overtraining=NO_REST,
    )

    result = article_recommendations_get(article=item, limit=5)

    assert categories(result)[:3] == ["running-shoes"] * 3
    # The socks for the minor causes are still offered, after the shoes.
    assert "compression-socks" in categories(result)


# What an everyday trainer measures; racers are lighter, minimal shoes flatter.
TRAINER = {"drop_mm": 8, "weight_g": 280}


def test_worn_shoes_are_replaced_by_a_cushioned_neutral_shoe_first():
    # SKUs chosen so that a tie would put the cushioned neutral shoe last. The everyday
    # rules read a shoe's drop and weight, so these shoes carry them as a catalog would.
    shoe("A-RACING-FLAT", cushioning=Product.Cushioning.LIGHT, drop_mm=4, weight_g=185)
    shoe("B-STABILITY", support=Product.Support.STABILITY, **TRAINER)
    shoe("Z-CUSHIONED", cushioning=Product.Cushioning.MAX, **TRAINER)
    item = article(" ".join(FOOTWEAR), improper_footwear=FOOTWEAR)

    shown = skus(article_recommendations_get(article=item, limit=5))

    assert shown == ["Z-CUSHIONED", "B-STABILITY", "A-RACING-FLAT"]


def test_a_shopper_in_pain_gets_everyday_trainers_before_racers_and_minimal_shoes():
    # SKUs chosen so that a tie would put the racers and the minimal shoe first.
    shoe("A-CARBON-RACER", cushioning=Product.Cushioning.MAX, drop_mm=8, weight_g=195)
    shoe("B-ZERO-DROP", cushioning=Product.Cushioning.MEDIUM, drop_mm=0, weight_g=245)
    shoe("C-RACING-FLAT", cushioning=Product.Cushioning.LIGHT, drop_mm=4, weight_g=185)
    shoe("X-TRAINER", cushioning=Product.Cushioning.MEDIUM, **TRAINER)
    shoe("Y-MAX-TRAINER", cushioning=Product.Cushioning.MAX, **TRAINER)
    shoe("Z-STABILITY", support=Product.Support.STABILITY, **TRAINER)

    result = diagnose_result(
        text="I just started running in fashion sneakers and my shins hurt after every run."
    )

    assert {cause["slug"] for cause in result["causes"]} >= {"improper_footwear"}
    assert skus(result)[:3] == ["X-TRAINER", "Y-MAX-TRAINER", "Z-STABILITY"]


def road_and_trail_shoes():
    shoe("ROAD-1", cushioning=Product.Cushioning.MAX, surface="road")
    shoe(
        "A-TRAIL-1",
        cushioning=Product.Cushioning.MAX,
        surface="trail",
        category=Category.objects.get(slug="trail-shoes"),
    )


def test_an_article_about_road_running_shows_road_shoes_before_trail_shoes():
    road_and_trail_shoes()
    item = article(" ".join(FOOTWEAR), improper_footwear=FOOTWEAR)

    assert skus(article_recommendations_get(article=item, limit=5)) == ["ROAD-1", "A-TRAIL-1"]


def test_an_article_that_speaks_of_trails_keeps_trail_shoes_level():
    road_and_trail_shoes()
    body = " ".join(FOOTWEAR) + " On muddy trails, a lugged outsole keeps you upright."
    item = article(body, improper_footwear=FOOTWEAR)

    # Level scores: the SKU breaks the tie, so the trail shoe comes first here.
    assert skus(article_recommendations_get(article=item, limit=5)) == ["A-TRAIL-1", "ROAD-1"]


def test_a_shoppers_trail_words_get_their_own_cached_answer():
    cause = Cause.objects.get(slug="improper_footwear")

    def signature(*sentences: str) -> str:
        item = CauseInput(cause=cause, confidence=1.0, evidence="", sentences=sentences)
        return evidence_rules_signature(causes=[item])

    road = "My running shoes are worn out and my knees ache on the pavement."
    trail = "My trail shoes are worn out and my knees ache on muddy descents."
    assert signature(road) != signature(trail)
    assert signature(road) == signature()


def test_a_shopper_on_roads_sees_road_shoes_first_and_one_on_trails_trail_shoes_first():
    road_and_trail_shoes()

    road = diagnose_result(text="My running shoes are completely worn out and my knees ache.")
    trail = diagnose_result(text="My trail running shoes are worn out and my knees ache.")

    assert skus(road)[:2] == ["ROAD-1", "A-TRAIL-1"]
    assert skus(trail)[:2] == ["A-TRAIL-1", "ROAD-1"]


@pytest.mark.parametrize(
    "text",
    [
        "My shoes are worn out and my knees ache after muddy runs.",
        "My old shoes are worn out and my shins hurt on the fells.",
        "My worn-out shoes leave my knees sore on forest paths.",
        "My shoes are worn out and my knees ache running hills with dirt and roots.",
    ],
)
def test_a_shopper_on_mud_fells_or_forest_paths_gets_trail_shoes_first(text):
    # SKUs chosen so that a tie would put the road shoe first.
    shoe("A-ROAD", cushioning=Product.Cushioning.MAX, surface="road", **TRAINER)
    shoe(
        "Z-TRAIL",
        cushioning=Product.Cushioning.MAX,
        surface="trail",
        category=Category.objects.get(slug="trail-shoes"),
        **TRAINER,
    )

    assert skus(diagnose_result(text=text))[:2] == ["Z-TRAIL", "A-ROAD"]


def test_strained_muscles_get_a_wicking_compression_sock_before_a_non_wicking_one():
    compression_sock("Z-WICKING")  # wicking, 20 mmHg
    product_with_sizes(
        stocks={"M": 5},
        sku="A-COTTON-BLEND",
        category=Category.objects.get(slug="compression-socks"),
        compression_mmhg=20,
        moisture_wicking=False,
        height="knee",
    )
    item = article(" ".join(SORE_MUSCLES), strained_muscles=SORE_MUSCLES)

    # SKUs chosen so that a tie would put the wicking sock last.
    assert skus(article_recommendations_get(article=item, limit=5)) == [
        "Z-WICKING",
        "A-COTTON-BLEND",
    ]
