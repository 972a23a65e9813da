"""The contract every cause detector keeps.

A detector is built once (it may compile patterns or load a model) and then called many
times with plain text, Markdown or HTML. It never touches the database or the network:
the causes staff edit in the admin reach it as ``CauseSpec`` values.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field

CAUSE_SLUGS: tuple[str, ...] = (
    "improper_footwear",
    "improper_socks",
    "poor_posture",
    "improper_running_form",
    "strained_muscles",
    "overtraining",
    "too_much_too_soon",
    "muscle_imbalance",
    "lack_of_flexibility",
    "hard_surfaces",
    "foot_mechanics",
)
RED_FLAG = "red_flag"


@dataclass(frozen=True)
class CauseSpec:
    """What staff configured for one cause: extra phrases and regular expressions that signal it."""

    slug: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    is_red_flag: bool = False


@dataclass(frozen=True)
class DetectedCause:
    slug: str
    confidence: float
    evidence: tuple[str, ...]  # sentences copied verbatim from the input


@dataclass(frozen=True)
class RedFlag:
    evidence: tuple[str, ...]  # sentences copied verbatim from the input


@dataclass(frozen=True)
class DetectionResult:
    causes: tuple[DetectedCause, ...] = ()
    red_flags: tuple[RedFlag, ...] = field(default=())

    @property
    def slugs(self) -> set[str]:
        return {cause.slug for cause in self.causes}

    @property
    def has_red_flag(self) -> bool:
        return bool(self.red_flags)

    def as_dict(self) -> dict:
        """The JSON shape shared by `detect_causes --format json` and the diagnose API."""
        return {
            "causes": [
                {"slug": c.slug, "confidence": round(c.confidence, 3), "evidence": list(c.evidence)}
                for c in self.causes
            ],
            "red_flags": [{"evidence": list(flag.evidence)} for flag in self.red_flags],
        }


class BaseDetector(ABC):
    """Subclass and name it in STRIDEWISE["DETECTOR"] to swap the detector."""

    def __init__(self, *, causes: Sequence[CauseSpec] = ()) -> None:
        self.causes = tuple(causes)

    @abstractmethod
    def detect(self, text: str) -> DetectionResult:
        """Causes ordered by confidence (highest first) and red-flag passages, for any input."""
