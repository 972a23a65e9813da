import pytest
from django.urls import reverse

from content.models import Article, Tag
from tests.content.factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@shop.example", "pw")
    client.force_login(user)
    return client


def test_changelist_lists_filters_and_searches(staff_client):
    PublishedArticleFactory(title="Blisters and socks")
    ArticleFactory(title="Draft on shins")

    everything = staff_client.get(reverse("admin:content_article_changelist"))
    drafts = staff_client.get(reverse("admin:content_article_changelist"), {"status": "draft"})
    found = staff_client.get(reverse("admin:content_article_changelist"), {"q": "blisters"})

    assert everything.status_code == 200
    assert "Draft on shins" in drafts.content.decode()
    assert "Blisters and socks" not in drafts.content.decode()
    assert "Blisters and socks" in found.content.decode()
    assert "Draft on shins" not in found.content.decode()


def test_publish_action_publishes_through_the_service(
    staff_client, heard, django_capture_on_commit_callbacks
):
    drafts = ArticleFactory.create_batch(2)

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:content_article_changelist"),
            {"action": "publish_selected", "_selected_action": [a.pk for a in drafts]},
            follow=True,
        )

    assert "Published 2 article(s)." in response.content.decode()
    for article in drafts:
        article.refresh_from_db()
        assert article.is_published and article.published_at is not None
    assert sorted(slug for signal, slug in heard if signal == "published") == sorted(
        a.slug for a in drafts
    )


def test_unpublish_action_moves_articles_back_to_draft(staff_client):
    article = PublishedArticleFactory()

    staff_client.post(
        reverse("admin:content_article_changelist"),
        {"action": "unpublish_selected", "_selected_action": [article.pk]},
    )

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_change_page_shows_rendered_preview_and_preview_link(staff_client):
    article = ArticleFactory(body_markdown="## Warm up\n\n<script>alert(1)</script>Swing legs.")
    article.body_html = "<h2>Warm up</h2><p>Swing legs.</p>"
    article.save()

    response = staff_client.get(reverse("admin:content_article_change", args=[article.pk]))

    html = response.content.decode()
    assert '<div class="rendered-article"><h2>Warm up</h2>' in html
    assert reverse("content:article-preview", kwargs={"pk": article.pk}) in html


def test_adding_an_article_renders_and_tags_it(staff_client):
    tag = Tag.objects.create(name="Shoes", slug="shoes")

    response = staff_client.post(
        reverse("admin:content_article_add"),
        {
            "title": "When to replace shoes",
            "slug": "when-to-replace-shoes",
            "summary": "",
            "author": "Staff",
            "tags": [tag.pk],
            "body_markdown": "After **700 km** <img src=x onerror=alert(1)>",
            "status": "published",
            "published_at_0": "",
            "published_at_1": "",
            "hero_image_url": "",
            "source_url": "",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="when-to-replace-shoes")
    assert "<strong>700 km</strong>" in article.body_html
    assert "onerror" not in article.body_html
    assert article.is_published and article.published_at is not None
    assert list(article.tags.all()) == [tag]


def test_editing_an_article_goes_through_the_service(staff_client):
    article = ArticleFactory(title="Old title")

    response = staff_client.post(
        reverse("admin:content_article_change", args=[article.pk]),
        {
            "title": "New title",
            "slug": article.slug,
            "summary": "",
            "author": "",
            "body_markdown": "Fresh *body*.",
            "status": "draft",
            "published_at_0": "",
            "published_at_1": "",
            "hero_image_url": "",
            "source_url": "",
        },
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "New title"
    assert article.body_html == "<p>Fresh <em>body</em>.</p>\n"


def test_duplicate_slug_is_a_form_error_not_a_crash(staff_client):
    ArticleFactory(slug="taken")

    response = staff_client.post(
        reverse("admin:content_article_add"),
        {"title": "Another", "slug": "taken", "status": "draft", "body_markdown": "x"},
    )

    assert response.status_code == 200
    assert "already exists" in response.content.decode()


def test_tag_admin_counts_articles(staff_client):
    tag = Tag.objects.create(name="Posture", slug="posture")
    ArticleFactory(tags=[tag])

    response = staff_client.get(reverse("admin:content_tag_changelist"))

    assert response.status_code == 200 and "Posture" in response.content.decode()
