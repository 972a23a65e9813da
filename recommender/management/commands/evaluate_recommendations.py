"""Score recommendations on labelled cases: precision@5 and NDCG@5, shopper texts and articles."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.models import Article
from recommender.ranking.evaluation import LabelledCase, evaluate
from recommender.selectors import article_recommendations_get, diagnose_result

DEFAULT_FILE = "tests/data/recommendations/cases.jsonl"
K = 5


def cases_load(path: str) -> list[dict]:
    """Each line: {"id", "kind": "shopper"|"article", "text" | "article", "grades": {sku: n}}."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}") from exc
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except ValueError as exc:
            raise CommandError(f"{path} line {number}: not JSON ({exc})") from exc
        kind = case.get("kind") if isinstance(case, dict) else None
        field = {"shopper": "text", "article": "article"}.get(kind)
        if field is None or not isinstance(case.get(field), str):
            raise CommandError(
                f"{path} line {number}: needs kind 'shopper' with text, or 'article' with a slug"
            )
        if not isinstance(case.get("grades"), dict):
            raise CommandError(f"{path} line {number}: grades must map SKUs to numbers")
        cases.append(case)
    return cases


class Command(BaseCommand):
    help = (
        f"Print precision@{K} and NDCG@{K} of the recommendations for labelled shopper texts "
        "and articles, overall and per kind, then the weakest cases. Article cases need the "
        "demo data with detected causes (manage.py load_demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default=DEFAULT_FILE, metavar="FILE")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")

    def handle(self, *args, file: str, json: bool, **options):
        raw = cases_load(file)
        if not raw:
            raise CommandError(f"no cases in {file}")
        by_id = {case["id"]: case for case in raw}
        slugs = {case["article"] for case in raw if case["kind"] == "article"}
        articles = {a.slug: a for a in Article.objects.filter(slug__in=slugs)}
        missing = sorted(slugs - set(articles))
        if missing:
            raise CommandError(
                f"articles not found: {', '.join(missing)}; run manage.py load_demo first"
            )

        def recommend(case: LabelledCase) -> list[str]:
            item = by_id[case.case_id]
            if item["kind"] == "shopper":
                result = diagnose_result(text=item["text"], size=item.get("size"))
            else:
                result = article_recommendations_get(article=articles[item["article"]], limit=K)
            return [product["sku"] for product in result["products"]][:K]

        labelled = [
            LabelledCase(
                case_id=case["id"], grades={k: float(v) for k, v in case["grades"].items()}
            )
            for case in raw
        ]
        report = evaluate(labelled, recommend=recommend, k=K)
        figures = {"overall": report.as_dict()}
        for kind in ("shopper", "article"):
            ids = {case["id"] for case in raw if case["kind"] == kind}
            part = [labelled_case for labelled_case in labelled if labelled_case.case_id in ids]
            if part:
                figures[kind] = evaluate(part, recommend=recommend, k=K).as_dict()
        if json:
            self.stdout.write(_dumps(figures))
            return
        for name, values in figures.items():
            precision, ndcg = values[f"precision@{K}"], values[f"ndcg@{K}"]
            self.stdout.write(
                f"{name:<8} {values['cases']:>3} cases  precision@{K} {precision:.3f}"
                f"  NDCG@{K} {ndcg:.3f}"
            )
        self.stdout.write("\nweakest cases (NDCG, then what was recommended):")
        for result in sorted(report.cases, key=lambda item: (item.ndcg, item.case_id))[:8]:
            shown = ", ".join(result.recommended) or "nothing"
            self.stdout.write(f"  {result.ndcg:.2f}  {result.case_id}: {shown}")


def _dumps(value) -> str:
    return json.dumps(value, indent=2, sort_keys=True)
