from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from config import views

api_v1 = [
    path("", include("shop.api_urls")),
    path("", include("content.api_urls")),
    path("", include("recommender.api_urls")),
    path("", include("recommender.followups.api_urls")),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", views.health, name="health"),
    path("staff/mail/", include("recommender.mailbox")),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("anymail/", include("anymail.urls")),
    path("email/c/", include("recommender.campaigns.urls")),
    path("email/", include("recommender.followups.urls")),
    path("", include("shop.urls")),
    path("", include("recommender.urls")),
    path("", include("content.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

admin.site.site_header = "Stridewise staff"
admin.site.site_title = "Stridewise staff"
admin.site.index_title = "Shop, articles and recommendations"
