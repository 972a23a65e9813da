"""When a rule applies, judged by the wording of the cause's evidence (pure: no database).

One cause can need different products depending on what the text says about it:
``foot_mechanics`` covers flat feet (stability shoes help) and high, rigid arches (cushioned
neutral shoes help; stability shoes do not). A rule may therefore carry an *evidence
condition*: phrases the sentences that raised the cause must (or must not) mention::

    high arch, supinat, roll outward
    flat feet, overpronat or not (high arch, supinat)

- Phrases separated by commas: the evidence mentions any of them.
- ``not`` before a phrase or a parenthesised group: the evidence mentions none of them.
- ``and`` / ``or`` combine (``and`` binds tighter), parentheses group, and each line must
  hold (lines are joined with ``and``). A ``#`` starts a comment.
- Matching ignores case, and every word of a phrase matches the start of a word:
  ``supinat`` matches "supination" and "supinating", ``roll outward`` matches "rolling
  outwards", ``high arch`` matches "high-arched". Quote a phrase that holds a keyword or a
  comma: ``"not flat"``.

The condition is judged over all the cause's evidence sentences together (with none, as if
they said nothing: ``not (...)`` holds and a plain phrase list does not), so callers that pass
no sentences (campaign product cards) get what they got before these conditions existed.
Article rankings and the shopper's diagnose answer pass the sentences; answers cached per set
of causes carry ``evidence_rules_signature`` in their key, so the wording a rule saw is part of
what the cached answer depends on. ``quote(sentences)`` picks the
sentence to show as the reason: the first one that mentions a phrase the condition asks for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .values import ConditionError, ConditionSyntaxError, LineError, Token, tokenize

MAX_NESTING = 10
MAX_PHRASE = 100
MIN_LETTERS = 3

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<comment>\#.*)
    | (?P<lparen>\()
    | (?P<rparen>\))
    | (?P<comma>,)
    | (?P<string>"[^"]*"|'[^']*')
    | (?P<word>[^\W_](?:[\w'\u2019\-]*\w)?)
    )""",
    re.VERBOSE,
)
_KEYWORDS = frozenset({"and", "or", "not"})
_SENTENCE_BREAK = "\x1e"  # joins the evidence sentences; never inside one
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Mentions:
    """The evidence mentions any of these phrases (lower-case words, space-separated)."""

    phrases: tuple[str, ...]

    def holds(self, text: str) -> bool:
        return _pattern(self.phrases).search(text) is not None


@dataclass(frozen=True)
class Not:
    item: EvidenceNode

    def holds(self, text: str) -> bool:
        return not self.item.holds(text)


@dataclass(frozen=True)
class AllOf:
    items: tuple[EvidenceNode, ...]

    def holds(self, text: str) -> bool:
        return all(item.holds(text) for item in self.items)


@dataclass(frozen=True)
class AnyOf:
    items: tuple[EvidenceNode, ...]

    def holds(self, text: str) -> bool:
        return any(item.holds(text) for item in self.items)


EvidenceNode = Mentions | Not | AllOf | AnyOf

_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _PATTERNS.get(phrases)
    if pattern is None:
        # Words of a phrase may be split by spaces, line breaks, hyphens or punctuation, but
        # not by the mark that separates one evidence sentence from the next.
        gap = f"[^\\w{_SENTENCE_BREAK}]+"
        parts = [gap.join(re.escape(w) + r"\w*" for w in p.split()) for p in phrases]
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)
        if len(_PATTERNS) > 2000:
            _PATTERNS.clear()
        _PATTERNS[phrases] = pattern
    return pattern


def _wanted(node: EvidenceNode, negated: bool = False) -> list[str]:
    """Phrases the condition asks the evidence to mention (not those it rules out)."""
    if isinstance(node, Mentions):
        return [] if negated else list(node.phrases)
    if isinstance(node, Not):
        return _wanted(node.item, not negated)
    return [phrase for item in node.items for phrase in _wanted(item, negated)]


