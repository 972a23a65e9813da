import pytest

from content.signals import article_published, article_saved


@pytest.fixture
def heard(monkeypatch):
    """Every article_saved / article_published send, as (signal name, article slug).

    Other apps' listeners are set aside: these tests are about what content sends.
    """
    events: list[tuple[str, str]] = []
    for signal in (article_saved, article_published):
        monkeypatch.setattr(signal, "receivers", [])
        signal.sender_receivers_cache.clear()

    def on_saved(sender, article, **kwargs):
        events.append(("saved", article.slug))

    def on_published(sender, article, **kwargs):
        events.append(("published", article.slug))

    article_saved.connect(on_saved, dispatch_uid="test-heard-saved")
    article_published.connect(on_published, dispatch_uid="test-heard-published")
    yield events
    for signal in (article_saved, article_published):
        signal.sender_receivers_cache.clear()
