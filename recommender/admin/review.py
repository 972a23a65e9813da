"""Reviewing the causes found in articles: confirm, reject, add by hand, re-detect."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from recommender.admin.highlight import highlight_evidence
from recommender.models import ArticleCause, ArticleReview
from recommender.selectors import article_cause_list, article_list_with_review_counts
from recommender.services import (
    article_cause_add,
    article_cause_confirm,
    article_cause_reject,
    article_causes_detect,
    article_detection_text,
)
from recommender.tasks import article_detection_queue

# Re-detecting more articles than this from the admin goes to the Celery queue instead.
REDETECT_INLINE_LIMIT = 20

Status = ArticleCause.Status


class ReviewForm(forms.ModelForm):
    """Staff pick confirmed or rejected; a new row is a cause staff add by hand."""

    class Meta:
        model = ArticleCause
        fields = ("article", "cause", "status")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields["status"]
        decisions = [(Status.CONFIRMED, "Confirmed"), (Status.REJECTED, "Rejected")]
        if self.instance.pk and self.instance.status == Status.SUGGESTED:
            decisions.insert(0, (Status.SUGGESTED, "Suggested"))
        status.choices = decisions
        if not self.instance.pk:
            status.initial = Status.CONFIRMED
        else:
            # The row belongs to its article and cause; only the decision changes.
            for name in ("article", "cause"):
                if name in self.fields:
                    field = self.fields[name]
                    field.disabled = True
                    field.widget = getattr(
                        field.widget, "widget", field.widget
                    )  # no add/edit links


def apply_review(row: ArticleCause, *, status: str, reviewer) -> None:
    if status == Status.CONFIRMED:
        article_cause_confirm(article_cause=row, reviewer=reviewer)
    elif status == Status.REJECTED:
        article_cause_reject(article_cause=row, reviewer=reviewer)


def add_by_staff(*, article, cause, status: str, reviewer) -> ArticleCause:
    row = article_cause_add(article=article, cause=cause, reviewer=reviewer)
    if status == Status.REJECTED:
        article_cause_reject(article_cause=row, reviewer=reviewer)
    return row


def evidence_list(row: ArticleCause) -> str:
    # Line breaks, not a list: the admin shows read-only values inside a <p>.
    if not row.evidence:
        return "-"
    return format_html_join(
        mark_safe("<br>"), "\u201c{}\u201d", ((sentence,) for sentence in row.evidence)
    )


class ArticleCauseInline(admin.TabularInline):
    model = ArticleCause
    form = ReviewForm
    fields = ("cause", "status", "confidence", "source", "evidence_sentences", "reviewed_by")
    readonly_fields = ("confidence", "source", "evidence_sentences", "reviewed_by")
    extra = 0
    can_delete = False
    verbose_name = "cause"
    verbose_name_plural = "causes (confirm or reject; add one by hand with 'Add another')"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("cause", "reviewed_by")

    @admin.display(description="evidence")
    def evidence_sentences(self, row: ArticleCause) -> str:
        return evidence_list(row)


class ReviewStateFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return (("pending", "has suggestions to review"), ("red_flag", "has a red flag"))

    def queryset(self, request, queryset):
        if self.value() == "pending":
            return queryset.filter(suggested_causes__gt=0)
        if self.value() == "red_flag":
            return queryset.filter(has_red_flag=True)
        return queryset


@admin.register(ArticleReview)
class ArticleReviewAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "suggested_count", "confirmed_count", "red_flag_marker")
    list_filter = (ReviewStateFilter, "status")
    search_fields = ("title",)
    fields = ("title", "status", "published_at", "highlighted_text")
    readonly_fields = fields
    inlines = [ArticleCauseInline]
    actions = ["redetect_causes"]

    def get_queryset(self, request):
        return article_list_with_review_counts(queryset=super().get_queryset(request))

    def has_add_permission(self, request):
        return False  # articles are written in the content admin

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="suggested", ordering="suggested_causes")
    def suggested_count(self, article) -> int:
        return article.suggested_causes

    @admin.display(description="confirmed", ordering="confirmed_causes")
    def confirmed_count(self, article) -> int:
        return article.confirmed_causes

    @admin.display(description="red flag", boolean=True, ordering="has_red_flag")
    def red_flag_marker(self, article) -> bool:
        return article.has_red_flag

    @admin.display(description="article text (evidence highlighted)")
    def highlighted_text(self, article) -> str:
        sentences = [
            sentence
            for row in article_cause_list(article=article)
            if row.status != Status.REJECTED
            for sentence in row.evidence
        ]
        text = highlight_evidence(article_detection_text(article=article), sentences)
        return format_html("<div class='article-review-text'>{}</div>", text)

    def save_model(self, request, obj, form, change):
        # The article itself is read-only here; only its causes change (in save_formset).
        pass

    def save_formset(self, request, form, formset, change):
        if formset.model is not ArticleCause:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)
        for row in formset.new_objects:
            add_by_staff(
                article=form.instance, cause=row.cause, status=row.status, reviewer=request.user
            )
        for row, changed in formset.changed_objects:
            if "status" in changed:
                apply_review(row, status=row.status, reviewer=request.user)
        return None

    @admin.action(description="Re-detect causes")
    def redetect_causes(self, request, queryset):
        count = queryset.count()
        if count > REDETECT_INLINE_LIMIT:
            for article_id in queryset.values_list("pk", flat=True):
                article_detection_queue(article_id=article_id)
            self.message_user(request, f"Queued cause detection for {count} articles.")
            return
        for article in queryset:
            article_causes_detect(article=article)
        self.message_user(request, f"Re-detected causes for {count} articles.", messages.SUCCESS)


@admin.register(ArticleCause)
class ArticleCauseAdmin(admin.ModelAdmin):
    form = ReviewForm
    list_display = ("article", "cause", "status", "source", "confidence", "reviewed_by")
    list_filter = ("cause", "status", "source")
    search_fields = ("article__title", "cause__name", "cause__slug")
    list_select_related = ("article", "cause", "reviewed_by")
    raw_id_fields = ("article",)
    actions = ["confirm_selected", "reject_selected"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("article", "cause", "status")
        return ("article", "cause", "status", "confidence", "source", "evidence_in_text")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return ("confidence", "source", "evidence_in_text", "reviewed_by", "reviewed_at")

    @admin.display(description="evidence in the article")
    def evidence_in_text(self, row: ArticleCause) -> str:
        text = highlight_evidence(article_detection_text(article=row.article), row.evidence)
        return format_html("<div class='article-review-text'>{}</div>", text)

    def save_model(self, request, obj, form, change):
        if not change:
            row = add_by_staff(
                article=obj.article, cause=obj.cause, status=obj.status, reviewer=request.user
            )
            obj.pk = row.pk
            obj.refresh_from_db()
        elif "status" in form.changed_data:
            apply_review(obj, status=obj.status, reviewer=request.user)

    def _review_selected(self, request, queryset, status: str) -> None:
        rows = list(queryset.select_related("article", "cause"))
        for row in rows:
            apply_review(row, status=status, reviewer=request.user)
        self.message_user(request, f"Marked {len(rows)} causes as {status}.", messages.SUCCESS)

    @admin.action(description="Confirm selected causes")
    def confirm_selected(self, request, queryset):
        self._review_selected(request, queryset, Status.CONFIRMED)

    @admin.action(description="Reject selected causes")
    def reject_selected(self, request, queryset):
        self._review_selected(request, queryset, Status.REJECTED)
