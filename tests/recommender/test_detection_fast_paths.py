"""Rewritten expressions are only faster: on any text they find exactly what the plain
ones find."""

import random
import re

import pytest

from recommender.detection.scope import _boundary_shared

PATTERNS = [
    r"\bab|\ba|c\b|\bx(?:y|z)|b a",
    r"[;:.]|\b(?:but|so)\b|\bthe (?:real|main) cause|\s-\s",
    r"contrary to|\bit (?:is|was) not|despite|\bno\b|\bnot\b",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_shared_word_boundary_finds_the_same_matches(pattern):
    plain = re.compile(pattern, re.ASCII)
    shared = _boundary_shared(plain)
    assert shared.pattern != plain.pattern
    rng = random.Random(pattern)
    words = ["ab", "a", "c", "xy", "xz", "b", "but", "so", "the", "real", "cause", "it", "is"]
    words += ["not", "no", "contrary", "to", "despite", "-", ";", "main", "xab", "abc"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        expected = [m.span() for m in plain.finditer(text, start)]
        assert [m.span() for m in shared.finditer(text, start)] == expected, text


def test_alternatives_without_a_leading_boundary_are_kept_in_place():
    shared = _boundary_shared(re.compile(r"\ba|b|\bc|\bd", re.ASCII))
    assert shared.pattern == r"\b(?:a)|b|\b(?:c|d)"


def test_sentence_ends_and_control_runs_match_their_plain_forms():
    from recommender.detection import text as text_module

    plain_end = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]*_]*(?=\s)|[!?]+|\u3002")
    plain_control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]+")
    plain_non_ascii = re.compile(r"[^\x00-\x7f]+")
    pieces = ["a", "b.", ".", "!", "?", "\u2026", "\u3002", '"', "'", "\u201d", ")", "]", "*"]
    pieces += ["_", " ", "\n", "\x00", "\u200b", "\x7f", "\u00e9", "\ufeff", "e.g.", "ok?!"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        for fast, plain in (
            (text_module._SENTENCE_END, plain_end),
            (text_module._CONTROL, plain_control),
            (text_module._NON_ASCII_RUN, plain_non_ascii),
        ):
            expected = [m.span() for m in plain.finditer(text, start, end)]
            assert [m.span() for m in fast.finditer(text, start, end)] == expected, text
