from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError

from content.models import Article, Tag
from content.services import article_create, article_publish, article_unpublish, article_update
from content.signals import article_published
from tests.content.factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db


def test_create_renders_sanitized_html_and_tags_by_name():
    article = article_create(
        title="Blisters on long runs",
        body_markdown="Cotton socks hold sweat.\n\n<script>alert(1)</script>",
        tags=["Blisters", "socks", "blisters"],
    )

    assert article.slug == "blisters-on-long-runs"
    assert "<p>Cotton socks hold sweat.</p>" in article.body_html
    assert "script" not in article.body_html
    assert sorted(article.tags.values_list("slug", flat=True)) == ["blisters", "socks"]
    assert article.status == Article.Status.DRAFT and article.published_at is None


def test_create_picks_a_free_slug_when_the_title_repeats():
    first = article_create(title="Shin splints")
    second = article_create(title="Shin splints")

    assert (first.slug, second.slug) == ("shin-splints", "shin-splints-2")


def test_create_rejects_a_slug_that_is_taken():
    article_create(title="Heel pain", slug="heel-pain")

    with pytest.raises(ValidationError) as error:
        article_create(title="Another heel pain", slug="heel-pain")

    assert "slug" in error.value.message_dict
    assert Article.objects.count() == 1


def test_tags_match_existing_ones_by_slug():
    Tag.objects.create(name="Back pain", slug="back-pain")

    article = article_create(title="Lower back", tags=["back-pain", "BACK PAIN"])

    assert list(article.tags.values_list("name", flat=True)) == ["Back pain"]
    assert Tag.objects.count() == 1


def test_update_rerenders_body_and_replaces_tags():
    article = ArticleFactory(tags=[Tag.objects.create(name="Old", slug="old")])

    article_update(
        article=article, data={"body_markdown": "**Rest** days matter.", "tags": ["Rest"]}
    )

    article.refresh_from_db()
    assert article.body_html == "<p><strong>Rest</strong> days matter.</p>\n"
    assert list(article.tags.values_list("name", flat=True)) == ["Rest"]


def test_publish_sets_the_date_and_announces_once_after_commit(
    heard, django_capture_on_commit_callbacks
):
    article = ArticleFactory(slug="hot-spots")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article_publish(article=article)
        assert heard == []  # nothing is said before the transaction commits
    article_publish(article=article)  # already published: nothing changes, nothing is said

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at is not None
    assert heard.count(("published", "hot-spots")) == 1
    assert ("saved", "hot-spots") in heard
    assert len(callbacks) == 2


def test_publish_at_a_given_time_keeps_that_time():
    moment = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)

    article = article_publish(article=ArticleFactory(), at=moment)

    assert article.published_at == moment


def test_creating_a_published_article_announces_both(heard, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = article_create(title="Cadence basics", status=Article.Status.PUBLISHED)

    assert sorted(heard) == [("published", "cadence-basics"), ("saved", "cadence-basics")]
    assert article.published_at is not None


def test_update_announces_only_real_changes(heard, django_capture_on_commit_callbacks):
    article = PublishedArticleFactory(slug="tight-calves")

    with django_capture_on_commit_callbacks(execute=True):
        article_update(article=article, data={"author": "New Author"})
    assert heard == []

    with django_capture_on_commit_callbacks(execute=True):
        article_update(article=article, data={"body_markdown": "Stretch after, not before."})
    assert heard == [("saved", "tight-calves")]


def test_update_to_published_announces_publication(heard, django_capture_on_commit_callbacks):
    article = ArticleFactory(slug="knee-ache")

    with django_capture_on_commit_callbacks(execute=True):
        article_update(article=article, data={"status": Article.Status.PUBLISHED})

    assert ("published", "knee-ache") in heard
    assert article.published_at is not None


def test_unpublish_hides_the_article_and_says_it_changed(heard, django_capture_on_commit_callbacks):
    article = PublishedArticleFactory(slug="rest-days")

    with django_capture_on_commit_callbacks(execute=True):
        article_unpublish(article=article)

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert heard == [("saved", "rest-days")]


def test_failed_write_announces_nothing(heard, django_capture_on_commit_callbacks):
    article_create(title="Taken", slug="taken")
    heard.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        article_create(title="Taken again", slug="taken", status=Article.Status.PUBLISHED)

    assert heard == []


def test_bad_input_is_a_validation_error_not_a_crash():
    with pytest.raises(ValidationError) as error:
        article_create(title="x" * 201, hero_image_url="not a url", tags=["#" * 3])

    assert {"title", "tags"} & set(error.value.message_dict)
    assert Article.objects.count() == 0


def test_a_failing_listener_neither_blocks_others_nor_breaks_the_save(
    heard, django_capture_on_commit_callbacks
):
    def broken(sender, article, **kwargs):
        raise RuntimeError("listener down")

    article_published.connect(broken, dispatch_uid="test-broken-listener")
    article_published.receivers.reverse()  # the broken listener is asked first
    try:
        with django_capture_on_commit_callbacks(execute=True):
            article = article_publish(article=ArticleFactory(slug="calf-cramps"))
    finally:
        article_published.disconnect(dispatch_uid="test-broken-listener")

    article.refresh_from_db()
    assert article.is_published
    assert ("published", "calf-cramps") in heard
