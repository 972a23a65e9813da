"""Build a large, realistic synthetic shop: products with sizes and stock, articles with causes,
and shopper events, for load tests and benchmarks.

Generated rows are marked so they can be found and removed: product SKUs start with ``GEN-``,
article slugs with ``gen-`` and events' anonymous ids with ``gen-``. Running the command again
tops each kind up to the number asked for instead of adding the same amount again.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta
from itertools import islice

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from content.models import Article
from content.rendering import markdown_to_safe_html
from recommender.management.commands import _synthetic as synthetic
from recommender.models import ArticleCause, Cause, Event
from shop.models import Category, Product, Variant

PRODUCT_PREFIX = "GEN-"
ARTICLE_PREFIX = "gen-"
EVENT_PREFIX = "gen-"


def chunked(iterable, size: int):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Command(BaseCommand):
    help = (
        "Generate synthetic products (with variants), articles (with detected causes) and "
        "shopper events. Generated rows are marked GEN-/gen- and --clear removes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=0, help="Products wanted in total.")
        parser.add_argument("--articles", type=int, default=0, help="Articles wanted in total.")
        parser.add_argument("--events", type=int, default=0, help="Events wanted in total.")
        parser.add_argument("--seed", type=int, default=7, help="Random seed (default 7).")
        parser.add_argument("--chunk", type=int, default=2000, help="Rows per INSERT batch.")
        parser.add_argument(
            "--clear", action="store_true", help="Remove generated rows first (then add any asked)."
        )

    def handle(self, *args, **options):
        for name in ("products", "articles", "events"):
            if options[name] < 0:
                raise CommandError(f"--{name} must be 0 or more.")
        if options["chunk"] < 1:
            raise CommandError("--chunk must be at least 1.")
        self.chunk = options["chunk"]
        if options["clear"]:
            self.clear()
        # Repeatable synthetic data, not secrets.
        self.rng = random.Random(options["seed"])  # noqa: S311
        if options["products"]:
            self.timed("products", self.products_generate, options["products"])
        if options["articles"]:
            self.timed("articles", self.articles_generate, options["articles"])
        if options["events"]:
            self.timed("events", self.events_generate, options["events"])

    def timed(self, label: str, step, wanted: int) -> None:
        started = time.perf_counter()
        added = step(wanted)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"{label}: added {added:,} (wanted {wanted:,} in all) in {elapsed:.1f} s")

    # --- clearing ---------------------------------------------------------------------------

    def clear(self) -> None:
        with transaction.atomic():
            events = Event.objects.filter(anonymous_id__startswith=EVENT_PREFIX).delete()[0]
            articles = Article.objects.filter(slug__startswith=ARTICLE_PREFIX).delete()[0]
            products = Product.objects.filter(sku__startswith=PRODUCT_PREFIX).delete()[0]
        self.stdout.write(
            f"cleared generated rows: {events:,} events, {articles:,} article rows, "
            f"{products:,} product rows (counts include dependent rows)"
        )

    # --- products ---------------------------------------------------------------------------

    def products_generate(self, wanted: int) -> int:
        categories = {c.slug: c for c in Category.objects.filter(slug__in=synthetic.CATEGORIES)}
        missing = set(synthetic.CATEGORIES) - set(categories)
        if missing:
            raise CommandError(f"Missing categories (run migrate first): {sorted(missing)}")
        start = Product.objects.filter(sku__startswith=PRODUCT_PREFIX).count()
        added = 0
        for numbers in chunked(range(start, wanted), self.chunk):
            specs = [synthetic.product_spec(self.rng, number) for number in numbers]
            with transaction.atomic():
                products = Product.objects.bulk_create(
                    Product(
                        sku=f"{PRODUCT_PREFIX}{spec['number']:07d}",
                        slug=f"gen-{spec['number']:07d}-{spec['slug']}",
                        category=categories[spec["category"]],
                        **spec["fields"],
                    )
                    for spec in specs
                )
                Variant.objects.bulk_create(
                    Variant(
                        product=product,
                        sku=f"{product.sku}-{size}",
                        size=size,
                        stock=stock,
                    )
                    for product, spec in zip(products, specs, strict=True)
                    for size, stock in spec["variants"]
                )
            added += len(products)
        return added

    # --- articles ---------------------------------------------------------------------------

    def articles_generate(self, wanted: int) -> int:
        causes = {cause.slug: cause for cause in Cause.objects.all()}
        missing = set(synthetic.CAUSE_SENTENCES) - set(causes)
        if missing:
            raise CommandError(f"Missing causes (run migrate first): {sorted(missing)}")
        start = Article.objects.filter(slug__startswith=ARTICLE_PREFIX).count()
        now = timezone.now()
        added = 0
        for numbers in chunked(range(start, wanted), self.chunk):
            specs = [synthetic.article_spec(self.rng, number) for number in numbers]
            with transaction.atomic():
                articles = Article.objects.bulk_create(
                    Article(
                        title=spec["title"],
                        slug=f"{ARTICLE_PREFIX}{spec['number']:06d}-{spec['slug']}",
                        summary=spec["summary"],
                        body_markdown=spec["body"],
                        body_html=markdown_to_safe_html(spec["body"]),
                        author=spec["author"],
                        status=Article.Status.PUBLISHED,
                        published_at=now - timedelta(days=spec["age_days"]),
                    )
                    for spec in specs
                )
                ArticleCause.objects.bulk_create(
                    ArticleCause(
                        article=article,
                        cause=causes[slug],
                        confidence=confidence,
                        evidence=evidence,
                        status=ArticleCause.Status.CONFIRMED
                        if confidence >= 0.8
                        else ArticleCause.Status.SUGGESTED,
                        detected_at=now,
                    )
                    for article, spec in zip(articles, specs, strict=True)
                    for slug, confidence, evidence in spec["causes"]
                )
            added += len(articles)
        return added

    # --- events -----------------------------------------------------------------------------

    def events_generate(self, wanted: int) -> int:
        start = Event.objects.filter(anonymous_id__startswith=EVENT_PREFIX).count()
        if start >= wanted:
            return 0
        articles = list(
            Article.objects.filter(status=Article.Status.PUBLISHED)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        by_category = synthetic.product_ids_by_category(
            Product.objects.filter(is_active=True).values_list("pk", "category__slug", "price")
        )
        if not articles or not by_category:
            raise CommandError("Events need published articles and active products first.")
        causes_of = synthetic.article_cause_slugs(
            ArticleCause.objects.filter(article_id__in=articles).values_list(
                "article_id", "cause__slug"
            )
        )
        now = timezone.now()
        added = 0
        for numbers in chunked(range(start, wanted), self.chunk):
            rows = [
                synthetic.event_spec(self.rng, number, articles, causes_of, by_category)
                for number in numbers
            ]
            Event.objects.bulk_create(
                Event(
                    kind=row["kind"],
                    anonymous_id=f"{EVENT_PREFIX}{row['shopper']:06d}",
                    product_id=row["product_id"],
                    article_id=row["article_id"],
                    cause_slug=row["cause"],
                    value=row["value"] if row["kind"] == Event.Kind.PURCHASE else None,
                    created_at=now - timedelta(minutes=row["age_minutes"]),
                )
                for row in rows
            )
            added += len(rows)
        return added
