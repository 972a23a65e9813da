"""manage.py export_products: write the catalog as Shopify product CSV or a Merchant feed."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shop.imports.feed import merchant_feed_chunks
from shop.imports.selectors import product_feed_list
from shop.imports.services import products_export_shopify


class Command(BaseCommand):
    help = (
        "Export products as Shopify product CSV (every product, drafts included) or as the "
        "Merchant Center XML feed (active products). Cells that a spreadsheet would run as "
        "a formula are neutralised."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--format", choices=("shopify", "merchant"), default="shopify", help="default: shopify"
        )
        parser.add_argument("--output", "-o", help="file to write; standard output when omitted")

    def handle(self, *args, **options):
        path = Path(options["output"]) if options["output"] else None
        if path is not None and not path.parent.is_dir():
            raise CommandError(f"{path.parent}: no such directory")
        out = path.open("w", encoding="utf-8", newline="") if path else _Raw(self.stdout)
        try:
            if options["format"] == "merchant":
                for chunk in merchant_feed_chunks(products=product_feed_list()):
                    out.write(chunk)
                message = "Merchant feed written"
            else:
                count = products_export_shopify(products=None, out=out)
                message = f"{count} products exported"
        finally:
            if path is not None:
                out.close()
        if path is not None:
            self.stderr.write(f"{message} to {path}")


class _Raw:
    """Command output without the newline Django adds after every write."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text: str) -> None:
        self.wrapper.write(text, ending="")
