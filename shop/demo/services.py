"""Load the demo shop: catalog, articles and a staff login, all at once or not at all.

Every row is matched by its natural key (product SKU, variant SKU, article slug) and written only
when it differs from the demo data, so loading twice creates nothing new and touches nothing.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from content.models import Article
from content.rendering import markdown_to_safe_html
from content.services import article_create, article_update
from shop.demo.articles import DemoArticle, demo_articles_read
from shop.demo.products import PRODUCTS_BY_CATEGORY
from shop.models import Category, Product, Variant
from shop.signals import products_changed_send

STAFF_USERNAME = "staff"
STAFF_PASSWORD = "stridewise"  # noqa: S105 - the documented demo login, shown by `make run`
STAFF_EMAIL = "staff@stridewise.example"

_VARIANT_FIELDS = ("product_id", "size", "colour", "stock")


@dataclass
class LoadCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def __str__(self) -> str:
        return (
            f"{self.total} ({self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged)"
        )


@dataclass
class DemoLoadSummary:
    products: LoadCounts = field(default_factory=LoadCounts)
    variants: LoadCounts = field(default_factory=LoadCounts)
    articles: LoadCounts = field(default_factory=LoadCounts)
    staff_user: str = ""  # "created", "kept" or "password reset"


def _product_fields(spec: dict, *, category: Category) -> dict:
    fields = {key: value for key, value in spec.items() if key != "colours"}
    for name in Product.TYPED_ATTRIBUTES:  # an attribute the data leaves out does not apply
        fields.setdefault(name, Product._meta.get_field(name).get_default())
    fields["price"] = Decimal(fields["price"])
    for name in ("drop_mm", "stack_mm"):
        if fields.get(name) is not None:
            fields[name] = Decimal(str(fields[name]))
    fields.update(
        slug=slugify(f"{spec['brand']} {spec['name']}"),
        category_id=category.pk,
        currency="EUR",
        is_active=spec.get("is_active", True),
    )
    return fields


def _variant_sku(product_sku: str, *, colour: str, size: str) -> str:
    return f"{product_sku}-{slugify(colour.replace('/', ' ')).upper()}-{size}"


def _save_if_changed(instance, fields: dict, counts: LoadCounts) -> None:
    changed = [name for name, value in fields.items() if getattr(instance, name) != value]
    if not changed:
        counts.unchanged += 1
        return
    for name in changed:
        setattr(instance, name, fields[name])
    instance.full_clean(exclude=["category"], validate_constraints=False)
    instance.save(update_fields=[*changed, "updated_at"])
    counts.updated += 1


def demo_products_load(*, summary: DemoLoadSummary) -> None:
    """Create or update every demo product and its variants (one per colour and size)."""
    categories = {}
    for slug in PRODUCTS_BY_CATEGORY:
        categories[slug], _ = Category.objects.get_or_create(
            slug=slug, defaults={"name": slug.replace("-", " ").capitalize()}
        )
    specs = [(slug, spec) for slug, items in PRODUCTS_BY_CATEGORY.items() for spec in items]
    existing = Product.objects.in_bulk([spec["sku"] for _, spec in specs], field_name="sku")

    wanted_variants: dict[str, dict] = {}
    for category_slug, spec in specs:
        fields = _product_fields(spec, category=categories[category_slug])
        product = existing.get(spec["sku"])
        if product is None:
            product = Product(**fields)
            # Unique checks name a slug clash clearly; check constraints are the database's job.
            product.full_clean(exclude=["category"], validate_constraints=False)
            product.save()
            summary.products.created += 1
        else:
            _save_if_changed(product, fields, summary.products)
        for colour, stock_by_size in spec["colours"].items():
            for size, stock in stock_by_size.items():
                sku = _variant_sku(product.sku, colour=colour, size=size)
                wanted_variants[sku] = {
                    "product_id": product.pk,
                    "size": size,
                    "colour": colour,
                    "stock": stock,
                }
    _variants_load(wanted_variants, summary.variants)


def _variants_load(wanted: dict[str, dict], counts: LoadCounts) -> None:
    # Hundreds of rows: compare in memory, then write in two bulk statements.
    existing = Variant.objects.in_bulk(list(wanted), field_name="sku")
    now = timezone.now()
    to_create, to_update = [], []
    for sku, fields in wanted.items():
        variant = existing.get(sku)
        if variant is None:
            variant = Variant(sku=sku, **fields)
            # The product was just saved and SKUs are unique in the data; the database enforces
            # the rest, so skip the per-row lookups.
            variant.full_clean(
                exclude=["product"], validate_unique=False, validate_constraints=False
            )
            to_create.append(variant)
        elif any(getattr(variant, name) != fields[name] for name in _VARIANT_FIELDS):
            for name, value in fields.items():
                setattr(variant, name, value)
            variant.updated_at = now
            to_update.append(variant)
        else:
            counts.unchanged += 1
    Variant.objects.bulk_create(to_create)
    Variant.objects.bulk_update(to_update, [*_VARIANT_FIELDS, "updated_at"])
    # The bulk statements send no save signals: announce the sizes and stock once.
    products_changed_send(
        product_ids={variant.product_id for variant in [*to_create, *to_update]}, stock_only=True
    )
    counts.created += len(to_create)
    counts.updated += len(to_update)


def _article_changes(article: Article, demo: DemoArticle) -> dict:
    wanted = {
        "title": demo.title,
        "summary": demo.summary,
        "author": demo.author,
        "body_markdown": demo.body_markdown,
        "status": Article.Status.PUBLISHED,
        "published_at": demo.published_at,
    }
    changes = {name: value for name, value in wanted.items() if getattr(article, name) != value}
    if article.body_html != markdown_to_safe_html(demo.body_markdown):
        # The renderer changed since the last load: saving the body renders it again.
        changes["body_markdown"] = demo.body_markdown
    current_tags = {tag.slug for tag in article.tags.all()}
    if current_tags != {slugify(name) for name in demo.tags}:
        changes["tags"] = list(demo.tags)
    return changes


def demo_articles_load(*, summary: DemoLoadSummary) -> None:
    """Publish every demo article through the content services, updating only what differs."""
    demos = demo_articles_read()
    existing = {
        article.slug: article
        for article in Article.objects.filter(
            slug__in=[demo.slug for demo in demos]
        ).prefetch_related("tags")
    }
    for demo in demos:
        article = existing.get(demo.slug)
        if article is None:
            article_create(
                title=demo.title,
                slug=demo.slug,
                summary=demo.summary,
                author=demo.author,
                body_markdown=demo.body_markdown,
                status=Article.Status.PUBLISHED,
                published_at=demo.published_at,
                tags=demo.tags,
            )
            summary.articles.created += 1
            continue
        changes = _article_changes(article, demo)
        if changes:
            article_update(article=article, data=changes)
            summary.articles.updated += 1
        else:
            summary.articles.unchanged += 1


def demo_staff_user_ensure(*, reset_password: bool = False) -> str:
    """The demo superuser. An existing user keeps its password unless asked to reset it."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=STAFF_USERNAME).first()
    if user is None:
        user_model.objects.create_superuser(
            username=STAFF_USERNAME, email=STAFF_EMAIL, password=STAFF_PASSWORD
        )
        return "created"
    if not reset_password:
        return "kept"
    user.set_password(STAFF_PASSWORD)
    user.is_staff = user.is_superuser = user.is_active = True
    user.save()
    return "password reset"


@transaction.atomic
def demo_load(*, reset_staff_password: bool = False) -> DemoLoadSummary:
    """Everything in one transaction: an error anywhere leaves the database as it was."""
    summary = DemoLoadSummary()
    demo_products_load(summary=summary)
    demo_articles_load(summary=summary)
    summary.staff_user = demo_staff_user_ensure(reset_password=reset_staff_password)
    return summary
