"""A problem the writer had long ago and has solved is no cause of today's pain."""

import pytest

from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Years ago cotton socks gave me blisters, but merino ones fixed that. "
            "Now my knee aches after hills.",
            "improper_socks",
        ),
        (
            "I used to run every single day with no rest days until a coach sorted me out. "
            "This month my shin hurts.",
            "overtraining",
        ),
        (
            "I struggled for a whole season with sore shins on the pavement, then moved my runs "
            "to the canal towpath and that was the end of them. My hip is the new problem.",
            "hard_surfaces",
        ),
    ],
)
def test_a_problem_solved_long_ago_is_not_a_cause(detector, text, gone):
    assert gone not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # Advice to fix it, not a report that it was fixed.
        ("Blisters from cotton socks are easily fixed: wear snug wicking socks.", "improper_socks"),
        # Long past, but not over.
        ("For years I've run on concrete and my shins ache after every run.", "hard_surfaces"),
        # No past at all.
        ("My cotton socks rub my heels raw on every run.", "improper_socks"),
    ],
)
def test_a_problem_still_there_stays_a_cause(detector, text, cause):
    assert cause in detector.detect(text).slugs
