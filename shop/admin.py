"""Catalog admin: staff search, filter, see stock at a glance and change products in bulk."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.html import format_html

from shop.imports.admin import ProductImportExportMixin
from shop.models import Attribute, Category, Product, Variant
from shop.selectors import LOW_STOCK_THRESHOLD, product_stock_annotate
from shop.services import (
    PRODUCT_FIELDS,
    product_create,
    product_extra_attributes_clean,
    product_update,
    products_set_active,
)


class StockListFilter(admin.SimpleListFilter):
    title = "stock"
    parameter_name = "stock"

    def lookups(self, request, model_admin):
        return [
            ("in", "In stock"),
            ("low", f"Low (a size with {LOW_STOCK_THRESHOLD} or fewer)"),
            ("out", "Sold out"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "in":
            return queryset.filter(in_stock=True)
        if self.value() == "out":
            return queryset.filter(in_stock=False)
        if self.value() == "low":
            return queryset.filter(
                variants__stock__gt=0, variants__stock__lte=LOW_STOCK_THRESHOLD
            ).distinct()
        return queryset


class VariantInline(admin.TabularInline):
    model = Variant
    fields = ("size", "colour", "sku", "stock", "price_override")
    extra = 1
    min_num = 0


class ProductAdminForm(forms.ModelForm):
    image_url = forms.URLField(
        label="Image URL",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="Used when no image is uploaded.",
    )

    class Meta:
        model = Product
        fields = (
            "name",
            "slug",
            "sku",
            "brand",
            "category",
            "is_active",
            "price",
            "currency",
            "description",
            "image",
            "image_url",
            *Product.TYPED_ATTRIBUTES,
            "extra_attributes",
        )

    def clean_extra_attributes(self):
        try:
            return product_extra_attributes_clean(
                values=self.cleaned_data["extra_attributes"] or {}
            )
        except ValidationError as exc:
            # The service keys its messages by field; a field's own clean must not.
            raise ValidationError(exc.message_dict["extra_attributes"]) from exc


def _thumbnail(product: Product, size: int):
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" style="object-fit:contain;'
        'background:#f1f4f7;border-radius:4px">',
        product.image_src,
        size,
        round(size * 0.75),
    )


@admin.register(Product)
class ProductAdmin(ProductImportExportMixin, admin.ModelAdmin):
    form = ProductAdminForm
    inlines = [VariantInline]
    list_display = (
        "thumbnail",
        "name",
        "sku",
        "brand",
        "category",
        "price",
        "stock_at_a_glance",
        "is_active",
    )
    list_display_links = ("thumbnail", "name")
    list_select_related = ("category",)
    list_filter = (
        "category",
        "brand",
        "is_active",
        StockListFilter,
        "cushioning",
        "support",
        "surface",
        "height",
        "arch_support",
        "moisture_wicking",
        "seamless_toe",
        "blister_protection",
    )
    search_fields = ("sku", "name", "brand", "variants__sku")
    search_help_text = "Search by SKU, name, brand or variant SKU."
    autocomplete_fields = ("category",)
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("image_preview", "created_at", "updated_at")
    actions = ("activate_selected", "deactivate_selected")
    list_per_page = 50
    fieldsets = (
        (None, {"fields": ("name", "slug", "sku", "brand", "category", "is_active")}),
        ("Price", {"fields": ("price", "currency")}),
        (
            "Description and image",
            {"fields": ("description", "image_preview", "image", "image_url")},
        ),
        (
            "Attributes",
            {
                "fields": (
                    ("cushioning", "support"),
                    ("height", "surface"),
                    ("arch_support", "moisture_wicking", "seamless_toe", "blister_protection"),
                    ("compression_mmhg", "material"),
                    ("drop_mm", "stack_mm", "weight_g"),
                    "extra_attributes",
                )
            },
        ),
        ("History", {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        low_sizes = (
            Variant.objects.filter(
                product=OuterRef("pk"), stock__gt=0, stock__lte=LOW_STOCK_THRESHOLD
            )
            .order_by()
            .values("product")
            .annotate(count=Count("pk"))
            .values("count")
        )
        queryset = product_stock_annotate(super().get_queryset(request))
        return queryset.annotate(
            low_sizes=Coalesce(Subquery(low_sizes, output_field=IntegerField()), 0)
        )

    @admin.display(description="")
    def thumbnail(self, product):
        return _thumbnail(product, 48)

    @admin.display(description="Image preview")
    def image_preview(self, product):
        if not product.pk:
            return "Shown after saving; the category's drawing is used until an image is set."
        return _thumbnail(product, 240)

    @admin.display(description="Stock", ordering="total_stock")
    def stock_at_a_glance(self, product):
        if not product.in_stock:
            return format_html('<strong style="color:{}">Sold out</strong>', "#b42318")
        if product.low_sizes:
            return format_html(
                '{} <span style="color:#8a4b00">({} size{} low)</span>',
                product.total_stock,
                product.low_sizes,
                "" if product.low_sizes == 1 else "s",
            )
        return product.total_stock

    def save_model(self, request, obj, form, change):
        # The form has already copied its values onto `obj`; read them from there.
        data = {name: getattr(obj, name) for name in form.cleaned_data if name in PRODUCT_FIELDS}
        if change:
            changed = {name: data[name] for name in form.changed_data if name in data}
            product_update(product=obj, data=changed)
            return
        attributes = {name: data.pop(name) for name in Product.TYPED_ATTRIBUTES if name in data}
        attributes.update(data.pop("extra_attributes", None) or {})
        created = product_create(attributes=attributes, **data)
        # The inline formsets are bound to `obj`; give it the saved row's identity.
        for field in Product._meta.concrete_fields:
            setattr(obj, field.attname, getattr(created, field.attname))
        obj._state.adding = False
        obj._state.db = created._state.db

    @admin.action(description="Activate selected products", permissions=["change"])
    def activate_selected(self, request, queryset):
        count = products_set_active(products=queryset, active=True)
        self.message_user(request, f"Activated {count} product(s).", messages.SUCCESS)

    @admin.action(description="Deactivate selected products", permissions=["change"])
    def deactivate_selected(self, request, queryset):
        count = products_set_active(products=queryset, active=False)
        self.message_user(request, f"Deactivated {count} product(s).", messages.SUCCESS)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position", "product_count")
    list_editable = ("position",)
    ordering = ("position", "name")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(product_total=Count("products"))

    @admin.display(description="Products", ordering="product_total")
    def product_count(self, category):
        return category.product_total


@admin.register(Attribute)
class AttributeAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "value_type")
    list_filter = ("value_type",)
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Variant)
class VariantAdmin(admin.ModelAdmin):
    """Mostly edited inline; registered so other models can pick a variant by search."""

    list_display = ("sku", "product", "size", "colour", "stock")
    list_select_related = ("product",)
    search_fields = ("sku", "product__name", "product__sku")
    autocomplete_fields = ("product",)
    list_filter = ("product__category",)
