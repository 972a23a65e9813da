"""The anchor pre-filter only saves time: it never changes what the detector finds."""

import json
from pathlib import Path

import pytest

from recommender.detection.anchors import (
    AnchorIndex,
    required_literals,
    starts_with_word_character,
    trie_pattern,
)
from recommender.detection.lexicon import CUES, RED_FLAG_CUES
from recommender.detection.rules import RuleDetector

TRAIN = Path(__file__).resolve().parents[1] / "data" / "detection" / "train.jsonl"
SEED_TEXTS = [
    "My trainers are completely worn out and my knees ache.",
    "I went from 15 km to 50 km a week in a month; now my shins hurt.",
    "Hunching at a desk all day, no rest days, tight hamstrings and cotton socks.",
    "Shooting pain down my leg and numbness in two toes, but no fever.",
]


class UnfilteredDetector(RuleDetector):
    """Runs every cue on every sentence."""

    def _candidates(self, prepared):
        every_cue = set(range(len(self._cues)))
        return [every_cue for _ in prepared.spans]


@pytest.mark.parametrize("pattern", [c.pattern for c in CUES] + [p for _, p in RED_FLAG_CUES])
def test_every_built_in_cue_has_anchors(pattern):
    assert required_literals(pattern)


def test_required_literals_glue_factored_prefixes_into_words():
    assert required_literals(r"(?:start|stop) running") == frozenset({"start", "stop"}) or (
        required_literals(r"(?:start|stop) running") == frozenset({" running"})
    )
    assert required_literals(r"over[\s-]?strid\w*") in ({"strid"}, {"over"})
    assert required_literals(r"(?:\w+ )?") is None


def test_trie_pattern_matches_exactly_its_words():
    import re

    regex = re.compile(trie_pattern(["shoe", "shoes", "sock", "so"]))
    assert [m.group() for m in regex.finditer("so shoes sock shoe")] == [
        "so",
        "shoes",
        "sock",
        "shoe",
    ]


def test_anchor_index_reports_anchors_inside_longer_ones():
    index = AnchorIndex({"toe": {1}, "toe box": {2}})
    found = list(index.find("a narrow toe box"))
    assert found and found[0][1] == {1, 2}


def test_filtered_and_unfiltered_detection_agree():
    texts = list(SEED_TEXTS)
    if TRAIN.exists():
        texts += [json.loads(line)["text"] for line in TRAIN.read_text().splitlines() if line]
    fast, slow = RuleDetector(), UnfilteredDetector()
    for text in texts:
        assert fast.detect(text).as_dict() == slow.detect(text).as_dict(), text


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!our )(?:\w+ )?posture", True),
        (r"\d+ (?:km|miles)", True),
        (r"(?:\w+ )?", False),  # can match nothing
        (r" day", False),
        (r"[\s-]?strid", False),
        (r"[^a]b", False),
        (r"shoes|-ish", False),
        (r"(?:worn)?-out", False),
    ],
)
def test_word_boundary_shortcut_is_claimed_only_when_safe(pattern, expected):
    assert starts_with_word_character(pattern) is expected


@pytest.mark.parametrize(
    "text",
    [*SEED_TEXTS, "-out posture _x 9km", "a-posture,posture;xposture", "é posture 'posture'"],
)
def test_word_boundary_shortcut_finds_what_the_look_behind_finds(text):
    """Every built-in cue, run both ways, finds the same matches."""
    import re

    from recommender.detection.rules import _bounded, _bounded_ascii

    patterns = [c.pattern for c in CUES] + [p for _, p in RED_FLAG_CUES] + [r"posture|\d+km"]
    lowered = text.lower()
    for pattern in patterns:
        plain = re.compile(_bounded(pattern), re.ASCII)
        shortcut = re.compile(_bounded_ascii(pattern), re.ASCII)
        for start in (0, 1, 3):
            found = [m.span() for m in plain.finditer(lowered, start)]
            assert [m.span() for m in shortcut.finditer(lowered, start)] == found, pattern
