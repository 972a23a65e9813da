import html
import re

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from recommender.admin.highlight import highlight_evidence
from recommender.models import ArticleCause, Cause
from recommender.services import article_causes_detect
from tests.recommender.factories import ArticleFactory

pytestmark = pytest.mark.usefixtures("detector")

SOCKS = "My cotton socks were soaked by mile three."
CONCRETE = "The route is all concrete."


def rows(article) -> dict[str, ArticleCause]:
    return {row.cause.slug: row for row in ArticleCause.objects.filter(article=article)}


def review_url(article) -> str:
    return reverse("admin:recommender_articlereview_change", args=[article.pk])


def inline_post_data(article, changes: dict[int, str], new: list[tuple[int, str]] = ()) -> dict:
    """The review form as a browser submits it: each row's status, plus any added rows."""
    existing = list(ArticleCause.objects.filter(article=article).order_by("pk"))
    data = {
        "article_causes-TOTAL_FORMS": str(len(existing) + len(new)),
        "article_causes-INITIAL_FORMS": str(len(existing)),
        "article_causes-MIN_NUM_FORMS": "0",
        "article_causes-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(existing):
        data[f"article_causes-{index}-id"] = str(row.pk)
        data[f"article_causes-{index}-article"] = str(article.pk)
        data[f"article_causes-{index}-status"] = changes.get(row.pk, row.status)
    for offset, (cause_id, status) in enumerate(new, start=len(existing)):
        data[f"article_causes-{offset}-article"] = str(article.pk)
        data[f"article_causes-{offset}-cause"] = str(cause_id)
        data[f"article_causes-{offset}-status"] = status
    return data


def test_highlight_marks_each_sentence_and_escapes_the_rest():
    text = "Intro <b>bold</b>.\nMy socks\nwere cotton. Outro & more."

    html = highlight_evidence(text, ["My socks were cotton.", "not in the text"])

    assert html == (
        "Intro &lt;b&gt;bold&lt;/b&gt;.\n<mark>My socks\nwere cotton.</mark> Outro &amp; more."
    )


def test_highlight_escapes_markup_inside_the_evidence():
    html = highlight_evidence("<script>x()</script> hurts.", ["<script>x()</script> hurts."])

    assert html == "<mark>&lt;script&gt;x()&lt;/script&gt; hurts.</mark>"


@given(
    text=st.text(max_size=300), cuts=st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)))
)
def test_highlight_keeps_the_text_and_lets_no_markup_through(text, cuts):
    sentences = [text[start : start + length] for start, length in cuts]

    output = highlight_evidence(text, sentences)

    without_marks = re.sub(r"</?mark>", "", output)
    assert "<" not in without_marks and ">" not in without_marks
    assert html.unescape(without_marks) == text


def test_review_page_shows_the_article_with_evidence_highlighted(staff_client):
    article = ArticleFactory(body_markdown=f"{SOCKS} <script>alert(1)</script> on concrete.")
    article_causes_detect(article=article)

    page = staff_client.get(review_url(article)).content.decode()

    assert f"<mark>{SOCKS}</mark>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page


def test_review_list_counts_suggested_and_confirmed_causes_and_marks_red_flags(staff_client, staff):
    calm = ArticleFactory(title="Calm article", body_markdown=f"{SOCKS} {CONCRETE}")
    alarming = ArticleFactory(title="Alarming article", body_markdown="I felt numbness.")
    for article in (calm, alarming):
        article_causes_detect(article=article)
    ArticleCause.objects.filter(article=calm, cause__slug="hard_surfaces").update(
        status=ArticleCause.Status.CONFIRMED
    )

    response = staff_client.get(reverse("admin:recommender_articlereview_changelist"))

    by_title = {article.title: article for article in response.context["cl"].result_list}
    assert by_title["Calm article"].suggested_causes == 1
    assert by_title["Calm article"].confirmed_causes == 1
    assert not by_title["Calm article"].has_red_flag
    assert by_title["Alarming article"].has_red_flag
    assert 'alt="True"' in response.content.decode()


