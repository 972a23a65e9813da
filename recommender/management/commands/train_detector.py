"""Train the learned part of ``HybridDetector`` on labelled JSON Lines and save its weights.

Training is plain Python (no dependencies) and deterministic: the same files give the same
weights file byte for byte. Per cause, a logistic model scores sentences; a passage counts
by its best sentence (multiple-instance learning): every sentence of a passage without the
cause is a negative, and a passage with it supplies one positive spread over its sentences,
first evenly, then by how strongly the model already scores each one.

The thresholds are saved with the weights. By default they are fixed values chosen by
leave-one-file-out cross-validation over the labelled files and on the demo articles:
adding at 0.5, at 0.95 in texts of 150 words or more, at most two additions, no veto.
``--tune`` chooses them by cross-validation on the training files instead; note that when
the rule lexicon was tuned on those same files, the rules look nearly perfect there and
cross-validation then tends to switch the model off.

A red-flag model is trained beside the causes in the same way, from the passages' red-flag
labels. It may raise a red flag the rules missed in a text under 150 words, from a sentence
it scores at 0.8 or more: chosen by leave-one-file-out runs over the labelled files, where
at 0.8 it caught about half of the red flags the rules missed in wording they had not seen,
for about one false red flag in a thousand passages.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from recommender.detection.base import CAUSE_SLUGS, DetectionResult
from recommender.detection.evaluation import Example
from recommender.detection.learned import (
    DEFAULT_WEIGHTS,
    FORMAT,
    CauseModel,
    HybridDetector,
    prepared_features,
)
from recommender.detection.rules import RuleDetector
from recommender.detection.text import prepare
from recommender.management.corpus import labelled_examples

ADD_THRESHOLD = 0.5
# Long texts (articles, from LONG_WORDS words) add only from a near-certain sentence: on
# published articles the model's guesses are mostly background, not a cause of the injury.
LONG_WORDS = 150
ADD_LONG_THRESHOLD = 0.95
MAX_ADDED = 2  # causes the model may add to one text
RED_FLAG_THRESHOLD = 0.8  # a short text's sentence raises a red flag from this probability
VETO_THRESHOLD = 0.0  # a veto could also drop causes found by staff phrases the model never saw
ADD_GRID = (2.0, 0.99, 0.98, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5)  # 2.0: never add
VETO_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3)  # 0.0: never veto


class Settings:
    epochs = 12
    rounds = 5  # multiple-instance rounds: re-spread each positive over its sentences
    learning_rate = 0.3
    l2 = 0.01
    positive_weight = 1.0
    min_count = 2  # sentences a feature must occur in to be learned
    decimals = 3
    folds = 5
    seed = 7


def train(
    examples: Sequence[Example],
    *,
    settings: Settings | None = None,
    tune: bool = False,
    add: float = ADD_THRESHOLD,
    veto: float = VETO_THRESHOLD,
    add_long: float = ADD_LONG_THRESHOLD,
    long_words: int = LONG_WORDS,
    max_added: int = MAX_ADDED,
    red_flag: float = RED_FLAG_THRESHOLD,
) -> dict:
    """The weights file contents (a JSON-ready dict) for these labelled examples."""
    settings = settings or Settings()
    bags = [prepared_features(prepare(example.text)) for example in examples]
    labels = [example.causes for example in examples]
    data = fit(bags, labels, settings, red_flags=[example.red_flag for example in examples])
    thresholds, report = {"add": add, "veto": veto}, {}
    if tune:
        if len(examples) < 2 * settings.folds:
            raise ValueError(f"cross-validation needs at least {2 * settings.folds} passages")
        thresholds, report = choose_thresholds(examples, bags, settings)
    thresholds.update(
        add_long=add_long, long_words=long_words, max_added=max_added, red_flag=red_flag
    )
    data["thresholds"] = thresholds
    data["training"] = {"passages": len(examples), "sentences": sum(map(len, bags)), **report}
    return data


def fit(
    bags: list[list[set[str]]],
    labels: Sequence[frozenset[str]],
    settings: Settings,
    *,
    red_flags: Sequence[bool] | None = None,
) -> dict:
    """Per-cause weights and, given ``red_flags`` (one per bag), the red-flag model's."""
    counts: dict[str, int] = {}
    for bag in bags:
        for features in bag:
            for feature in features:
                counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= settings.min_count)
    ids = {feature: number for number, feature in enumerate(vocabulary)}
    encoded = [[sorted(ids[f] for f in features if f in ids) for features in bag] for bag in bags]
    data: dict = {"format": FORMAT, "causes": list(CAUSE_SLUGS), "bias": []}
    rows: list[list[float]] = [[] for _ in vocabulary]
    for slug in CAUSE_SLUGS:
        positive = [slug in causes for causes in labels]
        bias, weights = _fit_cause(encoded, positive, len(vocabulary), settings)
        data["bias"].append(round(bias, settings.decimals))
        for row, weight in zip(rows, weights, strict=True):
            row.append(round(weight, settings.decimals) + 0.0)  # + 0.0: no "-0.0"
    data["weights"] = {
        feature: row for feature, row in zip(vocabulary, rows, strict=True) if any(row)
    }
    if red_flags is not None:
        bias, weights = _fit_cause(encoded, list(red_flags), len(vocabulary), settings)
        rounded = (round(weight, settings.decimals) for weight in weights)
        data["red_flag"] = {
            "bias": round(bias, settings.decimals),
            "weights": {f: w + 0.0 for f, w in zip(vocabulary, rounded, strict=True) if w},
        }
    return data


