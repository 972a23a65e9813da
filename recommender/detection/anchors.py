"""Cheap pre-filtering: which sentences could hold a cue of a given cause at all?

Every cue pattern must contain some literal text ("shoe", "blister", "overstrid"). We
derive, from the parsed pattern, sets of literal strings at least one of which appears in
any match, and turn each into word facts: "^back$" (the whole word "back"), "^ru" (a word
that starts "ru"), "ing$" (one that ends so) or "lis" (one that holds it). The facts a
word of a text satisfies are worked out once per distinct word and remembered, so reading
a sentence costs a dictionary look-up per word. A cue then runs only on the sentences that
satisfy its facts, which keeps detection fast on long articles without changing its
answers: a fact is only ever a necessary condition of a match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_REPEATS |= {getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT)}
# Function words narrow nothing down; words frequent in running texts narrow a little.
_STOPWORDS_TEXT = """
a an and are as at be by do for i in is it my no not of off on or out so the this to
too up we with you your that than then re s ll ve one all more less much very really
just been have has had can will when some any what how get got go going went
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_FREQUENT_TEXT = """
mi k run runs running ran runner runners back every day days after long feel feels felt
from down week weeks time hard easy over into first under side work high step training
never foot feet legs leg pain pains painful shoe shoes sock socks heel heels ache aches aching
hurt hurts sore knee knees muscle muscles miles rest like every tight flat road roads pair
"""
_FREQUENT = frozenset(_FREQUENT_TEXT.split())


