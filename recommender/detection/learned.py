"""The rule detector with a small learned second opinion: the default detector.

    STRIDEWISE = {"DETECTOR": "recommender.detection.rules.RuleDetector"}  # the rules alone

The rules decide first. A per-cause logistic model over the words of each sentence then
may veto a rule cause it finds very unlikely and may add a cause the rules missed when it
is confident, with the sentences it scores highest as evidence. The model never removes a
red flag; in a short text (a shopper's message or a paragraph) where the rules found none,
its own red-flag score may raise one from a sentence it is confident about, so a symptom put
in words no rule knows still sends the shopper to a professional.

The model reads the lower-cased words of each sentence and pairs of neighbouring words;
words after a negation ("not", "never", "don't", ...) up to the end of the clause are
marked, so "my socks are not cotton" does not read like "my socks are cotton". A passage
scores a cause by its best sentence. Weights and thresholds come from
``manage.py train_detector`` as one JSON file; reading it needs nothing beyond the
standard library.

An addition must get past checks that stop the model's usual mistakes:

- the text speaks of a complaint or gives advice ("love these sneakers, no complaints"
  asks for nothing);
- its evidence is a sentence the rules did not already read as evidence of another cause,
  and that no other added cause took ("socks with a seam across the toes" is no shoe
  problem), and that does not wave the cause's topic away;
- a long text (an article) adds only from a near-certain sentence (0.95 rather than 0.6):
  on published articles the model's guesses are mostly background;
- at most two causes are added to one text.

The shipped weights never veto: a veto could also drop a cause found through the phrases
staff configured, which the model has never seen.
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
from .base import (
    CAUSE_SLUGS,
    BaseDetector,
    CauseSpec,
    DetectedCause,
    DetectionResult,
    RedFlag,
)
from .lexicon.topics import TOPICS
from .rules import RuleDetector, not_the_writers
from .text import Prepared, prepare

# A text the model may add causes to speaks of a complaint, or gives advice: "love these
# sneakers, no complaints at all" or "I run in the same pair of plimsolls" ask for nothing.
_COMPLAINT = re.compile(
    r"\b(?:pain\w*|ach\w*|hurt\w*|sore\w*|injur\w*|niggl\w*|blister\w*|strain\w*|tight\w*|"
    r"stiff\w*|swell\w*|swoll\w*|bruis\w*|raw|rub\w*|chaf\w*|numb\w*|throb\w*|twing\w*|"
    r"burn\w*|tender\w*|cramp\w*|pull\w*|tweak\w*|knot\w*|protest\w*|seiz\w*|sprain\w*|"
    r"tendin\w*|shin splints?|plantar|fasci\w*|itb?|runner'?s knee|toenails?|tired|fatigue\w*|"
    r"exhaust\w*|heavy|flat|dead|problem\w*|issue\w*|trouble\w*|wrong|mistake\w*|error|"
    r"unhappy|hat(?:e|es|ing)|creak\w*|click\w*|grind\w*|weak\w*|lazy|struggl\w*|suffer\w*|"
    r"too (?:much|many|soon|fast|quickly)|should|must|need\w*|avoid\w*|try|tips?|"
    r"risk\w*|cause\w*|prevent\w*|fix\w*|help\w*|advice|recommend\w*|worth|instead|"
    r"replace\w*|build\w*|gradual\w*|start\w*|doubl\w*|jump\w*|increas\w*|wear\w*|worn)\b",
    re.ASCII,
)
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


def sentence_features(text: str) -> set[str]:
    """The features of one sentence of the lower-cased ASCII matching copy: words and pairs
    of neighbouring words, within a clause; words a negation reaches are marked."""
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
        if previous:
            add(previous + " " + token)
        previous = token
    return features


def prepared_features(prepared: Prepared) -> list[set[str]]:
    mt = prepared.match_text
    return [sentence_features(mt[start:end]) for start, end in prepared.spans]


class CauseModel:
    """Per-cause logistic weights: a bias per cause and, per feature, a weight per cause;
    optionally a red-flag model beside them (a bias and a weight per feature)."""

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
        # What a feature can add to any cause at most: with the largest bias, a ceiling on a
        # sentence's log-odds that is cheaper to sum than the log-odds themselves.
        self.ceiling_rows = {feature: max(0.0, *row) for feature, row in rows.items()}
        self.max_bias = max(self.bias, default=0.0)
        red_flag = data.get("red_flag") or {}
        self.red_flag_bias = float(red_flag.get("bias", 0.0))
        self.red_flag_rows: dict[str, float] = {
            feature: float(weight) for feature, weight in red_flag.get("weights", {}).items()
        }
        thresholds = data.get("thresholds", {})
        self.add_threshold = float(thresholds.get("add", 2.0))  # 1 or more: never adds
        self.veto_threshold = float(thresholds.get("veto", 0.0))  # 0: never vetoes
        # Long texts (articles) add from a stricter threshold, and at most so many causes.
        self.long_words = int(thresholds.get("long_words", 0))  # 0: no text counts as long
        self.add_long_threshold = float(thresholds.get("add_long", self.add_threshold))
        self.max_added = int(thresholds.get("max_added", len(self.slugs)))
        # Short texts only (under long_words); 1 or more, or no red-flag model: never raises one.
        self.red_flag_threshold = float(thresholds.get("red_flag", 2.0)) if red_flag else 2.0

    @classmethod
    def from_file(cls, path: str | Path) -> CauseModel:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def sentence_logits(
        self, features: set[str], mask: Sequence[bool] | None = None
    ) -> tuple[float, ...]:
        """Log-odds of each cause for one sentence, or of the causes ``mask`` marks (summed
        column by column in C: the feature rows are read once whatever the causes)."""
        found = filter(None, map(self.rows.get, features))
        sums = zip(self.bias, *found, strict=True)
        return tuple(map(sum, sums if mask is None else compress(sums, mask)))

    def sentence_ceiling(self, features: set[str]) -> float:
        """No cause's log-odds for this sentence is above this."""
        return self.max_bias + sum(filter(None, map(self.ceiling_rows.get, features)))

    def red_flag_logit(self, features: set[str]) -> float:
        """Log-odds that one sentence names a red-flag symptom."""
        return self.red_flag_bias + sum(filter(None, map(self.red_flag_rows.get, features)))


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
    """``RuleDetector`` first; the learned model vetoes and adds causes, and may raise a red
    flag the rules missed in a short text (it never removes one)."""

    max_evidence = RuleDetector.max_evidence

    def __init__(
        self,
        *,
        causes: Sequence[CauseSpec] = (),
        model: CauseModel | None = None,
        weights: str | Path | None = None,
        add_threshold: float | None = None,
        veto_threshold: float | None = None,
        add_long_threshold: float | None = None,
        long_words: int | None = None,
        max_added: int | None = None,
        red_flag_threshold: float | None = None,
    ) -> None:
        super().__init__(causes=causes)
        self.rules = RuleDetector(causes=causes)
        self.model = model or _load(str(Path(weights or DEFAULT_WEIGHTS).resolve()))
        model = self.model

        def chosen(value, default):
            return default if value is None else type(default)(value)

        self.add_threshold = chosen(add_threshold, model.add_threshold)
        self.veto_threshold = chosen(veto_threshold, model.veto_threshold)
        self.add_long_threshold = chosen(add_long_threshold, model.add_long_threshold)
        self.long_words = chosen(long_words, model.long_words)
        self.max_added = chosen(max_added, model.max_added)
        self.red_flag_threshold = chosen(red_flag_threshold, model.red_flag_threshold)
        self.fresh_sentences_only = True
        self.one_cause_per_sentence = True
        self.complaint_needed = True
        self._topics = {
            slug: re.compile(rf"\b(?:{pattern})\b", re.ASCII) for slug, pattern in TOPICS.items()
        }

    def detect(self, text: str) -> DetectionResult:
        if not text or not text.strip():
            return DetectionResult()
        prepared = prepare(text)
        return self.revise(self.rules.detect_prepared(prepared), prepared)

    def is_long(self, prepared: Prepared) -> bool:
        return bool(self.long_words) and prepared.match_text.count(" ") >= self.long_words

    def add_threshold_for(self, prepared: Prepared) -> float:
        """The add threshold for this text: the stricter one when it is long (an article)."""
        return self.add_long_threshold if self.is_long(prepared) else self.add_threshold

    def revise(self, found: DetectionResult, prepared: Prepared) -> DetectionResult:
        """The rules' result on ``prepared`` with the model's vetoes and additions."""
        features = None
        if self.may_raise_red_flag(found, prepared):
            features = prepared_features(prepared)
            found = self.raise_red_flag(found, prepared, features)
        adds = self.max_added > 0 and self.add_threshold_for(prepared) < 1
        if adds and self.complaint_needed:
            text = prepared.match_text
            adds = _COMPLAINT.search(text) is not None and not scope.asks_without_pain(
                text, 0, len(text)
            )
        if not prepared.spans or not (adds or self.veto_threshold > 0):
            return found
        if self.veto_threshold > 0:
            return self.combine(found, prepared, self.sentence_logits(prepared, None, features))
        # Without a veto, only causes the rules did not find need the model.
        columns = [i for i, slug in enumerate(self.model.slugs) if slug not in found.slugs]
        if not columns:
            return found
        # Only sentences that reach the add threshold can add a cause: the rest need no sums,
        # and the sentences the rules read as evidence give none (they are never fresh).
        floor = log_odds(self.add_threshold_for(prepared))
        skip = self._rule_evidence(found, prepared) if self.fresh_sentences_only else set()
        logits = self.sentence_logits(prepared, columns, features, floor, skip)
        return self.combine(found, prepared, logits, columns, taken=skip)

    @staticmethod
    def _rule_evidence(found: DetectionResult, prepared: Prepared) -> set[int]:
        """Numbers of the sentences the rules gave as evidence of a cause."""
        used = {sentence for cause in found.causes for sentence in cause.evidence}
        if not used:
            return set()
        return {n for n in range(len(prepared.spans)) if prepared.sentence(n) in used}

    def may_raise_red_flag(self, found: DetectionResult, prepared: Prepared) -> bool:
        """No rule red flag, a red-flag model to ask, and a short text."""
        return (
            self.red_flag_threshold < 1
            and not found.red_flags
            and bool(prepared.spans)
            and not self.is_long(prepared)
        )

    def raise_red_flag(
        self, found: DetectionResult, prepared: Prepared, features: list[set[str]]
    ) -> DetectionResult:
        """``found`` with a red flag when a sentence reaches the red-flag threshold; its
        evidence is the sentences that do, the strongest first."""
        threshold = log_odds(self.red_flag_threshold)
        logit = self.model.red_flag_logit
        scored = sorted(
            (-score, number)
            for number, score in enumerate(map(logit, features))
            if score >= threshold and not self._taken_back(prepared, number)
        )
        if not scored:
            return found
        evidence = _unique(prepared.sentence(number) for _, number in scored[: self.max_evidence])
        return DetectionResult(
            causes=found.causes, red_flags=(*found.red_flags, RedFlag(evidence=evidence))
        )

    def sentence_logits(
        self,
        prepared: Prepared,
        columns: Sequence[int] | None = None,
        features: list[set[str]] | None = None,
        floor: float = -math.inf,
        skip: set[int] = frozenset(),
    ) -> list[tuple[float, ...]]:
        """Per sentence, the model's log-odds of each cause (or of the causes numbered in
        ``columns``, in ascending order). With a ``floor``, a sentence whose ceiling is
        below it scores minus infinity throughout: only what reaches the floor is exact."""
        model = self.model
        logits = model.sentence_logits
        mask = None
        if columns is not None:
            mask = [False] * len(model.slugs)
            for index in columns:
                mask[index] = True
        if floor == -math.inf:
            if features is None:
                features = prepared_features(prepared)
            return [logits(sentence, mask) for sentence in features]
        below = (-math.inf,) * (len(model.slugs) if columns is None else len(columns))
        ceiling, margin = model.sentence_ceiling, floor - 1e-9  # a rounding error's room
        mt, spans = prepared.match_text, prepared.spans
        rows = []
        for number in range(len(spans)):
            if number in skip:
                rows.append(below)
                continue
            start, end = spans[number]
            sentence = (
                features[number] if features is not None else sentence_features(mt[start:end])
            )
            rows.append(logits(sentence, mask) if ceiling(sentence) >= margin else below)
        return rows

    def combine(
        self,
        found: DetectionResult,
        prepared: Prepared,
        logits: list[tuple[float, ...]],
        columns: Sequence[int] | None = None,
        taken: set[int] | None = None,
    ) -> DetectionResult:
        """The rules' result with the model's vetoes and additions; red flags untouched.

        ``logits`` holds a row per sentence; its columns are the causes numbered in
        ``columns`` (all the model's causes when None). ``taken``: the sentences the rules
        gave as evidence, when the caller has them already."""
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
        add = log_odds(self.add_threshold_for(prepared))
        if self.complaint_needed and not _COMPLAINT.search(prepared.match_text):
            add = math.inf
        by_rules = found.slugs
        candidates = []
        for column, index in enumerate(columns):
            if best[index] >= add and slugs[index] not in by_rules:
                strongest = sorted(
                    (-row[column], number)
                    for number, row in enumerate(logits)
                    if row[column] >= add
                )
                candidates.append((strongest[0], slugs[index], strongest))
        if not candidates:
            return DetectionResult(causes=tuple(kept), red_flags=found.red_flags)
        # A sentence the rules already read as evidence, or that another added cause took,
        # is not evidence for an added cause: the model's second guesses there are its
        # most frequent mistakes ("socks with a seam" is no shoe problem).
        if taken is None:
            taken = self._rule_evidence(found, prepared) if self.fresh_sentences_only else set()
        taken = set(taken)  # added causes take sentences too
        added = 0
        for _, slug, strongest in sorted(candidates):
            if added >= self.max_added:
                break
            evidence = []
            for negative, number in strongest:
                if (
                    number in taken
                    or self._waved_away(prepared, number, slug)
                    or self.rules.other_origin(prepared, number, slug, own=False)
                    or _background(prepared, number)
                ):
                    continue
                evidence.append((-negative, number))
                if len(evidence) == self.max_evidence:
                    break
            if not evidence:
                continue
            if self.one_cause_per_sentence:
                taken.add(evidence[0][1])
            added += 1
            kept.append(
                DetectedCause(
                    slug=slug,
                    confidence=round(probability(evidence[0][0]), 4),
                    evidence=_unique(prepared.sentence(number) for _, number in evidence),
                )
            )
        kept.sort(key=lambda cause: (-cause.confidence, cause.slug))
        return DetectionResult(causes=tuple(kept), red_flags=found.red_flags)

    @staticmethod
    def _taken_back(prepared: Prepared, number: int) -> bool:
        """The writer takes the symptom back: it passed at once, no trouble at all, or the
        next sentence corrects it ("goes numb... actually not numb")."""
        start, end = prepared.spans[number]
        following = ""
        if number + 1 < len(prepared.spans):
            following = prepared.match_text[slice(*prepared.spans[number + 1])]
        sentence = scope.Sentence(prepared.match_text, start, end)
        return scope.symptom_taken_back(sentence, following) or not_the_writers(
            prepared.match_text, start, end
        )

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


def _background(prepared: Prepared, number: int) -> bool:
    """Product copy, a table row or history ("by the end of the decade..."): no cause."""
    start, end = prepared.spans[number]
    return scope.Sentence(prepared.match_text, start, end).product_copy


def _unique(sentences) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sentences))
