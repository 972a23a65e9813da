"""The default detector: weighted lexicon cues, read clause by clause.

How a text is read:
1. ``text.prepare`` cleans it (HTML to visible text, control characters out) and splits
   it into sentence spans; matching runs on a lower-cased copy of the same length.
2. Each cause has one compiled alternation of its cues. Every match is placed in its
   sentence and judged in its clause: a negated cause cue ("not worn out") does not count,
   a negated fix cue ("I never stretch") does, a fix the writer already follows ("I always
   stretch") does not, and anything the writer dismisses ("surfaces don't matter") does not.
3. Weights combine as independent evidence (noisy-or) within a sentence and, with a small
   decay, across sentences; a cause is reported when its confidence reaches the threshold.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from . import scope
from .base import RED_FLAG, BaseDetector, CauseSpec, DetectedCause, DetectionResult, RedFlag
from .lexicon import CAUSE, CUES, FIX, RED_FLAG_CUES
from .lexicon.topics import TOPICS
from .text import Prepared, prepare

logger = logging.getLogger(__name__)

STAFF_PHRASE_WEIGHT = 0.75
STAFF_PATTERN_WEIGHT = 0.75
NEGATED_FIX_WEIGHT = 0.85  # "I never stretch" says the cause out loud
SENTENCE_DECAY = 0.85


@dataclass(frozen=True)
class _Cue:
    slug: str
    kind: str
    weight: float
    inner_negation_ok: bool = True


def _phrase_pattern(phrase: str) -> str:
    """A staff phrase as a pattern: any whitespace or hyphen between its words."""
    words = [re.escape(word) for word in re.split(r"[\s\-]+", phrase.strip().lower()) if word]
    return r"[\s-]+".join(words)


def _bounded(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])"


class RuleDetector(BaseDetector):
    threshold = 0.5
    max_evidence = 3
    max_red_flag_passages = 5

    def __init__(self, *, causes: Sequence[CauseSpec] = (), threshold: float | None = None):
        super().__init__(causes=causes)
        if threshold is not None:
            self.threshold = threshold
        grouped: dict[str, list[tuple[_Cue, str]]] = {}
        for cue in CUES:
            grouped.setdefault(cue.slug, []).append(
                (_Cue(cue.slug, cue.kind, cue.weight), cue.pattern)
            )
        for inner_ok, pattern in RED_FLAG_CUES:
            grouped.setdefault(RED_FLAG, []).append((_Cue(RED_FLAG, CAUSE, 1.0, inner_ok), pattern))
        for spec in self.causes:
            slug = RED_FLAG if spec.is_red_flag else spec.slug
            for phrase in spec.phrases:
                if phrase.strip():
                    cue = _Cue(slug, CAUSE, STAFF_PHRASE_WEIGHT)
                    grouped.setdefault(slug, []).append((cue, _phrase_pattern(phrase)))
            for pattern in spec.patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    logger.warning("ignoring invalid pattern %r for %s: %s", pattern, slug, exc)
                    continue
                # Staff patterns may use their own groups: wrap them, unnamed, after the lexicon.
                pattern = re.sub(r"\(\?P<\w+>", "(?:", pattern)
                cue = _Cue(slug, CAUSE, STAFF_PATTERN_WEIGHT)
                grouped.setdefault(slug, []).append((cue, f"(?i:{pattern})"))
        self._topics = {slug: re.compile(_bounded(pattern)) for slug, pattern in TOPICS.items()}
        self._matchers: list[tuple[re.Pattern[str], dict[str, _Cue]]] = []
        for entries in grouped.values():
            names = {f"c{index}": cue for index, (cue, _) in enumerate(entries)}
            alternation = "|".join(
                f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(entries)
            )
            self._matchers.append((re.compile(_bounded(alternation)), names))

    def detect(self, text: str) -> DetectionResult:
        if not text or not text.strip():
            return DetectionResult()
        prepared = prepare(text)
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

    def _score(self, prepared: Prepared) -> tuple[dict[str, dict[int, dict[str, float]]], set[int]]:
        """Per cause, per sentence, the weight of each distinct cue that really counts."""
        starts = [start for start, _ in prepared.spans]
        mt = prepared.match_text
        scores: dict[str, dict[int, dict[str, float]]] = {}
        flagged: set[int] = set()
        waved_away: dict[tuple[str, int], bool] = {}
        for matcher, names in self._matchers:
            last_end = -1
            for found in _overlapping(matcher, mt):
                index = bisect_right(starts, found.start()) - 1
                if index < 0 or found.start() >= prepared.spans[index][1]:
                    continue  # inside markup between passages
                sentence_start, sentence_end = prepared.spans[index]
                cue = names[found.lastgroup]
                weight = _judge(cue, mt, sentence_start, sentence_end, found)
                if weight <= 0:
                    continue
                if cue.slug == RED_FLAG:
                    flagged.add(index)
                    continue
                key = (cue.slug, index)
                if key not in waved_away:
                    topic = self._topics.get(cue.slug)
                    waved_away[key] = topic is not None and scope.topic_dismissed(
                        mt, sentence_start, sentence_end, topic
                    )
                if waved_away[key]:
                    continue
                # Overlapping matches are one piece of evidence (the strongest reading);
                # distinct wordings add up ("planks and glute bridges"), repeats do not.
                cues = scores.setdefault(cue.slug, {}).setdefault(index, {})
                if found.start() < last_end and cues:
                    previous = next(reversed(cues))
                    cues[previous] = max(cues[previous], weight)
                else:
                    wording = " ".join(found.group().split())
                    cues[wording] = max(cues.get(wording, 0.0), weight)
                last_end = max(last_end, found.end())
        for index in sorted(flagged):
            if index + 1 < len(prepared.spans):
                start, end = prepared.spans[index + 1]
                if scope.is_correction(mt[start:end]):
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
        evidence = _unique(prepared.sentence(index) for _, index in sentence_scores)
        return confidence, tuple(evidence[: self.max_evidence])


def _judge(cue: _Cue, mt: str, sentence_start: int, sentence_end: int, found: re.Match) -> float:
    """The weight a cue earns where it stands; 0 when negated, dismissed or already done."""
    prefix = scope.clause_prefix(mt, sentence_start, found.start())
    suffix = scope.clause_suffix(mt, found.end(), sentence_end)
    if cue.slug == RED_FLAG:
        if cue.inner_negation_ok:  # the cue is itself a negation: "does not improve with rest"
            return cue.weight
        if scope.is_negated(prefix) or scope.is_negated(found.group()):
            return 0.0
        return cue.weight
    if scope.is_dismissed(mt, sentence_start, found.start(), suffix):
        return 0.0
    if scope.reports_no_trouble(mt[sentence_start:sentence_end]):
        return 0.0
    negated = scope.is_negated(prefix)
    if cue.kind == FIX:
        if scope.is_timing(prefix):
            return 0.0
        if negated:
            return max(cue.weight, NEGATED_FIX_WEIGHT)
        if scope.is_own_habit(prefix, suffix):
            return 0.0
        return cue.weight
    if negated and not scope.is_advice_against(prefix):
        return 0.0
    return cue.weight


def _overlapping(matcher: re.Pattern[str], text: str):
    """Every match, including those starting inside an earlier one ("wear shoes suited to...")."""
    position = 0
    while True:
        found = matcher.search(text, position)
        if found is None:
            return
        yield found
        position = found.start() + 1


def _unique(sentences) -> list[str]:
    seen: set[str] = set()
    ordered = []
    for sentence in sentences:
        if sentence not in seen:
            seen.add(sentence)
            ordered.append(sentence)
    return ordered
