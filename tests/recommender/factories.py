import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from content.models import Article
from recommender.models import ArticleCause, Cause


class StaffUserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@stridewise.example")
    is_staff = True
    is_superuser = True
    password = factory.django.Password("review-pass-123")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Why runners hurt, part {n}")
    slug = factory.Sequence(lambda n: f"why-runners-hurt-{n}")
    summary = ""
    body_markdown = "Running is good for you."
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class CauseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cause

    slug = factory.Sequence(lambda n: f"custom_cause_{n}")
    name = factory.Sequence(lambda n: f"Custom cause {n}")
    advice = "Ease off and see how it goes."


class ArticleCauseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleCause

    article = factory.SubFactory(ArticleFactory)
    cause = factory.LazyFunction(lambda: Cause.objects.get(slug="improper_socks"))
    confidence = 0.7
    evidence = factory.LazyAttribute(lambda row: [row.article.body_markdown])
    detected_at = factory.LazyFunction(timezone.now)
