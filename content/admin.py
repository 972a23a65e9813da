from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from content.models import Article, Tag
from content.services import article_create, article_publish, article_unpublish, article_update

# Fields the form edits; tags travel to the services as names.
_FORM_FIELDS = (
    "title",
    "slug",
    "summary",
    "body_markdown",
    "author",
    "status",
    "published_at",
    "hero_image",
    "hero_image_url",
    "source_url",
)


class ArticleAdminForm(forms.ModelForm):
    # No Meta: the admin builds it from the fieldsets and applies formfield_overrides.

    def clean(self):
        cleaned = super().clean()
        # Choosing "published" without a date means "now", as the publish action does.
        if cleaned.get("status") == Article.Status.PUBLISHED and not cleaned.get("published_at"):
            cleaned["published_at"] = timezone.now()
            self.instance.published_at = cleaned["published_at"]
        return cleaned


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "article_count")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj: Tag) -> int:
        return obj.article_count


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("title", "status", "published_at", "author", "tag_names", "preview_link")
    list_filter = ("status", "tags", "published_at")
    search_fields = ("title", "slug", "summary", "body_markdown", "author")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("tags",)
    date_hierarchy = "published_at"
    readonly_fields = ("rendered_body", "preview_link", "created_at", "updated_at")
    actions = ("publish_selected", "unpublish_selected")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "author", "tags")}),
        ("Body", {"fields": ("body_markdown", "rendered_body", "preview_link")}),
        ("Publishing", {"fields": ("status", "published_at")}),
        ("Images and source", {"fields": ("hero_image", "hero_image_url", "source_url")}),
        ("History", {"classes": ("collapse",), "fields": ("created_at", "updated_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    @admin.display(description="tags")
    def tag_names(self, obj: Article) -> str:
        return ", ".join(tag.name for tag in obj.tags.all())

    @admin.display(description="rendered body (sanitized, as shoppers see it)")
    def rendered_body(self, obj: Article) -> str:
        if not obj.pk or not obj.body_html:
            return "Save the article to see its rendered body."
        # body_html only ever holds the sanitizer's output (see content.rendering).
        return mark_safe(f'<div class="rendered-article">{obj.body_html}</div>')

    @admin.display(description="preview")
    def preview_link(self, obj: Article) -> str:
        if not obj.pk:
            return "-"
        url = reverse("content:article-preview", kwargs={"pk": obj.pk})
        return format_html('<a href="{}" target="_blank" rel="noopener">Preview</a>', url)

    def save_model(self, request, obj, form, change):
        data = {name: form.cleaned_data[name] for name in _FORM_FIELDS if name in form.cleaned_data}
        if "hero_image" not in form.changed_data:
            data.pop("hero_image", None)  # untouched: keep the stored file
        data["tags"] = [tag.name for tag in form.cleaned_data.get("tags", [])]
        if change:
            # The form already copied its values onto obj; the service starts from the stored
            # row so that it can tell what changed.
            saved = article_update(article=Article.objects.get(pk=obj.pk), data=data)
        else:
            if not data.get("hero_image"):
                data.pop("hero_image", None)
            saved = article_create(**data)
        # The admin goes on with obj (messages, log, redirect): make it the saved row.
        obj.__dict__.update(saved.__dict__)

    def save_related(self, request, form, formsets, change):
        # Tags were set by the service; only inline formsets (none today) would remain.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.action(description="Publish selected articles")
    def publish_selected(self, request, queryset):
        published = 0
        for article in queryset.exclude(status=Article.Status.PUBLISHED):
            article_publish(article=article)
            published += 1
        self.message_user(request, f"Published {published} article(s).", messages.SUCCESS)

    @admin.action(description="Unpublish selected articles (back to draft)")
    def unpublish_selected(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Article.Status.PUBLISHED):
            article_unpublish(article=article)
            count += 1
        self.message_user(request, f"Moved {count} article(s) back to draft.", messages.SUCCESS)
