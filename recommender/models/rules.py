"""How staff link causes to products: rules in the ranking language, and merchandising."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from config.db import TimeStampedModel
from content.models import Article
from recommender.models.causes import Cause
from recommender.ranking.conditions import (
    Catalogue,
    Condition,
    ConditionSyntaxError,
    EvidenceCondition,
    catalogue_build,
    parse_evidence_condition,
    selector_build,
)
from shop.models import Attribute, Category, Product


def rule_catalogue() -> Catalogue:
    """What a rule may name today: the contract attributes, every category, staff extras."""
    return catalogue_build(
        extras=list(Attribute.objects.all()),
        categories=list(Category.objects.values_list("slug", flat=True)),
    )


class CauseProductRule(TimeStampedModel):
    """Products in these categories that meet these conditions help with this cause."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="product_rules")
    categories = models.ManyToManyField(
        Category,
        blank=True,
        related_name="cause_rules",
        help_text="Any of these categories; none means every category.",
    )
    conditions = models.TextField(
        blank=True,
        help_text="One condition per line, all must hold; empty: all.",
    )
    evidence_condition = models.TextField(
        "applies when the evidence mentions",
        blank=True,
        help_text=(
            "Optional: the rule counts only when the sentences that raised the cause mention "
            "these words. Commas mean any of them; 'not (...)' rules words out; 'and', 'or' "
            "and one line per requirement combine them. Each word matches a word start, so "
            "'supinat' also finds 'supination'. Example: high arch, supinat, roll outward. "
            "Empty: always."
        ),
    )
    weight = models.FloatField(
        default=1.0, help_text="How strongly the rule counts; 1 is ordinary."
    )
    reason = models.CharField(
        max_length=300,
        help_text="Why these products help; shoppers read it beside each product.",
    )
    active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["cause__position", "position", "pk"]
        verbose_name = "cause-to-product rule"
        constraints = [
            models.CheckConstraint(
                condition=Q(weight__gt=0) & Q(weight__lte=100), name="cause_rule_weight_range"
            ),
        ]
        indexes = [models.Index(fields=["cause", "active"], name="cause_rule_cause_active")]

    def __str__(self) -> str:
        return f"{self.cause}: {self.reason[:60]}"

    def clean(self) -> None:
        super().clean()
        errors = {}
        try:
            selector_build(text=self.conditions, catalogue=rule_catalogue())
        except ConditionSyntaxError as exc:
            errors["conditions"] = exc.messages
        try:
            parse_evidence_condition(self.evidence_condition)
        except ConditionSyntaxError as exc:
            errors["evidence_condition"] = exc.messages
        if errors:
            raise ValidationError(errors)

    def evidence_rule(self) -> EvidenceCondition | None:
        """The parsed evidence condition (None: always applies); raises ConditionSyntaxError."""
        return parse_evidence_condition(self.evidence_condition)

    def selector(
        self, *, catalogue: Catalogue | None = None, categories: list[str] | None = None
    ) -> Condition:
        """The whole selector (categories and conditions); raises ConditionSyntaxError."""
        if categories is None:
            categories = [category.slug for category in self.categories.all()]
        return selector_build(
            categories=categories, text=self.conditions, catalogue=catalogue or rule_catalogue()
        )


class Merchandising(TimeStampedModel):
    """Staff steering of one product for one cause or one article: pin, boost or exclude."""

    class Action(models.TextChoices):
        PIN = "pin", "Pin to the top"
        BOOST = "boost", "Boost"
        EXCLUDE = "exclude", "Exclude"

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="merchandising")
    cause = models.ForeignKey(
        Cause, on_delete=models.CASCADE, null=True, blank=True, related_name="merchandising"
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, null=True, blank=True, related_name="merchandising"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    boost_factor = models.FloatField(
        default=1.5, help_text="For boosts: the score is multiplied by this (2 doubles it)."
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Order among pins.")

    class Meta:
        ordering = ["position", "pk"]
        verbose_name_plural = "merchandising"
        constraints = [
            models.CheckConstraint(
                condition=Q(cause__isnull=False) | Q(article__isnull=False),
                name="merchandising_cause_or_article",
            ),
            models.CheckConstraint(
                condition=Q(boost_factor__gt=0) & Q(boost_factor__lte=100),
                name="merchandising_boost_factor_range",
            ),
        ]
        indexes = [
            models.Index(fields=["cause", "action"], name="merch_cause_action"),
            models.Index(fields=["article", "action"], name="merch_article_action"),
        ]

    def __str__(self) -> str:
        target = self.article or self.cause
        return f"{self.get_action_display()} {self.product_id} for {target}"

    def clean(self) -> None:
        super().clean()
        if self.cause_id is None and self.article_id is None:
            raise ValidationError("Choose a cause, an article, or both.")
