"""Public catalog pages: thin views over the selectors."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from shop.filters import ProductFilterSet
from shop.selectors import (
    LOW_STOCK_THRESHOLD,
    product_attribute_rows,
    product_brand_list,
    product_get_by_slug,
    product_list,
)

PAGE_SIZE = 24


def product_list_view(request):
    filterset = ProductFilterSet(data=request.GET)
    form = filterset.form
    # Bad values are skipped by the selector; the page says which ones and why.
    ignored = [
        (form.fields[name].label or name, messages) for name, messages in form.errors.items()
    ]
    products = product_list(filters=request.GET)
    page = Paginator(products, PAGE_SIZE).get_page(request.GET.get("page"))
    category = form.cleaned_data.get("category") if not form.errors.get("category") else None
    context = {
        "form": form,
        "ignored_filters": ignored,
        "page_obj": page,
        "products": page.object_list,
        "category": category,
        "brands": product_brand_list(),
        "current_brand": request.GET.get("brand", ""),
        "boolean_fields": [
            form[name]
            for name in (
                "in_stock",
                "arch_support",
                "moisture_wicking",
                "seamless_toe",
                "blister_protection",
            )
        ],
        "select_fields": [
            form[name] for name in ("category", "cushioning", "support", "height", "surface")
        ],
    }
    return render(request, "shop/product_list.html", context)


def product_detail_view(request, slug: str):
    product = product_get_by_slug(slug=slug)
    if product is None:
        raise Http404("No such product.")
    context = {
        "product": product,
        "attribute_rows": product_attribute_rows(product=product),
        "variants": list(product.variants.all()),
        "low_stock_threshold": LOW_STOCK_THRESHOLD,
    }
    return render(request, "shop/product_detail.html", context)
