"""manage.py import_products FILE: load a Shopify CSV or a Merchant Center TSV/XML file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shop.imports.services import (
    FORMAT_AUTO,
    FORMATS,
    import_size_error,
    products_import,
)


class Command(BaseCommand):
    help = (
        "Import products from a Shopify product CSV or Google Merchant Center product data "
        "(TSV or RSS 2.0 XML). The file applies whole or not at all: every bad row is listed "
        "as 'line N, column C: reason' and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the file to import")
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default=FORMAT_AUTO,
            help="shopify (CSV) or merchant (TSV, or XML for .xml files); "
            "guessed from the extension and the first line when omitted",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report, write nothing"
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        size_error = import_size_error(size=path.stat().st_size)
        if size_error:
            raise CommandError(f"{path}: {size_error}")
        with path.open("rb") as stream:
            report = products_import(
                stream=stream,
                filename=path.name,
                file_format=options["format"],
                dry_run=options["dry_run"],
            )
        self.stdout.write(f"{path.name} ({report.file_format})")
        for error in report.errors:
            self.stderr.write(str(error))
        if not report.ok:
            raise CommandError(report.summary())
        self.stdout.write(self.style.SUCCESS(report.summary()))
