"""Staff screens for cause-to-product rules (with a live preview), merchandising and events."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from recommender.models import CauseProductRule, Event, Merchandising
from recommender.selectors import cause_rule_preview
from recommender.services.rules import (
    cause_rule_delete,
    cause_rule_evidence_preview,
    cause_rule_save,
    merchandising_delete,
    merchandising_save,
)
from shop.models import Category

PREVIEW_LIMIT = 20


class CauseProductRuleForm(forms.ModelForm):
    class Meta:
        model = CauseProductRule
        fields = (
            "cause",
            "categories",
            "conditions",
            "evidence_condition",
            "weight",
            "reason",
            "active",
            "position",
        )
        widgets = {
            "categories": forms.CheckboxSelectMultiple,
            "conditions": forms.Textarea(attrs={"rows": 5, "spellcheck": "false"}),
            "evidence_condition": forms.Textarea(attrs={"rows": 2, "spellcheck": "false"}),
            "reason": forms.Textarea(attrs={"rows": 2}),
        }


def _preview_html(preview: dict) -> str:
    if preview["errors"]:
        return format_html(
            "<ul class='errorlist'>{}</ul>",
            format_html_join("", "<li>{}</li>", ((message,) for message in preview["errors"])),
        )
    if not preview["products"]:
        return format_html("<p>{}</p>", "No active product in stock matches this rule now.")
    rows = format_html_join(
        "",
        "<li><a href='{}'>{}</a> — {} · {} · {}</li>",
        ((p["url"], p["sku"], p["name"], p["category"], p["price"]) for p in preview["products"]),
    )
    return format_html("<ul>{}</ul>", rows)


def _evidence_preview_html(preview: dict) -> str:
    """Which articles the evidence condition lets the rule apply to, with the quoted sentence."""
    if preview["errors"]:
        return format_html(
            "<ul class='errorlist'>{}</ul>",
            format_html_join("", "<li>{}</li>", ((message,) for message in preview["errors"])),
        )
    if not preview["condition"]:
        return format_html("<p>{}</p>", "Applies whatever the article or shopper says.")

    def listed(entries) -> str:
        return format_html_join(
            "",
            "<li><a href='{}'>{}</a>: “{}”</li>",
            ((entry["url"], entry["title"], entry["quote"]) for entry in entries),
        )

    parts = [
        format_html(
            "<p>Applies to {} of the {} most recent articles that raise this cause.</p>",
            preview["applies"],
            preview["raised"],
        )
    ]
    if preview["examples"]:
        parts.append(format_html("<p>For example:</p><ul>{}</ul>", listed(preview["examples"])))
    if preview["skipped"]:
        parts.append(format_html("<p>Not for:</p><ul>{}</ul>", listed(preview["skipped"])))
    return format_html_join("", "{}", ((part,) for part in parts))


def _rule_preview_html(products: dict, evidence: dict) -> str:
    return format_html(
        "<div id='rule-preview'>{}</div><h4>{}</h4><div id='rule-evidence-preview'>{}</div>",
        _preview_html(products),
        "Articles it applies to",
        _evidence_preview_html(evidence),
    )


@admin.register(CauseProductRule)
class CauseProductRuleAdmin(admin.ModelAdmin):
    form = CauseProductRuleForm
    list_display = (
        "cause",
        "reason",
        "category_list",
        "evidence_condition",
        "weight",
        "active",
        "position",
    )
    list_editable = ("active", "position")
    list_filter = ("active", "cause", "categories")
    search_fields = ("reason", "conditions", "evidence_condition", "cause__name")
    readonly_fields = ("matches_now",)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "cause",
                    "categories",
                    "conditions",
                    "evidence_condition",
                    "weight",
                    "reason",
                )
            },
        ),
        ("Preview", {"fields": ("matches_now",)}),
        ("Flags", {"fields": ("active", "position")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("cause").prefetch_related("categories")

    @admin.display(description="categories")
    def category_list(self, rule: CauseProductRule) -> str:
        return ", ".join(category.name for category in rule.categories.all()) or "all"

    @admin.display(description="products it matches now")
    def matches_now(self, rule: CauseProductRule) -> str:
        if rule.pk is None:
            return "Save the rule, or edit the conditions, to see the products it matches."
        preview = cause_rule_preview(
            categories=[category.slug for category in rule.categories.all()],
            conditions=rule.conditions,
            limit=PREVIEW_LIMIT,
        )
        evidence = cause_rule_evidence_preview(cause_id=rule.cause_id, text=rule.evidence_condition)
        return _rule_preview_html(preview, evidence)

    def get_urls(self):
        preview = path(
            "preview/",
            self.admin_site.admin_view(self.preview_view),
            name="recommender_causeproductrule_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request):
        """JSON for the change form: the products the conditions being typed would match."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        ids = [value for value in request.GET.getlist("categories") if value.isdigit()]
        slugs = list(Category.objects.filter(pk__in=ids).values_list("slug", flat=True))
        preview = cause_rule_preview(
            categories=slugs, conditions=request.GET.get("conditions", ""), limit=PREVIEW_LIMIT
        )
        cause = request.GET.get("cause", "")
        evidence = cause_rule_evidence_preview(
            cause_id=int(cause) if cause.isdigit() else None,
            text=request.GET.get("evidence_condition", ""),
        )
        return JsonResponse(
            {
                **preview,
                "html": _preview_html(preview),
                "evidence": evidence,
                "evidence_html": _evidence_preview_html(evidence),
            }
        )

    def render_change_form(self, request, context, *args, **kwargs):
        context["rule_preview_url"] = reverse("admin:recommender_causeproductrule_preview")
        return super().render_change_form(request, context, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        cause_rule_save(rule=obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Categories are saved after the rule: mark its articles stale once more with them.
        cause_rule_save(rule=form.instance)

    def delete_model(self, request, obj):
        cause_rule_delete(rule=obj)

    def delete_queryset(self, request, queryset):
        for rule in queryset:
            cause_rule_delete(rule=rule)


@admin.register(Merchandising)
class MerchandisingAdmin(admin.ModelAdmin):
    list_display = ("product", "action", "cause", "article", "boost_factor", "position")
    list_filter = ("action", "cause")
    search_fields = ("product__sku", "product__name", "article__title", "cause__name")
    autocomplete_fields = ("product", "cause", "article")
    list_select_related = ("product", "cause", "article")

    def save_model(self, request, obj, form, change):
        merchandising_save(item=obj)

    def delete_model(self, request, obj):
        merchandising_delete(item=obj)

    def delete_queryset(self, request, queryset):
        for item in queryset:
            merchandising_delete(item=item)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "kind", "product", "article", "cause_slug", "shopper", "quantity")
    list_filter = ("kind", ("created_at", admin.DateFieldListFilter), "cause_slug")
    search_fields = ("anonymous_id", "product__sku", "article__slug")
    list_select_related = ("product", "article", "user")
    date_hierarchy = "created_at"
    show_full_result_count = False  # counting a large event table on every page is slow

    @admin.display(description="shopper")
    def shopper(self, event: Event) -> str:
        return str(event.user) if event.user_id else event.anonymous_id

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
