from django.core.management.base import BaseCommand, CommandError

from content.services import ArticleImportError, articles_import


class Command(BaseCommand):
    help = (
        "Import articles from Markdown files (with YAML front matter), folders of them, and "
        "RSS 2.0 / Atom feeds given as files or http(s) URLs. Re-importing updates articles "
        "(matched by source URL or slug) instead of copying them. All of it is imported or, "
        "on any problem, none of it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "sources", nargs="+", metavar="PATH_OR_URL", help="Markdown file, folder or feed."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish every imported article."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check everything, write nothing."
        )

    def handle(self, *args, sources, publish, dry_run, **options):
        try:
            report = articles_import(locations=sources, publish=publish, dry_run=dry_run)
        except ArticleImportError as exc:
            for problem in exc.problems:
                self.stderr.write(f"  {problem}")
            raise CommandError(
                f"{len(exc.problems)} problem(s) found; no article was imported or changed."
            ) from exc

        would = "would be " if dry_run else ""
        for verb, slugs in (
            (f"{would}created", report.created),
            (f"{would}updated", report.updated),
        ):
            for slug in slugs:
                self.stdout.write(f"  {verb}: {slug}")
        prefix = "Dry run, nothing written: " if dry_run else ""
        summary = (
            f"{prefix}{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged."
        )
        self.stdout.write(self.style.SUCCESS(summary))
