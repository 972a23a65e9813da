"""The canonical text of a condition tree: what the admin shows back after saving.

``parse_conditions(to_text(tree)) == tree`` for every tree the parser makes. Top-level
conditions go one per line; values inside ``in (...)`` are sorted.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .nodes import LIST_OPS, AllOf, Comparison, Condition, Scalar

_BARE_WORD = re.compile(r"[A-Za-z_][\w.\-]*\Z")
_KEYWORDS = frozenset({"and", "or", "not", "in", "contains", "true", "false", "yes", "no"})


def value_text(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, int):
        return str(value)
    if _BARE_WORD.match(value) and value.lower() not in _KEYWORDS:
        return value
    return f"'{value}'" if '"' in value else f'"{value}"'


def _comparison_text(comparison: Comparison) -> str:
    name = comparison.attribute.name
    if comparison.op in LIST_OPS:
        values = ", ".join(value_text(value) for value in comparison.value)
        return f"{name} {comparison.op} ({values})"
    return f"{name} {comparison.op} {value_text(comparison.value)}"


def _inline(condition: Condition, *, inside_all: bool) -> str:
    if isinstance(condition, Comparison):
        return _comparison_text(condition)
    if isinstance(condition, AllOf):
        return " and ".join(_inline(item, inside_all=True) for item in condition.items)
    text = " or ".join(_inline(item, inside_all=False) for item in condition.items)
    return f"({text})" if inside_all else text


def to_text(condition: Condition) -> str:
    if isinstance(condition, AllOf):
        return "\n".join(_inline(item, inside_all=False) for item in condition.items)
    return _inline(condition, inside_all=False)
