"""A plain keyword regex per cause: the yardstick the real detector must clearly beat.

No negation, no scope, no weights: a cause is reported when any of its keywords occurs,
with the sentences containing it as evidence. Red flags likewise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import BaseDetector, CauseSpec, DetectedCause, DetectionResult, RedFlag
from .text import prepare

KEYWORDS: dict[str, tuple[str, ...]] = {
    "improper_footwear": (
        "worn out shoes",
        "worn-out shoes",
        "old shoes",
        "wrong shoes",
        "cushioning",
        "footwear",
    ),
    "improper_socks": ("cotton socks", "socks", "blister", "blisters", "hot spot"),
    "poor_posture": ("posture", "hunching", "slouching", "sitting"),
    "improper_running_form": (
        "running form",
        "form",
        "overstriding",
        "heel strike",
        "cadence",
        "arm swing",
    ),
    "strained_muscles": ("strain", "strained", "pulled muscle", "muscle tear", "sore muscles"),
    "overtraining": ("overtraining", "rest days", "no rest", "fatigue", "recovery"),
    "too_much_too_soon": ("too much too soon", "mileage", "gradually", "sudden increase"),
    "muscle_imbalance": ("weak", "imbalance", "strength training", "core", "glutes"),
    "lack_of_flexibility": ("tight", "stiff", "stretch", "stretching", "flexibility", "warm up"),
    "hard_surfaces": ("concrete", "asphalt", "pavement", "hard surfaces", "downhill"),
    "foot_mechanics": ("overpronation", "pronation", "flat feet", "high arches", "supination"),
}
RED_FLAG_KEYWORDS = (
    "shooting", "radiating", "numbness", "tingling", "weakness", "fever",
    "disc", "nerve", "fracture", "bladder", "bowel",
)  # fmt: skip


def _keyword_regex(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")


class KeywordDetector(BaseDetector):
    def __init__(self, *, causes: Sequence[CauseSpec] = ()) -> None:
        super().__init__(causes=causes)
        self._regexes = {slug: _keyword_regex(words) for slug, words in KEYWORDS.items()}
        self._red_flag = _keyword_regex(RED_FLAG_KEYWORDS)

    def detect(self, text: str) -> DetectionResult:
        if not text or not text.strip():
            return DetectionResult()
        prepared = prepare(text)
        sentences = [prepared.match_text[start:end] for start, end in prepared.spans]
        causes = []
        for slug, regex in self._regexes.items():
            hits = [i for i, sentence in enumerate(sentences) if regex.search(sentence)]
            if hits:
                evidence = tuple(prepared.sentence(i) for i in hits[:3])
                causes.append(DetectedCause(slug=slug, confidence=1.0, evidence=evidence))
        flagged = [i for i, sentence in enumerate(sentences) if self._red_flag.search(sentence)]
        red_flags = (RedFlag(tuple(prepared.sentence(i) for i in flagged[:5])),) if flagged else ()
        return DetectionResult(causes=tuple(causes), red_flags=red_flags)
