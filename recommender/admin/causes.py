from django.contrib import admin

from recommender.admin.rules import CauseProductRuleInline
from recommender.models import Cause, CauseProductRule
from recommender.selectors import cause_list_with_confirmed_counts
from recommender.services import cause_delete, cause_save
from recommender.services.rules import cause_rule_delete, cause_rule_save


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
    inlines = [CauseProductRuleInline]
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
    )

    def get_queryset(self, request):
        return cause_list_with_confirmed_counts(queryset=super().get_queryset(request))

    @admin.display(description="confirmed in articles", ordering="confirmed_articles")
    def confirmed_article_count(self, cause: Cause) -> int:
        return cause.confirmed_articles

    def save_model(self, request, obj, form, change):
        cause_save(cause=obj)

    def save_formset(self, request, form, formset, change):
        if formset.model is not CauseProductRule:
            return super().save_formset(request, form, formset, change)
        rules = formset.save(commit=False)
        for rule in formset.deleted_objects:
            cause_rule_delete(rule=rule)
        for rule in rules:
            cause_rule_save(rule=rule)
        formset.save_m2m()
        return None

    def delete_model(self, request, obj):
        cause_delete(cause=obj)

    def delete_queryset(self, request, queryset):
        for cause in queryset:
            cause_delete(cause=cause)
