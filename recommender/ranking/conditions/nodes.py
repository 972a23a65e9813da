"""The condition tree a rule parses to. Every node is frozen, hashable and compares by value.

A ``Comparison`` carries its resolved ``AttributeSpec``, so the backends (predicate, Q, text)
need nothing else. ``AllOf(())`` is the empty rule: it matches every product.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .catalogue import AttributeSpec

Scalar = bool | int | Decimal | str


class Op(StrEnum):
    EQ = "="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    IN = "in"
    NOT_IN = "not in"
    CONTAINS = "contains"


ORDERING_OPS = frozenset({Op.LT, Op.LE, Op.GT, Op.GE})
LIST_OPS = frozenset({Op.IN, Op.NOT_IN})


@dataclass(frozen=True)
class Comparison:
    attribute: AttributeSpec
    op: Op
    value: Scalar | tuple[Scalar, ...]  # a tuple exactly for `in` / `not in`


@dataclass(frozen=True)
class AllOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]


Condition = Comparison | AllOf | AnyOf

MATCH_ALL = AllOf(())


def ordered_choices(spec: AttributeSpec, op: Op, value: str) -> tuple[str, ...]:
    """The choices an ordering comparison admits: ``cushioning >= medium`` is medium and max."""
    position = spec.choices.index(value)
    keep = {
        Op.LT: lambda index: index < position,
        Op.LE: lambda index: index <= position,
        Op.GT: lambda index: index > position,
        Op.GE: lambda index: index >= position,
    }[op]
    return tuple(choice for index, choice in enumerate(spec.choices) if keep(index))


def all_of(items: tuple[Condition, ...] | list[Condition]) -> Condition:
    """``AllOf`` with nested ``AllOf`` flattened and one item unwrapped: the canonical shape."""
    flat: list[Condition] = []
    for item in items:
        flat.extend(item.items if isinstance(item, AllOf) else (item,))
    return flat[0] if len(flat) == 1 else AllOf(tuple(flat))


def any_of(items: tuple[Condition, ...] | list[Condition]) -> Condition:
    flat: list[Condition] = []
    for item in items:
        flat.extend(item.items if isinstance(item, AnyOf) else (item,))
    return flat[0] if len(flat) == 1 else AnyOf(tuple(flat))


def attributes_used(condition: Condition) -> set[str]:
    """Names of the attributes a condition tests (for previews and staff messages)."""
    if isinstance(condition, Comparison):
        return {condition.attribute.name}
    return set().union(*(attributes_used(item) for item in condition.items))