def _structure(pattern: str):
    """Yield (index, character, group depth before it) for each character of ``pattern``
    outside escapes and character classes."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        else:
            yield index, char, depth
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
        index += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|b(?:c|d)" -> ["a", "b(?:c|d)"]."""
    parts, start = [], 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def leading_group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` closes, or -1 when it does not open with one."""
    if not pattern.startswith("("):
        return -1
    for index, char, depth in _structure(pattern):
        if char == ")" and depth == 1:
            return index
    return -1


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when unknown."""
    sets = required_literal_sets(pattern)
    return sets[0] if sets else None


def required_literal_sets(pattern: str) -> list[frozenset[str]]:
    """Independent requirements, most selective first: a match holds one string of *each*."""
    return list(_literal_sets(pattern))


@functools.lru_cache(maxsize=16384)
def _literal_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """``required_literal_sets``, parsed once per pattern (the lexicon asks several times)."""
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError):
        return ()
    return tuple(sorted(_requirements(list(parsed)), key=_selectivity, reverse=True))


def is_selective(strings: frozenset[str]) -> bool:
    """Worth requiring as a second anchor: no function words or fragments among them."""
    return _selectivity(strings)[0] >= 0


def _sequence(items: list) -> frozenset[str] | None:
    candidates = _requirements(items)
    return max(candidates, key=_selectivity) if candidates else None


def _requirements(items: list) -> list[frozenset[str]]:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            # The parser factors shared prefixes out of alternations ("st(?:art|op)");
            # glue them back so the anchors are whole words.
            heads = _leading_literals([(op, av)])
            if heads:
                candidates.append(frozenset("".join(run) + head for head in heads))
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = None
        if op is sre_constants.SUBPATTERN:
            found = _sequence(list(av[-1]))
        elif op is sre_constants.BRANCH:
            branches = [_sequence(list(branch)) for branch in av[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op in _REPEATS and av[0] >= 1:
            found = _sequence(list(av[2]))
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return candidates


def _leading_literals(items: list) -> frozenset[str] | None:
    """The literal text each match of ``items`` starts with, when every match starts with some."""
    if not items:
        return None
    op, av = items[0]
    if op is sre_constants.LITERAL:
        run = []
        for next_op, next_av in items:
            if next_op is not sre_constants.LITERAL:
                break
            run.append(chr(next_av))
        return frozenset({"".join(run)})
    if op is sre_constants.SUBPATTERN:
        return _leading_literals(list(av[-1]))
    if op is sre_constants.BRANCH:
        heads = [_leading_literals(list(branch)) for branch in av[1]]
        if all(heads):
            return frozenset().union(*heads)
    return None


_WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ZERO_WIDTH = {sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT}


def starts_with_word_character(pattern: str) -> bool:
    """True only when every match of ``pattern`` (read with ASCII rules) is non-empty and
    starts with an ASCII word character; False when unsure."""
    try:
        parsed = sre_parse.parse(pattern, re.ASCII)
    except (re.error, RecursionError):
        return False
    word_only, may_be_empty = _first_characters(list(parsed))
    return word_only and not may_be_empty


def _first_characters(items: list) -> tuple[bool, bool]:
    """(whether every first character is a word character, whether it can match empty)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            word_only, may_be_empty = chr(av) in _WORD_CHARACTERS, False
        elif op is sre_constants.IN:
            word_only, may_be_empty = _word_class(av), False
        elif op is sre_constants.SUBPATTERN:
            word_only, may_be_empty = _first_characters(list(av[-1]))
        elif op is sre_constants.BRANCH:
            found = [_first_characters(list(branch)) for branch in av[1]]
            word_only = all(word for word, _ in found)
            may_be_empty = any(empty for _, empty in found)
        elif op in _REPEATS:
            word_only, may_be_empty = _first_characters(list(av[2]))
            may_be_empty = may_be_empty or av[0] == 0
        else:  # anything unusual: make no claim
            return False, True
        if not word_only:
            return False, may_be_empty
        if not may_be_empty:
            return True, False
    return True, True


def _word_class(items: list) -> bool:
    for op, av in items:
        if op is sre_constants.LITERAL and chr(av) in _WORD_CHARACTERS:
            continue
        if op is sre_constants.RANGE and all(
            chr(code) in _WORD_CHARACTERS for code in range(av[0], av[1] + 1)
        ):
            continue
        if op is sre_constants.CATEGORY and av in (
            sre_constants.CATEGORY_WORD,
            sre_constants.CATEGORY_DIGIT,
        ):
            continue
        return False
    return True


def _text_score(text: str) -> int:
    word = text.strip()
    if not word:
        return -2
    if len(word) < 2:
        return -1
    # A phrase is as selective as its rarest word: "on my" is no better than "on".
    parts = word.split()
    if all(part in _STOPWORDS for part in parts):
        return -1
    return max((len(p) for p in parts if p not in _STOPWORDS and p not in _FREQUENT), default=0)


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    return min(_text_score(s) for s in strings), -len(strings)


def trie_pattern(words: Iterable[str]) -> str:
    """One alternation shaped as a trie, so each position costs a few character tests."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


class AnchorIndex:
    """Finds, in one pass, which keys have an anchor at which text positions."""

    def __init__(self, anchors: dict[str, set[int]]) -> None:
        words = sorted(anchors)
        # A long anchor found in the text also contains the shorter anchors inside it.
        self._keys: dict[str, frozenset[int]] = {}
        for word in words:
            keys = set(anchors[word])
            for start in range(len(word)):
                for end in range(start + 1, len(word) + 1):
                    inner = anchors.get(word[start:end])
                    if inner:
                        keys |= inner
            self._keys[word] = frozenset(keys)
        # A zero-width look-ahead reports every anchor start, overlapping ones included
        # (" day" and "day off"), in a single pass.
        self._regex = re.compile(f"(?=({trie_pattern(words)}))", re.ASCII) if words else None

    @property
    def words(self) -> dict[str, frozenset[int]]:
        """Every anchor with the keys it reports (its own and those of anchors inside it)."""
        return self._keys

    def words_between(self, text: str, start: int, end: int) -> set[str]:
        """The distinct anchors inside text[start:end]."""
        if self._regex is None:
            return set()
        return set(self._regex.findall(text, start, end))

    def keys_between(self, text: str, start: int, end: int) -> set[int]:
        """The keys of every anchor inside text[start:end]."""
        if self._regex is None:
            return set()
        keys: set[int] = set()
        table = self._keys
        for word in set(self._regex.findall(text, start, end)):
            found = table.get(word)
            if found:
                keys |= found
        return keys

    def find(self, text: str):
        """Yield (position, keys) for every anchor occurrence."""
        if self._regex is None:
            return
        keys = self._keys
        for found in self._regex.finditer(text):
            word = found.group(1)
            if word in keys:
                yield found.start(), keys[word]


# Word facts: what a required text says about single words of a text that holds it. A run
# of letters and digits with a mark or a space before it starts a word ("^back"), with one
# after it ends a word ("back$"), with both is a whole word ("^back$"); otherwise it lies
# somewhere inside a word ("back"). Written so, a fact holds every fact that is a substring
# of it: "^back$" implies "^back", "ack$" and "ac".
WORD_START, WORD_END = "^", "$"
_WORD_RUN = re.compile(r"[a-z0-9]+")


def word_facts(text: str) -> list[str]:
    """The word facts every text holding ``text`` satisfies, one per run of letters and digits."""
    facts = []
    for found in _WORD_RUN.finditer(text):
        start = WORD_START if found.start() > 0 else ""
        end = WORD_END if found.end() < len(text) else ""
        facts.append(start + found.group() + end)
    return facts


def fact_run(fact: str) -> str:
    return fact.strip(WORD_START + WORD_END)


def _fact_score(fact: str) -> int:
    """Like the selectivity of a text, with a word's edges making it rarer; a function word
    stays poor whatever its edges ("^the$" is in nearly every sentence)."""
    score = _text_score(fact_run(fact))
    if score < 0:
        return score
    return score + fact.startswith(WORD_START) + fact.endswith(WORD_END)


def fact_selectivity(facts: frozenset[str]) -> tuple[int, int]:
    return min(_fact_score(fact) for fact in facts), -len(facts)


def word_requirement_sets(pattern: str) -> list[frozenset[str]]:
    """``required_literal_sets`` as word facts, most selective first: a match holds one fact
    of each. A required text gives a fact per word it spans; of a choice of texts, each gives
    its most selective. A text with no letters or digits narrows nothing and is dropped."""
    found: list[frozenset[str]] = []
    for strings in required_literal_sets(pattern):
        per_text = [word_facts(text) for text in sorted(strings)]
        if not all(per_text):
            continue
        if len(per_text) == 1:  # one text: each of its words is required ("dead butt")
            requirements = [frozenset({fact}) for fact in per_text[0]]
        else:
            requirements = [frozenset(max(facts, key=_fact_score) for facts in per_text)]
        found += [r for r in requirements if r not in found]
    return sorted(found, key=fact_selectivity, reverse=True)


def phrase_requirement(pattern: str, most: int) -> tuple[str, ...]:
    """A set of at most ``most`` required texts of ``pattern`` that span words ("too much ",
    "a lot of"), for a plain substring search: word facts check each of its words on its
    own, the search checks them together. Empty when there is none."""
    for strings in required_literal_sets(pattern):
        if len(strings) <= most and any(len(_WORD_RUN.findall(text)) > 1 for text in strings):
            return tuple(sorted(strings))
    return ()


Entry = TypeVar("Entry")
MAX_REMEMBERED_WORDS = 200_000  # distinct words kept before the memo starts afresh
MAX_REMEMBERED_LENGTH = 40  # longer "words" are worked out each time
_UNSEEN = object()


class WordFactIndex(Generic[Entry]):
    """Which keys' word facts a word of a text satisfies, worked out once per distinct word.

    ``facts`` maps each word fact to its keys; ``summarise`` turns the keys one word
    satisfies into what the caller wants to know of them. A text is then read a word at a
    time, with a dictionary look-up for every word seen before.
    """

    def __init__(
        self, facts: dict[str, set[int]], summarise: Callable[[frozenset[int]], Entry]
    ) -> None:
        self._summarise = summarise
        inside: dict[str, set[int]] = {}
        self._whole: dict[str, frozenset[int]] = {}
        self._starts: dict[str, frozenset[int]] = {}
        self._ends: dict[str, frozenset[int]] = {}
        for fact, keys in facts.items():
            run = fact_run(fact)
            starts, ends = fact.startswith(WORD_START), fact.endswith(WORD_END)
            if starts and ends:
                table = self._whole
            elif starts:
                table = self._starts
            elif ends:
                table = self._ends
            else:
                inside[run] = inside.get(run, set()) | keys
                continue
            table[run] = table.get(run, frozenset()) | frozenset(keys)
        self._inside = AnchorIndex(inside)
        self._longest_start = max(map(len, self._starts), default=0)
        self._longest_end = max(map(len, self._ends), default=0)
        self._known: dict[str, Entry | None] = {}

    @property
    def known(self) -> dict[str, Entry | None]:
        """The memo ``lookup`` fills: read it first to skip a call for a word seen before."""
        return self._known

    def keys(self, word: str) -> set[int]:
        """The keys of every fact ``word`` (a run of letters and digits) satisfies."""
        found: set[int] = set(self._whole.get(word, ()))
        table = self._inside.words
        for run in self._inside.words_between(word, 0, len(word)):
            found |= table[run]
        for size in range(1, min(len(word), self._longest_start) + 1):
            found |= self._starts.get(word[:size], frozenset())
        for size in range(1, min(len(word), self._longest_end) + 1):
            found |= self._ends.get(word[-size:], frozenset())
        return found

    def lookup(self, word: str) -> Entry | None:
        """The summary of the facts ``word`` satisfies, or None when it satisfies none."""
        known = self._known
        entry = known.get(word, _UNSEEN)
        if entry is not _UNSEEN:
            return entry
        keys = self.keys(word)
        entry = self._summarise(frozenset(keys)) if keys else None
        if len(word) <= MAX_REMEMBERED_LENGTH:  # no memory for a run of noise
            if len(known) >= MAX_REMEMBERED_WORDS:
                known.clear()
            known[word] = entry
        return entry
