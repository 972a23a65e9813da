"""Bad files get every problem listed with line and column, and the catalog stays as it was."""

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from shop.imports.services import products_import
from shop.models import Product, Variant
from tests.shop.factories import ProductFactory, VariantFactory

pytestmark = pytest.mark.django_db
CATALOG = Path(__file__).resolve().parent.parent / "data" / "catalog"


@pytest.fixture
def existing():
    """A product already in the catalog, which no failed import may touch."""
    product = ProductFactory(sku="FR-RIDGE-CREW", slug="ridgeline-merino-crew", name="Old name")
    VariantFactory(product=product, sku="FR-RIDGE-CREW-S", size="S", stock=3)
    return product


def catalog_state():
    return (
        list(Product.objects.order_by("pk").values()),
        list(Variant.objects.order_by("pk").values()),
    )


def import_bytes(data: bytes, filename: str = "products.csv", **options):
    return products_import(stream=io.BytesIO(data), filename=filename, **options)


def import_file(name: str):
    return import_bytes((CATALOG / name).read_bytes(), filename=name)


def shown(report) -> list[str]:
    return [str(error) for error in report.errors]


def test_nine_good_rows_and_one_bad_write_nothing(existing):
    before = catalog_state()

    report = import_file("shopify_nine_good_one_bad.csv")

    assert shown(report) == ["line 9, column Variant Price: 'abc' is not a price like 24.00"]
    assert "nothing was written" in report.summary()
    assert catalog_state() == before


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "shopify_bad_prices.csv",
            [
                "line 2, column Variant Price: price cannot be negative (got '-5.00')",
                "line 3, column Variant Price: 'abc' is not a price like 24.00",
                "line 4, column Variant Price: '12,3,4' is not a price: use digits with a dot "
                "for decimals, like 24.00",
            ],
        ),
        (
            "shopify_duplicate_skus.csv",
            ["line 6, column Variant SKU: duplicate SKU 'FR-RIDGE-CREW-M' (also on line 3)"],
        ),
        (
            "shopify_missing_columns.csv",
            [
                "line 1, column Type: required column is missing",
                "line 1, column Variant Price: required column is missing",
            ],
        ),
        (
            "shopify_unknown_category.csv",
            [
                "line 2, column Type: unknown category 'Yoga mats'; known categories: "
                "running-socks, compression-socks, trail-socks, running-shoes, trail-shoes, insoles"
            ],
        ),
        (
            "shopify_bad_attribute.csv",
            [
                "line 2, column Cushioning (product.metafields.custom.cushioning): cushioning "
                "must be one of none, light, medium, max (got 'huge')"
            ],
        ),
        (
            "shopify_semicolons.csv",
            ["line 1: the columns are separated by semicolons; Shopify CSV uses commas"],
        ),
    ],
)
def test_bad_file_lists_each_problem_and_writes_nothing(existing, name, expected):
    before = catalog_state()

    report = import_file(name)

    assert shown(report) == expected
    assert catalog_state() == before


def test_bad_quoting_names_the_line(existing):
    before = catalog_state()

    report = import_file("shopify_malformed_quotes.csv")

    assert [(error.line, error.column) for error in report.errors] == [(3, None)]
    assert "quoted cell has text after its closing quote" in report.errors[0].message
    assert catalog_state() == before


def test_unclosed_quote_is_reported():
    data = b'Handle,Title,Vendor,Type,Variant SKU,Variant Price\nx,"Open quote,V,insoles,S1,1.00\n'

    report = import_bytes(data)

    assert shown(report) == ["line 2: malformed Shopify CSV: a quoted cell is never closed"]


def test_text_that_is_not_utf8_is_refused_with_its_line():
    header = "Handle,Title,Vendor,Type,Variant SKU,Variant Price\n"
    data = (header + "sock,Chaussette légère,Pacewell,insoles,S1,1.00\n").encode("latin-1")

    report = import_bytes(data)

    assert report.errors[0].line == 2
    assert "not UTF-8" in report.errors[0].message
    assert Product.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook"),
    ],
)
def test_binary_files_are_refused(data, reason):
    report = import_bytes(data)

    assert len(report.errors) == 1
    assert reason in report.errors[0].message


def test_file_over_the_size_limit_is_refused_before_reading(settings, existing):
    settings.SHOP_IMPORT_MAX_BYTES = 2048
    before = catalog_state()
    stream = io.BytesIO((CATALOG / "shopify_products.csv").read_bytes())
    assert len(stream.getvalue()) > 3000

    report = products_import(stream=stream, filename="products.csv")

    assert len(report.errors) == 1
    assert str(report.errors[0]) == (
        "the file is larger than the import limit of 2.0 KB; split it into smaller files"
    )
    assert stream.tell() == 2049  # read one byte past the limit, and no further
    assert catalog_state() == before


