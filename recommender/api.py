"""JSON API of the recommender: a shopper describes their pain, we name the likely causes."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from recommender.conf import recommender_settings
from recommender.services import text_diagnose


class DiagnoseThrottle(ScopedRateThrottle):
    """The 'diagnose' scope; its rate comes from REST_FRAMEWORK or else STRIDEWISE."""

    def get_rate(self):
        rates = getattr(self, "THROTTLE_RATES", {}) or {}
        return rates.get(self.scope) or recommender_settings.DIAGNOSE_THROTTLE_RATE


class DiagnoseApi(APIView):
    # Open to anonymous shoppers and API clients alike: no session, so no CSRF token needed.
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [DiagnoseThrottle]
    throttle_scope = "diagnose"

    class InputSerializer(serializers.Serializer):
        def get_fields(self):
            # Built per request so a changed STRIDEWISE limit applies without a restart.
            return {
                "text": serializers.CharField(
                    max_length=recommender_settings.DIAGNOSE_MAX_CHARS,
                    help_text="The shopper's own description of their pain.",
                )
            }

    class OutputSerializer(serializers.Serializer):
        class CauseSerializer(serializers.Serializer):
            slug = serializers.CharField()
            confidence = serializers.FloatField(min_value=0, max_value=1)
            evidence = serializers.ListField(child=serializers.CharField())

        class RedFlagSerializer(serializers.Serializer):
            evidence = serializers.ListField(child=serializers.CharField())

        causes = CauseSerializer(many=True)
        red_flags = RedFlagSerializer(many=True)

    @extend_schema(
        operation_id="diagnose",
        summary="Name the likely causes of running pain in a shopper's words",
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
        result = text_diagnose(text=serializer.validated_data["text"])
        return Response(self.OutputSerializer(result.as_dict()).data, status=status.HTTP_200_OK)
