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
        self.connect_content_signals()

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
        from recommender.tasks import detect_on_article_change

        for name in ("article_saved", "article_published"):
            signal = getattr(content_signals, name, None)
            if signal is not None:
                signal.connect(
                    detect_on_article_change, dispatch_uid=f"recommender.detect_on_{name}"
                )