def _fit_cause(
    encoded: list[list[list[int]]], positive: list[bool], size: int, settings: Settings
) -> tuple[float, list[float]]:
    weights = [0.0] * size
    squares = [1e-8] * size
    bias, bias_square = 0.0, 1e-8
    rng = random.Random(settings.seed)  # noqa: S311 - a reproducible shuffle, not a secret
    shares = [[1.0 / len(bag)] * len(bag) if bag else [] for bag in encoded]
    for round_number in range(settings.rounds):
        if round_number:
            shares = [
                _softmax([_logit(bias, weights, s) for s in bag]) if is_pos else share
                for bag, is_pos, share in zip(encoded, positive, shares, strict=True)
            ]
        instances = []
        for bag, is_pos, share in zip(encoded, positive, shares, strict=True):
            for sentence, part in zip(bag, share, strict=True):
                if is_pos:
                    instances.append((sentence, 1.0, part * settings.positive_weight))
                else:
                    instances.append((sentence, 0.0, 1.0))
        for _ in range(settings.epochs):
            rng.shuffle(instances)
            for sentence, target, weight in instances:
                error = weight * (_sigmoid(_logit(bias, weights, sentence)) - target)
                bias_square += error * error
                bias -= settings.learning_rate * error / math.sqrt(bias_square)
                for i in sentence:
                    gradient = error + settings.l2 * weights[i]
                    squares[i] += gradient * gradient
                    weights[i] -= settings.learning_rate * gradient / math.sqrt(squares[i])
    return bias, weights


def _logit(bias: float, weights: list[float], sentence: list[int]) -> float:
    return bias + sum(weights[i] for i in sentence)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _softmax(values: list[float]) -> list[float]:
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]


def fold_of(examples: Sequence[Example], folds: int, seed: int) -> list[int]:
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)  # noqa: S311 - a reproducible split
    assignment = [0] * len(examples)
    for position, index in enumerate(order):
        assignment[index] = position % folds
    return assignment


def out_of_fold(
    examples: Sequence[Example], bags: list[list[set[str]]], settings: Settings
) -> list[tuple[HybridDetector, object]]:
    """Per example, a hybrid detector whose model never saw it, and the prepared text."""
    assignment = fold_of(examples, settings.folds, settings.seed)
    detectors = {}
    for fold in range(settings.folds):
        keep = [i for i, f in enumerate(assignment) if f != fold]
        data = fit([bags[i] for i in keep], [examples[i].causes for i in keep], settings)
        detectors[fold] = HybridDetector(model=CauseModel(data))
    return [(detectors[assignment[i]], prepare(example.text)) for i, example in enumerate(examples)]


def choose_thresholds(
    examples: Sequence[Example], bags: list[list[set[str]]], settings: Settings
) -> tuple[dict, dict]:
    held_out = out_of_fold(examples, bags, settings)
    rules = RuleDetector()
    cases = []
    for example, (detector, prepared) in zip(examples, held_out, strict=True):
        found = rules.detect_prepared(prepared)
        cases.append((example, detector, prepared, found, detector.sentence_logits(prepared)))
    best, best_f1, rules_f1 = None, -1.0, None
    for add in ADD_GRID:
        for veto in VETO_GRID:
            results = []
            for example, detector, prepared, found, scores in cases:
                detector.add_threshold, detector.veto_threshold = add, veto
                results.append((example, detector.combine(found, prepared, scores)))
            f1 = micro_f1(results)
            if rules_f1 is None:
                rules_f1 = f1  # the first pair neither adds nor vetoes
            if f1 > best_f1 + 1e-9:
                best, best_f1 = {"add": add, "veto": veto}, f1
    report = {"cv_rules_micro_f1": round(rules_f1, 4), "cv_hybrid_micro_f1": round(best_f1, 4)}
    return best, report


