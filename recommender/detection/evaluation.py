"""Score a detector against labelled JSON Lines (pure: no Django, no database).

Each line: {"id", "kind": "article" | "shopper", "text", "causes": [slug, ...], "red_flag": bool}.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .base import CAUSE_SLUGS, BaseDetector

KINDS = ("article", "shopper")


class CorpusError(ValueError):
    """A labelled file that cannot be read or does not follow the format."""


@dataclass(frozen=True)
class Example:
    id: str
    kind: str
    text: str
    causes: frozenset[str]
    red_flag: bool


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    id: str
    kind: str
    missed: tuple[str, ...]  # labelled but not detected
    extra: tuple[str, ...]  # detected but not labelled


@dataclass
class Report:
    examples: int = 0
    per_cause: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in CAUSE_SLUGS})
    red_flags: int = 0
    red_flags_caught: int = 0
    false_red_flags: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    misses: list[Miss] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.per_cause.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    @property
    def micro_f1(self) -> float:
        return self.micro.f1

    @property
    def macro_f1(self) -> float:
        present = [c for c in self.per_cause.values() if c.tp + c.fp + c.fn]
        return sum(c.f1 for c in present) / len(present) if present else 1.0

    @property
    def red_flag_recall(self) -> float:
        return self.red_flags_caught / self.red_flags if self.red_flags else 1.0

    def as_dict(self) -> dict:
        micro = self.micro
        return {
            "examples": self.examples,
            "micro": _figures(micro),
            "macro_f1": round(self.macro_f1, 4),
            "per_cause": {slug: _figures(c) for slug, c in self.per_cause.items()},
            "red_flags": {
                "labelled": self.red_flags,
                "caught": self.red_flags_caught,
                "recall": round(self.red_flag_recall, 4),
                "false_by_kind": dict(self.false_red_flags),
            },
            "misses": [
                {"id": m.id, "kind": m.kind, "missed": list(m.missed), "extra": list(m.extra)}
                for m in self.misses
            ],
        }


def _figures(counts: Counts) -> dict:
    return {
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
    }


def load_examples(path: str | Path) -> list[Example]:
    """Read a labelled file; every problem names the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise CorpusError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read ({exc})") from exc
    examples = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        examples.append(_parse(line, where=f"{path}:{number}"))
    return examples


def _parse(line: str, *, where: str) -> Example:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not valid JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    text, causes, red_flag = record.get("text"), record.get("causes", []), record.get("red_flag")
    if not isinstance(text, str):
        raise CorpusError(f"{where}: 'text' must be a string")
    if not isinstance(causes, list) or not all(isinstance(c, str) for c in causes):
        raise CorpusError(f"{where}: 'causes' must be a list of slugs")
    unknown = sorted(set(causes) - set(CAUSE_SLUGS))
    if unknown:
        raise CorpusError(f"{where}: unknown cause slug(s) {', '.join(unknown)}")
    if not isinstance(red_flag, bool):
        raise CorpusError(f"{where}: 'red_flag' must be true or false")
    kind = record.get("kind", "article")
    if kind not in KINDS:
        raise CorpusError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    return Example(
        id=str(record.get("id", where)),
        kind=kind,
        text=text,
        causes=frozenset(causes),
        red_flag=red_flag,
    )


def evaluate(detector: BaseDetector, examples: Iterable[Example]) -> Report:
    report = Report()
    for example in examples:
        result = detector.detect(example.text)
        found = result.slugs & set(CAUSE_SLUGS)
        report.examples += 1
        for slug in CAUSE_SLUGS:
            counts = report.per_cause[slug]
            if slug in found and slug in example.causes:
                counts.tp += 1
            elif slug in found:
                counts.fp += 1
            elif slug in example.causes:
                counts.fn += 1
        if example.red_flag:
            report.red_flags += 1
            report.red_flags_caught += int(result.has_red_flag)
        elif result.has_red_flag:
            report.false_red_flags[example.kind] += 1
        missed = tuple(sorted(example.causes - found))
        extra = tuple(sorted(found - example.causes))
        if example.red_flag and not result.has_red_flag:
            missed += ("red_flag",)
        if result.has_red_flag and not example.red_flag:
            extra += ("red_flag",)
        if missed or extra:
            report.misses.append(Miss(example.id, example.kind, missed, extra))
    return report


def format_table(reports: Sequence[tuple[str, Report]]) -> str:
    """Side-by-side table: one column group per named detector."""
    names = [name for name, _ in reports]
    header = f"{'cause':<24}" + "".join(f" | {name[:22]:^22}" for name in names)
    sub = f"{'':<24}" + " | {:>6} {:>6} {:>6}".format("P", "R", "F1") * len(names)
    rows = [header, sub, "-" * len(sub)]
    for slug in CAUSE_SLUGS:
        cells = "".join(
            f" | {r.per_cause[slug].precision:6.3f} {r.per_cause[slug].recall:6.3f} "
            f"{r.per_cause[slug].f1:6.3f}"
            for _, r in reports
        )
        rows.append(f"{slug:<24}{cells}")
    rows.append("-" * len(sub))
    rows.append(
        f"{'micro':<24}"
        + "".join(
            f" | {r.micro.precision:6.3f} {r.micro.recall:6.3f} {r.micro_f1:6.3f}"
            for _, r in reports
        )
    )
    rows.append(f"{'macro F1':<24}" + "".join(f" | {r.macro_f1:>20.3f}" for _, r in reports))
    rows.append(
        f"{'red-flag recall':<24}"
        + "".join(
            f" | {r.red_flag_recall:>8.3f} ({r.red_flags_caught}/{r.red_flags})".ljust(25)
            for _, r in reports
        )
    )
    for kind in KINDS:
        rows.append(
            f"{'false red flags ' + kind:<24}"
            + "".join(f" | {r.false_red_flags[kind]:>20d}" for _, r in reports)
        )
    return "\n".join(rows)
