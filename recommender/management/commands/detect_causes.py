"""Detect the causes of running pain in text files (or standard input)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from recommender.detection.base import DetectionResult
from recommender.services import text_diagnose

STDIN = "-"


class Command(BaseCommand):
    help = (
        "Print the causes of running pain (with evidence sentences) and red flags found in "
        "each PATH. Use - to read standard input."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="text, Markdown or HTML")
        parser.add_argument(
            "--format",
            choices=["json", "text"],
            default="text",
            help="json prints one list with an object per input (default: text)",
        )

    def handle(self, *args, paths: list[str], format: str, **options):
        # Read every input first: a bad path fails before anything is printed.
        texts = [(path, self.read(path)) for path in paths]
        results = [(path, text_diagnose(text=text)) for path, text in texts]
        if format == "json":
            items = [{"source": path, **result.as_dict()} for path, result in results]
            self.stdout.write(json.dumps(items, ensure_ascii=False, indent=2))
        else:
            self.stdout.write("\n\n".join(self.listing(path, result) for path, result in results))

    def read(self, path: str) -> str:
        if path == STDIN:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # already text (an embedding program replaced sys.stdin)
                return sys.stdin.read()
            return stream.read().decode("utf-8", errors="replace")
        try:
            return Path(path).read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc

    @staticmethod
    def listing(path: str, result: DetectionResult) -> str:
        label = "standard input" if path == STDIN else path
        lines = [f"== {label}"]
        if not result.causes and not result.red_flags:
            lines.append("no causes found")
        for cause in result.causes:
            lines.append(f"{cause.slug} (confidence {cause.confidence:.2f})")
            lines.extend(f'    "{sentence}"' for sentence in cause.evidence)
        for flag in result.red_flags:
            lines.append("RED FLAG: see a medical professional")
            lines.extend(f'    "{sentence}"' for sentence in flag.evidence)
        return "\n".join(lines)
