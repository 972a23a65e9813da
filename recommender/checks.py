"""System checks for the plugin's settings: a broken detector path fails loudly at startup."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Warning
from django.utils.module_loading import import_string

from recommender.conf import recommender_settings, user_settings
from recommender.detection.base import BaseDetector


def check_stridewise_setting(app_configs=None, **kwargs) -> list:
    value = getattr(settings, "STRIDEWISE", {})
    if not isinstance(value, dict):
        return [
            Error(
                f"STRIDEWISE must be a dict, not {type(value).__name__}.",
                hint='Write it like STRIDEWISE = {"DETECTOR": "..."}.',
                id="recommender.E002",
            )
        ]
    unknown = sorted(set(value) - recommender_settings.known_keys)
    return [
        Warning(
            f"Unknown STRIDEWISE key {key!r}; it is ignored.",
            hint=f"Known keys: {', '.join(sorted(recommender_settings.known_keys))}.",
            id="recommender.W001",
        )
        for key in unknown
    ]


def check_detector(app_configs=None, **kwargs) -> list:
    path = user_settings().get("DETECTOR", recommender_settings.DETECTOR)
    try:
        detector_class = import_string(path)
    except Exception as exc:  # a typo, a missing module, or a module that fails to import
        return [
            Error(
                f"STRIDEWISE['DETECTOR'] = {path!r} cannot be imported: {exc}",
                hint="Name a BaseDetector subclass by its dotted path.",
                id="recommender.E001",
            )
        ]
    if not (isinstance(detector_class, type) and issubclass(detector_class, BaseDetector)):
        return [
            Error(
                f"STRIDEWISE['DETECTOR'] = {path!r} is not a BaseDetector subclass.",
                hint="Subclass recommender.detection.BaseDetector and implement detect().",
                id="recommender.E001",
            )
        ]
    return []


def check_product_selector(app_configs=None, **kwargs) -> list:
    from recommender.catalog import BaseProductSelector

    path = user_settings().get("PRODUCT_SELECTOR", recommender_settings.PRODUCT_SELECTOR)
    try:
        selector_class = import_string(path)
    except Exception as exc:
        return [
            Error(
                f"STRIDEWISE['PRODUCT_SELECTOR'] = {path!r} cannot be imported: {exc}",
                hint="Name a recommender.catalog.BaseProductSelector subclass by its dotted path.",
                id="recommender.E003",
            )
        ]
    if not (isinstance(selector_class, type) and issubclass(selector_class, BaseProductSelector)):
        return [
            Error(
                f"STRIDEWISE['PRODUCT_SELECTOR'] = {path!r} is not a BaseProductSelector subclass.",
                hint="Subclass recommender.catalog.BaseProductSelector.",
                id="recommender.E003",
            )
        ]
    return []
