from django.urls import path

from shop.imports.feed import merchant_feed

app_name = "shop"
urlpatterns = [
    path("feeds/merchant.xml", merchant_feed, name="merchant-feed"),
]
