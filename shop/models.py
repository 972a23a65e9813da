from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from config.db import TimeStampedModel

# Categories with a drawing in shop/static/shop/placeholder/; others fall back to default.svg.
PLACEHOLDER_SLUGS = frozenset(
    ("running-socks", "compression-socks", "trail-socks", "running-shoes", "trail-shoes", "insoles")
)


class Category(TimeStampedModel):
    """A product category. The six of the catalog contract ship by default; staff may add more."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("shop:product-list") + f"?category={self.slug}"


class Attribute(TimeStampedModel):
    """An attribute staff added beyond the typed ones; values live in Product.extra_attributes."""

    class ValueType(models.TextChoices):
        TEXT = "text", "Text"
        BOOLEAN = "boolean", "Yes / no"
        INTEGER = "integer", "Whole number"
        CHOICE = "choice", "One of a list"

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=60, unique=True)
    value_type = models.CharField(max_length=10, choices=ValueType.choices, default=ValueType.TEXT)
    choices = models.JSONField(
        default=list, blank=True, help_text="Allowed values for 'one of a list'."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Product(TimeStampedModel):
    class Cushioning(models.TextChoices):
        NONE = "none", "None"
        LIGHT = "light", "Light"
        MEDIUM = "medium", "Medium"
        MAX = "max", "Max"

    class Support(models.TextChoices):
        NEUTRAL = "neutral", "Neutral"
        STABILITY = "stability", "Stability"

    class Height(models.TextChoices):
        NO_SHOW = "no-show", "No-show"
        ANKLE = "ankle", "Ankle"
        QUARTER = "quarter", "Quarter"
        CREW = "crew", "Crew"
        KNEE = "knee", "Knee"

    class Surface(models.TextChoices):
        ROAD = "road", "Road"
        TRAIL = "trail", "Trail"
        TRACK = "track", "Track"
        MIXED = "mixed", "Mixed"

    sku = models.CharField("SKU", max_length=64, unique=True)
    slug = models.SlugField(max_length=140, unique=True)
    name = models.CharField(max_length=200)
    brand = models.CharField(max_length=80, db_index=True)
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2, validators=[MinValueValidator(0)])
    currency = models.CharField(max_length=3, default=settings.SHOP_CURRENCY)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")

    # Typed attributes of the catalog contract; blank means "does not apply".
    cushioning = models.CharField(max_length=10, choices=Cushioning.choices, blank=True)
    support = models.CharField(max_length=10, choices=Support.choices, blank=True)
    arch_support = models.BooleanField(default=False)
    moisture_wicking = models.BooleanField(default=False)
    seamless_toe = models.BooleanField(default=False)
    blister_protection = models.BooleanField(default=False)
    compression_mmhg = models.PositiveSmallIntegerField("compression (mmHg)", null=True, blank=True)
    material = models.CharField(max_length=120, blank=True)
    height = models.CharField(max_length=10, choices=Height.choices, blank=True)
    surface = models.CharField(max_length=10, choices=Surface.choices, blank=True)
    drop_mm = models.DecimalField(
        "drop (mm)", max_digits=4, decimal_places=1, null=True, blank=True
    )
    stack_mm = models.DecimalField(
        "stack (mm)", max_digits=4, decimal_places=1, null=True, blank=True
    )
    weight_g = models.PositiveIntegerField("weight (g)", null=True, blank=True)
    extra_attributes = models.JSONField(default=dict, blank=True)

    image = models.ImageField(upload_to="products/", blank=True)
    image_url = models.URLField(
        max_length=500, blank=True, help_text="Used when no image is uploaded."
    )
    is_active = models.BooleanField("active", default=True, db_index=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["category", "is_active"]),
            models.Index(fields=["is_active", "cushioning"]),
            models.Index(fields=["is_active", "support"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(price__gte=0), name="product_price_not_negative"),
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$"), name="product_currency_iso_code"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.sku})"

    def get_absolute_url(self) -> str:
        return reverse("shop:product-detail", kwargs={"slug": self.slug})

    @property
    def image_src(self) -> str:
        if self.image:
            return self.image.url
        if self.image_url:
            return self.image_url
        # Categories staff add later have no drawing of their own: use the generic one.
        slug = self.category.slug if self.category.slug in PLACEHOLDER_SLUGS else "default"
        return f"{settings.STATIC_URL}shop/placeholder/{slug}.svg"

    TYPED_ATTRIBUTES = (
        "cushioning",
        "support",
        "arch_support",
        "moisture_wicking",
        "seamless_toe",
        "blister_protection",
        "compression_mmhg",
        "material",
        "height",
        "surface",
        "drop_mm",
        "stack_mm",
        "weight_g",
    )


class Variant(TimeStampedModel):
    """A size (and colour) of a product, with its own stock."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="variants")
    sku = models.CharField("SKU", max_length=80, unique=True)
    size = models.CharField(max_length=20)
    colour = models.CharField(max_length=40, blank=True)
    stock = models.PositiveIntegerField(default=0)
    price_override = models.DecimalField(
        max_digits=10, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )

    class Meta:
        ordering = ["product", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["product", "size", "colour"], name="variant_unique_size_colour"
            ),
        ]
        indexes = [models.Index(fields=["product", "stock"])]

    def __str__(self) -> str:
        label = f"{self.product.name} {self.size}"
        return f"{label} {self.colour}".strip()

    @property
    def in_stock(self) -> bool:
        return self.stock > 0
