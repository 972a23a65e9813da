from importlib import import_module

from django.apps import AppConfig
from django.core import checks


class RecommenderConfig(AppConfig):
    name = "recommender"
    verbose_name = "Causes and recommendations"

    def ready(self) -> None:
        from recommender import checks as recommender_checks

        checks.register(recommender_checks.check_stridewise_setting)
        checks.register(recommender_checks.check_detector)
        checks.register(recommender_checks.check_product_selector)
        self.connect_content_signals()
        self.connect_catalog_signals()

    @staticmethod
    def connect_catalog_signals() -> None:
        """Recompute recommendations after product and stock changes and deletions.

        shop knows nothing of the recommender, so this is the plugin boundary: the receivers
        only queue work once the change commits (a debounced task per saved product, chunked
        tasks per bulk write), and a deletion refreshes what showed the product.
        """
        from django.db.models.signals import post_delete, post_save, pre_delete

        from recommender.signals import (
            product_changed,
            product_deleting,
            products_changed,
            variant_changed,
        )
        from shop.models import Product, Variant
        from shop.signals import products_changed as bulk_products_changed

        post_save.connect(product_changed, sender=Product, dispatch_uid="recommender.product_saved")
        pre_delete.connect(
            product_deleting, sender=Product, dispatch_uid="recommender.product_deleting"
        )
        post_save.connect(variant_changed, sender=Variant, dispatch_uid="recommender.variant_saved")
        post_delete.connect(
            variant_changed, sender=Variant, dispatch_uid="recommender.variant_deleted"
        )
        # Bulk writes send no save per row; shop announces each one once.
        bulk_products_changed.connect(products_changed, dispatch_uid="recommender.products_changed")

    @staticmethod
    def connect_content_signals() -> None:
        """Detect causes whenever content announces a saved or published article.

        content never imports the recommender; it sends signals and we listen. Imported
        lazily so the app still loads where content ships no signals.
        """
        try:
            content_signals = import_module("content.signals")
        except ImportError:
            return
        from recommender.services.invalidation import article_changed_responses_drop
        from recommender.tasks import detect_on_article_change

        for name in ("article_saved", "article_published"):
            signal = getattr(content_signals, name, None)
            if signal is not None:
                signal.connect(
                    detect_on_article_change, dispatch_uid=f"recommender.detect_on_{name}"
                )
                signal.connect(article_changed_responses_drop, dispatch_uid=f"rec.answers_{name}")
