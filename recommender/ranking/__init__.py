"""Ranking: which products answer which causes, in what order, and why. No database.

- ``conditions``: the rule language staff write ("cushioning in (medium, max)"), parsed to a
  tree with ``to_predicate`` / ``to_q`` / ``to_text`` backends.
- ``types``: the plain values a ranker reads (``Candidate``, ``RuleMatch``, ``Signals``,
  ``Merchandising``, ``RankingContext``) and returns (``RankedProduct`` with ``Reason``).
- ``ranker``: ``BaseRanker``, ``DefaultRanker`` and ``ranker_load(dotted_path)``.
- ``grouping``: ``group_by_cause`` for the article page.
- ``evaluation``: precision@k and NDCG@k over labelled cases.
"""

from .grouping import CauseGroup, GroupedProduct, group_by_cause
from .ranker import DEFAULT_RANKER, BaseRanker, DefaultRanker, RankerLoadError, ranker_load
from .types import (
    NO_MERCHANDISING,
    NO_SIGNALS,
    Candidate,
    Merchandising,
    RankedProduct,
    RankingContext,
    Reason,
    RuleMatch,
    Signals,
)

__all__ = [
    "DEFAULT_RANKER",
    "NO_MERCHANDISING",
    "NO_SIGNALS",
    "BaseRanker",
    "Candidate",
    "CauseGroup",
    "DefaultRanker",
    "GroupedProduct",
    "Merchandising",
    "RankedProduct",
    "RankerLoadError",
    "RankingContext",
    "Reason",
    "RuleMatch",
    "Signals",
    "group_by_cause",
    "ranker_load",
]
