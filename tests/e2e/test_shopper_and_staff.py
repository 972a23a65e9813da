"""A shopper reads an article; staff add a product in the admin and find it in the shop."""

import pytest
from playwright.sync_api import expect

from tests.content.factories import CategoryFactory, PublishedArticleFactory

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_shopper_finds_and_reads_an_article(page):
    PublishedArticleFactory(
        title="Blisters on long runs: socks first",
        slug="blisters-on-long-runs",
        summary="Why friction and damp cotton cause blisters.",
        body_markdown=(
            "## Friction and moisture\n\n"
            "Cotton socks hold sweat against the skin, and wet skin blisters sooner.\n\n"
            "- Choose wicking fibres\n- Look for a seamless toe\n"
        ),
    )
    PublishedArticleFactory(title="Easing back into running after a break", slug="easing-back")

    page.goto("/articles/")
    expect(page.get_by_role("heading", name="Articles", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Easing back into running after a break")).to_be_visible()

    page.get_by_role("searchbox", name="Search").fill("blisters")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name="Easing back into running after a break")).to_have_count(0)
    page.get_by_role("link", name="Blisters on long runs: socks first").click()

    expect(page).to_have_url("/articles/blisters-on-long-runs/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Blisters on long runs: socks first")
    expect(page.get_by_role("heading", name="Friction and moisture")).to_be_visible()
    expect(page.get_by_text("Cotton socks hold sweat against the skin")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Look for a seamless toe")).to_be_visible()


def test_staff_adds_a_product_with_a_variant_and_sees_it_in_the_shop(page, django_user_model):
    CategoryFactory(name="Running socks", slug="running-socks")
    django_user_model.objects.create_superuser("staff", "staff@stridewise.example", "stridewise")

    page.goto("/admin/")
    page.get_by_label("Username").fill("staff")
    page.get_by_label("Password").fill("stridewise")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Products", exact=True).click()
    page.get_by_role("link", name="Add product").click()

    page.locator("#id_name").press_sequentially("Harbour Lite Crew")
    expect(page.locator("#id_slug")).to_have_value("harbour-lite-crew")  # filled in by the admin
    page.locator("#id_sku").fill("HLC-001")
    page.locator("#id_brand").fill("Tidewalk")
    # The category is an autocomplete box: open it, type, pick the match.
    page.locator(".field-category .select2-selection").click()
    page.locator(".select2-search__field").fill("socks")
    page.locator(".select2-results__option", has_text="Running socks").click()
    page.locator("#id_price").fill("14.90")
    page.locator("#id_variants-0-size").fill("M 39-42")
    page.locator("#id_variants-0-colour").fill("Navy")
    page.locator("#id_variants-0-sku").fill("HLC-001-M")
    page.locator("#id_variants-0-stock").fill("12")
    page.locator("input[name=_save]").click()

    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    expect(page.locator("#result_list")).to_contain_text("Harbour Lite Crew")
    expect(page.locator("#result_list")).to_contain_text("HLC-001")

    page.goto("/products/")
    page.get_by_role("link", name="Harbour Lite Crew").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Harbour Lite Crew")
    expect(page.get_by_text("€14.90")).to_be_visible()
    size_row = page.get_by_role("row").filter(has_text="M 39-42")
    expect(size_row).to_contain_text("Navy")
    expect(size_row).to_contain_text("In stock")