@dataclass(frozen=True)
class EvidenceCondition:
    tree: EvidenceNode

    def holds(self, sentences: Sequence[str]) -> bool:
        """Whether the evidence, all sentences together, meets the condition."""
        return self.tree.holds(
            _SENTENCE_BREAK.join(s.replace(_SENTENCE_BREAK, " ") for s in sentences)
        )

    def quote(self, sentences: Sequence[str]) -> str | None:
        """The first sentence mentioning a phrase the condition asks for, if any."""
        wanted = tuple(dict.fromkeys(_wanted(self.tree)))
        if not wanted:
            return None
        pattern = _pattern(wanted)
        return next((sentence for sentence in sentences if pattern.search(sentence)), None)


def _phrase(text: str) -> str:
    words = _WORD.findall(text.lower())
    if not words:
        raise LineError(f"'{text}' has no letters to look for")
    phrase = " ".join(words)
    if sum(len(word) for word in words) < MIN_LETTERS:
        raise LineError(f"'{text}' is too short to look for; use at least {MIN_LETTERS} letters")
    if len(phrase) > MAX_PHRASE:
        raise LineError(f"a phrase may have at most {MAX_PHRASE} characters")
    return phrase


def _tokenize(line: str) -> list[Token]:
    return tokenize(line, _TOKEN, _KEYWORDS)


class _LineParser:
    """expr := conj ('or' conj)*; conj := unary ('and' unary)*; unary := 'not' unary | atom;
    atom := '(' expr ')' | phrase (',' phrase)*; phrase := string | word+."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def parse(self) -> EvidenceNode:
        node = self._expr()
        if self.position < len(self.tokens):
            raise LineError(f"unexpected '{self.tokens[self.position][1]}'")
        return node

    def _peek(self, kind: str, text: str | None = None) -> bool:
        if self.position >= len(self.tokens):
            return False
        token_kind, token_text = self.tokens[self.position]
        return token_kind == kind and (text is None or token_text == text)

    def _expr(self) -> EvidenceNode:
        items = [self._conj()]
        while self._peek("keyword", "or"):
            self.position += 1
            items.append(self._conj())
        return items[0] if len(items) == 1 else AnyOf(tuple(items))

    def _conj(self) -> EvidenceNode:
        items = [self._unary()]
        while self._peek("keyword", "and"):
            self.position += 1
            items.append(self._unary())
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def _unary(self) -> EvidenceNode:
        if self._peek("keyword", "not"):
            self.position += 1
            return Not(self._unary())
        if self._peek("lparen"):
            self.position += 1
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise LineError(f"too many nested parentheses (at most {MAX_NESTING})")
            node = self._expr()
            if not self._peek("rparen"):
                raise LineError("expected ')' to close the group")
            self.position += 1
            self.depth -= 1
            return node
        phrases = [self._phrase()]
        while self._peek("comma"):
            self.position += 1
            phrases.append(self._phrase())
        return Mentions(tuple(dict.fromkeys(phrases)))

    def _phrase(self) -> str:
        if self.position >= len(self.tokens):
            raise LineError("expected a phrase at the end of the line")
        kind, text = self.tokens[self.position]
        if kind == "string":
            self.position += 1
            return _phrase(text[1:-1])
        if kind != "word":
            raise LineError(f"expected a phrase, found '{text}'")
        words = []
        while self._peek("word"):
            words.append(self.tokens[self.position][1])
            self.position += 1
        return _phrase(" ".join(words))


def parse_evidence_condition(text: str) -> EvidenceCondition | None:
    """The condition for ``text``, or None when it is blank (the rule always applies).

    Raises ConditionSyntaxError listing every faulty line.
    """
    nodes: list[EvidenceNode] = []
    errors: list[ConditionError] = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        try:
            tokens = _tokenize(line)
            if tokens:
                nodes.append(_LineParser(tokens).parse())
        except LineError as exc:
            errors.append(ConditionError(line=number, message=exc.message))
    if errors:
        raise ConditionSyntaxError(errors)
    if not nodes:
        return None
    return EvidenceCondition(nodes[0] if len(nodes) == 1 else AllOf(tuple(nodes)))
