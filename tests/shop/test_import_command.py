"""manage.py import_products: a summary on success, every error and a failing exit otherwise."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command, get_commands, load_command_class

from shop.models import Product, Variant

pytestmark = pytest.mark.django_db
CATALOG = Path(__file__).resolve().parent.parent / "data" / "catalog"


def run(*args):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("import_products", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def test_import_prints_a_summary():
    stdout, _ = run(str(CATALOG / "shopify_products.csv"))

    assert "shopify_products.csv (Shopify CSV)" in stdout
    assert "Products: 5 created, 0 updated, 0 unchanged." in stdout
    assert "Variants: 14 created" in stdout
    assert Variant.objects.count() == 14


def test_format_is_guessed_from_the_extension():
    stdout, _ = run(str(CATALOG / "merchant_products.xml"))

    assert "(Merchant Center XML)" in stdout
    assert Product.objects.filter(sku="HL-COMPRESS").exists()


def test_errors_are_printed_and_the_command_fails_with_nothing_written():
    stderr = io.StringIO()

    with pytest.raises(CommandError, match="3 errors; nothing was written"):
        call_command(
            "import_products",
            str(CATALOG / "shopify_bad_prices.csv"),
            stdout=io.StringIO(),
            stderr=stderr,
        )

    assert stderr.getvalue().splitlines() == [
        "line 2, column Variant Price: price cannot be negative (got '-5.00')",
        "line 3, column Variant Price: 'abc' is not a price like 24.00",
        "line 4, column Variant Price: '12,3,4' is not a price: use digits with a dot for "
        "decimals, like 24.00",
    ]
    assert Product.objects.count() == 0


def test_dry_run_writes_nothing():
    stdout, _ = run(str(CATALOG / "merchant_products.tsv"), "--format", "merchant", "--dry-run")

    assert "Products: 2 created" in stdout
    assert "Dry run: nothing was saved." in stdout
    assert Product.objects.count() == 0


def test_missing_and_oversize_files_fail(settings, tmp_path):
    settings.SHOP_IMPORT_MAX_BYTES = 10
    big = tmp_path / "big.csv"
    big.write_text("Handle,Title\n" * 10)

    with pytest.raises(CommandError, match="no such file"):
        run(str(tmp_path / "absent.csv"))
    with pytest.raises(CommandError, match="larger than the import limit"):
        run(str(big))


def test_commands_document_their_options():
    for name in ("import_products", "export_products"):
        command = load_command_class(get_commands()[name], name)
        help_text = command.create_parser("manage.py", name).format_help()
        assert "--format" in help_text
    assert (
        "--dry-run"
        in load_command_class("shop", "import_products")
        .create_parser("manage.py", "import_products")
        .format_help()
    )
