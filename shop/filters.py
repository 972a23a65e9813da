"""Catalog filters shared by the product pages and the API.

Invalid values never reach the query: the page drops them and says why, the API answers 400.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

from shop.models import Category, Product

TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})

SORT_CHOICES = [
    ("name", "Name"),
    ("price", "Price: low to high"),
    ("-price", "Price: high to low"),
    ("newest", "Newest first"),
]
SORT_ORDER = {
    "name": ("name", "pk"),
    "price": ("price", "name", "pk"),
    "-price": ("-price", "name", "pk"),
    "newest": ("-created_at", "-pk"),
}
BOOLEAN_ATTRIBUTES = ("arch_support", "moisture_wicking", "seamless_toe", "blister_protection")


def _parse_boolean(value) -> bool | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError("Use true or false.", code="invalid")


class BooleanParamWidget(forms.CheckboxInput):
    """A checkbox that hands the raw text to the field, so junk is reported, not read as True."""

    def __init__(self, attrs=None):
        super().__init__(attrs, check_test=self._is_checked)

    @staticmethod
    def _is_checked(value) -> bool:
        try:
            return bool(_parse_boolean(value))
        except ValidationError:
            return False

    def value_from_datadict(self, data, files, name):
        return data.get(name)

    def value_omitted_from_data(self, data, files, name):
        return name not in data


class BooleanParamField(forms.Field):
    """Accepts true/false, 1/0, yes/no and on/off (what a checkbox sends); empty means any."""

    widget = BooleanParamWidget

    def to_python(self, value):
        return _parse_boolean(value)


class BooleanParamFilter(django_filters.BooleanFilter):
    field_class = BooleanParamField


def _text_search(queryset: QuerySet[Product], value: str) -> QuerySet[Product]:
    # Every word must appear somewhere, so "trail crew" narrows rather than widens.
    for word in value.split()[:8]:
        queryset = queryset.filter(
            Q(name__icontains=word)
            | Q(brand__icontains=word)
            | Q(sku__iexact=word)
            | Q(description__icontains=word)
            | Q(category__name__icontains=word)
        )
    return queryset


class ProductFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="filter_text", max_length=200)
    search = django_filters.CharFilter(label="Search", method="filter_text", max_length=200)
    category = django_filters.ModelChoiceFilter(
        label="Category",
        queryset=Category.objects.all(),
        to_field_name="slug",
        empty_label="All categories",
        error_messages={"invalid_choice": "There is no category '%(value)s'."},
    )
    brand = django_filters.CharFilter(label="Brand", lookup_expr="iexact", max_length=80)
    cushioning = django_filters.ChoiceFilter(
        label="Cushioning", choices=Product.Cushioning.choices, empty_label="Any"
    )
    support = django_filters.ChoiceFilter(
        label="Support", choices=Product.Support.choices, empty_label="Any"
    )
    height = django_filters.ChoiceFilter(
        label="Sock height", choices=Product.Height.choices, empty_label="Any"
    )
    surface = django_filters.ChoiceFilter(
        label="Surface", choices=Product.Surface.choices, empty_label="Any"
    )
    arch_support = BooleanParamFilter(label="Arch support")
    moisture_wicking = BooleanParamFilter(label="Moisture-wicking")
    seamless_toe = BooleanParamFilter(label="Seamless toe")
    blister_protection = BooleanParamFilter(label="Blister protection")
    in_stock = BooleanParamFilter(label="In stock only", field_name="in_stock")
    min_price = django_filters.NumberFilter(
        label="Min price",
        field_name="price",
        lookup_expr="gte",
        min_value=0,
        max_digits=10,
        decimal_places=2,
    )
    max_price = django_filters.NumberFilter(
        label="Max price",
        field_name="price",
        lookup_expr="lte",
        min_value=0,
        max_digits=10,
        decimal_places=2,
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by", choices=SORT_CHOICES, method="filter_sort", empty_label=None
    )
    ordering = django_filters.ChoiceFilter(
        label="Sort by", choices=SORT_CHOICES, method="filter_sort"
    )

    class Meta:
        model = Product
        fields: list[str] = []

    def filter_text(self, queryset, name, value):
        return _text_search(queryset, value)

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORT_ORDER[value])

    def clean_errors(self) -> dict[str, list[str]]:
        """Errors per parameter, as plain text, for a 400 body or a notice on the page."""
        return {name: list(messages) for name, messages in self.form.errors.items()}
