"""The evidence condition of a rule: which wording of a cause it applies to (no database)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recommender.ranking.conditions import ConditionSyntaxError, parse_evidence_condition

HIGH = "Runners with high arches often roll towards the outside of the foot (supination)."
FLAT = "Flat feet let the arch collapse, and the foot rolls inward."
GAIT = "Have your gait looked at in a running shop."


def holds(text: str, *sentences: str) -> bool:
    condition = parse_evidence_condition(text)
    assert condition is not None
    return condition.holds(sentences)


def test_blank_text_means_the_rule_always_applies():
    assert parse_evidence_condition("") is None
    assert parse_evidence_condition("  \n# only a comment\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "My feet supinate badly.",
        "SUPINATION is my problem.",
        "I am a supinator.",
        "Her high-arched feet hurt.",
        "A highly arched foot lands stiffly.",
        "I have high arches.",
        "My feet are rolling outwards.",
        "Runners with high\n  arches need cushioning.",  # Markdown source wraps its lines
    ],
)
def test_each_word_matches_the_start_of_a_word_whatever_the_case_and_hyphens(sentence):
    assert holds("high arch, supinat, roll outward", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "My arch is high.",  # the words, but not as the phrase
        "Underpronation and an outward roll.",  # 'supinat' does not match inside a word
        "It was too high|Arch support helped.",  # phrases never run across two sentences
    ],
)
def test_near_misses_do_not_match(sentence):
    assert not holds("high arch, supinat, pronation", *sentence.split("|"))


def test_not_and_or_and_lines_combine_over_all_sentences():
    flat_or_unsaid = "flat feet, overpronat or not (high arch, supinat)"

    assert holds(flat_or_unsaid, FLAT)
    assert holds(flat_or_unsaid, GAIT)
    assert holds(flat_or_unsaid)  # nothing said at all
    assert not holds(flat_or_unsaid, GAIT, HIGH)  # a high arch anywhere in the evidence
    assert holds(flat_or_unsaid, HIGH, FLAT)  # both shapes: flat feet still count
    assert not holds("high arch", GAIT)
    assert not holds("high arch")
    assert holds("high arch\nnot flat feet", HIGH)  # lines must all hold
    assert not holds("high arch\nnot flat feet", HIGH, FLAT)
    assert holds("gait and shop", GAIT)
    assert not holds("gait and flat feet", GAIT)
    assert holds("not not gait", GAIT)
    assert holds('"not" or "flat"', FLAT)  # quoted keywords are phrases


def test_quote_picks_the_sentence_behind_the_condition():
    high = parse_evidence_condition("high arch, supinat")
    flat = parse_evidence_condition("flat feet or not (high arch)")
    only_not = parse_evidence_condition("not (high arch)")

    assert high.quote([GAIT, FLAT, HIGH]) == HIGH
    assert flat.quote([GAIT, HIGH, FLAT]) == FLAT
    assert only_not.quote([GAIT, FLAT]) is None  # nothing asked for: the caller's first sentence


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("high arch,", "line 1: expected a phrase at the end of the line"),
        ("(high arch", "line 1: expected ')' to close the group"),
        ("high arch)", "line 1: unexpected ')'"),
        ("high arch or", "line 1: expected a phrase at the end of the line"),
        ("flat, ab", "line 1: 'ab' is too short to look for; use at least 3 letters"),
        ("feet @ home", "line 1: cannot read '@ home'"),
        ("not and flat", "line 1: expected a phrase, found 'and'"),
        ('""', "line 1: '' has no letters to look for"),
        ("(" * 11 + "flat" + ")" * 11, "line 1: too many nested parentheses (at most 10)"),
    ],
)
def test_mistakes_are_reported_with_their_line(text, message):
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_evidence_condition(text)

    assert caught.value.messages == [message]


def test_every_faulty_line_is_reported_at_once():
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_evidence_condition("high arch,\nflat feet\n(supinat")

    assert [error.line for error in caught.value.errors] == [1, 3]


@given(st.text(max_size=60))
def test_any_text_parses_or_is_refused_cleanly(text):
    try:
        condition = parse_evidence_condition(text)
    except ConditionSyntaxError as exc:
        assert exc.messages
        return
    if condition is not None:
        condition.holds([text])
        condition.quote([text])


@given(st.lists(st.text(alphabet="abcdefghij ", min_size=3, max_size=12), min_size=1, max_size=4))
def test_a_phrase_is_always_found_in_a_sentence_that_holds_it(words):
    phrases = [" ".join(word.split()) for word in words]
    if any(len(phrase.replace(" ", "")) < 3 for phrase in phrases):
        return
    text = ", ".join(f'"{phrase}"' for phrase in phrases)
    condition = parse_evidence_condition(text)

    for phrase in phrases:
        sentence = f"Before {phrase.upper()} after."
        assert condition.holds([sentence])
        assert condition.quote(["nothing here", sentence]) == sentence
