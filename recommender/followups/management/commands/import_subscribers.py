from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from recommender.followups.services.imports import subscribers_import_csv


class Command(BaseCommand):
    help = (
        "Import subscribers from a CSV file with columns email, first_name, timezone. "
        "The whole file is applied or, if any row is bad, nothing is and every bad row is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV file with a header row.")
        parser.add_argument(
            "--confirmed",
            action="store_true",
            help="Mark imported subscribers as confirmed (only if the shop holds their consent).",
        )

    def handle(self, *args, file: Path, confirmed: bool, **options):
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        report = subscribers_import_csv(
            text=text, confirmed=confirmed, source=f"import:{file.name}"
        )
        if report.errors:
            for line, reason in report.errors:
                self.stderr.write(f"{file.name}, line {line}: {reason}")
            raise CommandError(f"{len(report.errors)} bad row(s); nothing was imported.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {report.created} new and {report.updated} existing subscriber(s)."
            )
        )
