"""Score a cause detector on labelled JSON Lines, next to the plain keyword baseline."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

from recommender.conf import recommender_settings
from recommender.detection.base import BaseDetector
from recommender.detection.baseline import KeywordDetector
from recommender.detection.evaluation import evaluate, format_table
from recommender.management.corpus import labelled_examples

DEFAULT_FILE = "tests/data/detection/test.jsonl"


class Command(BaseCommand):
    help = (
        "Print precision, recall and F1 per cause, micro/macro F1, red-flag recall and false "
        "red flags (by kind) for a detector on labelled JSONL files, beside the keyword "
        "baseline, then list the misses by id. Each line: "
        '{"id", "kind": "article"|"shopper", "text", "causes": [slug, ...], "red_flag": bool}.'
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="*",
            metavar="FILE",
            help=f"labelled JSON Lines (default: {DEFAULT_FILE})",
        )
        parser.add_argument(
            "--detector",
            default=None,
            metavar="DOTTED.PATH",
            help="detector class to score (default: the configured STRIDEWISE['DETECTOR'])",
        )
        parser.add_argument(
            "--json", action="store_true", help="print the figures as one JSON object"
        )

    def handle(self, *args, files: list[str], detector: str | None, json: bool, **options):
        detector = detector or recommender_settings.DETECTOR
        examples = labelled_examples(files or [DEFAULT_FILE])
        ours = evaluate(_load_detector(detector), examples)
        baseline = evaluate(KeywordDetector(), examples)
        if json:
            figures = {"detector": detector, **ours.as_dict(), "baseline": baseline.as_dict()}
            del figures["baseline"]["misses"]
            self.stdout.write(_dumps(figures))
            return
        name = detector.rsplit(".", 1)[-1]
        self.stdout.write(f"{len(examples)} labelled examples\n")
        self.stdout.write(format_table([(name, ours), ("KeywordDetector", baseline)]))
        self.stdout.write(f"\nMisses of {name} ({len(ours.misses)}):")
        for miss in ours.misses:
            parts = []
            if miss.missed:
                parts.append("missed " + ", ".join(miss.missed))
            if miss.extra:
                parts.append("extra " + ", ".join(miss.extra))
            self.stdout.write(f"  {miss.id} [{miss.kind}] " + "; ".join(parts))


def _load_detector(path: str) -> BaseDetector:
    try:
        detector_class = import_string(path)
    except ImportError as exc:
        raise CommandError(f"cannot import detector {path!r}: {exc}") from exc
    if not (isinstance(detector_class, type) and issubclass(detector_class, BaseDetector)):
        raise CommandError(f"{path!r} is not a BaseDetector subclass")
    return detector_class()


def _dumps(figures: dict) -> str:
    return json.dumps(figures, indent=2, ensure_ascii=False)