def test_staff_confirm_and_reject_on_the_review_page(staff_client, staff):
    article = ArticleFactory(body_markdown=f"{SOCKS} {CONCRETE}")
    article_causes_detect(article=article)
    found = rows(article)
    changes = {
        found["improper_socks"].pk: ArticleCause.Status.CONFIRMED,
        found["hard_surfaces"].pk: ArticleCause.Status.REJECTED,
    }

    response = staff_client.post(review_url(article), inline_post_data(article, changes))

    assert response.status_code == 302, response.context["errors"]
    found = rows(article)
    assert found["improper_socks"].status == ArticleCause.Status.CONFIRMED
    assert found["improper_socks"].reviewed_by == staff
    assert found["hard_surfaces"].status == ArticleCause.Status.REJECTED


def test_staff_add_a_cause_by_hand_on_the_review_page(staff_client, staff):
    article = ArticleFactory(body_markdown=SOCKS)
    article_causes_detect(article=article)
    posture = Cause.objects.get(slug="poor_posture")

    data = inline_post_data(article, {}, new=[(posture.pk, ArticleCause.Status.CONFIRMED)])
    response = staff_client.post(review_url(article), data)

    assert response.status_code == 302, response.context["errors"]
    added = rows(article)["poor_posture"]
    assert added.source == ArticleCause.Source.STAFF
    assert added.status == ArticleCause.Status.CONFIRMED
    assert added.reviewed_by == staff


def test_adding_a_cause_the_article_already_has_is_a_form_error(staff_client):
    article = ArticleFactory(body_markdown=SOCKS)
    article_causes_detect(article=article)
    socks = Cause.objects.get(slug="improper_socks")

    data = inline_post_data(article, {}, new=[(socks.pk, ArticleCause.Status.CONFIRMED)])
    response = staff_client.post(review_url(article), data)

    assert response.status_code == 200
    assert "Please correct the duplicate data for cause." in response.content.decode()
    assert ArticleCause.objects.filter(article=article, cause=socks).count() == 1


def test_staff_decisions_made_in_the_admin_survive_the_re_detect_action(staff_client):
    article = ArticleFactory(body_markdown=f"{SOCKS} {CONCRETE}")
    article_causes_detect(article=article)
    found = rows(article)
    staff_client.post(
        review_url(article),
        inline_post_data(article, {found["hard_surfaces"].pk: ArticleCause.Status.REJECTED}),
    )
    article.body_markdown = f"{SOCKS} {CONCRETE} I also run in old trainers."
    article.save()

    response = staff_client.post(
        reverse("admin:recommender_articlereview_changelist"),
        {"action": "redetect_causes", "_selected_action": [article.pk]},
        follow=True,
    )

    assert "Re-detected causes for 1 articles." in response.content.decode()
    found = rows(article)
    assert found["hard_surfaces"].status == ArticleCause.Status.REJECTED
    assert found["improper_socks"].status == ArticleCause.Status.SUGGESTED
    assert "improper_footwear" in found


def test_confirm_and_reject_actions_on_the_article_cause_list(staff_client, staff):
    article = ArticleFactory(body_markdown=f"{SOCKS} {CONCRETE}")
    article_causes_detect(article=article)
    found = rows(article)
    changelist = reverse("admin:recommender_articlecause_changelist")

    staff_client.post(
        changelist,
        {"action": "confirm_selected", "_selected_action": [found["improper_socks"].pk]},
    )
    staff_client.post(
        changelist, {"action": "reject_selected", "_selected_action": [found["hard_surfaces"].pk]}
    )

    found = rows(article)
    assert found["improper_socks"].status == ArticleCause.Status.CONFIRMED
    assert found["improper_socks"].reviewed_by == staff
    assert found["hard_surfaces"].status == ArticleCause.Status.REJECTED


