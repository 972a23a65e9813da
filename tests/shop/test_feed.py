"""The live Merchant Center feed at /feeds/merchant.xml."""

import io
from decimal import Decimal

import defusedxml.ElementTree as ET
import pytest

from shop.imports.services import products_import
from shop.models import Product, Variant
from tests.shop.factories import CategoryFactory, ProductFactory, VariantFactory

pytestmark = pytest.mark.django_db
G = "{http://base.google.com/ns/1.0}"


def feed_items(client) -> dict[str, dict[str, str]]:
    response = client.get("/feeds/merchant.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(b"".join(response.streaming_content))  # must be well-formed XML
    assert root.tag == "rss" and root.get("version") == "2.0"
    return {
        item.findtext(f"{G}id"): {child.tag.removeprefix(G): child.text for child in item}
        for item in root.iter("item")
    }


def test_feed_lists_every_variant_of_active_products(client, settings):
    settings.SITE_URL = "https://shop.stridewise.example"
    shoe = ProductFactory(
        sku="NL-TRAIL",
        slug="nl-trail",
        name="Trail & Tarmac",
        category=CategoryFactory(slug="trail-shoes"),
        price=Decimal("120.00"),
        weight_g=310,
    )
    VariantFactory(product=shoe, sku="NL-TRAIL-42", size="42", colour="", stock=4)
    VariantFactory(
        product=shoe,
        sku="NL-TRAIL-44",
        size="44",
        colour="",
        stock=0,
        price_override=Decimal("125.50"),
    )
    hidden = ProductFactory(sku="OLD", is_active=False)
    VariantFactory(product=hidden, sku="OLD-M", stock=9)

    items = feed_items(client)

    assert set(items) == {"NL-TRAIL-42", "NL-TRAIL-44"}
    first, second = items["NL-TRAIL-42"], items["NL-TRAIL-44"]
    assert first["availability"] == "in_stock"
    assert second["availability"] == "out_of_stock"
    assert (first["price"], second["price"]) == ("120.00 EUR", "125.50 EUR")
    assert first["title"] == "Trail & Tarmac"
    assert first["item_group_id"] == "NL-TRAIL"
    assert first["link"] == "https://shop.stridewise.example/products/nl-trail/"
    assert first["image_link"].startswith("https://shop.stridewise.example/")
    assert (first["size"], first["brand"], first["condition"]) == ("42", "Northloop", "new")
    assert first["product_weight"] == "310 g"


def test_feed_escapes_text_and_drops_characters_xml_cannot_carry(client):
    product = ProductFactory(
        name='<Sock> & "friends"', description="Soft\x0b and </description> warm"
    )
    VariantFactory(product=product, sku="ODD-1")

    item = feed_items(client)["ODD-1"]

    assert item["title"] == '<Sock> & "friends"'
    assert item["description"] == "Soft and </description> warm"


def test_feed_query_count_does_not_grow_with_the_catalog(client, django_assert_max_num_queries):
    for _ in range(30):
        product = ProductFactory()
        VariantFactory(product=product, size="M")
        VariantFactory(product=product, size="L")

    with django_assert_max_num_queries(4):
        items = feed_items(client)

    assert len(items) == 60


def test_empty_catalog_gives_an_empty_valid_feed(client):
    assert feed_items(client) == {}


def test_feed_imported_back_as_merchant_xml_changes_nothing(client):
    product = ProductFactory(sku="RT-1", price=Decimal("19.90"), weight_g=80)
    VariantFactory(product=product, sku="RT-1-M", size="M", colour="Red", stock=6)
    VariantFactory(product=product, sku="RT-1-L", size="L", colour="Red", stock=0)
    before = list(Product.objects.values()), list(Variant.objects.order_by("pk").values())
    feed = b"".join(client.get("/feeds/merchant.xml").streaming_content)

    report = products_import(stream=io.BytesIO(feed), filename="merchant.xml")

    assert report.ok, report.errors
    assert (report.products.unchanged, report.variants.unchanged) == (1, 2)
    assert (list(Product.objects.values()), list(Variant.objects.order_by("pk").values())) == before
