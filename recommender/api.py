"""JSON API of the recommender: diagnose, article recommendations, product articles, events."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpResponse
from drf_spectacular.authentication import SessionScheme
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from content.models import Article
from recommender.conf import recommender_settings
from recommender.selectors import (
    MAX_LIMIT,
    article_recommendations_get,
    diagnose_result,
    product_articles_list,
)
from recommender.services.diagnose import ANSWER_KEYS
from recommender.services.events import event_record
from recommender.services.responses import (
    article_response_cached,
    article_response_store,
    article_response_token,
)
from shop.models import Product


class DiagnoseThrottle(ScopedRateThrottle):
    """The 'diagnose' scope; its rate comes from REST_FRAMEWORK or else STRIDEWISE."""

    def get_rate(self):
        rates = getattr(self, "THROTTLE_RATES", {}) or {}
        return rates.get(self.scope) or recommender_settings.DIAGNOSE_THROTTLE_RATE


class BeaconSessionAuthentication(SessionAuthentication):
    """The session's user without a CSRF token: browsers send beacons (sendBeacon) without
    one, and a forged event can only add a click or a read, never act for the shopper."""

    def enforce_csrf(self, request):
        return None


class BeaconSessionScheme(SessionScheme):
    """Documents the beacon authentication as the session cookie it is."""

    target_class = BeaconSessionAuthentication
    name = "beaconCookieAuth"


class EventsThrottle(ScopedRateThrottle):
    def get_rate(self):
        rates = getattr(self, "THROTTLE_RATES", {}) or {}
        return rates.get(self.scope) or recommender_settings.EVENTS_THROTTLE_RATE


class ReasonSerializer(serializers.Serializer):
    cause = serializers.CharField()
    text = serializers.CharField()
    evidence = serializers.CharField(allow_blank=True)


class ProductSerializer(serializers.Serializer):
    sku = serializers.CharField()
    name = serializers.CharField()
    category = serializers.CharField()
    category_name = serializers.CharField()
    attributes = serializers.DictField()
    price = serializers.CharField()
    currency = serializers.CharField()
    in_stock = serializers.BooleanField()
    url = serializers.CharField()
    image_url = serializers.CharField()
    score = serializers.FloatField()
    reasons = ReasonSerializer(many=True)


class CauseSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    confidence = serializers.FloatField(min_value=0, max_value=1)
    evidence = serializers.ListField(child=serializers.CharField())
    products_help = serializers.BooleanField()


class RedFlagSerializer(serializers.Serializer):
    evidence = serializers.ListField(child=serializers.CharField())


class AdviceSerializer(serializers.Serializer):
    cause = serializers.CharField()
    text = serializers.CharField()


class ArticleLinkSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()
    summary = serializers.CharField(allow_blank=True)
    causes = serializers.ListField(child=serializers.CharField())


class DiagnoseApi(APIView):
    # Open to anonymous shoppers and API clients alike: no session, so no CSRF token needed.
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [DiagnoseThrottle]
    throttle_scope = "diagnose"

    class InputSerializer(serializers.Serializer):
        class AnswersSerializer(serializers.Serializer):
            where = serializers.ListField(
                child=serializers.CharField(max_length=40), required=False, max_length=10
            )
            feel = serializers.ChoiceField(choices=["sharp", "dull"], required=False)
            since = serializers.ChoiceField(choices=["days", "weeks", "months"], required=False)

        def get_fields(self):
            # Built per request so a changed STRIDEWISE limit applies without a restart.
            return {
                "text": serializers.CharField(
                    max_length=recommender_settings.DIAGNOSE_MAX_CHARS,
                    help_text="The shopper's own description of their pain.",
                ),
                "size": serializers.CharField(
                    max_length=20,
                    required=False,
                    allow_blank=True,
                    help_text="Only products in stock in this size.",
                ),
                "answers": self.AnswersSerializer(required=False),
            }

    class OutputSerializer(serializers.Serializer):
        causes = CauseSerializer(many=True)
        red_flags = RedFlagSerializer(many=True)
        products = ProductSerializer(many=True)
        articles = ArticleLinkSerializer(many=True)
        advice = AdviceSerializer(many=True)

    @extend_schema(
        operation_id="diagnose",
        summary="Causes, advice, products and articles for a shopper's own words",
        description=(
            "With a red flag (sharp or shooting pain, numbness, ...) `products` and `articles` "
            "are empty and `advice` sends the shopper to a medical professional."
        ),
        request=InputSerializer,
        responses={
            200: OutputSerializer,
            400: OpenApiResponse(description="The text is missing, empty or too long."),
            429: OpenApiResponse(description="Too many requests; try again shortly."),
        },
        examples=[
            OpenApiExample(
                "Sore heels",
                value={"text": "My heels ache after runs; my shoes are three years old."},
                request_only=True,
            )
        ],
    )
    def post(self, request):
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        answers = {
            key: data["answers"][key] for key in ANSWER_KEYS if key in data.get("answers", {})
        }
        result = diagnose_result(
            text=data["text"], size=data.get("size") or None, answers=answers or None
        )
        return Response(self.OutputSerializer(result).data, status=status.HTTP_200_OK)


class ArticleRecommendationsApi(APIView):
    # A public read that never looks at the user: no session or basic-auth work per request.
    authentication_classes: list = []
    permission_classes = [AllowAny]

    class InputSerializer(serializers.Serializer):
        limit = serializers.IntegerField(min_value=1, max_value=MAX_LIMIT, default=12)
        size = serializers.CharField(max_length=20, required=False, allow_blank=True)

    class OutputSerializer(serializers.Serializer):
        class GroupSerializer(serializers.Serializer):
            cause = serializers.CharField()
            name = serializers.CharField()
            evidence = serializers.CharField(allow_blank=True)
            products = ProductSerializer(many=True)

        article = serializers.CharField()
        causes = CauseSerializer(many=True)
        red_flags = RedFlagSerializer(many=True)
        products = ProductSerializer(many=True)
        advice = AdviceSerializer(many=True)
        groups = GroupSerializer(many=True)

    @extend_schema(
        operation_id="article_recommendations",
        summary="Products that help with the causes an article discusses, with reasons",
        parameters=[
            OpenApiParameter("limit", int, description=f"1 to {MAX_LIMIT}; 12 by default."),
            OpenApiParameter("size", str, description="Only products in stock in this size."),
        ],
        responses={
            200: OutputSerializer,
            400: OpenApiResponse(description="A bad limit or size."),
            404: OpenApiResponse(description="No published article with this slug."),
        },
    )
    def get(self, request, slug: str):
        as_json = request.accepted_renderer.format == "json"
        plain = _plain_params(request.query_params) if as_json else None
        if plain is not None:
            # Warm path: the finished bytes, no article lookup, serializer or stock query;
            # invalidation retires them when the article or a product it shows changes.
            body = article_response_cached(slug=slug, limit=plain[0], size=plain[1])
            if body is not None:
                return HttpResponse(body, content_type="application/json")
        serializer = self.InputSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        limit = serializer.validated_data["limit"]
        size = serializer.validated_data.get("size") or None
        article = Article.objects.filter(slug=slug, status=Article.Status.PUBLISHED).first()
        if article is None:
            raise Http404("No published article with this slug.")
        # Read before the payload and stock, so a change in between leaves the entry stale.
        token = article_response_token(slug=slug, article_id=article.pk)
        result = article_recommendations_get(article=article, limit=limit, size=size)
        data = self.OutputSerializer(result).data
        if not as_json:
            return Response(data)
        body = JSONRenderer().render(data)
        article_response_store(slug=slug, limit=limit, size=size, token=token, body=body)
        return HttpResponse(body, content_type="application/json")


def _plain_params(params) -> tuple[int, str | None] | None:
    """(limit, size) when the query string is plainly valid; None sends it to the serializer,
    which answers anything else (a bad limit, say) with its usual 400."""
    limit_text = params.get("limit")
    size = (params.get("size") or "").strip() or None  # as the serializer trims it
    if limit_text is None:
        limit = 12
    elif limit_text.isdigit() and 1 <= int(limit_text) <= MAX_LIMIT:
        limit = int(limit_text)
    else:
        return None
    if size is not None and len(size) > 20:
        return None
    return limit, size


class ProductArticlesApi(APIView):
    permission_classes = [AllowAny]

    class InputSerializer(serializers.Serializer):
        limit = serializers.IntegerField(min_value=1, max_value=50, default=6)

    @extend_schema(
        operation_id="product_articles",
        summary="Published articles that recommend a product",
        parameters=[OpenApiParameter("limit", int, description="1 to 50; 6 by default.")],
        responses={
            200: ArticleLinkSerializer(many=True),
            400: OpenApiResponse(description="A bad limit."),
            404: OpenApiResponse(description="No active product with this SKU."),
        },
    )
    def get(self, request, sku: str):
        serializer = self.InputSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        product = Product.objects.filter(sku=sku, is_active=True).first()
        if product is None:
            raise Http404("No active product with this SKU.")
        rows = product_articles_list(product=product, limit=serializer.validated_data["limit"])
        return Response(ArticleLinkSerializer(rows, many=True).data)


class EventsApi(APIView):
    """Beacons from shoppers' browsers. Signed-in shoppers are recognised from the session."""

    permission_classes = [AllowAny]
    throttle_classes = [EventsThrottle]
    throttle_scope = "events"

    authentication_classes = [BeaconSessionAuthentication]

    class InputSerializer(serializers.Serializer):
        kind = serializers.CharField(max_length=20)
        product = serializers.CharField(
            max_length=64,
            required=False,
            allow_blank=True,
            help_text="The product's SKU; required except for view_article.",
        )
        article = serializers.CharField(
            max_length=200,
            required=False,
            allow_blank=True,
            help_text="An article slug; required for view_article.",
        )
        anonymous_id = serializers.CharField(max_length=64, required=False, allow_blank=True)
        cause = serializers.CharField(max_length=60, required=False, allow_blank=True)
        quantity = serializers.IntegerField(required=False, default=1)
        value = serializers.DecimalField(
            max_digits=12, decimal_places=2, required=False, allow_null=True, min_value=0
        )

    class OutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        kind = serializers.CharField()

    @extend_schema(
        operation_id="event_record",
        summary=(
            "Record a shopper event: view_article, view_item, select_item, add_to_cart or purchase"
        ),
        description=(
            "`view_article` (a reader opened an article) names the article and no product; "
            "every other kind names a product."
        ),
        request=InputSerializer,
        responses={
            201: OutputSerializer,
            400: OpenApiResponse(description="Each bad field with the reason."),
            429: OpenApiResponse(description="Too many requests; try again shortly."),
        },
    )
    def post(self, request):
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            event = event_record(
                kind=data["kind"],
                product_sku=data.get("product") or "",
                article_slug=data.get("article") or "",
                anonymous_id=data.get("anonymous_id") or "",
                user=request.user,
                cause=data.get("cause") or "",
                quantity=data.get("quantity", 1),
                value=data.get("value"),
            )
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict) from None
        return Response(self.OutputSerializer(event).data, status=status.HTTP_201_CREATED)
