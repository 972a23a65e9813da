import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shop.models import Attribute, Product, Variant
from shop.selectors import (
    product_get_by_sku,
    product_get_by_slug,
    product_list,
    product_list_featured,
)
from shop.services import (
    product_create,
    product_update,
    products_set_active,
    variant_stock_adjust,
    variant_stock_set,
)
from tests.shop.factories import (
    AttributeFactory,
    CategoryFactory,
    ProductFactory,
    VariantFactory,
    product_with_sizes,
)

pytestmark = pytest.mark.django_db


def _create(**overrides):
    fields = {
        "sku": "RS-100",
        "name": "Cloudline Trainer",
        "brand": "Pacewell",
        "price": Decimal("129.90"),
        "category": CategoryFactory(slug="running-shoes"),
        "attributes": {"cushioning": "max", "support": "neutral", "drop_mm": Decimal("8")},
        "variants": [
            {"sku": "RS-100-42", "size": "42", "stock": 3},
            {"sku": "RS-100-43", "size": "43", "stock": 0},
        ],
    }
    fields.update(overrides)
    return product_create(**fields)


def test_product_create_saves_attributes_variants_and_a_slug():
    product = _create()

    product.refresh_from_db()
    assert product.slug == "cloudline-trainer"
    assert product.cushioning == "max"
    assert product.drop_mm == Decimal("8.0")
    assert sorted(product.variants.values_list("size", "stock")) == [("42", 3), ("43", 0)]


def test_two_products_with_the_same_name_get_distinct_slugs():
    first = _create()
    second = _create(sku="RS-101", variants=[])

    assert first.slug != second.slug


def test_product_create_refuses_a_negative_price_and_writes_nothing():
    with pytest.raises(ValidationError) as error:
        _create(price=Decimal("-5"))

    assert "price" in error.value.message_dict
    assert not Product.objects.exists()


def test_product_create_names_a_bad_attribute_value():
    with pytest.raises(ValidationError) as error:
        _create(attributes={"cushioning": "huge"})

    assert "cushioning" in error.value.message_dict


def test_product_create_refuses_a_duplicate_sku():
    _create()

    with pytest.raises(ValidationError) as error:
        _create(variants=[])

    assert "sku" in error.value.message_dict


def test_a_bad_variant_rolls_back_the_whole_product():
    with pytest.raises(ValidationError) as error:
        _create(variants=[{"sku": "RS-100-42", "size": "42", "stock": -1}])

    assert "variants[0]" in error.value.message_dict
    assert not Product.objects.exists()


def test_unknown_extra_attributes_are_refused_and_known_ones_checked():
    AttributeFactory(slug="toe-box", value_type=Attribute.ValueType.CHOICE, choices=["wide"])

    with pytest.raises(ValidationError) as error:
        _create(attributes={"toe-box": "narrow", "glitter": True})

    messages = " ".join(error.value.message_dict["extra_attributes"])
    assert "glitter" in messages
    assert "narrow" in messages


def test_known_extra_attributes_are_kept():
    AttributeFactory(slug="toe-box", value_type=Attribute.ValueType.CHOICE, choices=["wide"])

    product = _create(attributes={"toe-box": "wide"})

    assert product.extra_attributes == {"toe-box": "wide"}


def test_product_update_changes_fields_and_replaces_variants_by_sku():
    product = _create()
    kept = product.variants.get(sku="RS-100-42")

    product_update(
        product=product,
        data={"price": Decimal("99.00")},
        variants=[
            {"sku": "RS-100-42", "size": "42", "stock": 7},
            {"sku": "RS-100-44", "size": "44", "stock": 2},
        ],
    )

    product.refresh_from_db()
    assert product.price == Decimal("99.00")
    assert sorted(product.variants.values_list("sku", "stock")) == [
        ("RS-100-42", 7),
        ("RS-100-44", 2),
    ]
    assert product.variants.get(sku="RS-100-42").pk == kept.pk


def test_product_update_refuses_unknown_fields():
    product = ProductFactory()

    with pytest.raises(ValidationError):
        product_update(product=product, data={"colour_of_box": "red"})


def test_product_update_leaves_the_row_alone_when_invalid():
    product = ProductFactory(price=Decimal("10.00"))

    with pytest.raises(ValidationError):
        product_update(product=product, data={"price": Decimal("-1")})

    product.refresh_from_db()
    assert product.price == Decimal("10.00")


def test_products_set_active_switches_many_in_one_go():
    ProductFactory.create_batch(3)
    ProductFactory(is_active=False)

    changed = products_set_active(products=Product.objects.all(), active=False)

    assert changed == 3
    assert not Product.objects.filter(is_active=True).exists()


def test_variant_stock_adjust_never_goes_below_zero():
    variant = VariantFactory(stock=2)

    variant_stock_adjust(variant=variant, delta=-2)
    assert variant.stock == 0

    with pytest.raises(ValidationError):
        variant_stock_adjust(variant=variant, delta=-1)
    variant.refresh_from_db()
    assert variant.stock == 0


def test_variant_stock_set_refuses_negative_numbers():
    variant = VariantFactory(stock=2)

    variant_stock_set(variant=variant, stock=12)
    assert variant.stock == 12
    with pytest.raises(ValidationError):
        variant_stock_set(variant=variant, stock=-3)


def test_product_list_annotates_stock_without_a_query_per_row():
    for index in range(5):
        product_with_sizes(stocks={"S": index, "M": 0})

    with CaptureQueriesContext(connection) as queries:
        rows = [(product.total_stock, product.in_stock) for product in product_list()]

    assert len(queries) == 1
    assert sorted(rows) == [(0, False), (1, True), (2, True), (3, True), (4, True)]


def test_product_list_hides_inactive_products_and_applies_filters():
    sold_out = product_with_sizes(stocks={"M": 0}, cushioning="max")
    available = product_with_sizes(stocks={"M": 4}, cushioning="max")
    ProductFactory(is_active=False, cushioning="max")

    assert set(product_list(filters={"cushioning": "max"})) == {sold_out, available}
    assert list(product_list(filters={"cushioning": "max", "in_stock": "true"})) == [available]


def test_product_list_skips_unreadable_filters():
    product = ProductFactory()

    assert list(product_list(filters={"cushioning": "huge", "min_price": "abc"})) == [product]


def test_product_getters_find_active_products_only():
    product = ProductFactory(slug="tempo", sku="T-1")
    ProductFactory(slug="hidden", sku="H-1", is_active=False)

    assert product_get_by_slug(slug="tempo") == product
    assert product_get_by_sku(sku="T-1") == product
    assert product_get_by_slug(slug="hidden") is None
    assert product_get_by_sku(sku="H-1", include_inactive=True) is not None


def test_featured_products_are_active_and_in_stock():
    in_stock = product_with_sizes(stocks={"M": 1})
    product_with_sizes(stocks={"M": 0})
    product_with_sizes(stocks={"M": 5}, is_active=False)

    assert list(product_list_featured(limit=4)) == [in_stock]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_shoppers_racing_for_the_last_pair_cannot_both_get_it():
    variant = VariantFactory(stock=1)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def buy():
        try:
            start.wait()
            variant_stock_adjust(variant=Variant.objects.get(pk=variant.pk), delta=-1)
            outcomes.append("sold")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    shoppers = [threading.Thread(target=buy) for _ in range(2)]
    for shopper in shoppers:
        shopper.start()
    for shopper in shoppers:
        shopper.join(timeout=10)

    assert sorted(outcomes) == ["refused", "sold"]
    variant.refresh_from_db()
    assert variant.stock == 0
