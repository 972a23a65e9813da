"""Errors of the rule language, and reading one value for an attribute.

Messages name the attribute and say what is allowed: "cushioning must be one of none,
light, medium, max (got 'soft')". The parser adds the line number.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .catalogue import AttributeSpec, Kind
from .nodes import Scalar

_TRUE = frozenset({"true", "yes"})
_FALSE = frozenset({"false", "no"})


@dataclass(frozen=True)
class ConditionError:
    line: int
    message: str
    attribute: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "categories"
        return f"{where}: {self.message}"


class ConditionSyntaxError(ValueError):
    """The rule text has mistakes; ``errors`` lists each one with its line."""

    def __init__(self, errors: list[ConditionError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))

    @property
    def messages(self) -> list[str]:
        return [str(error) for error in self.errors]


class LineError(Exception):
    """A mistake on the line being parsed; the parser turns it into a ConditionError."""

    def __init__(self, message: str, attribute: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.attribute = attribute


class Token(NamedTuple):
    kind: str  # the name of the pattern group that matched, or "keyword"
    text: str


def tokenize(line: str, pattern: re.Pattern[str], keywords: Collection[str]) -> list[Token]:
    """One line as tokens named after the group of ``pattern`` that matched each.

    A ``comment`` group (and whitespace matched by no group) is dropped; a ``word`` that is one
    of ``keywords`` becomes a lower-cased ``keyword``. Text no group can read is a LineError.
    """
    tokens: list[Token] = []
    position = 0
    while position < len(line):
        match = pattern.match(line, position)
        if match is None or match.end() == position:
            rest = line[position:].strip()
            if not rest:
                break
            raise LineError(f"cannot read '{rest[:20]}'")
        position = match.end()
        kind = match.lastgroup
        if kind is None or kind == "comment":
            continue
        text = match.group(kind)
        if kind == "word" and text.lower() in keywords:
            kind, text = "keyword", text.lower()
        tokens.append(Token(kind, text))
    return tokens


def value_sort_key(spec: AttributeSpec, value: Scalar) -> tuple[int, object]:
    """Choices keep the catalogue's order (none, light, medium, max); other values sort."""
    if spec.kind is Kind.CHOICE and value in spec.choices:
        return (spec.choices.index(value), "")
    return (len(spec.choices), value)


def value_parse(spec: AttributeSpec, text: str) -> Scalar:
    """Read one value for ``spec``, or raise LineError saying what is allowed."""
    if spec.kind is Kind.BOOLEAN:
        lowered = text.lower()
        if lowered in _TRUE or lowered in _FALSE:
            return lowered in _TRUE
        raise LineError(f"{spec.name} must be true or false (got '{text}')", spec.name)
    if spec.kind is Kind.INTEGER:
        try:
            return int(text)
        except ValueError:
            raise LineError(
                f"{spec.name} must be a whole number (got '{text}')", spec.name
            ) from None
    if spec.kind is Kind.DECIMAL:
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise LineError(f"{spec.name} must be a number (got '{text}')", spec.name) from None
        if not value.is_finite():
            raise LineError(f"{spec.name} must be a number (got '{text}')", spec.name)
        return value
    if spec.kind is Kind.CHOICE:
        for choice in spec.choices:
            if choice.lower() == text.lower():
                return choice
        allowed = ", ".join(spec.choices) or "(no values defined yet)"
        raise LineError(f"{spec.name} must be one of {allowed} (got '{text}')", spec.name)
    if not text.strip():
        raise LineError(f"{spec.name} needs a non-empty value", spec.name)
    return text
