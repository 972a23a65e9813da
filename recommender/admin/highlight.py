"""The article text with each evidence sentence marked, for staff reviewing detected causes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Enough to show every sentence an article could reasonably quote, bounded for huge inputs.
MAX_MARKS = 500


def _sentence_pattern(sentence: str) -> re.Pattern[str] | None:
    # Whitespace may differ (a line break inside a sentence); words must not.
    words = sentence.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight_evidence(text: str, sentences: Iterable[str]) -> SafeString:
    """Escaped ``text`` with every occurrence of each sentence wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for sentence in dict.fromkeys(sentences):
        pattern = _sentence_pattern(str(sentence))
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            spans.append(match.span())
            if len(spans) >= MAX_MARKS:
                break
    pieces: list[str] = []
    position = 0
    for start, end in _merged(spans):
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # every piece of input text is escaped above
