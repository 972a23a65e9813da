"""The rule detector with a small learned second opinion (off unless named in the settings).

    STRIDEWISE = {"DETECTOR": "recommender.detection.learned.HybridDetector"}

The rules decide first. A per-cause logistic model over the words of each sentence then
may veto a rule cause it finds very unlikely and may add a cause the rules missed when it
is confident, with the sentences it scores highest as evidence. Red flags are the rules'
alone: the model never removes or adds one.

The model reads the lower-cased words of each sentence, their first four letters (so
"stretching" and "stretched" share a feature) and pairs of neighbouring words; words after
a negation ("not", "never", "don't", ...) up to the end of the clause are marked, so "my
socks are not cotton" does not read like "my socks are cotton". A passage scores a cause by
its best sentence, and a cause is added only from sentences that do not wave its topic
away. Weights and the two thresholds come from ``manage.py train_detector`` as one JSON
file; reading it needs nothing beyond the standard library. The shipped thresholds add a
cause from a probability of 0.4 and never veto: a veto could also drop a cause found
through the phrases staff configured, which the model has never seen.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from itertools import compress
from pathlib import Path

from . import scope
from .base import CAUSE_SLUGS, BaseDetector, CauseSpec, DetectedCause, DetectionResult
from .lexicon.topics import TOPICS
from .rules import RuleDetector
from .text import Prepared, prepare

DEFAULT_WEIGHTS = Path(__file__).with_name("model_data") / "weights.json"
FORMAT = 1

# Words, and the clause ends where a negation's reach stops (punctuation, " - " or a turn).
_PIECE = re.compile(r"[,;:.!?()\[\]|]|(?<=\s)-(?=\s)|[a-z0-9]+(?:'[a-z]+)?")
_CLAUSE_ENDS = frozenset(",;:.!?()[]|-") | {
    "but",
    "however",
    "although",
    "though",
    "yet",
    "instead",
}
_DIGITS = re.compile(r"\d+")
_NEGATORS = frozenset(
    (  # noqa: SIM905 - one word list reads better than forty quoted strings
        "no not never without nor neither none nothing hardly barely cannot isn't aren't "
        "wasn't weren't don't doesn't didn't won't haven't hasn't hadn't can't couldn't "
        "shouldn't wouldn't isnt arent wasnt werent dont doesnt didnt wont havent hasnt cant "
        "aint ain't"
    ).split()
)
NEGATION_REACH = 5  # words after a negator that it marks
NEGATED = "!"
STEM = 4  # a word longer than this also counts by its first STEM letters: "stretch~"


def sentence_features(text: str) -> set[str]:
    """The features of one sentence of the lower-cased ASCII matching copy: words, their
    stems and pairs of neighbouring words, within a clause; words a negation reaches are
    marked."""
    features: set[str] = set()
    add = features.add
    reach = 0
    previous = ""
    for word in _PIECE.findall(_DIGITS.sub("0", text)):
        if word in _CLAUSE_ENDS:
            reach = 0
            previous = ""
            continue
        if word in _NEGATORS:
            token = word
            reach = NEGATION_REACH
        elif reach:
            reach -= 1
            token = NEGATED + word
        else:
            token = word
        add(token)
        if len(word) > STEM:
            add(token[: len(token) - len(word) + STEM] + "~")
        if previous:
            add(previous + " " + token)
        previous = token
    return features


def prepared_features(prepared: Prepared) -> list[set[str]]:
    mt = prepared.match_text
    return [sentence_features(mt[start:end]) for start, end in prepared.spans]


class CauseModel:
    """Per-cause logistic weights: a bias per cause and, per feature, a weight per cause."""

    def __init__(self, data: dict) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"unsupported detector weights format {data.get('format')!r}")
        self.slugs: tuple[str, ...] = tuple(data["causes"])
        unknown = set(self.slugs) - set(CAUSE_SLUGS)
        if unknown:
            raise ValueError(f"unknown cause slug(s) in weights: {', '.join(sorted(unknown))}")
        self.bias = tuple(float(value) for value in data["bias"])
        if len(self.bias) != len(self.slugs):
            raise ValueError("weights: one bias per cause expected")
        rows = {}
        for feature, row in data["weights"].items():
            if len(row) != len(self.slugs):
                raise ValueError(f"weights: one weight per cause expected for {feature!r}")
            rows[feature] = tuple(float(weight) for weight in row)
        self.rows = rows
        thresholds = data.get("thresholds", {})
        self.add_threshold = float(thresholds.get("add", 2.0))  # 1 or more: never adds
        self.veto_threshold = float(thresholds.get("veto", 0.0))  # 0: never vetoes

    @classmethod
    def from_file(cls, path: str | Path) -> CauseModel:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def sentence_logits(
        self, features: set[str], columns: Sequence[bool] | None = None
    ) -> tuple[float, ...]:
        """Log-odds of each cause for one sentence, or of the causes ``columns`` marks
        (summed column by column in C)."""
        found = filter(None, map(self.rows.get, features))
        sums = zip(self.bias, *found, strict=True)
        return tuple(map(sum, sums if columns is None else compress(sums, columns)))


def probability(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    odds = math.exp(logit)
    return odds / (1.0 + odds)


def log_odds(threshold: float) -> float:
    """A probability threshold as log-odds: at 1 or more nothing reaches it, at 0 all does."""
    if threshold >= 1:
        return math.inf
    if threshold <= 0:
        return -math.inf
    return math.log(threshold / (1.0 - threshold))


@functools.cache
def _load(path: str) -> CauseModel:
    return CauseModel.from_file(path)


class HybridDetector(BaseDetector):
    """``RuleDetector`` first; the learned model vetoes and adds causes, never red flags."""

    max_evidence = RuleDetector.max_evidence

    def __init__(
        self,
        *,
        causes: Sequence[CauseSpec] = (),
        model: CauseModel | None = None,
        weights: str | Path | None = None,
        add_threshold: float | None = None,
        veto_threshold: float | None = None,
    ) -> None:
        super().__init__(causes=causes)
        self.rules = RuleDetector(causes=causes)
        self.model = model or _load(str(Path(weights or DEFAULT_WEIGHTS).resolve()))
        self.add_threshold = (
            self.model.add_threshold if add_threshold is None else float(add_threshold)
        )
        self.veto_threshold = (
            self.model.veto_threshold if veto_threshold is None else float(veto_threshold)
        )
        self._topics = {
            slug: re.compile(rf"\b(?:{pattern})\b", re.ASCII) for slug, pattern in TOPICS.items()
        }

    def detect(self, text: str) -> DetectionResult:
        found = self.rules.detect(text)
        if not text or not text.strip() or (self.add_threshold >= 1 and self.veto_threshold <= 0):
            return found
        # Without a veto, only causes the rules did not find need the model.
        slugs = self.model.slugs
        wanted = [self.veto_threshold > 0 or slug not in found.slugs for slug in slugs]
        if not any(wanted):
            return found
        prepared = prepare(text)
        if not prepared.spans:
            return found
        if all(wanted):
            return self.combine(found, prepared, self.sentence_logits(prepared))
        columns = [index for index, keep in enumerate(wanted) if keep]
        return self.combine(found, prepared, self.sentence_logits(prepared, wanted), columns)

    def sentence_logits(
        self, prepared: Prepared, wanted: Sequence[bool] | None = None
    ) -> list[tuple[float, ...]]:
        """Per sentence, the model's log-odds of each cause (or of the ``wanted`` ones)."""
        logits = self.model.sentence_logits
        return [logits(features, wanted) for features in prepared_features(prepared)]

    def combine(
        self,
        found: DetectionResult,
        prepared: Prepared,
        logits: list[tuple[float, ...]],
        columns: Sequence[int] | None = None,
    ) -> DetectionResult:
        """The rules' result with the model's vetoes and additions; red flags untouched.

        ``logits`` holds a row per sentence; its columns are the causes numbered in
        ``columns`` (all the model's causes when None)."""
        if not logits:  # nothing the model can read (no sentence)
            return found
        slugs = self.model.slugs
        columns = range(len(slugs)) if columns is None else columns
        best = dict(zip(columns, map(max, zip(*logits, strict=True)), strict=True))
        veto = log_odds(self.veto_threshold)
        kept = [
            cause
            for cause in found.causes
            if cause.slug not in slugs or best.get(slugs.index(cause.slug), veto) >= veto
        ]
        add = log_odds(self.add_threshold)
        by_rules = found.slugs
        for column, index in enumerate(columns):
            slug = slugs[index]
            if slug in by_rules or best[index] < add:
                continue
            strongest = sorted(
                (-row[column], number) for number, row in enumerate(logits) if row[column] >= add
            )[: self.max_evidence]
            evidence = [
                (-negative, number)
                for negative, number in strongest
                if not self._waved_away(prepared, number, slug)
            ]
            if evidence:
                kept.append(
                    DetectedCause(
                        slug=slug,
                        confidence=round(probability(evidence[0][0]), 4),
                        evidence=_unique(prepared.sentence(number) for _, number in evidence),
                    )
                )
        kept.sort(key=lambda cause: (-cause.confidence, cause.slug))
        return DetectionResult(causes=tuple(kept), red_flags=found.red_flags)

    def _waved_away(self, prepared: Prepared, number: int, slug: str) -> bool:
        """The sentence, or its neighbour in the same paragraph, dismisses the cause's topic."""
        topic = self._topics.get(slug)
        if topic is None:
            return False
        passages = prepared.passages
        for neighbour in (number - 1, number, number + 1):
            if not 0 <= neighbour < len(prepared.spans):
                continue
            if passages and passages[neighbour] != passages[number]:
                continue
            start, end = prepared.spans[neighbour]
            if scope.topic_dismissed(scope.Sentence(prepared.match_text, start, end), topic):
                return True
        return False


def _unique(sentences) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sentences))
