"""The anchor pre-filter only saves time: it never changes what the detector finds."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recommender.detection.anchors import (
    AnchorIndex,
    WordFactIndex,
    phrase_requirement,
    required_literals,
    split_alternatives,
    starts_with_word_character,
    trie_pattern,
    word_facts,
    word_requirement_sets,
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


def test_word_facts_say_where_a_run_meets_a_word_edge():
    assert word_facts(" back on my") == ["^back$", "^on$", "^my"]
    assert word_facts("n the ") == ["n$", "^the$"]
    assert word_facts("blister") == ["blister"]
    assert word_facts(" - ") == []


def test_a_required_text_gives_a_fact_per_word_and_a_choice_its_best_fact():
    assert word_requirement_sets(r"dead butt") == [{"dead$"}, {"^butt"}]
    assert {"shoes", "socks"} in word_requirement_sets(r"(?:shoes|socks) hurt")


def test_a_phrase_requirement_spans_words_and_has_few_choices():
    assert phrase_requirement(r"(?:so much|too much) (?:\w+ )?bounce", 8) == ("so much", "too much")
    assert phrase_requirement(r"(?:so much|too much) (?:\w+ )?bounce", 1) == ()
    assert phrase_requirement(r"blisters?", 8) == ()


def test_word_fact_index_checks_whole_words_starts_ends_and_insides():
    index = WordFactIndex({"^back$": {1}, "^ru": {2}, "ing$": {3}, "lis": {4}}, frozenset)
    assert index.keys("back") == {1}
    assert index.keys("backs") == set()
    assert index.keys("running") == {2, 3}
    assert index.keys("blisters") == {4}
    assert index.lookup("sprint") is None
    assert index.lookup("running") == frozenset({2, 3})
    assert "running" in index.known
    assert index.lookup("x" * 500) is None
    assert "x" * 500 not in index.known  # noise is not remembered


_TEXT = st.text(alphabet="ab -'", max_size=12)


@given(needle=_TEXT, before=_TEXT, after=_TEXT)
def test_a_text_that_holds_a_required_text_satisfies_its_word_facts(needle, before, after):
    import re

    text = before + needle + after
    words = re.findall(r"[a-z0-9]+", text)
    facts = dict.fromkeys(word_facts(needle))
    index = WordFactIndex({fact: {number} for number, fact in enumerate(facts)}, frozenset)
    found = set().union(*(index.keys(word) for word in words)) if words else set()
    assert found == set(range(len(facts)))


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


def test_a_cue_split_by_its_leading_words_matches_where_the_whole_cue_does():
    from recommender.detection.rules import _by_leading_word, _compiled_cue

    texts = [text.lower() for text in SEED_TEXTS]
    if TRAIN.exists():
        texts += [json.loads(line)["text"].lower() for line in TRAIN.read_text().splitlines()]
    patterns = [c.pattern for c in CUES] + [p for _, p in RED_FLAG_CUES]
    split = 0
    for pattern in patterns:
        for alternative in split_alternatives(pattern):
            parts = _by_leading_word(alternative)
            if len(parts) == 1:
                continue
            split += 1
            whole = _compiled_cue(alternative)
            pieces = [_compiled_cue(part) for part in parts]
            for text in texts:
                if not whole.search(text) and not any(piece.search(text) for piece in pieces):
                    continue
                at = {p for p in range(len(text)) if whole.match(text, p)}
                assert at == {p for p in range(len(text)) for x in pieces if x.match(text, p)}, (
                    alternative,
                    text,
                )
    assert split > 100  # the lexicon's leading choices are split, look-arounds and all
