"""Articles over JSON: anyone reads published articles; staff create, change and publish."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from content.models import Article
from content.selectors import article_get_for_reader, article_list_published
from content.services import article_create, article_publish, article_unpublish, article_update


@extend_schema_serializer(component_name="Article")
class ArticleOutputSerializer(serializers.Serializer):
    title = serializers.CharField()
    slug = serializers.SlugField()
    status = serializers.CharField()
    summary = serializers.CharField()
    author = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True)
    tags = serializers.SerializerMethodField()
    reading_minutes = serializers.IntegerField()
    url = serializers.SerializerMethodField()
    hero_image_url = serializers.SerializerMethodField()
    body_html = serializers.CharField()

    def get_tags(self, article: Article) -> list[str]:
        return [tag.name for tag in article.tags.all()]

    def get_url(self, article: Article) -> str:
        return self.context["request"].build_absolute_uri(article.get_absolute_url())

    def get_hero_image_url(self, article: Article) -> str:
        src = article.hero_src
        return self.context["request"].build_absolute_uri(src) if src else ""


class ArticleInputFields(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    slug = serializers.SlugField(max_length=200, required=False, allow_blank=True)
    summary = serializers.CharField(required=False, allow_blank=True)
    body_markdown = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    author = serializers.CharField(max_length=120, required=False, allow_blank=True)
    status = serializers.ChoiceField(choices=Article.Status.choices, required=False)
    published_at = serializers.DateTimeField(required=False, allow_null=True)
    tags = serializers.ListField(
        child=serializers.CharField(max_length=60), required=False, max_length=30
    )
    hero_image_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
    source_url = serializers.URLField(max_length=500, required=False, allow_blank=True)


class ArticlePagination(PageNumberPagination):
    page_size = 12
    page_size_query_param = "page_size"
    max_page_size = 50


class ArticleListApi(APIView):
    @extend_schema_serializer(component_name="ArticleCreateInput")
    class InputSerializer(ArticleInputFields):
        pass

    @extend_schema(
        operation_id="articles_list",
        summary="Published articles, newest first",
        parameters=[
            OpenApiParameter("q", str, description="Words in the title, summary or body."),
            OpenApiParameter("tag", str, description="Only articles with this tag (slug)."),
            OpenApiParameter("page", int),
            OpenApiParameter("page_size", int, description="At most 50."),
        ],
        responses=ArticleOutputSerializer(many=True),
    )
    def get(self, request):
        articles = article_list_published(
            query=request.query_params.get("q", "")[:200],
            tag=request.query_params.get("tag", "")[:60],
        )
        paginator = ArticlePagination()
        page = paginator.paginate_queryset(articles, request, view=self)
        data = ArticleOutputSerializer(page, many=True, context={"request": request}).data
        return paginator.get_paginated_response(data)

    @extend_schema(
        operation_id="articles_create",
        summary="Create an article (staff)",
        request=InputSerializer,
        responses={201: ArticleOutputSerializer},
    )
    def post(self, request):
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        article = article_create(**serializer.validated_data)
        output = ArticleOutputSerializer(article, context={"request": request})
        return Response(output.data, status=status.HTTP_201_CREATED)


class ArticleDetailApi(APIView):
    @extend_schema_serializer(component_name="ArticleUpdateInput")
    class InputSerializer(ArticleInputFields):
        title = serializers.CharField(max_length=200, required=False)

    @extend_schema(
        operation_id="articles_retrieve",
        summary="One published article (staff also see drafts)",
        responses=ArticleOutputSerializer,
    )
    def get(self, request, slug: str):
        article = article_get_for_reader(slug=slug, user=request.user)
        return Response(ArticleOutputSerializer(article, context={"request": request}).data)

    @extend_schema(
        operation_id="articles_partial_update",
        summary="Change an article (staff); tags given replace the current ones",
        request=InputSerializer,
        responses=ArticleOutputSerializer,
    )
    def patch(self, request, slug: str):
        article = article_get_for_reader(slug=slug, user=request.user)
        serializer = self.InputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        article = article_update(article=article, data=serializer.validated_data)
        return Response(ArticleOutputSerializer(article, context={"request": request}).data)


class ArticlePublishApi(APIView):
    @extend_schema_serializer(component_name="ArticlePublishInput")
    class InputSerializer(serializers.Serializer):
        at = serializers.DateTimeField(required=False, allow_null=True)

    @extend_schema(
        operation_id="articles_publish",
        summary="Publish an article now or at a given time (staff)",
        request=InputSerializer,
        responses=ArticleOutputSerializer,
    )
    def post(self, request, slug: str):
        article = article_get_for_reader(slug=slug, user=request.user)
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        article = article_publish(article=article, at=serializer.validated_data.get("at"))
        return Response(ArticleOutputSerializer(article, context={"request": request}).data)


class ArticleUnpublishApi(APIView):
    @extend_schema(
        operation_id="articles_unpublish",
        summary="Move an article back to draft (staff)",
        request=None,
        responses=ArticleOutputSerializer,
    )
    def post(self, request, slug: str):
        article = article_get_for_reader(slug=slug, user=request.user)
        article = article_unpublish(article=article)
        return Response(ArticleOutputSerializer(article, context={"request": request}).data)
