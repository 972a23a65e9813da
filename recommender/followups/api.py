"""POST /api/v1/subscribers/: subscribe with double opt-in, without revealing who is subscribed."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import permissions, serializers, status
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from recommender.followups.services import subscriber_subscribe
from recommender.followups.views import CONSENT_TEXT, client_ip

ACCEPTED_DETAIL = "Check your inbox: we sent a link to confirm your subscription."


class SubscribeThrottle(AnonRateThrottle):
    rate = "30/min"


class SubscriberCreateApi(APIView):
    permission_classes = [permissions.AllowAny]
    authentication_classes: list = []
    throttle_classes = [SubscribeThrottle]

    class InputSerializer(serializers.Serializer):
        email = serializers.EmailField(max_length=254)
        first_name = serializers.CharField(max_length=100, required=False, allow_blank=True)
        timezone = serializers.CharField(max_length=64, required=False, default="UTC")
        consent = serializers.BooleanField(help_text="Must be true: the shopper agreed to email.")
        source = serializers.CharField(max_length=200, required=False, default="api")
        consent_text = serializers.CharField(
            max_length=2000, required=False, help_text="The consent wording the shopper saw."
        )

        def validate_consent(self, value: bool) -> bool:
            if value is not True:
                raise serializers.ValidationError("Consent is required to subscribe.")
            return value

    @extend_schema(
        request=InputSerializer,
        responses={
            202: inline_serializer("SubscribeAccepted", {"detail": serializers.CharField()}),
            400: inline_serializer("SubscribeInvalid", {"field": serializers.ListField()}),
        },
        summary="Subscribe to follow-up email (double opt-in)",
        description="Always 202 for a valid request, known address or not; the shopper gets a "
        "confirmation link by email. Marketing email starts only after they confirm.",
    )
    def post(self, request):
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        subscriber_subscribe(
            email=data["email"],
            first_name=data.get("first_name", ""),
            timezone=data["timezone"],
            source=f"api:{data['source']}",
            text_shown=data.get("consent_text") or CONSENT_TEXT,
            ip=client_ip(request),
            user_agent=request.headers.get("User-Agent", ""),
        )
        return Response({"detail": ACCEPTED_DETAIL}, status=status.HTTP_202_ACCEPTED)
