"""System checks for email delivery settings: mistakes show at startup, not at send time."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Warning
from django.utils.module_loading import import_string

from recommender.followups.conf import DEFAULTS
from recommender.followups.services.policy import quiet_hours_window


def check_email_settings(app_configs=None, **kwargs) -> list:
    problems = []
    value = getattr(settings, "STRIDEWISE_EMAIL", {})
    if not isinstance(value, dict):
        return [Error("STRIDEWISE_EMAIL must be a dict.", id="followups.E002")]
    for key in sorted(set(value) - set(DEFAULTS)):
        problems.append(
            Warning(
                f"Unknown STRIDEWISE_EMAIL key {key!r}; it is ignored.",
                hint=f"Known keys: {', '.join(sorted(DEFAULTS))}.",
                id="followups.W001",
            )
        )
    try:
        quiet_hours_window(value.get("QUIET_HOURS", DEFAULTS["QUIET_HOURS"]) or "off")
    except (TypeError, ValueError):
        problems.append(
            Error(
                "STRIDEWISE_EMAIL['QUIET_HOURS'] must be off, (start_hour, end_hour) or "
                '"start-end" with hours from 0 to 23.',
                id="followups.E003",
            )
        )
    try:
        import_string(settings.EMAIL_BACKEND)
    except ImportError as exc:
        problems.append(
            Error(
                f"EMAIL_BACKEND {settings.EMAIL_BACKEND!r} cannot be imported: {exc}",
                hint="Set EMAIL_URL (smtp://...) or an anymail backend path.",
                id="followups.E001",
            )
        )
    return problems
