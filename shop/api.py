"""Catalog API: anyone reads, staff write through the services (config.api.IsStaffOrReadOnly)."""

import django_filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from shop.filters import BooleanParamFilter, ProductFilterSet
from shop.models import Category
from shop.selectors import product_attributes, product_get_by_sku, product_list_with_variants
from shop.services import product_create, product_delete, product_update

# Fields of the input that map one to one onto Product fields.
PRODUCT_INPUT_FIELDS = (
    "sku",
    "slug",
    "name",
    "brand",
    "description",
    "price",
    "currency",
    "category",
    "image_url",
    "is_active",
)


class ProductPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100


class VariantOutputSerializer(serializers.Serializer):
    sku = serializers.CharField()
    size = serializers.CharField()
    colour = serializers.CharField()
    stock = serializers.IntegerField()


class ProductOutputSerializer(serializers.Serializer):
    sku = serializers.CharField()
    slug = serializers.CharField()
    name = serializers.CharField()
    brand = serializers.CharField()
    description = serializers.CharField()
    price = serializers.DecimalField(max_digits=10, decimal_places=2)
    currency = serializers.CharField()
    category = serializers.CharField(source="category.slug")
    attributes = serializers.SerializerMethodField()
    image_url = serializers.SerializerMethodField()
    in_stock = serializers.BooleanField()
    total_stock = serializers.IntegerField()
    is_active = serializers.BooleanField()
    variants = VariantOutputSerializer(many=True)
    url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_attributes(self, product) -> dict:
        return product_attributes(product=product)

    def get_image_url(self, product) -> str:
        return self._absolute(product.image_src)

    def get_url(self, product) -> str:
        return self._absolute(product.get_absolute_url())

    def _absolute(self, location: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(location) if request else location


class VariantInputSerializer(serializers.Serializer):
    sku = serializers.CharField(max_length=80)
    size = serializers.CharField(max_length=20)
    colour = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    stock = serializers.IntegerField(min_value=0, default=0)


class ProductInputSerializer(serializers.Serializer):
    sku = serializers.CharField(max_length=64)
    slug = serializers.SlugField(max_length=140, required=False, allow_blank=True)
    name = serializers.CharField(max_length=200)
    brand = serializers.CharField(max_length=80)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    price = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=0)
    currency = serializers.RegexField(r"^[A-Z]{3}$", required=False, max_length=3)
    category = serializers.SlugRelatedField(slug_field="slug", queryset=Category.objects.all())
    attributes = serializers.DictField(
        required=False,
        help_text="Typed attributes (cushioning, support, height, ...) and staff-defined ones.",
    )
    image_url = serializers.URLField(required=False, allow_blank=True, max_length=500)
    is_active = serializers.BooleanField(required=False, default=True)
    variants = VariantInputSerializer(
        many=True, required=False, help_text="When given, replaces the variants (by SKU)."
    )


# What the schema adds to each filter's label; the pages need no such notes.
PARAMETER_NOTES = {
    "q": "Words that must all appear in the name, brand, SKU, description or category.",
    "search": "Same as q.",
    "category": "Category slug, e.g. running-socks.",
    "brand": "Brand name, any letter case.",
    "ordering": "Same as sort.",
    "in_stock": "true: only products with a size in stock.",
}


def _filter_parameters() -> list[OpenApiParameter]:
    """Describe ProductFilterSet in the schema, so the docs list exactly what is accepted."""
    parameters = []
    for name, filter_ in ProductFilterSet.base_filters.items():
        kind, enum = OpenApiTypes.STR, None
        if isinstance(filter_, BooleanParamFilter):
            kind = OpenApiTypes.BOOL
        elif isinstance(filter_, django_filters.NumberFilter):
            kind = OpenApiTypes.DECIMAL
        elif "choices" in filter_.extra:
            enum = [value for value, _label in filter_.extra["choices"]]
        description = " ".join(
            str(part) for part in (filter_.label, PARAMETER_NOTES.get(name)) if part
        )
        parameters.append(
            OpenApiParameter(name, kind, OpenApiParameter.QUERY, description=description, enum=enum)
        )
    return parameters


def _product_response(request, sku: str, status_code: int = status.HTTP_200_OK) -> Response:
    product = product_get_by_sku(sku=sku, include_inactive=True)
    serializer = ProductOutputSerializer(product, context={"request": request})
    return Response(serializer.data, status=status_code)


class ProductListApi(APIView):
    pagination_class = ProductPagination

    @extend_schema(
        operation_id="products_list",
        parameters=_filter_parameters(),
        responses=ProductOutputSerializer(many=True),
        description="Active products. Unreadable filter values are refused with a 400.",
    )
    def get(self, request):
        filterset = ProductFilterSet(data=request.query_params)
        if not filterset.is_valid():
            raise ValidationError(filterset.clean_errors())
        products = product_list_with_variants(filters=request.query_params)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(products, request, view=self)
        serializer = ProductOutputSerializer(page, many=True, context={"request": request})
        return paginator.get_paginated_response(serializer.data)

    @extend_schema(
        operation_id="products_create",
        request=ProductInputSerializer,
        responses={201: ProductOutputSerializer},
        description="Staff only.",
    )
    def post(self, request):
        serializer = ProductInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        product = product_create(
            attributes=data.pop("attributes", None),
            variants=data.pop("variants", ()),
            **data,
        )
        return _product_response(request, product.sku, status.HTTP_201_CREATED)


class ProductDetailApi(APIView):
    def _get_product(self, request, sku: str):
        # Staff can still reach a deactivated product, to fix and re-activate it.
        product = product_get_by_sku(sku=sku, include_inactive=request.user.is_staff)
        if product is None:
            raise NotFound(f"No product with SKU '{sku}'.")
        return product

    @extend_schema(operation_id="products_retrieve", responses=ProductOutputSerializer)
    def get(self, request, sku: str):
        product = self._get_product(request, sku)
        return Response(ProductOutputSerializer(product, context={"request": request}).data)

    @extend_schema(
        operation_id="products_update",
        request=ProductInputSerializer,
        responses=ProductOutputSerializer,
        description="Staff only. Attributes given are merged; variants given replace the set.",
    )
    def put(self, request, sku: str):
        return self._update(request, sku, partial=False)

    @extend_schema(
        operation_id="products_partial_update",
        request=ProductInputSerializer(partial=True),
        responses=ProductOutputSerializer,
        description="Staff only. Changes only the fields sent.",
    )
    def patch(self, request, sku: str):
        return self._update(request, sku, partial=True)

    @extend_schema(operation_id="products_destroy", responses={204: None})
    def delete(self, request, sku: str):
        product_delete(product=self._get_product(request, sku))
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _update(self, request, sku: str, *, partial: bool) -> Response:
        product = self._get_product(request, sku)
        serializer = ProductInputSerializer(data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        product = product_update(
            product=product,
            data={name: data[name] for name in PRODUCT_INPUT_FIELDS if name in data},
            attributes=data.get("attributes"),
            variants=data.get("variants"),
        )
        return _product_response(request, product.sku)
