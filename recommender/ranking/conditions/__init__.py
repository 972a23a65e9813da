"""The product-selector language of cause-to-product rules.

Staff write a rule as categories plus conditions, one per line::

    moisture_wicking = true
    cushioning in (medium, max)
    blister_protection = true or seamless_toe = true

Interface (all pure except ``to_q``, which builds a ``django.db.models.Q``):

- ``catalogue_build(extras=Attribute rows, categories=slugs) -> Catalogue``: what rules may
  name; ``DEFAULT_CATALOGUE`` is the catalog contract.
- ``parse_conditions(text, catalogue=...) -> Condition``: the tree, or ``ConditionSyntaxError``
  whose ``errors`` / ``messages`` say "line 2: cushioning must be one of none, light, medium,
  max (got 'soft')" for every faulty line.
- ``selector_build(categories=..., text=..., catalogue=...) -> Condition``: categories and
  conditions of one rule as one tree.
- ``to_predicate(tree)(product_dict) -> bool``, ``to_q(tree) -> Q`` and ``to_text(tree)``
  (the canonical text; parsing it gives the same tree).
- ``parse_evidence_condition(text) -> EvidenceCondition | None``: a rule's optional condition
  on the wording of the cause's evidence (``high arch, supinat, roll outward``; ``not (...)``,
  ``and``, ``or``), judged per article or shopper text; see ``evidence.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .catalogue import (
    CONTRACT_CATEGORIES,
    DEFAULT_CATALOGUE,
    AttributeSpec,
    Catalogue,
    Kind,
    catalogue_build,
)
from .evidence import EvidenceCondition, parse_evidence_condition
from .nodes import MATCH_ALL, AllOf, AnyOf, Comparison, Condition, Op, attributes_used
from .parser import ConditionError, ConditionSyntaxError, parse_conditions, selector_build
from .predicate import Predicate, to_predicate
from .text import to_text

if TYPE_CHECKING:
    from django.db.models import Q


def to_q(condition: Condition) -> Q:
    """``Q`` over ``shop.Product`` for ``condition``; Django is imported only when called."""
    from .query import to_q as compile_q

    return compile_q(condition)


__all__ = [
    "CONTRACT_CATEGORIES",
    "DEFAULT_CATALOGUE",
    "MATCH_ALL",
    "AllOf",
    "AnyOf",
    "AttributeSpec",
    "Catalogue",
    "Comparison",
    "Condition",
    "ConditionError",
    "ConditionSyntaxError",
    "EvidenceCondition",
    "Kind",
    "Op",
    "Predicate",
    "attributes_used",
    "catalogue_build",
    "parse_conditions",
    "parse_evidence_condition",
    "selector_build",
    "to_predicate",
    "to_q",
    "to_text",
]
