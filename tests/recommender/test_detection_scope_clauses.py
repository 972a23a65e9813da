"""Words that look like a dismissal or an ending but are not one keep the cause."""

import pytest

from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # Fine again after a while: recovery, not "it was never the problem".
        ("Got cramp in my hamstring at 30k, was fine again after a walk.", "strained_muscles"),
        # The other side is fine: a contrast with the side that hurts.
        ("My left glute is so weak I wobble on one leg, the other is fine.", "muscle_imbalance"),
        # A limit on how bad it gets, not a denial of the soreness.
        ("My quads are sore for two days after every race, never worse than that.",
         "strained_muscles"),
        # "+" and "=" end one item of a list: "zero" reaches only its own item.
        ("no strength work + ten hours at a desk = sore back", "poor_posture"),
        # A condition ("even when the pain has gone"), not a report that it is over.
        ("Keep up the calf stretches even when the pain has gone, tight calves come back.",
         "lack_of_flexibility"),
    ],
)  # fmt: skip
def test_the_cause_stays(detector, text, cause):
    assert cause in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Honestly the surface was fine, I just ran too far too soon.", "hard_surfaces"),
        ("Since I changed my cotton socks the blister pain has gone.", "improper_socks"),
        ("My shoes are fine, they were fitted last month.", "improper_footwear"),
    ],
)
def test_a_real_dismissal_or_ending_still_clears_it(detector, text, cause):
    assert cause not in detector.detect(text).slugs
