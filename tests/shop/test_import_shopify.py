"""Importing Shopify product CSV: products, variants and typed attributes land in the catalog."""

import io
from decimal import Decimal
from pathlib import Path

import pytest

from shop.imports.services import products_import
from shop.models import Product, Variant
from tests.shop.factories import AttributeFactory, ProductFactory, VariantFactory

pytestmark = pytest.mark.django_db
CATALOG = Path(__file__).resolve().parent.parent / "data" / "catalog"


def import_file(name: str, **options):
    with (CATALOG / name).open("rb") as stream:
        return products_import(stream=stream, filename=name, **options)


def import_text(text: str, **options):
    return products_import(stream=io.BytesIO(text.encode()), filename="products.csv", **options)


def test_good_file_creates_products_with_variants_and_attributes():
    report = import_file("shopify_products.csv")

    assert report.ok, report.errors
    assert (report.products.created, report.variants.created) == (5, 14)
    shoe = Product.objects.get(sku="NL-CLOUDSTEP-MAX")
    assert shoe.slug == "cloudstep-max"
    assert shoe.name == "Cloudstep Max"
    assert shoe.brand == "Northloop"
    assert shoe.category.slug == "running-shoes"
    assert shoe.price == Decimal("149.00")
    assert (shoe.cushioning, shoe.support, shoe.surface) == ("max", "neutral", "road")
    assert (shoe.drop_mm, shoe.stack_mm, shoe.weight_g) == (Decimal("8.0"), Decimal("38.5"), 290)
    assert shoe.image_url == "https://images.stridewise.example/cloudstep-max.jpg"
    assert [(v.size, v.stock) for v in shoe.variants.order_by("size")] == [
        ("41", 2),
        ("42", 5),
        ("43", 0),
    ]
    socks = Product.objects.get(sku="PW-TEMPO-NS")
    assert socks.category.slug == "running-socks"  # Type given as the category name
    assert socks.seamless_toe and socks.moisture_wicking and not socks.arch_support
    assert socks.height == "no-show"
    assert set(socks.variants.values_list("size", "colour")) == {
        ("S", "White"),
        ("M", "White"),
        ("S", "Black"),
        ("M", "Black"),
    }


def test_variant_with_its_own_price_keeps_it_as_an_override():
    import_file("shopify_products.csv")

    product = Product.objects.get(sku="PW-RECOVER-KH")
    assert product.price == Decimal("34.00")
    assert product.compression_mmhg == 20
    assert Variant.objects.get(sku="PW-RECOVER-KH-M").price_override is None
    assert Variant.objects.get(sku="PW-RECOVER-KH-L").price_override == Decimal("36.00")


def test_html_body_becomes_plain_paragraphs():
    import_file("shopify_products.csv")

    description = Product.objects.get(sku="FR-RIDGE-CREW").description
    assert description == (
        "Cushioned merino crew for long days on rough ground.\n\nReinforced heel & toe."
    )


def test_reimport_updates_instead_of_duplicating():
    import_file("shopify_products.csv")
    text = (CATALOG / "shopify_products.csv").read_text()
    changed = text.replace(",Cloudstep Max,", ",Cloudstep Max 2,", 1).replace(
        "NL-CLOUDSTEP-MAX-42,290,shopify,5,", "NL-CLOUDSTEP-MAX-42,290,shopify,1,"
    )
    assert changed.count("Cloudstep Max 2") == 1 and ",290,shopify,1," in changed

    report = import_text(changed)

    assert report.ok, report.errors
    assert (report.products.created, report.products.updated, report.products.unchanged) == (
        0,
        1,
        4,
    )
    assert (report.variants.created, report.variants.updated) == (0, 1)
    assert Product.objects.count() == 5
    assert Variant.objects.count() == 14
    assert Product.objects.get(sku="NL-CLOUDSTEP-MAX").name == "Cloudstep Max 2"
    assert Variant.objects.get(sku="NL-CLOUDSTEP-MAX-42").stock == 1


def test_same_file_twice_changes_nothing():
    import_file("shopify_products.csv")
    before = list(Product.objects.order_by("sku").values())

    report = import_file("shopify_products.csv")

    assert (report.products.updated, report.variants.updated) == (0, 0)
    assert (report.products.unchanged, report.variants.unchanged) == (5, 14)
    assert list(Product.objects.order_by("sku").values()) == before


def test_existing_product_and_variant_are_matched_by_sku():
    product = ProductFactory(sku="NL-CLOUDSTEP-MAX", slug="old-cloudstep", price=Decimal("99"))
    variant = VariantFactory(product=product, sku="NL-CLOUDSTEP-MAX-41", size="41", stock=40)

    report = import_file("shopify_products.csv")

    assert report.ok, report.errors
    assert (report.products.created, report.products.updated) == (4, 1)
    product.refresh_from_db()
    variant.refresh_from_db()
    assert (product.slug, product.price) == ("cloudstep-max", Decimal("149.00"))
    assert variant.stock == 2
    assert product.variants.count() == 3


def test_without_a_product_sku_column_the_handle_finds_the_product():
    product = ProductFactory(sku="SW-KEEP", slug="trail-runner")
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
        "trail-runner,Trail Runner,Fellrunner,trail-shoes,Size,42,TR-42,120.00\n"
        "trail-runner,,,,,43,TR-43,120.00\n"
    )

    report = import_text(text)

    assert report.ok, report.errors
    assert report.products.updated == 1
    product.refresh_from_db()
    assert (product.sku, product.name, product.category.slug) == (
        "SW-KEEP",
        "Trail Runner",
        "trail-shoes",
    )
    assert sorted(product.variants.values_list("size", flat=True)) == ["42", "43"]


def test_default_title_option_and_image_rows_from_a_shopify_export():
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,"
        "Image Src,Image Position\n"
        "gel-heel-cup,Gel Heel Cup,Footframe,insoles,Title,Default Title,FF-GEL,15.00,"
        "https://images.stridewise.example/gel-1.jpg,1\n"
        "gel-heel-cup,,,,,,,,https://images.stridewise.example/gel-2.jpg,2\n"
    )

    report = import_text(text)

    assert report.ok, report.errors
    product = Product.objects.get(slug="gel-heel-cup")
    assert list(product.variants.values_list("sku", "size")) == [("FF-GEL", "One size")]
    assert product.image_url == "https://images.stridewise.example/gel-1.jpg"


def test_staff_attributes_travel_as_metafields():
    AttributeFactory(
        slug="toe-box", name="Toe box", value_type="choice", choices=["narrow", "wide"]
    )
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,"
        "Toe box (product.metafields.custom.toe-box)\n"
        "wide-trainer,Wide Trainer,Northloop,running-shoes,Size,42,WT-42,110.00,Wide\n"
    )

    report = import_text(text)

    assert report.ok, report.errors
    assert Product.objects.get(slug="wide-trainer").extra_attributes == {"toe-box": "wide"}


def test_draft_status_imports_an_inactive_product():
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,Status\n"
        "winter-crew,Winter Crew,Pacewell,running-socks,Size,M,WC-M,16.00,draft\n"
    )

    assert import_text(text).ok
    assert Product.objects.get(slug="winter-crew").is_active is False


def test_dry_run_reports_counts_and_writes_nothing():
    report = import_file("shopify_products.csv", dry_run=True)

    assert report.ok
    assert (report.products.created, report.variants.created) == (5, 14)
    assert "nothing was saved" in report.summary()
    assert Product.objects.count() == 0
    assert Variant.objects.count() == 0
