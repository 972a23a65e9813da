"""Blocks the recommender adds to other apps' pages, without those apps importing it.

{% load recommender_tags %}{% shop_the_fix article %}        on the article page
{% load recommender_tags %}{% articles_recommending product %} on the product page
"""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


def reason_for(product: dict[str, Any], cause: str) -> str:
    """The product's reason for this cause (its first reason when none names the cause)."""
    reasons = product.get("reasons") or []
    for reason in reasons:
        if reason.get("cause") == cause:
            return reason.get("text", "")
    return reasons[0].get("text", "") if reasons else ""


def _card(product: dict[str, Any], cause: str) -> dict[str, Any]:
    return {"product": product, "reason": reason_for(product, cause)}


def shop_the_fix_context(recommendations: dict[str, Any]) -> dict[str, Any]:
    """What the "shop the fix" block shows, from article_recommendations_get's answer.

    Groups keep the ranker's order; advice is shown for the causes left without products
    (products do not help, or none is in stock); ``empty``: render nothing at all.
    """
    causes = recommendations.get("causes") or []
    names = {cause["slug"]: cause.get("name") or cause["slug"] for cause in causes}
    grouped = {group["cause"] for group in recommendations.get("groups") or []}
    advice = [
        {"cause": item["cause"], "name": names.get(item["cause"], ""), "text": item["text"]}
        for item in recommendations.get("advice") or []
        if item.get("text") and item["cause"] not in grouped
    ]
    groups = [
        {**group, "cards": [_card(product, group["cause"]) for product in group["products"]]}
        for group in recommendations.get("groups") or []
        if group.get("products")
    ]
    red_flag_sentences = list(
        dict.fromkeys(
            sentence
            for flag in recommendations.get("red_flags") or []
            for sentence in flag.get("evidence") or []
        )
    )
    return {
        "article_slug": recommendations.get("article", ""),
        "groups": groups,
        "advice": advice,
        "red_flag_sentences": red_flag_sentences,
        "empty": not (groups or advice or red_flag_sentences),
    }


@register.inclusion_tag("recommender/_shop_the_fix.html", takes_context=True)
def shop_the_fix(context, article) -> dict[str, Any]:
    from recommender.selectors import article_recommendations_get

    block = shop_the_fix_context(article_recommendations_get(article=article))
    # cite wants the page's own address; outside a request the path alone has to do.
    request = context.get("request")
    url = article.get_absolute_url()
    block["article_url"] = request.build_absolute_uri(url) if request is not None else url
    # The subscribe form inside the block posts with the page's CSRF token and path.
    block["request"] = request
    block["csrf_token"] = context.get("csrf_token")
    return block


@register.inclusion_tag("recommender/_articles_recommending.html")
def articles_recommending(product) -> dict[str, Any]:
    from recommender.selectors import product_articles_list

    return {"articles": product_articles_list(product=product)}
