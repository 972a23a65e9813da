"""The default detector: weighted lexicon cues, read clause by clause.

How a text is read:
1. ``text.prepare`` cleans it (HTML to visible text, control characters out) and splits
   it into sentence spans, each tagged with its paragraph; matching runs on a lower-cased
   ASCII copy of the same length.
2. A look-up per word of each sentence finds the word facts it satisfies (``anchors``); a
   cue runs only where the facts every match of one of its alternatives needs are there.
3. Every match is judged in its clause (``scope.cue_weight``): negation, dismissal, advice
   and the writer's own habits decide whether it counts and how much.
4. A sentence that waves a cause's topic away clears that cause from itself and from its
   neighbours in the same paragraph; "It is not what causes..." clears the sentence before.
5. Weights combine as independent evidence (noisy-or) within a sentence and, with a small
   decay, across sentences; a cause is reported when its confidence reaches the threshold.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import scope
from .anchors import (
    WORD_END,
    WORD_START,
    WordFactIndex,
    fact_run,
    leading_group_end,
    phrase_requirement,
    split_alternatives,
    starts_with_word_character,
    word_requirement_sets,
)
from .base import RED_FLAG, BaseDetector, CauseSpec, DetectedCause, DetectionResult, RedFlag
from .lexicon import CAUSE, CUES, RED_FLAG_CUES
from .lexicon.red_flags import LONG_AGO, NOT_PRESENT
from .lexicon.topics import ORIGIN_NEEDS_NO_PAIN, OTHER_ORIGIN, PAIN_NEAR, TOPICS
from .text import Prepared, matching_copy, prepare

logger = logging.getLogger(__name__)

STAFF_PHRASE_WEIGHT = 0.75
STAFF_PATTERN_WEIGHT = 0.75
SENTENCE_DECAY = 0.85
# "(a+)+" and friends can take exponential time on a near miss: staff patterns that nest
# repetition are refused rather than risk a hung detection.
_NESTED_QUANTIFIER = re.compile(r"\([^()]*[+*}][^()]*\)\s*[+*{]")
SHORT_PASSAGE_WORDS = 4  # headings make poor evidence when a full sentence says the same
SHORT_PASSAGE_PENALTY = 0.2


@dataclass(frozen=True)
class _Cue:
    slug: str
    kind: str
    weight: float
    negation_shaped: bool = False  # red flags like "does not improve with rest": no negation check
    check_inside: bool = (
        True  # red flags: a negation inside the match ("pain is not sharp") clears it
    )
    yields_to: str | None = None  # no weight where one of these causes (spaced) has evidence
    staff: bool = False  # read on the staff matching copy (accents kept), not the ASCII one


def _phrase_pattern(phrase: str) -> str:
    """A staff phrase as a pattern: any whitespace or hyphen between its words."""
    words = [re.escape(word) for word in re.split(r"[\s\-]+", phrase.strip().lower()) if word]
    return r"[\s-]+".join(words)


def _bounded(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])"


def _bounded_ascii(pattern: str) -> str:
    """``_bounded`` for ASCII matching, with a faster equivalent when it can be proved.

    When every match of ``pattern`` starts with a word character, "no word character
    before" is the same test as a word boundary, and the engine scans for ``\b`` faster
    than for a look-behind.
    """
    if starts_with_word_character(pattern):
        return rf"\b(?:{pattern})(?![\w])"
    return _bounded(pattern)


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789' ")


def _literal_prefix(pattern: str) -> str:
    """The plain text a one-alternative pattern starts with ("stretch" of "stretch(?:es)?"),
    or "" when it starts with anything else. A character under a quantifier is left out."""
    if len(split_alternatives(pattern)) != 1:
        return ""
    end = 0
    while end < len(pattern) and pattern[end] in _PLAIN:
        end += 1
    if end < len(pattern) and pattern[end] in "?*+{":
        end -= 1
    return pattern[:end] if end > 0 and pattern[0].isalnum() else ""


def _compiled_cue(pattern: str) -> re.Pattern[str]:
    """A built-in cue bounded as a whole word. A cue that starts with plain text keeps the
    text in front and checks the word boundary just after it (``stretch(?<=\bstretch)``):
    the same matches as ``\bstretch``, but the engine scans for the text instead of trying
    the boundary at every position."""
    prefix = _literal_prefix(pattern)
    if prefix:
        rest = pattern[len(prefix) :]
        return re.compile(rf"{prefix}(?<=\b{prefix})(?:{rest})(?![\w])", re.ASCII)
    return re.compile(_bounded_ascii(pattern), re.ASCII)


MAX_REQUIREMENTS = 4  # required texts checked per alternative of a cue
MAX_PHRASES = 8  # texts spanning words searched for per cue, at most


# What the word facts found in a sentence bring to it: the requirements they satisfy (a bit
# mask), the cue ids they open on their own, and (cue id, mask of the requirements it still
# needs) for the cues they open only with more.
_Entry = tuple[int, frozenset[int], tuple[tuple[int, int], ...]]
_WORD = re.compile(r"[a-z0-9]+")
_UNSEEN = object()


@dataclass(frozen=True)
class _Lexicon:
    # Each cue with its pattern; a pattern is compiled the first time its cue runs (most
    # of the thousands never run on a given text), then kept.
    cues: list[tuple[_Cue, str]]
    ungated: frozenset[int]  # cue ids that cannot be pre-filtered: always run
    # Requirements (sets of texts, one of which must be present) are numbered once, however
    # many alternatives share them; a set of requirements is a bit mask. The index finds
    # the texts of a sentence and sums up what they bring as an ``_Entry``.
    anchors: WordFactIndex[_Entry]
    # Per cue id, texts spanning words one of which its every match holds ("so much "):
    # searched for in a sentence whose words let the cue through, before the cue runs.
    phrases: dict[int, tuple[str, ...]]
    compiled: list[re.Pattern[str] | None]

    def regex(self, cue_id: int) -> re.Pattern[str]:
        """The compiled pattern of a cue, compiled on first use."""
        regex = self.compiled[cue_id]
        if regex is None:
            regex = self.compiled[cue_id] = _compiled_cue(self.cues[cue_id][1])
        return regex


def _usable(facts: frozenset[str]) -> bool:
    """A requirement worth a second check: a whole word, or at least three letters. Function
    words ("too", "all") still narrow a cue down well; two letters inside a word ("er",
    "st") occur in most sentences."""
    return all(
        len(fact_run(fact)) >= 3 or (fact[0] == WORD_START and fact[-1] == WORD_END)
        for fact in facts
    )


def _implied(requirement: frozenset[str], by: frozenset[str]) -> bool:
    """Every fact of ``by`` implies one of ``requirement`` (as word facts are written, it
    contains it): checking it again narrows nothing. The parser splits "wakes|woke" into
    "w" and "akes|oke"; both are kept as requirements, and the fragment would only add
    facts that hold inside common words."""
    return all(any(text in found for text in requirement) for found in by)


def _split(entries: list[tuple[_Cue, str]]) -> list[tuple[_Cue, str]]:
    """Each gated top-level alternative of a cue becomes its own expression, so a sentence
    runs only the alternatives whose required texts it holds, not the whole alternation.
    A cue with an alternative the pre-filter cannot gate stays whole (it always runs)."""
    split: list[tuple[_Cue, str]] = []
    for cue, pattern in entries:
        alternatives = split_alternatives(pattern)
        if all(word_requirement_sets(alt) for alt in alternatives):
            for alternative in alternatives:
                split += [(cue, part) for part in _by_leading_word(alternative)]
        else:
            split.append((cue, pattern))
    return split


MAX_LEADING_WORDS = 200  # a longer choice of leading words stays one expression


def _by_leading_word(pattern: str, depth: int = 1) -> list[str]:
    """``(?:no|without|skip) REST`` as ``no REST``, ``without REST``, ``skip REST``.

    Look-arounds in front move behind a plain-text choice, where the engine can scan for
    the text: ``(?<!try on )(?:proper|right) REST`` gives ``proper(?<!try on proper) REST``
    (the same test, since the text just read is known); a look-ahead that cannot hold at a
    choice's first letter is dropped for it."""
    looks, rest = _leading_lookarounds(pattern)
    if not rest.startswith("(?:"):
        return [pattern]
    end = leading_group_end(rest)
    if end < 0 or rest[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return [pattern]
    choices = split_alternatives(rest[3:end])
    if len(choices) < 2 or len(choices) > MAX_LEADING_WORDS:
        return [pattern]
    parts = [_with_lookarounds(looks, choice) + rest[end + 1 :] for choice in choices]
    if not all(word_requirement_sets(part) for part in parts):
        return [pattern]
    # A choice that is itself a choice ("(?:(?:shoes|trainers) ...|they're) ...") splits again.
    return [
        word for part in parts for word in (_by_leading_word(part, depth - 1) if depth else [part])
    ]


def _leading_lookarounds(pattern: str) -> tuple[list[str], str]:
    """The look-arounds a pattern opens with, and what follows them."""
    looks = []
    while pattern.startswith(("(?<!", "(?<=", "(?!", "(?=")):
        end = leading_group_end(pattern)
        if end < 0:
            break
        looks.append(pattern[: end + 1])
        pattern = pattern[end + 1 :]
    return looks, pattern


def _with_lookarounds(looks: list[str], choice: str) -> str:
    """``choice`` with the look-arounds that stood before its group, moved behind the plain
    text it starts with when it has some."""
    lead = _literal_prefix(choice) if choice[:1].isalnum() else ""
    front, behind = [], []
    for look in looks:
        if look.startswith("(?<"):
            if lead:
                behind.append(f"{look[:4]}{look[4:-1]}{lead})")
            else:
                front.append(look)
        elif lead and look[3:4].isalpha() and look[3] != lead[0]:
            continue  # a look-ahead for "neck" cannot fail where "muscles" starts
        else:
            front.append(look)
    return "".join(front) + lead + "".join(behind) + choice[len(lead) :]


@functools.cache
def _compiled_lexicon() -> _Lexicon:
    """The built-in cues, indexed once per process (staff cues come on top).

    A cue becomes a candidate in a sentence when, for one of its top-level alternatives,
    every required text (up to a few, the most selective first) is there.
    """
    entries: list[tuple[_Cue, str]] = [
        (_Cue(c.slug, c.kind, c.weight, yields_to=c.yields_to), c.pattern) for c in CUES
    ]
    entries += [
        (_Cue(RED_FLAG, CAUSE, 1.0, negation_shaped=mode is True, check_inside=mode is False), p)
        for mode, p in RED_FLAG_CUES
    ]
    anchors: dict[str, set[int]] = {}
    cues: list[tuple[_Cue, str]] = []
    ungated: set[int] = set()
    gated: list[tuple[int, list[frozenset[str]]]] = []  # per alternative: cue id, requirements
    alone: dict[int, set[int]] = {}  # first requirement -> cue ids it opens on its own
    partners: dict[int, list[tuple[int, int]]] = {}
    phrases: dict[int, tuple[str, ...]] = {}
    for cue, pattern in _split(entries):
        cue_id = len(cues)
        cues.append((cue, pattern))
        alternatives = [word_requirement_sets(alt) for alt in split_alternatives(pattern)]
        if not all(alternatives):
            ungated.add(cue_id)
            continue
        if len(alternatives) == 1 and (spanning := phrase_requirement(pattern, MAX_PHRASES)):
            phrases[cue_id] = spanning
        for requirements in alternatives:
            kept = [requirements[0]]
            for requirement in requirements[1:]:
                if not _usable(requirement) or any(_implied(requirement, k) for k in kept):
                    continue
                # "feet|foot" makes "eet|oot" (sorted first, as rarer text) redundant.
                weaker = [i for i, k in enumerate(kept) if _implied(k, requirement)]
                if weaker:
                    kept[weaker[0]] = requirement
                elif len(kept) < MAX_REQUIREMENTS:
                    kept.append(requirement)
            gated.append((cue_id, kept))
    # Requirements a cue still needs beside its first are numbered first, the most used
    # lowest: the masks a sentence is checked against stay short integers.
    needed = Counter(r for _, kept in gated for r in dict.fromkeys(kept[1:]) if r != kept[0])
    numbers = {requirement: n for n, (requirement, _) in enumerate(needed.most_common())}
    for _, kept in gated:
        for requirement in kept:
            numbers.setdefault(requirement, len(numbers))
    for cue_id, kept in gated:
        keys = [numbers[requirement] for requirement in kept]
        for key, requirement in zip(keys, kept, strict=True):
            for literal in requirement:
                anchors.setdefault(literal, set()).add(key)
        needs = sum(1 << key for key in set(keys[1:]) - {keys[0]})
        if needs:
            partners.setdefault(keys[0], []).append((cue_id, needs))
        else:
            alone.setdefault(keys[0], set()).add(cue_id)

    def summarise(keys: frozenset[int]) -> _Entry:
        firsts = sorted(keys)
        opens = frozenset().union(*(alone.get(key, ()) for key in firsts))
        needing = tuple(dict.fromkeys(pair for key in firsts for pair in partners.get(key, ())))
        # Only requirements some cue still needs are worth remembering as present.
        return (sum(1 << key for key in keys if key < len(needed)), opens, needing)

    return _Lexicon(
        cues, frozenset(ungated), WordFactIndex(anchors, summarise), phrases, [None] * len(cues)
    )


class RuleDetector(BaseDetector):
    threshold = 0.5
    max_evidence = 3
    max_red_flag_passages = 5

    def __init__(self, *, causes: Sequence[CauseSpec] = (), threshold: float | None = None):
        super().__init__(causes=causes)
        if threshold is not None:
            self.threshold = threshold
        self._lexicon = _compiled_lexicon()
        self._cues = self._lexicon.cues
        # Per cue id: (cue, its compiled finditer, whether it is a red flag), filled on first use.
        self._cue_runs: list[tuple[_Cue, Callable, bool] | None] = [None] * len(self._cues)
        self._staff = self._staff_matchers()
        self._topics = {
            slug: re.compile(_bounded_ascii(pattern), re.ASCII) for slug, pattern in TOPICS.items()
        }
        self._other_origin = {
            slug: re.compile(_bounded_ascii(pattern), re.ASCII)
            for slug, pattern in OTHER_ORIGIN.items()
        }

    def _staff_matchers(self) -> list[tuple[_Cue, re.Pattern[str]]]:
        """Staff phrases and patterns: extra cues, never pre-filtered, each pattern on its own."""
        matchers = []
        for spec in self.causes:
            slug = RED_FLAG if spec.is_red_flag else spec.slug
            phrases = [p for p in spec.phrases if p and p.strip()]
            if phrases:
                # A staff phrase may itself hold "not" ("pain that does not settle"): only a
                # negation before it clears it.
                cue = _Cue(slug, CAUSE, STAFF_PHRASE_WEIGHT, check_inside=False, staff=True)
                body = "|".join(_phrase_pattern(phrase) for phrase in phrases)
                matchers.append((cue, re.compile(_bounded(body))))
            for pattern in spec.patterns:
                if _NESTED_QUANTIFIER.search(pattern):
                    logger.warning("ignoring pattern %r for %s: nested repetition", pattern, slug)
                    continue
                try:
                    regex = re.compile(rf"(?i:{pattern})")
                except re.error as exc:
                    logger.warning("ignoring invalid pattern %r for %s: %s", pattern, slug, exc)
                    continue
                cue = _Cue(slug, CAUSE, STAFF_PATTERN_WEIGHT, check_inside=False, staff=True)
                matchers.append((cue, regex))
        return matchers

    def _cue_run(self, cue_id: int) -> tuple[_Cue, Callable, bool]:
        cue = self._cues[cue_id][0]
        run = (cue, self._lexicon.regex(cue_id).finditer, cue.slug == RED_FLAG)
        self._cue_runs[cue_id] = run
        return run

    def detect(self, text: str) -> DetectionResult:
        if not text or not text.strip():
            return DetectionResult()
        return self.detect_prepared(prepare(text))

    def detect_prepared(self, prepared: Prepared) -> DetectionResult:
        """``detect`` on a text already cleaned and split by ``text.prepare``, for detectors
        that read the same sentences again and should not split them twice."""
        if not prepared.spans:
            return DetectionResult()
        scores, flagged = self._score(prepared)
        causes = []
        for slug, per_sentence in scores.items():
            confidence, evidence = self._combine(prepared, per_sentence)
            if confidence >= self.threshold:
                causes.append(DetectedCause(slug=slug, confidence=confidence, evidence=evidence))
        causes.sort(key=lambda cause: (-cause.confidence, cause.slug))
        red_flags: tuple[RedFlag, ...] = ()
        if flagged:
            passages = _unique(prepared.sentence(i) for i in sorted(flagged))
            red_flags = (RedFlag(evidence=tuple(passages[: self.max_red_flag_passages])),)
        return DetectionResult(causes=tuple(causes), red_flags=red_flags)

    def other_origin(
        self,
        prepared: Prepared,
        index: int,
        slug: str,
        *,
        own: bool = True,
        cache: dict[tuple[str, int], bool] | None = None,
    ) -> bool:
        """Sentence ``index`` or a neighbour in its paragraph puts what it says of the cause
        down to something other than running (standing at work, a taper, a fall).

        A sentence that turns ("..., though, you skimped on rest days") answers for itself
        only, and only when ``own`` (its cues stand before or after the turn; a whole-sentence
        guess does not). ``cache`` keeps what each sentence of this text was found to hold."""
        origin = self._other_origin.get(slug)
        if origin is None:
            return False
        mt, spans = prepared.match_text, prepared.spans
        start, end = spans[index]
        origin_cache = {} if cache is None else cache

        def holds(number: int) -> bool:  # each sentence searched once per cause and text
            key = (slug, number)
            if key not in origin_cache:
                origin_cache[key] = origin.search(mt, *spans[number]) is not None
            return origin_cache[key]

        if _TURN.search(mt, start, end):
            found = own and holds(index)
        else:
            start, end = _with_neighbours(prepared, index)
            found = any(
                holds(number)
                for number in range(max(0, index - 1), min(len(spans), index + 2))
                if start <= spans[number][0] < end
            )
        if found and slug in ORIGIN_NEEDS_NO_PAIN:
            return _PAIN_NEAR.search(mt, start, end) is None
        return found

    def _candidates(self, prepared: Prepared) -> list[set[int]]:
        """Per sentence, the ids of the cues whose required texts it holds."""
        lexicon = self._lexicon
        index, ungated = lexicon.anchors, lexicon.ungated
        remembered, lookup, phrases = index.known.get, index.lookup, lexicon.phrases
        words, mt = _WORD.findall, prepared.match_text
        candidates = []
        for start, end in prepared.spans:
            present = 0
            found = set(ungated)
            waiting = []
            for word in set(words(mt, start, end)):
                # One read of the memo: another thread may empty it between two.
                entry = remembered(word, _UNSEEN)
                if entry is _UNSEEN:
                    entry = lookup(word)
                if entry is None:
                    continue
                keys, opens, needing = entry
                present |= keys
                if opens:
                    found |= opens
                if needing:
                    waiting.append(needing)
            for needing in waiting:
                for cue_id, needs in needing:
                    if needs & present == needs:
                        found.add(cue_id)
            checked = found & phrases.keys()
            if checked:
                sentence = mt[start:end]
                for cue_id in checked:
                    for text in phrases[cue_id]:
                        if text in sentence:
                            break
                    else:
                        found.discard(cue_id)
            candidates.append(found)
        return candidates

    def _score(self, prepared: Prepared) -> tuple[dict[str, dict[int, dict[str, float]]], set[int]]:
        """Per cause, per sentence, the weight of each distinct cue that really counts."""
        mt = prepared.match_text
        staff_text = matching_copy(prepared.text) if self._staff else ""
        scores: dict[str, dict[int, dict[str, float]]] = {}
        flagged: set[int] = set()
        staff = [(cue, regex.finditer, cue.slug == RED_FLAG) for cue, regex in self._staff]
        cue_runs = self._cue_runs
        dismissed: dict[int, set[str]] = {}  # per sentence, the causes it waves away
        dismissing: list[tuple[int, scope.Sentence]] = []  # sentences that may wave some away
        origin_cache: dict[tuple[str, int], bool] = {}
        for index, cue_ids in enumerate(self._candidates(prepared)):
            start, end = prepared.spans[index]
            sentence = scope.Sentence(mt, start, end)
            if sentence.may_dismiss:
                dismissing.append((index, sentence))
                if (
                    index
                    and (sentence.has_dismissal or sentence.has_denial or sentence.weak_evidence)
                    and scope.dismisses_previous(sentence)
                ):
                    dismissed.setdefault(index - 1, set()).add(_EVERYTHING)
            if not cue_ids and not staff:
                continue
            found_by_slug: dict[str, list[tuple[int, int, float, str]]] = {}
            yielding: list[tuple[str, str, str]] = []  # (slug, wording, cause it yields to)
            runs = [cue_runs[cue_id] or self._cue_run(cue_id) for cue_id in sorted(cue_ids)]
            for cue, finditer, red_flag in runs + staff if staff else runs:
                if red_flag and index in flagged:
                    continue
                for found in finditer(staff_text if cue.staff else mt, start, end):
                    weight = scope.cue_weight(
                        kind=cue.kind,
                        weight=cue.weight,
                        red_flag=red_flag,
                        negation_shaped=cue.negation_shaped,
                        check_inside=cue.check_inside,
                        sentence=sentence,
                        found=found,
                    )
                    if weight <= 0:
                        continue
                    if red_flag:
                        clause_start = found.start() - len(sentence.prefix(found.start()))
                        if _not_present(mt, start, clause_start, found):
                            continue  # "runners often worry that...", "used to go numb"
                        flagged.add(index)
                        break
                    wording = " ".join(found.group().split())
                    found_by_slug.setdefault(cue.slug, []).append(
                        (found.start(), found.end(), weight, wording)
                    )
                    if cue.yields_to:
                        yielding.append((cue.slug, wording, cue.yields_to))
            for slug, wording, others in yielding:
                if any(
                    other in found_by_slug or (other == RED_FLAG and index in flagged)
                    for other in others.split()
                ):
                    if slug not in found_by_slug:
                        continue
                    kept = [m for m in found_by_slug[slug] if m[3] != wording]
                    if kept:
                        found_by_slug[slug] = kept
                    else:
                        del found_by_slug[slug]
            for slug, matches in found_by_slug.items():
                if slug in self._other_origin and self.other_origin(
                    prepared, index, slug, cache=origin_cache
                ):
                    continue  # the text puts it down to something else (standing at work)
                scores.setdefault(slug, {})[index] = _evidence_weights(matches)
        # A topic is worth checking only for a cause with evidence the dismissal could clear.
        evidenced: dict[int, set[str]] = {}  # per sentence, the causes it has evidence of
        for slug, per_sentence in scores.items():
            if slug in self._topics:
                for other in per_sentence:
                    evidenced.setdefault(other, set()).add(slug)
        for index, sentence in dismissing:
            near = evidenced.get(index, set()).union(
                *(evidenced.get(other, ()) for other in _same_paragraph(prepared.passages, index))
            )
            if not near:
                continue
            if scope.asks_without_pain(mt, sentence.start, sentence.end):
                dismissed.setdefault(index, set()).update(near)  # every cause it asks about
                continue
            if not (
                sentence.has_dismissal
                or sentence.has_denial
                or sentence.weak_evidence
                or sentence.has_lead
            ):
                continue
            waved = {slug for slug in near if scope.topic_dismissed(sentence, self._topics[slug])}
            if waved:
                dismissed.setdefault(index, set()).update(waved)
        _drop_dismissed(scores, dismissed, prepared)
        for index in sorted(flagged):
            if index + 1 < len(prepared.spans):
                following_start, following_end = prepared.spans[index + 1]
                start, end = prepared.spans[index]
                if scope.is_correction(mt[following_start:following_end], mt[start:end]):
                    flagged.discard(index)
        return scores, flagged

    def _combine(
        self, prepared: Prepared, per_sentence: dict[int, dict[str, float]]
    ) -> tuple[float, tuple[str, ...]]:
        sentence_scores = []
        for index, weights in per_sentence.items():
            missing = 1.0
            for weight in weights.values():
                missing *= 1.0 - weight
            sentence_scores.append((1.0 - missing, index))
        sentence_scores.sort(key=lambda item: (-item[0], item[1]))
        missing = 1.0
        for rank, (score, _) in enumerate(sentence_scores):
            missing *= 1.0 - score * SENTENCE_DECAY**rank
        confidence = round(min(1.0, 1.0 - missing), 4)
        if confidence < self.threshold:
            return confidence, ()  # not reported: no evidence needed
        # Best evidence first, but a full sentence before a bare heading of similar strength.
        # Sentences are read in order of their own score, and only until none left can
        # reach the kept ones: a heading's penalty only ever lowers a score.
        ranked: list[tuple[float, int, str]] = []  # (-adjusted score, index, text)
        for score, index in sentence_scores:
            if len(ranked) >= self.max_evidence and score < -ranked[self.max_evidence - 1][0]:
                break
            text = prepared.sentence(index)
            adjusted = score - (SHORT_PASSAGE_PENALTY if _is_short(text) else 0.0)
            ranked.append((-adjusted, index, text))
            ranked.sort()
            # Keep each text once, at its best place.
            seen: set[str] = set()
            ranked = [item for item in ranked if not (item[2] in seen or seen.add(item[2]))]
        return confidence, tuple(text for _, _, text in ranked[: self.max_evidence])


# A symptom others fear, the writer used to have or a product prevents: not one present now.
_NOT_PRESENT = re.compile(NOT_PRESENT, re.ASCII)
_LONG_AGO = re.compile(LONG_AGO, re.ASCII)
_SINCE = re.compile(r"\bsince\b", re.ASCII)
_PAIN_NEAR = re.compile(PAIN_NEAR, re.ASCII)


def not_the_writers(text: str, start: int, end: int) -> bool:
    """The sentence tells of a condition someone else has, or a feared, quoted or long-past
    symptom: the learned model raises no red flag from it."""
    return _NOT_PRESENT.search(text, start, end) is not None


def _not_present(text: str, sentence_start: int, clause_start: int, found: re.Match) -> bool:
    """The red-flag symptom is not the writer's, or not now: feared, quoted, long past, or a
    relative's told as a condition they have ("he's got sciatica"). A relative's symptom told
    as it happens ("my wife says the pain pours down her thigh") still sends the shopper to a
    professional, on their behalf."""
    cue_start = found.start()
    if _NOT_PRESENT.search(text, clause_start, cue_start):
        return True
    # "since" opens a clause of its own: look for it in the sentence before the clause too.
    long_ago = _LONG_AGO.search(text, clause_start, cue_start)
    return long_ago is not None and _SINCE.search(text, sentence_start, cue_start) is None


_EVERYTHING = "*"  # a sentence whose every cause the next one waves away ("It is not what...")


# A sentence that turns against its neighbour keeps its own evidence: "Flat feet are not a
# problem for most. When the arch collapses far on each landing, though, ..."
_CONTRAST = re.compile(
    r"\b(?:but|however|though|yet|still|that said|even so|nevertheless|nonetheless|in reality"
    r"|in fact|actually|the truth is)\b",
    re.ASCII,
)


# A turn within a sentence ("yet" and "still" are too often something else: "standing still").
_TURN = re.compile(
    r"\b(?:but|however|though|although|that said|even so|nevertheless|nonetheless)\b", re.ASCII
)


def _drop_dismissed(
    scores: dict[str, dict[int, dict[str, float]]],
    dismissed: dict[int, set[str]],
    prepared: Prepared,
) -> None:
    """A cause waved away in one sentence is not evidenced by the other sentences of its
    paragraph either: "Concrete has a bad name. Honestly, the surface is not the problem."
    A later sentence that turns against it ("..., though, ...") keeps its evidence.
    """
    passages = prepared.passages
    for index, slugs in dismissed.items():
        if _EVERYTHING in slugs:
            for per_sentence in scores.values():
                per_sentence.pop(index, None)
        slugs = slugs - {_EVERYTHING}
        if not slugs:
            continue
        for other in _same_paragraph(passages, index):
            start, end = prepared.spans[other]
            if other > index and _CONTRAST.search(prepared.match_text, start, end):
                continue
            for slug in slugs:
                scores.get(slug, {}).pop(other, None)
        for slug in slugs:
            scores.get(slug, {}).pop(index, None)
    for slug in [slug for slug, per_sentence in scores.items() if not per_sentence]:
        del scores[slug]


DISMISSAL_REACH = 6  # sentences either side a dismissal clears, within its paragraph


def _same_paragraph(passages: tuple[int, ...], index: int) -> list[int]:
    """The other sentences of the paragraph sentence ``index`` is in, up to a few away."""
    if index >= len(passages):
        return []
    first = index
    while first > max(0, index - DISMISSAL_REACH) and passages[first - 1] == passages[index]:
        first -= 1
    last = index
    limit = min(len(passages) - 1, index + DISMISSAL_REACH)
    while last < limit and passages[last + 1] == passages[index]:
        last += 1
    return [other for other in range(first, last + 1) if other != index]


def _with_neighbours(prepared: Prepared, index: int) -> tuple[int, int]:
    """The span of sentence ``index`` with the sentences either side of it in its paragraph:
    "Rolled your ankle on a kerb? Take a week off." puts the time off down to the ankle."""
    spans, passages = prepared.spans, prepared.passages
    start, end = spans[index]
    if index and index < len(passages) and passages[index - 1] == passages[index]:
        start = spans[index - 1][0]
    following = index + 1
    if following < min(len(spans), len(passages)) and passages[following] == passages[index]:
        end = spans[following][1]
    return start, end


def _evidence_weights(matches: list[tuple[int, int, float, str]]) -> dict[str, float]:
    """Overlapping matches are one piece of evidence (the strongest reading); distinct
    wordings add up ("planks and glute bridges"), repeats of one wording do not."""
    if len(matches) == 1:
        return {matches[0][3]: matches[0][2]}
    weights: dict[str, float] = {}
    last_end = -1
    previous = ""
    for start, end, weight, wording in sorted(matches):
        if start < last_end:
            weights[previous] = max(weights[previous], weight)
        else:
            weights[wording] = max(weights.get(wording, 0.0), weight)
            previous = wording
        last_end = max(last_end, end)
    return weights


def _is_short(sentence: str) -> bool:
    return len(sentence.split()) < SHORT_PASSAGE_WORDS


def _unique(sentences) -> list[str]:
    seen: set[str] = set()
    ordered = []
    for sentence in sentences:
        if sentence not in seen:
            seen.add(sentence)
            ordered.append(sentence)
    return ordered
