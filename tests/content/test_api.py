import pytest
from rest_framework.test import APIClient

from content.models import Article
from tests.content.factories import ArticleFactory, PublishedArticleFactory, TagFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/articles/"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def staff_api(django_user_model):
    client = APIClient()
    client.force_authenticate(django_user_model.objects.create_user("ed", is_staff=True))
    return client


def test_list_shows_published_articles_only(api):
    PublishedArticleFactory(title="Shin splints")
    ArticleFactory(title="Not yet")

    body = api.get(LIST).json()

    assert body["count"] == 1
    assert [item["title"] for item in body["results"]] == ["Shin splints"]


def test_list_searches_filters_by_tag_and_paginates(api):
    tag = TagFactory(name="Socks", slug="socks")
    PublishedArticleFactory.create_batch(3, tags=[tag], summary="Wicking fabrics.")
    PublishedArticleFactory(title="Hill repeats", summary="Strength on slopes.")

    by_tag = api.get(LIST, {"tag": "socks", "page_size": 2}).json()
    by_words = api.get(LIST, {"q": "hill"}).json()

    assert by_tag["count"] == 3 and len(by_tag["results"]) == 2 and by_tag["next"]
    assert [item["title"] for item in by_words["results"]] == ["Hill repeats"]


def test_detail_has_the_fields_clients_need(api):
    tag = TagFactory(name="Back pain", slug="back-pain")
    article = PublishedArticleFactory(
        slug="lower-back", hero_image_url="https://img.example/b.jpg", tags=[tag]
    )

    response = api.get(f"{LIST}lower-back/")

    body = response.json()
    assert response.status_code == 200
    assert body["slug"] == "lower-back"
    assert body["tags"] == ["Back pain"]
    assert body["body_html"] == article.body_html
    assert body["url"] == "http://testserver/articles/lower-back/"
    assert body["hero_image_url"] == "https://img.example/b.jpg"
    assert body["published_at"]


def test_draft_detail_is_404_for_everyone_but_staff(api, staff_api):
    ArticleFactory(slug="secret")

    assert api.get(f"{LIST}secret/").status_code == 404
    assert staff_api.get(f"{LIST}secret/").json()["status"] == "draft"


def test_anonymous_writes_are_forbidden(api):
    PublishedArticleFactory(slug="mine")

    assert api.post(LIST, {"title": "Spam"}, format="json").status_code == 403
    assert api.patch(f"{LIST}mine/", {"title": "Defaced"}, format="json").status_code == 403
    assert api.post(f"{LIST}mine/publish/", {}, format="json").status_code == 403
    assert Article.objects.get().title != "Defaced"


def test_non_staff_users_cannot_write(django_user_model):
    client = APIClient()
    client.force_authenticate(django_user_model.objects.create_user("shopper"))

    assert client.post(LIST, {"title": "Spam"}, format="json").status_code == 403


def test_staff_create_then_publish(staff_api):
    created = staff_api.post(
        LIST,
        {
            "title": "Foam rolling basics",
            "body_markdown": "Roll **slowly**.<script>x()</script>",
            "tags": ["Recovery", "Mobility"],
        },
        format="json",
    )

    assert created.status_code == 201, created.content
    body = created.json()
    assert body["slug"] == "foam-rolling-basics" and body["status"] == "draft"
    assert body["body_html"] == "<p>Roll <strong>slowly</strong>.</p>\n"
    assert sorted(body["tags"]) == ["Mobility", "Recovery"]

    published = staff_api.post(
        f"{LIST}foam-rolling-basics/publish/", {"at": "2026-04-01T06:00:00Z"}, format="json"
    )

    assert published.status_code == 200
    assert published.json()["published_at"].startswith("2026-04-01T06:00:00")
    assert Article.objects.get().is_published


def test_staff_update_and_unpublish(staff_api):
    PublishedArticleFactory(slug="cadence", title="Cadence")

    changed = staff_api.patch(f"{LIST}cadence/", {"summary": "Shorter steps."}, format="json")
    hidden = staff_api.post(f"{LIST}cadence/unpublish/", format="json")

    assert changed.status_code == 200 and changed.json()["summary"] == "Shorter steps."
    assert changed.json()["title"] == "Cadence"
    assert hidden.json()["status"] == "draft"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "title"),
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": "Ok", "status": "archived"}, "status"),
        ({"title": "Ok", "slug": "not a slug!"}, "slug"),
        ({"title": "Ok", "tags": "not-a-list"}, "tags"),
        ({"title": "Ok", "hero_image_url": "javascript:alert(1)"}, "hero_image_url"),
        ({"title": "Ok", "published_at": "yesterday-ish"}, "published_at"),
    ],
)
def test_bad_input_gets_a_400_naming_the_field(staff_api, payload, field):
    response = staff_api.post(LIST, payload, format="json")

    assert response.status_code == 400
    assert field in response.json()
    assert Article.objects.count() == 0


def test_taken_slug_is_a_400_from_the_service(staff_api):
    ArticleFactory(slug="taken")

    response = staff_api.post(LIST, {"title": "Dup", "slug": "taken"}, format="json")

    assert response.status_code == 400
    assert "slug" in response.json()


def test_malformed_json_is_a_400(staff_api):
    response = staff_api.generic("POST", LIST, "{not json", content_type="application/json")

    assert response.status_code == 400


def test_article_endpoints_are_in_the_schema(api):
    schema = api.get("/api/schema/", {"format": "json"}).json()

    paths = schema["paths"]
    assert {"get", "post"} <= set(paths["/api/v1/articles/"])
    assert {"get", "patch"} <= set(paths["/api/v1/articles/{slug}/"])
    assert "post" in paths["/api/v1/articles/{slug}/publish/"]
    assert "Article" in schema["components"]["schemas"]
