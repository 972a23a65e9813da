from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags

from config.db import TimeStampedModel


class Tag(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.TextField(blank=True)
    body_markdown = models.TextField("body (Markdown)", blank=True)
    body_html = models.TextField("body (sanitized HTML)", blank=True, editable=False)
    author = models.CharField(max_length=120, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    hero_image = models.ImageField(upload_to="articles/", blank=True)
    hero_image_url = models.URLField(max_length=500, blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    source_url = models.URLField(max_length=500, blank=True, help_text="Where an import came from.")

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["status", "-published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:article-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def reading_minutes(self) -> int:
        """About how long the body takes to read, at 220 words a minute; at least one."""
        words = len(strip_tags(self.body_html or self.body_markdown).split())
        return max(1, round(words / 220))

    @property
    def hero_src(self) -> str:
        if self.hero_image:
            return self.hero_image.url
        return self.hero_image_url
