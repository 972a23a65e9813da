"""Offline measures of recommendation quality over labelled cases (pure: no database).

A case says, for one input (an article or a shopper's words), how good each product would be:
a grade per SKU, 0 = wrong, 1 = acceptable, 2 = what a good shop assistant would pick (any
non-negative grades work). Products left out of the labels count as grade 0.

Conventions for cases with nothing relevant (advice-only causes, red flags): recommending
nothing is perfect (1.0 on both measures) and recommending anything scores 0.0.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelledCase:
    case_id: str
    grades: Mapping[str, float]  # SKU -> relevance grade


@dataclass(frozen=True)
class CaseResult:
    case_id: str
    recommended: tuple[str, ...]
    precision: float
    ndcg: float


@dataclass(frozen=True)
class EvaluationReport:
    k: int
    cases: tuple[CaseResult, ...]

    @property
    def precision(self) -> float:
        return _mean(case.precision for case in self.cases)

    @property
    def ndcg(self) -> float:
        return _mean(case.ndcg for case in self.cases)

    def as_dict(self) -> dict:
        return {
            "k": self.k,
            "cases": len(self.cases),
            f"precision@{self.k}": round(self.precision, 4),
            f"ndcg@{self.k}": round(self.ndcg, 4),
        }


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _top(recommended: Sequence[str], k: int) -> list[str]:
    """The first k distinct SKUs: a repeated product cannot earn twice."""
    return list(dict.fromkeys(recommended))[:k]


def precision_at_k(recommended: Sequence[str], grades: Mapping[str, float], k: int) -> float:
    """Share of the k slots holding a product with a grade above 0 (empty slots count as misses)."""
    if k <= 0:
        raise ValueError("k must be at least 1")
    top = _top(recommended, k)
    if not any(grade > 0 for grade in grades.values()):
        return 0.0 if top else 1.0
    return sum(1 for sku in top if grades.get(sku, 0) > 0) / k


def _dcg(gains: Iterable[float]) -> float:
    return sum((2**gain - 1) / math.log2(position + 2) for position, gain in enumerate(gains))


def ndcg_at_k(recommended: Sequence[str], grades: Mapping[str, float], k: int) -> float:
    """Normalised discounted cumulative gain with graded relevance (gain 2^grade - 1)."""
    if k <= 0:
        raise ValueError("k must be at least 1")
    top = _top(recommended, k)
    ideal = _dcg(sorted((max(0.0, g) for g in grades.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0 if top else 1.0
    return _dcg(max(0.0, grades.get(sku, 0)) for sku in top) / ideal


def evaluate(
    cases: Iterable[LabelledCase],
    *,
    recommend: Callable[[LabelledCase], Sequence[str]],
    k: int = 5,
) -> EvaluationReport:
    """Run ``recommend`` (case -> SKUs best first) on every case and score each answer."""
    results = []
    for case in cases:
        recommended = tuple(recommend(case))
        results.append(
            CaseResult(
                case_id=case.case_id,
                recommended=recommended,
                precision=precision_at_k(recommended, case.grades, k),
                ndcg=ndcg_at_k(recommended, case.grades, k),
            )
        )
    return EvaluationReport(k=k, cases=tuple(results))
