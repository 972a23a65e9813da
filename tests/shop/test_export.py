"""Shopify CSV export: Shopify's layout, no live formulas, and a lossless round trip."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from shop.imports.services import products_export_shopify, products_import
from shop.imports.shopify_export import BASE_COLUMNS
from shop.imports.values import FORMULA_TRIGGERS, spreadsheet_safe, spreadsheet_unquote
from shop.models import Product, Variant
from tests.shop.factories import AttributeFactory, CategoryFactory, ProductFactory, VariantFactory


def export_rows(products=None) -> list[dict[str, str]]:
    out = io.StringIO()
    products_export_shopify(products=products, out=out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def catalog_state():
    return (
        list(Product.objects.order_by("pk").values()),
        list(Variant.objects.order_by("pk").values()),
    )


@pytest.fixture
def catalog():
    AttributeFactory(
        slug="toe-box", name="Toe box", value_type="choice", choices=["narrow", "wide"]
    )
    shoe = ProductFactory(
        sku="NL-ROAD-1",
        slug="road-one",
        name="Road One",
        category=CategoryFactory(slug="running-shoes"),
        cushioning="max",
        support="stability",
        height="",
        drop_mm=Decimal("6.5"),
        stack_mm=Decimal("35.0"),
        weight_g=275,
        price=Decimal("129.00"),
        image_url="https://images.stridewise.example/road-one.jpg",
        extra_attributes={"toe-box": "wide"},
    )
    VariantFactory(product=shoe, sku="NL-ROAD-1-42", size="42", colour="", stock=3)
    VariantFactory(
        product=shoe,
        sku="NL-ROAD-1-46",
        size="46",
        colour="",
        stock=0,
        price_override=Decimal("134.00"),
    )
    socks = ProductFactory(
        sku="PW-CREW",
        slug="pw-crew",
        compression_mmhg=None,
        seamless_toe=True,
        is_active=False,
        description="Line one.\n\nLine two, with a comma.",
    )
    VariantFactory(product=socks, sku="PW-CREW-M-BLK", size="M", colour="Black", stock=5)
    VariantFactory(product=socks, sku="PW-CREW-L-BLK", size="L", colour="Black", stock=1)
    return shoe, socks


@pytest.mark.django_db
def test_export_uses_shopify_columns_and_one_row_per_variant(catalog):
    rows = export_rows()

    assert list(rows[0])[: len(BASE_COLUMNS)] == list(BASE_COLUMNS)
    assert "Cushioning (product.metafields.custom.cushioning)" in rows[0]
    assert "Toe box (product.metafields.custom.toe-box)" in rows[0]
    shoe_rows = [row for row in rows if row["Handle"] == "road-one"]
    assert [row["Variant SKU"] for row in shoe_rows] == ["NL-ROAD-1-42", "NL-ROAD-1-46"]
    first, second = shoe_rows
    assert (first["Title"], first["Vendor"], first["Type"]) == (
        "Road One",
        "Northloop",
        "Running shoes",
    )
    assert (first["Variant Price"], second["Variant Price"]) == ("129.00", "134.00")
    assert (first["Option1 Name"], first["Option1 Value"], second["Option1 Value"]) == (
        "Size",
        "42",
        "46",
    )
    assert first["Variant Grams"] == "275"
    assert first["Cushioning (product.metafields.custom.cushioning)"] == "max"
    assert first["Toe box (product.metafields.custom.toe-box)"] == "wide"
    assert second["Title"] == ""  # following rows of a handle carry only the variant
    sock = next(row for row in rows if row["Handle"] == "pw-crew")
    assert (sock["Option2 Name"], sock["Option2 Value"]) == ("Color", "Black")
    assert (sock["Published"], sock["Status"]) == ("FALSE", "draft")


@pytest.mark.django_db
def test_export_then_import_changes_nothing(catalog):
    before = catalog_state()
    out = io.StringIO()
    products_export_shopify(products=None, out=out)

    report = products_import(stream=io.BytesIO(out.getvalue().encode()), filename="export.csv")

    assert report.ok, report.errors
    assert (report.products.created, report.products.updated, report.products.unchanged) == (
        0,
        0,
        2,
    )
    assert (report.variants.created, report.variants.updated, report.variants.unchanged) == (
        0,
        0,
        4,
    )
    assert catalog_state() == before


@pytest.mark.django_db
def test_export_into_an_empty_catalog_recreates_it(catalog):
    out = io.StringIO()
    products_export_shopify(products=None, out=out)
    fields = ["sku", "slug", "name", "price", "cushioning", "drop_mm", "weight_g", "is_active"]
    before = list(Product.objects.order_by("sku").values(*fields, "extra_attributes"))
    variants = list(
        Variant.objects.order_by("sku").values("sku", "size", "stock", "price_override")
    )
    Product.objects.all().delete()

    report = products_import(stream=io.BytesIO(out.getvalue().encode()), filename="export.csv")

    assert report.ok, report.errors
    assert list(Product.objects.order_by("sku").values(*fields, "extra_attributes")) == before
    assert (
        list(Variant.objects.order_by("sku").values("sku", "size", "stock", "price_override"))
        == variants
    )


@pytest.mark.django_db
def test_formula_cells_are_neutralised_and_survive_the_round_trip():
    product = ProductFactory(
        sku="SW-FORMULA",
        slug="formula",
        name='=HYPERLINK("https://evil.example","Click")',
        brand="@SUM(A1:A9)",
        description="+cmd|' /C calc'!A0",
        material="-2+3",
    )
    VariantFactory(product=product, sku="=1+1", size="M", colour="@Black")
    before = catalog_state()

    out = io.StringIO()
    products_export_shopify(products=None, out=out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))

    assert row["Title"] == '\'=HYPERLINK("https://evil.example","Click")'
    assert row["Vendor"] == "'@SUM(A1:A9)"
    assert row["Body (HTML)"].startswith("'+cmd")
    assert row["Material (product.metafields.custom.material)"] == "'-2+3"
    assert row["Variant SKU"] == "'=1+1"
    assert row["Option2 Value"] == "'@Black"
    for value in row.values():
        assert not value.startswith(FORMULA_TRIGGERS)

    report = products_import(stream=io.BytesIO(out.getvalue().encode()), filename="x.csv")
    assert report.ok, report.errors
    assert report.products.unchanged == 1
    assert catalog_state() == before


@hypothesis_settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=20))
def test_spreadsheet_quoting_never_starts_a_formula_and_reads_back(value):
    safe = spreadsheet_safe(value)

    assert not safe.startswith(FORMULA_TRIGGERS)
    assert spreadsheet_unquote(safe) == value


@pytest.mark.django_db
def test_export_command_writes_a_file_and_stdout(catalog, tmp_path):
    target = tmp_path / "products.csv"
    stdout = io.StringIO()

    call_command("export_products", "--output", str(target), stderr=io.StringIO())
    call_command("export_products", stdout=stdout)

    assert target.read_text(encoding="utf-8") == stdout.getvalue()
    assert stdout.getvalue().startswith("Handle,Title,Body (HTML),Vendor")
    assert len(list(csv.DictReader(io.StringIO(stdout.getvalue())))) == 4


@pytest.mark.django_db
def test_export_command_can_write_the_merchant_feed(catalog):
    stdout = io.StringIO()

    call_command("export_products", "--format", "merchant", stdout=stdout)

    assert "<g:id>NL-ROAD-1-42</g:id>" in stdout.getvalue()
    assert "PW-CREW" not in stdout.getvalue()  # inactive products are not advertised


@pytest.mark.django_db
def test_categories_sharing_a_name_export_by_slug_and_round_trip():
    twin = CategoryFactory(slug="zz-running-socks", name="Running socks")
    product = ProductFactory(sku="TWIN", slug="twin", category=twin)
    VariantFactory(product=product, sku="TWIN-M")
    out = io.StringIO()
    products_export_shopify(products=None, out=out)

    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    report = products_import(stream=io.BytesIO(out.getvalue().encode()), filename="x.csv")

    assert row["Type"] == "zz-running-socks"
    assert report.ok and report.products.unchanged == 1
    product.refresh_from_db()
    assert product.category == twin
