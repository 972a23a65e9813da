import pytest
from django.urls import reverse

pytestmark = pytest.mark.usefixtures("detector")

URL = "/api/v1/diagnose/"
SOCKS = "My cotton socks were soaked by mile three."


@pytest.fixture(autouse=True)
def fresh_throttle():
    # Throttle history lives in the cache; each test starts with a clean slate.
    from django.core.cache import cache

    cache.delete_many([f"throttle_diagnose_{ident}" for ident in ("127.0.0.1",)])


def test_diagnose_returns_causes_and_red_flags_for_an_anonymous_shopper(client):
    text = f"{SOCKS} Now I have a shooting pain in my heel."

    response = client.post(URL, {"text": text}, content_type="application/json")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"causes", "red_flags", "products", "articles", "advice"}
    socks = next(cause for cause in body["causes"] if cause["slug"] == "improper_socks")
    assert socks["evidence"] == [SOCKS]
    assert 0 <= socks["confidence"] <= 1
    assert body["red_flags"] == [{"evidence": ["Now I have a shooting pain in my heel."]}]


def test_the_url_is_named_in_the_api_namespace():
    assert reverse("api:diagnose") == URL


def test_text_over_the_limit_is_a_400_that_says_why(client):
    response = client.post(URL, {"text": "a" * 5001}, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"text": ["Ensure this field has no more than 5000 characters."]}


def test_exactly_the_limit_is_accepted(client):
    response = client.post(URL, {"text": "a " * 2500}, content_type="application/json")

    assert response.status_code == 200


def test_the_limit_follows_the_setting(client, settings):
    settings.STRIDEWISE = {**settings.STRIDEWISE, "DIAGNOSE_MAX_CHARS": 20}

    response = client.post(URL, {"text": SOCKS}, content_type="application/json")

    assert response.status_code == 400
    assert "no more than 20 characters" in response.json()["text"][0]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "This field is required."),
        ({"text": ""}, "This field may not be blank."),
        ({"text": None}, "This field may not be null."),
        ({"text": ["socks"]}, "Not a valid string."),
    ],
)
def test_missing_or_malformed_text_is_a_400(client, payload, message):
    response = client.post(URL, payload, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"text": [message]}


def test_a_body_that_is_not_json_is_a_400(client):
    response = client.post(URL, "{not json", content_type="application/json")

    assert response.status_code == 400


def test_a_form_post_works_too_without_a_csrf_token(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)

    response = strict.post(URL, {"text": SOCKS})

    assert response.status_code == 200


def test_a_text_with_no_cause_gives_empty_lists(client):
    response = client.post(URL, {"text": "I love running."}, content_type="application/json")

    assert response.json() == {
        "causes": [],
        "red_flags": [],
        "products": [],
        "articles": [],
        "advice": [],
    }


def test_diagnose_is_throttled(client, settings):
    settings.STRIDEWISE = {**settings.STRIDEWISE, "DIAGNOSE_THROTTLE_RATE": "2/min"}

    statuses = [
        client.post(URL, {"text": SOCKS}, content_type="application/json").status_code
        for _ in range(3)
    ]

    assert statuses == [200, 200, 429]


def test_diagnose_is_in_the_schema(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    operation = schema["paths"]["/api/v1/diagnose/"]["post"]
    assert operation["operationId"] == "diagnose"
    request_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    request_schema = schema["components"]["schemas"][request_ref.rsplit("/", 1)[-1]]
    assert request_schema["properties"]["text"]["maxLength"] == 5000
    assert {"200", "400", "429"} <= set(operation["responses"])
