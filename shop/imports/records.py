"""What every format is read into before anything touches the database."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from shop.models import Attribute, Category


@dataclass
class SourceRow:
    """One record of the file: cell values by column, and the line each came from."""

    line: int
    values: dict[str, str]
    lines: dict[str, int] = field(default_factory=dict)

    def get(self, column: str, default: str = "") -> str:
        return self.values.get(column, default)

    def line_of(self, column: str) -> int:
        return self.lines.get(column, self.line)


@dataclass
class VariantRecord:
    line: int
    sku: str
    size: str
    colour: str
    price: Decimal
    stock: int | None = None  # None: keep the current count (0 for a new variant)
    available: bool | None = None  # Merchant Center gives availability instead of a count


@dataclass
class ProductRecord:
    """A product as the file describes it. Only the fields the file carries are in ``fields``."""

    line: int
    sku: str | None  # None: the file has no product SKU; match by slug instead
    slug: str | None  # None: keep the current slug, or derive one from the name
    fields: dict[str, Any]
    extra_attributes: dict[str, Any] = field(default_factory=dict)
    variants: list[VariantRecord] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # model field -> column, for errors


class Catalog:
    """Categories and staff attributes, loaded once per import."""

    def __init__(self) -> None:
        self.categories = list(Category.objects.all())
        self.attributes = {attribute.slug: attribute for attribute in Attribute.objects.all()}

    def category_find(self, text: str) -> Category | None:
        wanted = text.strip().lower()
        if not wanted:
            return None
        candidates = [wanted]
        if ">" in wanted:  # a taxonomy path like "Socks > Running socks": the leaf names it
            candidates.append(wanted.rsplit(">", 1)[1].strip())
        for candidate in candidates:
            by_slug = [category for category in self.categories if category.slug == candidate]
            by_name = [c for c in self.categories if c.name.lower() == candidate]
            if by_slug or by_name:
                return (by_slug or by_name)[0]
        return None

    def category_error(self, text: str) -> str:
        known = ", ".join(category.slug for category in self.categories)
        if not text.strip():
            return f"a category is required; known categories: {known}"
        return f"unknown category '{text.strip()}'; known categories: {known}"
