"""What a rule may talk about: attribute names, their kinds and their allowed values.

The default catalogue holds the typed attributes of the catalog contract plus ``category``.
Staff-added attributes (``shop.Attribute`` rows) join it through ``catalogue_build(extras=...)``;
any object with ``slug``, ``value_type`` and ``choices`` will do, so the rows can be passed as
they are. A rule names an extra attribute by its plain slug or as ``extra.<slug>``; when the
slug collides with a typed attribute, only ``extra.<slug>`` reaches the extra one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

CONTRACT_CATEGORIES: tuple[str, ...] = (
    "running-socks",
    "compression-socks",
    "trail-socks",
    "running-shoes",
    "trail-shoes",
    "insoles",
)
EXTRA_PREFIX = "extra."


class Kind(StrEnum):
    BOOLEAN = "boolean"
    INTEGER = "integer"
    DECIMAL = "decimal"
    CHOICE = "choice"
    TEXT = "text"


@dataclass(frozen=True)
class AttributeSpec:
    """One attribute a condition can test.

    ``name`` is how the canonical text writes it; ``key`` is where its value sits in a product
    dict (extras also under ``product["extra_attributes"]``); ``lookup`` is the Django field path.
    ``always_set`` marks attributes that can never be missing (booleans, the category).
    """

    name: str
    kind: Kind
    key: str
    lookup: str
    choices: tuple[str, ...] = ()
    extra: bool = False
    always_set: bool = False
    nullable: bool = False  # missing means NULL in the database (else the empty string)
    ordered: bool = False  # choices run from least to most, so < and >= make sense

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.INTEGER, Kind.DECIMAL)


def _typed(name: str, kind: Kind, choices: tuple[str, ...] = (), **flags: Any) -> AttributeSpec:
    return AttributeSpec(name=name, kind=kind, key=name, lookup=name, choices=choices, **flags)


def _contract_attributes() -> tuple[AttributeSpec, ...]:
    boolean = {"always_set": True}
    number = {"nullable": True}
    return (
        _typed("cushioning", Kind.CHOICE, ("none", "light", "medium", "max"), ordered=True),
        _typed("support", Kind.CHOICE, ("neutral", "stability")),
        _typed("arch_support", Kind.BOOLEAN, **boolean),
        _typed("moisture_wicking", Kind.BOOLEAN, **boolean),
        _typed("seamless_toe", Kind.BOOLEAN, **boolean),
        _typed("blister_protection", Kind.BOOLEAN, **boolean),
        _typed("compression_mmhg", Kind.INTEGER, **number),
        _typed("material", Kind.TEXT),
        _typed(
            "height", Kind.CHOICE, ("no-show", "ankle", "quarter", "crew", "knee"), ordered=True
        ),
        _typed("surface", Kind.CHOICE, ("road", "trail", "track", "mixed")),
        _typed("drop_mm", Kind.DECIMAL, **number),
        _typed("stack_mm", Kind.DECIMAL, **number),
        _typed("weight_g", Kind.INTEGER, **number),
    )


def category_spec(categories: Iterable[str]) -> AttributeSpec:
    return AttributeSpec(
        name="category",
        kind=Kind.CHOICE,
        key="category",
        lookup="category__slug",
        choices=tuple(categories),
        always_set=True,
    )


_EXTRA_KINDS = {
    "boolean": Kind.BOOLEAN,
    "integer": Kind.INTEGER,
    "choice": Kind.CHOICE,
    "text": Kind.TEXT,
}


def extra_spec(*, slug: str, value_type: str, choices: Iterable[Any] = ()) -> AttributeSpec:
    kind = _EXTRA_KINDS.get(str(value_type), Kind.TEXT)
    return AttributeSpec(
        name=slug,
        kind=kind,
        key=slug,
        lookup=f"extra_attributes__{slug}",
        choices=tuple(str(choice) for choice in (choices or ())) if kind is Kind.CHOICE else (),
        extra=True,
        nullable=True,
    )


@dataclass(frozen=True)
class Catalogue:
    """Attributes by the names a rule may use. Build it with ``catalogue_build``."""

    attributes: Mapping[str, AttributeSpec]
    extras: Mapping[str, AttributeSpec]

    def resolve(self, name: str) -> AttributeSpec | None:
        """The attribute a rule means by ``name`` (exact spelling first, then any case)."""
        return self._resolve(name) or self._resolve(name.lower())

    def _resolve(self, name: str) -> AttributeSpec | None:
        if name.startswith(EXTRA_PREFIX):
            return self.extras.get(name[len(EXTRA_PREFIX) :])
        return self.attributes.get(name) or self.extras.get(name)

    @property
    def names(self) -> list[str]:
        return sorted({*self.attributes, *self.extras})


def catalogue_build(
    *, extras: Iterable[Any] = (), categories: Iterable[str] | None = None
) -> Catalogue:
    """The contract attributes, ``category`` (limited to ``categories``) and staff extras."""
    typed = {spec.name: spec for spec in _contract_attributes()}
    typed["category"] = category_spec(CONTRACT_CATEGORIES if categories is None else categories)
    extra_specs: dict[str, AttributeSpec] = {}
    for row in extras:
        spec = extra_spec(
            slug=row.slug, value_type=row.value_type, choices=getattr(row, "choices", ())
        )
        if spec.name in typed:
            # Written as extra.<slug> so it never reads as the typed attribute of the same name.
            spec = replace(spec, name=EXTRA_PREFIX + spec.key)
        extra_specs[row.slug] = spec
    return Catalogue(attributes=typed, extras=extra_specs)


DEFAULT_CATALOGUE = catalogue_build()
