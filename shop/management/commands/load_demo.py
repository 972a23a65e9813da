"""manage.py load_demo: fill the shop with demo products, articles and a staff login."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from shop.demo.articles import DemoArticleError
from shop.demo.selectors import demo_data_exists
from shop.demo.services import STAFF_PASSWORD, STAFF_USERNAME, demo_load
from shop.models import Product


class Command(BaseCommand):
    help = (
        "Load the demo catalog (products, sizes, stock), the demo health articles and the staff "
        "user 'staff'. Safe to run again: existing rows are updated in place, never duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has any product or article.",
        )
        parser.add_argument(
            "--reset-staff-password",
            action="store_true",
            help=f"Set the password of an existing '{STAFF_USERNAME}' user back to the demo one.",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and demo_data_exists():
            self.stdout.write("Demo data not loaded: the shop already has products or articles.")
            return
        try:
            summary = demo_load(reset_staff_password=options["reset_staff_password"])
        except (ValidationError, DemoArticleError, DatabaseError) as error:
            raise CommandError(f"Demo data not loaded, nothing was changed: {error}") from error

        sold_out = Product.objects.filter(is_active=True).exclude(variants__stock__gt=0).count()
        self.stdout.write(f"Products: {summary.products}, {sold_out} sold out")
        self.stdout.write(f"Variants: {summary.variants}")
        self.stdout.write(f"Articles: {summary.articles}")
        admin_url = f"{settings.SITE_URL.rstrip('/')}/admin/"
        if summary.staff_user == "kept":
            self.stdout.write(
                f"Staff user '{STAFF_USERNAME}' already exists; its password was left alone "
                "(--reset-staff-password sets it back)."
            )
        else:
            self.stdout.write(
                f"Staff user '{STAFF_USERNAME}' {summary.staff_user}: log in at {admin_url} "
                f"with {STAFF_USERNAME} / {STAFF_PASSWORD}"
            )
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
