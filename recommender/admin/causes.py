from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from recommender.models import Cause
from recommender.selectors import cause_list_with_confirmed_counts
from recommender.services import cause_delete, cause_save


@admin.register(Cause)
class CauseAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "slug",
        "confirmed_article_count",
        "products_help",
        "is_red_flag",
        "active",
        "position",
    )
    list_editable = ("position", "active")
    list_filter = ("active", "products_help", "is_red_flag")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("product_rule_list",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "description", "advice")}),
        (
            "What signals it",
            {
                "fields": ("phrases", "patterns"),
                "description": (
                    "Added to what the detector already knows: phrases are plain words, "
                    "patterns are regular expressions."
                ),
            },
        ),
        ("Flags", {"fields": ("products_help", "is_red_flag", "active", "position")}),
        ("Products", {"fields": ("product_rule_list",)}),
    )

    def get_queryset(self, request):
        return cause_list_with_confirmed_counts(queryset=super().get_queryset(request))

    @admin.display(description="cause-to-product rules")
    def product_rule_list(self, cause: Cause) -> str:
        """The cause's rules with links; each is edited (and previewed) on its own page."""
        add_url = reverse("admin:recommender_causeproductrule_add")
        add_link = format_html(
            "<a class='addlink' href='{}?cause={}'>Add a rule</a>", add_url, cause.pk
        )
        if cause.pk is None:
            return "Save the cause first, then add rules."
        rules = cause.product_rules.prefetch_related("categories")
        rows = format_html_join(
            "",
            "<li><a href='{}'>{}</a> — {} · weight {}{}</li>",
            (
                (
                    reverse("admin:recommender_causeproductrule_change", args=[rule.pk]),
                    rule.reason,
                    ", ".join(category.name for category in rule.categories.all())
                    or "all categories",
                    f"{rule.weight:g}",
                    "" if rule.active else " · inactive",
                )
                for rule in rules
            ),
        )
        return format_html("<ul>{}</ul>{}", rows, add_link)

    @admin.display(description="confirmed in articles", ordering="confirmed_articles")
    def confirmed_article_count(self, cause: Cause) -> int:
        return cause.confirmed_articles

    def save_model(self, request, obj, form, change):
        cause_save(cause=obj)

    def delete_model(self, request, obj):
        cause_delete(cause=obj)

    def delete_queryset(self, request, queryset):
        for cause in queryset:
            cause_delete(cause=cause)
