import pytest

from recommender.detection.base import CAUSE_SLUGS, RED_FLAG
from recommender.models import Cause

pytestmark = pytest.mark.django_db

PRODUCTS_HELP = {
    "improper_footwear",
    "improper_socks",
    "foot_mechanics",
    "strained_muscles",
    "overtraining",
    "hard_surfaces",
}


def test_the_eleven_causes_and_the_red_flag_ship_as_rows():
    slugs = set(Cause.objects.values_list("slug", flat=True))

    assert slugs == {*CAUSE_SLUGS, RED_FLAG}
    assert Cause.objects.count() == 12


def test_shipped_causes_carry_names_descriptions_and_advice_for_shoppers():
    for cause in Cause.objects.all():
        assert cause.name and cause.description, cause.slug
        sentences = [s for s in cause.advice.split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 4, cause.slug
        assert cause.active


def test_products_help_only_where_a_product_can_fix_the_cause():
    helped = set(Cause.objects.filter(products_help=True).values_list("slug", flat=True))

    assert helped == PRODUCTS_HELP


def test_only_the_red_flag_is_a_red_flag_and_it_sends_shoppers_to_a_professional():
    red_flag = Cause.objects.get(is_red_flag=True)

    assert red_flag.slug == RED_FLAG
    assert "doctor" in red_flag.advice or "medical" in red_flag.advice
    assert "running through" in red_flag.advice or "before you train" in red_flag.advice