def test_default_size_limit_is_five_megabytes():
    header = b"Handle,Title,Vendor,Type,Variant SKU,Variant Price\n"
    data = header + b"#" * (5 * 1024 * 1024)

    report = import_bytes(data)

    assert report.errors[0].message.startswith("the file is larger than the import limit of 5.0 MB")


def test_handle_taken_by_another_product_is_an_error(existing):
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,"
        "Product SKU (product.metafields.custom.product_sku)\n"
        "ridgeline-merino-crew,Copy,Fellrunner,trail-socks,Size,M,NEW-M,10.00,NEW-SKU\n"
    )

    report = import_bytes(text.encode())

    assert shown(report) == [
        "line 2, column Handle: 'ridgeline-merino-crew' is already the slug of product "
        "FR-RIDGE-CREW"
    ]
    assert not Product.objects.filter(sku="NEW-SKU").exists()


def test_a_size_listed_twice_for_one_product_is_an_error():
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
        "crew,Crew,Pacewell,running-socks,Size,M,C-1,10.00\n"
        "crew,,,,,M,C-2,10.00\n"
    )

    report = import_bytes(text.encode())

    assert [(error.line, error.column) for error in report.errors] == [(3, "Option1 Value")]
    assert Product.objects.count() == 0


def test_every_bad_row_is_reported_not_only_the_first():
    header = "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
    rows = "".join(
        f"p{n},P {n},Pacewell,running-socks,Size,M,SKU-{n},{'x' if n % 2 else '1.00'}\n"
        for n in range(10)
    )

    report = import_bytes((header + rows).encode())

    assert [error.line for error in report.errors] == [3, 5, 7, 9, 11]
    assert Product.objects.count() == 0


def test_negative_stock_and_bad_weight_are_errors():
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,"
        "Variant Inventory Qty,Variant Grams\n"
        "crew,Crew,Pacewell,running-socks,Size,M,C-1,10.00,-3,heavy\n"
    )

    report = import_bytes(text.encode())

    assert shown(report) == [
        "line 2, column Variant Inventory Qty: stock cannot be negative (got '-3')",
        "line 2, column Variant Grams: weight must be a number of grams (got 'heavy')",
    ]


HEADER = "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.text(alphabet=st.sampled_from(list(",\"\n\r\t;'=-.0123abcM ")), max_size=300),
    tail=st.binary(max_size=40),
)
def test_no_input_makes_the_importer_crash(body, tail):
    for data in ((HEADER + body).encode(), (HEADER + body).encode() + tail, tail):
        for filename in ("products.csv", "feed.tsv", "feed.xml"):
            report = import_bytes(data, filename=filename, dry_run=True)
            assert report.ok or all(error.message for error in report.errors)
    assert not Product.objects.exists()  # a dry run never writes


def test_excel_csv_with_byte_order_mark_and_crlf_imports():
    text = HEADER.replace("\n", "\r\n") + "crew,Crew,Pacewell,running-socks,Size,M,C-1,10.00\r\n"

    report = import_bytes(b"\xef\xbb\xbf" + text.encode())

    assert report.ok, report.errors
    assert Product.objects.get(slug="crew").variants.get().sku == "C-1"


def test_new_variant_taking_the_size_of_an_existing_one_is_an_error(existing):
    before = catalog_state()
    text = (
        "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
        "Variant SKU,Variant Price,Product SKU (product.metafields.custom.product_sku)\n"
        "ridgeline-merino-crew,Crew,Fellrunner,trail-socks,Size,S,Color,Black,OTHER-S,10.00,"
        "FR-RIDGE-CREW\n"
    )

    report = import_bytes(text.encode())

    assert [str(error) for error in report.errors] == [
        "line 2, column Option1 Value: size 'S' Black is already variant FR-RIDGE-CREW-S of "
        "product FR-RIDGE-CREW"
    ]
    assert catalog_state() == before


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("compression_mmhg", "500", "compression_mmhg must be between 0 and 100 (got '500')"),
        ("drop_mm", "8.25", "drop_mm must be below 1000 with at most one decimal (got '8.25')"),
        ("seamless_toe", "maybe", "'maybe' is not true or false"),
        (
            "height",
            "thigh",
            "height must be one of no-show, ankle, quarter, crew, knee (got 'thigh')",
        ),
    ],
)
def test_invalid_attribute_values_name_the_attribute(column, value, reason):
    header = HEADER.rstrip("\n") + f",X (product.metafields.custom.{column})\n"
    text = header + f"crew,Crew,Pacewell,running-socks,Size,M,C-1,10.00,{value}\n"

    report = import_bytes(text.encode())

    assert [str(error) for error in report.errors] == [
        f"line 2, column X (product.metafields.custom.{column}): {reason}"
    ]