def test_article_cause_list_filters_by_cause_status_and_source(staff_client):
    article = ArticleFactory(body_markdown=f"{SOCKS} {CONCRETE}")
    article_causes_detect(article=article)
    socks = Cause.objects.get(slug="improper_socks")

    response = staff_client.get(
        reverse("admin:recommender_articlecause_changelist"),
        {"cause__id__exact": socks.pk, "status__exact": "suggested", "source__exact": "detected"},
    )

    assert [row.cause.slug for row in response.context["cl"].result_list] == ["improper_socks"]


def test_staff_add_an_article_cause_from_its_own_admin(staff_client, staff):
    article = ArticleFactory(body_markdown="Nothing found here.")
    posture = Cause.objects.get(slug="poor_posture")

    response = staff_client.post(
        reverse("admin:recommender_articlecause_add"),
        {"article": article.pk, "cause": posture.pk, "status": ArticleCause.Status.CONFIRMED},
    )

    assert response.status_code == 302
    row = rows(article)["poor_posture"]
    assert (row.source, row.status, row.reviewed_by) == ("staff", "confirmed", staff)


def test_the_article_cause_page_highlights_its_evidence(staff_client):
    article = ArticleFactory(body_markdown=f"{CONCRETE} {SOCKS}")
    article_causes_detect(article=article)

    page = staff_client.get(
        reverse("admin:recommender_articlecause_change", args=[rows(article)["improper_socks"].pk])
    ).content.decode()

    assert f"<mark>{SOCKS}</mark>" in page
    assert f"<mark>{CONCRETE}</mark>" not in page


def test_cause_admin_rejects_a_pattern_that_does_not_compile(staff_client):
    socks = Cause.objects.get(slug="improper_socks")
    url = reverse("admin:recommender_cause_change", args=[socks.pk])
    data = {
        "name": socks.name,
        "slug": socks.slug,
        "description": socks.description,
        "advice": socks.advice,
        "phrases": "cotton socks",
        "patterns": "soggy\\s+socks\n(unclosed",
        "products_help": "on",
        "active": "on",
        "position": socks.position,
    }

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert "(unclosed is not a valid regular expression" in response.content.decode()
    socks.refresh_from_db()
    assert socks.patterns == ""


def test_cause_admin_saves_a_valid_pattern_and_detection_uses_it(
    staff_client, django_capture_on_commit_callbacks
):
    from recommender.services import text_diagnose

    socks = Cause.objects.get(slug="improper_socks")
    data = {
        "name": socks.name,
        "slug": socks.slug,
        "description": socks.description,
        "advice": socks.advice,
        "phrases": "cotton socks",
        "patterns": r"soggy\s+socks",
        "products_help": "on",
        "active": "on",
        "position": socks.position,
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:recommender_cause_change", args=[socks.pk]), data
        )

    assert response.status_code == 302
    assert "improper_socks" in text_diagnose(text="Soggy  socks all the way home.").slugs


def test_cause_list_shows_how_many_articles_confirm_each_cause(staff_client, staff):
    for _ in range(2):
        article = ArticleFactory(body_markdown=SOCKS)
        article_causes_detect(article=article)
        ArticleCause.objects.filter(article=article).update(status=ArticleCause.Status.CONFIRMED)

    response = staff_client.get(reverse("admin:recommender_cause_changelist"))

    counts = {cause.slug: cause.confirmed_articles for cause in response.context["cl"].result_list}
    assert counts["improper_socks"] == 2
    assert counts["hard_surfaces"] == 0


def test_re_detecting_many_articles_queues_the_work(
    staff_client, monkeypatch, django_capture_on_commit_callbacks
):
    from recommender.admin import review

    monkeypatch.setattr(review, "REDETECT_INLINE_LIMIT", 1)
    first = ArticleFactory(body_markdown=SOCKS)
    second = ArticleFactory(body_markdown=CONCRETE)

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:recommender_articlereview_changelist"),
            {"action": "redetect_causes", "_selected_action": [first.pk, second.pk]},
            follow=True,
        )

    assert "Queued cause detection for 2 articles." in response.content.decode()
    # Celery runs eagerly in tests, so the queued work is already done.
    assert "improper_socks" in rows(first)
    assert "hard_surfaces" in rows(second)
