"""Evaluate a condition tree in Python, over a product as a plain dict (tests, admin previews).

The product dict holds ``category`` (a slug), the typed attributes by name, and the staff
extras either under ``extra_attributes`` or at the top level (the shape of
``shop.selectors.product_attributes`` plus ``category``). A missing, null or blank attribute
matches no comparison at all, ``!=`` and ``not in`` included; the Q backend agrees.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .catalogue import AttributeSpec, Kind
from .nodes import AllOf, AnyOf, Comparison, Condition, Op, ordered_choices

Product = Mapping[str, Any]
Predicate = Callable[[Product], bool]

_ORDERING = {Op.LT: operator.lt, Op.LE: operator.le, Op.GT: operator.gt, Op.GE: operator.ge}


def attribute_value(spec: AttributeSpec, product: Product) -> Any:
    """The product's value for ``spec``, or None when it has none."""
    if spec.extra:
        extras = product.get("extra_attributes")
        source = extras if isinstance(extras, Mapping) else product
        value = source.get(spec.key)
    else:
        value = product.get(spec.key)
    return None if value is None or value == "" else value


def _normalise(spec: AttributeSpec, value: Any) -> Any:
    """Bring a stored value to the type the parser gives conditions; None when it cannot."""
    if spec.kind is Kind.BOOLEAN:
        return value if isinstance(value, bool) else None
    if spec.numeric:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | Decimal):
            return value
        if isinstance(value, float):
            return Decimal(str(value))
        return None
    if spec.kind is Kind.TEXT:
        return str(value).casefold()
    return str(value)


def _text_key(spec: AttributeSpec, value: Any) -> Any:
    return value.casefold() if spec.kind is Kind.TEXT and isinstance(value, str) else value


def _comparison_predicate(comparison: Comparison) -> Predicate:
    spec, op = comparison.attribute, comparison.op
    if op in (Op.IN, Op.NOT_IN):
        wanted = frozenset(_text_key(spec, value) for value in comparison.value)
        inside = op is Op.IN

        def test(value: Any) -> bool:
            return (value in wanted) is inside

    elif op is Op.CONTAINS:
        needle = comparison.value.casefold()

        def test(value: Any) -> bool:
            return needle in value

    elif op in (Op.EQ, Op.NE):
        target = _text_key(spec, comparison.value)
        equal = op is Op.EQ

        def test(value: Any) -> bool:
            return (value == target) is equal

    elif spec.kind is Kind.CHOICE:  # an ordered choice: cushioning >= medium
        admitted = frozenset(ordered_choices(spec, op, comparison.value))

        def test(value: Any) -> bool:
            return value in admitted

    else:
        compare, bound = _ORDERING[op], comparison.value

        def test(value: Any) -> bool:
            return compare(value, bound)

    def predicate(product: Product) -> bool:
        value = attribute_value(spec, product)
        if value is None:
            return False
        value = _normalise(spec, value)
        return value is not None and test(value)

    return predicate


def to_predicate(condition: Condition) -> Predicate:
    """A function product-dict -> bool that matches exactly what ``to_q`` selects."""
    if isinstance(condition, Comparison):
        return _comparison_predicate(condition)
    parts = tuple(to_predicate(item) for item in condition.items)
    if isinstance(condition, AllOf):
        return lambda product: all(part(product) for part in parts)
    if isinstance(condition, AnyOf):
        return lambda product: any(part(product) for part in parts)
    raise TypeError(f"not a condition: {condition!r}")
