"""The shop's URLs plus /bench/hello/: the lightest DRF response, the yardstick of the bench."""

from django.urls import path
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from config.urls import urlpatterns as shop_urlpatterns


class HelloApi(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    def get(self, request):
        return Response({"hello": "world"})


urlpatterns = [path("bench/hello/", HelloApi.as_view(), name="bench-hello"), *shop_urlpatterns]
