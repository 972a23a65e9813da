"""Compile a condition tree to a ``django.db.models.Q`` over ``shop.Product``.

Typed attributes are model fields, ``category`` is ``category__slug`` and staff extras are
JSON key lookups on ``extra_attributes``. As in the predicate backend, a product without a
value for the attribute matches no comparison, so ``!=`` and ``not in`` also require a value.
"""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django.db.models import Q

from .catalogue import AttributeSpec, Kind
from .nodes import AllOf, AnyOf, Comparison, Condition, Op, ordered_choices

_ORDERING_LOOKUPS = {Op.LT: "lt", Op.LE: "lte", Op.GT: "gt", Op.GE: "gte"}


def _has_value(spec: AttributeSpec) -> Q:
    if spec.always_set:
        return Q()
    if spec.extra:
        return Q(extra_attributes__has_key=spec.key) & ~Q(**{spec.lookup: None})
    if spec.nullable:
        return Q(**{f"{spec.lookup}__isnull": False})
    return ~Q(**{spec.lookup: ""})


def _equals(spec: AttributeSpec, value: object) -> Q:
    if spec.kind is Kind.TEXT:
        return Q(**{f"{spec.lookup}__iexact": value})
    return Q(**{spec.lookup: value})


def _comparison_q(comparison: Comparison) -> Q:
    spec, op, value = comparison.attribute, comparison.op, comparison.value
    if op is Op.EQ:
        return _equals(spec, value)
    if op is Op.NE:
        return ~_equals(spec, value) & _has_value(spec)
    if op in (Op.IN, Op.NOT_IN):
        if spec.kind is Kind.TEXT:
            inside = reduce(or_, (_equals(spec, item) for item in value))
        else:
            inside = Q(**{f"{spec.lookup}__in": list(value)})
        return inside if op is Op.IN else ~inside & _has_value(spec)
    if op is Op.CONTAINS:
        return Q(**{f"{spec.lookup}__icontains": value})
    if spec.kind is Kind.CHOICE:  # an ordered choice: the database compares the admitted list
        return Q(**{f"{spec.lookup}__in": list(ordered_choices(spec, op, value))})
    # PostgreSQL orders a JSON null below every number, so extras need the presence test here.
    return Q(**{f"{spec.lookup}__{_ORDERING_LOOKUPS[op]}": value}) & _has_value(spec)


def to_q(condition: Condition) -> Q:
    """Filter ``Product.objects.filter(to_q(tree))``; the empty rule gives ``Q()`` (all rows)."""
    if isinstance(condition, Comparison):
        return _comparison_q(condition)
    parts = [to_q(item) for item in condition.items]
    if isinstance(condition, AllOf):
        return reduce(and_, parts, Q())
    if isinstance(condition, AnyOf):
        return reduce(or_, parts)
    raise TypeError(f"not a condition: {condition!r}")
