"""From raw input to sentences: cleaning, Markdown-aware segmentation, a matching copy.

Every sentence is a (start, end) span of the cleaned text, so evidence is always copied
verbatim. For plain text and Markdown the cleaned text is the input itself (only control
characters are removed); for HTML it is the visible text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .htmltext import html_to_text, looks_like_html

MAX_SENTENCE_CHARS = 800

_CONTROL_CHARACTER = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]"
# Written "X X*" rather than "X+": a pattern that starts with a character set lets the
# engine skip ordinary characters without trying a match at each one.
_CONTROL = re.compile(f"{_CONTROL_CHARACTER}{_CONTROL_CHARACTER}*")
_LINE = re.compile(r"[^\n]*\n?")
_LIST_MARKER = re.compile(
    r"[ \t]*(?:(?:#{1,6}|[-*+\u2022\u25aa\u2013]|\d{1,3}[.)]|>)(?:[ \t]+|$))+"
)
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
# Ends of sentences: "...", "!?", closing quotes and brackets before a space. The first
# character is taken first (a character set, which the engine scans for quickly); what it
# was then decides the reading, in the same order as "[.!?\u2026]+[closers]*(?=\s)|[!?]+|\u3002".
_SENTENCE_END = re.compile(
    r"[.!?\u2026\u3002](?:(?<=[.!?\u2026])[.!?\u2026]*[\"'\u201d\u2019)\]*_]*(?=\s)"
    r"|(?<=[!?])[!?]*|(?<=\u3002))"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|st|approx|fig|cf|al)|\b[a-z])\.$",
    re.IGNORECASE,
)
# Characters the matcher should read as something simpler; one character in, one out,
# so offsets in the matching copy are offsets in the cleaned text.
_MATCH_TABLE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u00ad": "-",
        "*": " ",
        "_": " ",
        "~": " ",
        "#": " ",
        "\u00a0": " ",
        "\t": " ",
    }
)


_ASCII_MATCH_PAIRS = tuple(
    (chr(code), simpler) for code, simpler in _MATCH_TABLE.items() if code < 128
)
# Dashes keep their role as clause breaks and ranges; an ellipsis still ends a thought.
_ASCII_PUNCTUATION = {"\u2014": ";", "\u2013": "-", "\u2026": "."}


@dataclass(frozen=True)
class Prepared:
    """The cleaned text, its lower-cased matching copy (same length), and sentence spans.

    ``match_text`` is plain ASCII: the built-in cues are English, and the regular expression
    engine reads one-byte text with ASCII word rules much faster. Staff phrases in other
    alphabets run on ``matching_copy(text)``, which keeps every letter at the same offsets.
    """

    text: str
    match_text: str
    spans: tuple[tuple[int, int], ...]
    passages: tuple[int, ...] = ()  # per sentence, the index of its paragraph or list item

    def sentence(self, index: int) -> str:
        start, end = self.spans[index]
        return self.text[start:end]


def clean(raw: str) -> str:
    """Visible text with control characters removed (HTML reduced to what a reader sees)."""
    if not raw:
        return ""
    text = _CONTROL.sub("", raw)
    if looks_like_html(text):
        text = _CONTROL.sub("", html_to_text(text))
    return text


def matching_copy(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep those as they are
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if not lowered.isascii():
        return lowered.translate(_MATCH_TABLE)
    # Plain ASCII (most texts): a few replace() passes are far cheaper than a per-character
    # table lookup.
    for char, simpler in _ASCII_MATCH_PAIRS:
        if char in lowered:
            lowered = lowered.replace(char, simpler)
    return lowered


def _ascii_char(char: str) -> str:
    simpler = _MATCH_TABLE.get(ord(char))
    if simpler is not None:
        return simpler
    if char in _ASCII_PUNCTUATION:
        return _ASCII_PUNCTUATION[char]
    if char.isalpha():
        base = unicodedata.normalize("NFKD", char)[:1]
        return base if base.isascii() and base.isalpha() else "x"
    if char.isdigit():
        return "0"
    return " "


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")  # "X X*": see _CONTROL


def _fold_run(found: re.Match[str]) -> str:
    return "".join(_ascii_char(char) for char in found.group())


def ascii_matching_copy(text: str) -> str:
    """The matching copy in plain ASCII, one character per character: quotes and dashes
    simplified, accents dropped, other letters as "x", the rest (emoji, symbols) as spaces,
    so offsets stay those of the cleaned text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if not lowered.isascii():
        # Non-ASCII characters come in short runs in almost every text: fold only those.
        lowered = _NON_ASCII_RUN.sub(_fold_run, lowered)
    for char, simpler in _ASCII_MATCH_PAIRS:
        if char in lowered:
            lowered = lowered.replace(char, simpler)
    return lowered


def prepare(raw: str) -> Prepared:
    text = clean(raw)
    spans, passages = split_sentences_with_passages(text)
    return Prepared(
        text=text,
        match_text=ascii_matching_copy(text),
        spans=tuple(spans),
        passages=tuple(passages),
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    return split_sentences_with_passages(text)[0]


def split_sentences_with_passages(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentence spans, and for each the index of the passage (paragraph, item) holding it."""
    spans: list[tuple[int, int]] = []
    passages: list[int] = []
    for number, (start, end) in enumerate(_passages(text)):
        _split_passage(text, start, end, spans)
        passages.extend([number] * (len(spans) - len(passages)))
    return spans, passages


def _passages(text: str):
    """Yield (start, end) of paragraphs, headings, list items and table rows.

    A soft-wrapped line (the next line starts in lower case and this one does not end a
    sentence) continues the same passage, so a wrapped sentence is not cut in two.
    """
    current: list[int] | None = None
    in_fence = False
    for match in _LINE.finditer(text):
        line_start, line_end = match.span()
        if line_start == line_end:
            break
        line = match.group().rstrip("\r\n")
        content_end = line_start + len(line)
        if _FENCE.match(line):
            in_fence = not in_fence
            if current:
                yield current[0], current[1]
            current = None
            continue
        marker = _LIST_MARKER.match(line)
        start = line_start + (marker.end() if marker else 0)
        if not line.strip() or _TABLE_RULE.match(line) or start >= content_end:
            if current:
                yield current[0], current[1]
            current = None
            continue
        body = text[start:content_end]
        edge = body.strip()
        is_row = edge.startswith("|") or edge.endswith("|") or body.count("|") >= 2
        if is_row:
            stripped = body.strip()
            offset = start + (len(body) - len(body.lstrip()))
            start = offset + (len(stripped) - len(stripped.lstrip("| \t")))
            content_end = offset + len(stripped.rstrip("| \t"))
            if start >= content_end:
                continue
        continues = (
            current is not None
            and marker is None
            and not is_row
            and not in_fence
            and body.lstrip()[:1].islower()
            and text[current[1] - 1] not in ".!?:|"
        )
        if continues:
            current[1] = content_end
            continue
        if current:
            yield current[0], current[1]
        current = [start, content_end]
    if current:
        yield current[0], current[1]


def _split_passage(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group()[0] == "." and _ABBREVIATION.search(
            text, max(start, match.start() - 6), match.start() + 1
        ):
            continue
        _add_span(text, sentence_start, match.end(), spans)
        sentence_start = match.end()
    _add_span(text, sentence_start, end, spans)


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # unpunctuated walls of text: cut at a space
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))
