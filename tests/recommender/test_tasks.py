import pytest
from django.core.cache import cache

from content.models import Article
from recommender.models import ArticleCause
from recommender.tasks import QUEUED_KEY, detect_article_causes
from tests.recommender.factories import ArticleFactory

pytestmark = pytest.mark.usefixtures("detector")

articles = pytest.importorskip("content.services.articles")


def slugs(article) -> set[str]:
    return set(ArticleCause.objects.filter(article=article).values_list("cause__slug", flat=True))


def test_publishing_an_article_queues_detection_after_commit(
    django_capture_on_commit_callbacks, monkeypatch
):
    queued: list[tuple] = []
    monkeypatch.setattr(
        detect_article_causes,
        "apply_async",
        lambda args=None, **options: queued.append((tuple(args), options)),
    )
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)

    with django_capture_on_commit_callbacks(execute=True):
        articles.article_publish(article=draft)
        assert queued == []  # nothing goes out before the article is committed

    # Saved and published arrive together; one detection covers both.
    assert queued == [((draft.pk,), {"queue": "detection"})]
    cache.delete(QUEUED_KEY.format(draft.pk))  # the mocked task never started to clear it


def test_a_change_after_the_task_started_queues_detection_again(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        article = articles.article_create(title="Socks", body_markdown="Plain text.")
    assert slugs(article) == set()

    with django_capture_on_commit_callbacks(execute=True):
        articles.article_update(article=article, data={"body_markdown": "I wore cotton socks."})

    assert "improper_socks" in slugs(article)


def test_the_queued_task_stores_the_causes_of_the_published_article(
    django_capture_on_commit_callbacks,
):
    # Tests run Celery eagerly: the task runs when the article's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        article = articles.article_create(
            title="Blisters",
            body_markdown="I ran ten miles on concrete in cotton socks.",
            status=Article.Status.PUBLISHED,
        )

    assert {"improper_socks", "hard_surfaces"} <= slugs(article)


def test_editing_the_body_re_detects(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = articles.article_create(
            title="Running notes", body_markdown="I wore cotton socks."
        )
    assert "improper_socks" in slugs(article)

    with django_capture_on_commit_callbacks(execute=True):
        articles.article_update(article=article, data={"body_markdown": "Grass only, please."})

    assert "improper_socks" not in slugs(article)


def test_the_task_returns_quietly_for_an_article_that_is_gone():
    article = ArticleFactory(body_markdown="I wore cotton socks.")
    article_id = article.pk
    article.delete()

    assert detect_article_causes.delay(article_id).get() is None
    assert not ArticleCause.objects.filter(article_id=article_id).exists()


def test_the_task_has_a_stable_name_and_its_own_queue():
    assert detect_article_causes.name == "recommender.detect_article_causes"
    assert detect_article_causes.queue == "detection"