def micro_f1(results: Sequence[tuple[Example, DetectionResult]]) -> float:
    tp = fp = fn = 0
    for example, result in results:
        found = result.slugs
        tp += len(found & example.causes)
        fp += len(found - example.causes)
        fn += len(example.causes - found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def dumps(data: dict) -> str:
    """Sorted keys, one feature (its weight for each cause) per line: retraining shows as a
    readable diff, and the file stays a fraction of the size of one weight per line."""
    head = {key: value for key, value in data.items() if key not in ("weights", "red_flag")}
    lines = [json.dumps(head, indent=1, sort_keys=True, ensure_ascii=True)[:-2] + ","]
    red_flag = data.get("red_flag")
    if red_flag is not None:
        lines.append(f' "red_flag": {{"bias": {json.dumps(red_flag["bias"])}, "weights": {{')
        lines.extend(_rows(red_flag["weights"], indent="  "))
        lines.append(" }},")
    lines.append(' "weights": {')
    lines.extend(_rows(data["weights"], indent="  "))
    lines.append(" }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _rows(mapping: dict, *, indent: str) -> list[str]:
    """One ``"feature": value`` line per feature, sorted, commas between them."""
    items = sorted(mapping.items())
    return [
        f"{indent}{json.dumps(key)}: {json.dumps(value, separators=(',', ':'))}"
        + ("," if number < len(items) - 1 else "")
        for number, (key, value) in enumerate(items)
    ]


class Command(BaseCommand):
    help = (
        "Train the learned model of recommender.detection.learned.HybridDetector on labelled "
        "JSON Lines and write its weights (add and veto thresholds chosen by cross-validation)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="labelled JSON Lines")
        parser.add_argument(
            "--out", default=str(DEFAULT_WEIGHTS), help=f"weights file (default: {DEFAULT_WEIGHTS})"
        )
        parser.add_argument(
            "--tune",
            action="store_true",
            help="choose the add and veto thresholds by cross-validation on FILE(s)",
        )
        parser.add_argument(
            "--add-threshold",
            type=float,
            default=ADD_THRESHOLD,
            help="model probability from which a cause the rules missed is added; above 1 "
            f"never (default: {ADD_THRESHOLD})",
        )
        parser.add_argument(
            "--veto-threshold",
            type=float,
            default=VETO_THRESHOLD,
            help="model probability under which a rule cause is dropped; 0 never "
            f"(default: {VETO_THRESHOLD})",
        )
        parser.add_argument(
            "--add-long-threshold",
            type=float,
            default=ADD_LONG_THRESHOLD,
            help=f"the add threshold for long texts; above 1 never (default: {ADD_LONG_THRESHOLD})",
        )
        parser.add_argument(
            "--long-words",
            type=int,
            default=LONG_WORDS,
            help=f"words from which a text counts as long; 0 none (default: {LONG_WORDS})",
        )
        parser.add_argument(
            "--max-added",
            type=int,
            default=MAX_ADDED,
            help=f"most causes the model adds to one text (default: {MAX_ADDED})",
        )
        parser.add_argument(
            "--red-flag-threshold",
            type=float,
            default=RED_FLAG_THRESHOLD,
            help="model probability from which a sentence of a short text raises a red flag the "
            f"rules missed; 1 or more never (default: {RED_FLAG_THRESHOLD})",
        )
        parser.add_argument(
            "--min-count",
            type=int,
            default=Settings.min_count,
            help=f"sentences a feature must occur in (default: {Settings.min_count})",
        )

    def handle(self, *args, files: list[str], out: str, tune: bool, min_count: int, **options):
        examples = labelled_examples(files)
        settings = Settings()
        settings.min_count = max(1, min_count)
        try:
            data = train(
                examples,
                settings=settings,
                tune=tune,
                add=options["add_threshold"],
                veto=options["veto_threshold"],
                add_long=options["add_long_threshold"],
                long_words=options["long_words"],
                max_added=options["max_added"],
                red_flag=options["red_flag_threshold"],
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        data["training"]["files"] = [Path(path).name for path in files]
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(dumps(data), encoding="utf-8")
        features = len(data["weights"])
        summary = data["training"]
        line = (
            f"{len(examples)} passages, {summary['sentences']} sentences, {features} features; "
            f"thresholds add {data['thresholds']['add']}, veto {data['thresholds']['veto']}, "
            f"red flag {data['thresholds']['red_flag']}"
        )
        if "cv_rules_micro_f1" in summary:
            line += (
                f"; cross-validated micro-F1 {summary['cv_rules_micro_f1']} (rules) -> "
                f"{summary['cv_hybrid_micro_f1']} (hybrid)"
            )
        self.stdout.write(f"{line}\nwrote {out}")
