"""Offline measures: precision@k and NDCG@k with graded labels."""

import math

import pytest

from recommender.ranking.evaluation import LabelledCase, evaluate, ndcg_at_k, precision_at_k

GRADES = {"A": 2, "B": 1, "C": 0}


def test_precision_counts_relevant_products_in_the_first_k_slots():
    assert precision_at_k(["A", "B", "C", "D", "E"], GRADES, 5) == pytest.approx(2 / 5)
    assert precision_at_k(["A", "B"], GRADES, 2) == 1.0
    assert precision_at_k(["C", "A"], GRADES, 1) == 0.0
    # Empty slots are misses; a repeated product earns once.
    assert precision_at_k(["A"], GRADES, 5) == pytest.approx(1 / 5)
    assert precision_at_k(["A", "A", "A"], GRADES, 3) == pytest.approx(1 / 3)


def test_ndcg_rewards_putting_the_best_product_first():
    ideal = ndcg_at_k(["A", "B"], GRADES, 5)
    swapped = ndcg_at_k(["B", "A"], GRADES, 5)
    assert ideal == pytest.approx(1.0)
    assert 0 < swapped < ideal
    dcg = (2**1 - 1) / math.log2(2) + (2**2 - 1) / math.log2(3)
    idcg = (2**2 - 1) / math.log2(2) + (2**1 - 1) / math.log2(3)
    assert swapped == pytest.approx(dcg / idcg)
    assert ndcg_at_k(["C", "D"], GRADES, 5) == 0.0


def test_cases_with_nothing_to_buy_reward_recommending_nothing():
    assert precision_at_k([], {}, 5) == 1.0
    assert ndcg_at_k([], {"X": 0}, 5) == 1.0
    assert precision_at_k(["X"], {"X": 0}, 5) == 0.0
    assert ndcg_at_k(["X"], {}, 5) == 0.0


def test_k_must_be_positive():
    with pytest.raises(ValueError, match="k must be at least 1"):
        precision_at_k(["A"], GRADES, 0)
    with pytest.raises(ValueError, match="k must be at least 1"):
        ndcg_at_k(["A"], GRADES, 0)


def test_evaluate_runs_a_recommender_over_every_case_and_averages():
    cases = [
        LabelledCase("blisters", {"SOCK-1": 2, "SOCK-2": 1}),
        LabelledCase("red-flag", {}),
    ]
    answers = {"blisters": ["SOCK-2", "SHOE-1"], "red-flag": []}
    report = evaluate(cases, recommend=lambda case: answers[case.case_id], k=2)
    assert [case.precision for case in report.cases] == [0.5, 1.0]
    assert report.precision == pytest.approx(0.75)
    assert report.cases[0].recommended == ("SOCK-2", "SHOE-1")
    assert report.as_dict()["precision@2"] == 0.75
    assert 0 < report.ndcg < 1
    assert set(report.as_dict()) == {"k", "cases", "precision@2", "ndcg@2"}
