"""Public pages: home, article list and article page, plus a staff preview of any article."""

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from content.models import Article
from content.selectors import (
    article_get_for_reader,
    article_list_latest,
    article_list_published,
    product_list_featured,
    tag_list_in_use,
)

ARTICLES_PER_PAGE = 10


def home(request):
    return render(
        request,
        "content/home.html",
        {
            "articles": article_list_latest(limit=6),
            "products": product_list_featured(limit=4),
        },
    )


def article_list(request):
    query = request.GET.get("q", "").strip()[:200]
    tag = request.GET.get("tag", "").strip()[:60]
    articles = article_list_published(query=query, tag=tag)
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    tags = list(tag_list_in_use())
    return render(
        request,
        "content/article_list.html",
        {
            "page": page,
            "articles": page.object_list,
            "query": query,
            "tag": tag,
            "tags": tags,
            "current_tag": next((t for t in tags if t.slug == tag), None),
        },
    )


def article_detail(request, slug: str):
    article = article_get_for_reader(slug=slug, user=request.user)
    return render(request, "content/article_detail.html", {"article": article})


@staff_member_required
def article_preview(request, pk: int):
    """What the article will look like on the site, whatever its status. Staff only."""
    article = get_object_or_404(Article.objects.prefetch_related("tags"), pk=pk)
    return render(request, "content/article_detail.html", {"article": article, "is_preview": True})
