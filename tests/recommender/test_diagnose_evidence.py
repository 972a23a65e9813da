"""The pain checker judges worded rules on the shopper's own sentences: high arches get
cushioned neutral shoes, flat feet get stability shoes, and a cached answer for one never
reaches the other."""

import pytest

from tests.recommender.rec_helpers import arch_shoes

pytestmark = pytest.mark.django_db

URL = "/api/v1/diagnose/"
HIGH_ARCHES = "I have really high arches and my outer foot hurts."
FLAT_FEET = "I have flat feet and my arches ache after runs."


@pytest.fixture
def shoes():
    return arch_shoes()


def foot_picks(client, text: str) -> dict[str, str]:
    """sku -> the sentence quoted for foot mechanics, for each product shown."""
    response = client.post(URL, {"text": text}, content_type="application/json")
    assert response.status_code == 200
    body = response.json()
    assert [cause["slug"] for cause in body["causes"]] == ["foot_mechanics"]
    return {
        product["sku"]: reason["evidence"]
        for product in body["products"]
        for reason in product["reasons"]
        if reason["cause"] == "foot_mechanics"
    }


@pytest.mark.usefixtures("shoes")
def test_high_arches_get_cushioned_neutral_shoes_and_no_stability_shoes(client):
    picks = foot_picks(client, HIGH_ARCHES)

    assert "SHOE-CLOUD" in picks
    assert "SHOE-STAB" not in picks
    assert picks["SHOE-CLOUD"] == HIGH_ARCHES


@pytest.mark.usefixtures("shoes")
def test_flat_feet_get_stability_shoes(client):
    picks = foot_picks(client, FLAT_FEET)

    assert "SHOE-STAB" in picks
    assert "SHOE-CLOUD" not in picks
    assert picks["SHOE-STAB"] == FLAT_FEET


@pytest.mark.usefixtures("shoes")
def test_answers_cached_per_set_of_causes_keep_the_arch_shapes_apart(client):
    high_first = foot_picks(client, HIGH_ARCHES)
    flat_next = foot_picks(client, FLAT_FEET)
    high_again = foot_picks(client, HIGH_ARCHES)

    assert "SHOE-CLOUD" in high_first and "SHOE-STAB" not in high_first
    assert "SHOE-STAB" in flat_next and "SHOE-CLOUD" not in flat_next
    assert high_again == high_first


@pytest.mark.usefixtures("shoes")
def test_a_cached_answer_quotes_the_current_shoppers_words(client):
    other = "My high arches make my outer foot ache on long runs."
    foot_picks(client, HIGH_ARCHES)

    picks = foot_picks(client, other)

    assert picks["SHOE-CLOUD"] == other


def test_shoppers_share_a_cached_answer_only_when_their_causes_weigh_the_same(monkeypatch):
    """Confidences 0.76 and 0.84 once rounded to the same key, so one shopper could be shown
    the products ranked for the other's weights."""
    from recommender.models import Cause
    from recommender.services import diagnose
    from recommender.services.ranking_inputs import CauseInput

    ranked_for = []
    real_rank = diagnose.products_rank

    def counting_rank(*, causes, **kwargs):
        ranked_for.append(tuple(round(item.confidence, 2) for item in causes))
        return real_rank(causes=causes, **kwargs)

    monkeypatch.setattr(diagnose, "products_rank", counting_rank)
    socks = Cause.objects.get(slug="improper_socks")
    shoes = Cause.objects.get(slug="improper_footwear")

    def ask(shoe_confidence: float) -> None:
        inputs = [
            CauseInput(cause=socks, confidence=0.95, evidence=""),
            CauseInput(cause=shoes, confidence=shoe_confidence, evidence=""),
        ]
        diagnose._pool_for_causes(inputs=inputs, size=None)

    ask(0.76)
    ask(0.84)
    ask(0.84)

    assert ranked_for == [(0.95, 0.76), (0.95, 0.84)]
