"""The detector each process loads once and rebuilds only when the causes or the setting change.

A version token in the shared cache says when staff last changed a Cause; detections compare
it with the version the loaded detector was built from (at most one cache read a second per
process, and no query).
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.utils.module_loading import import_string

from recommender.conf import recommender_settings
from recommender.detection.base import BaseDetector, DetectionResult
from recommender.selectors import cause_specs_active

logger = logging.getLogger(__name__)

VERSION_CACHE_KEY = "recommender:causes-version"
# A burst of detections shares one version check; other processes see a change this late.
VERSION_CHECK_INTERVAL = 1.0


@dataclass(frozen=True)
class LoadedDetector:
    detector: BaseDetector
    path: str
    version: str | None
    # Slugs of the active Cause rows; None when the database could not be read, in which
    # case the detector runs on its own defaults and nothing is filtered out.
    active_slugs: frozenset[str] | None

    def detect(self, text: str) -> DetectionResult:
        result = self.detector.detect(text)
        if self.active_slugs is None:
            return result
        causes = tuple(cause for cause in result.causes if cause.slug in self.active_slugs)
        if len(causes) == len(result.causes):
            return result
        return DetectionResult(causes=causes, red_flags=result.red_flags)


_loaded: LoadedDetector | None = None
_version_checked_at = float("-inf")
_lock = threading.Lock()


def _causes_version() -> str | None:
    try:
        version = cache.get(VERSION_CACHE_KEY)
        if version is None:
            cache.add(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_CACHE_KEY)
    except Exception:  # the cache is only a hint; an unreachable one must not stop detection
        logger.warning("cause version unavailable from the cache", exc_info=True)
        return None
    return version


def _is_current(loaded: LoadedDetector | None, *, path: str, version: str | None) -> bool:
    if loaded is None or loaded.path != path or loaded.active_slugs is None:
        return False
    return version is None or version == loaded.version


def _build(*, path: str, version: str | None) -> LoadedDetector:
    detector_class = import_string(path)
    try:
        specs = cause_specs_active()
    except DatabaseError as exc:
        logger.warning("causes unreadable (%s); detecting with the detector's defaults", exc)
        return LoadedDetector(detector_class(), path, version, active_slugs=None)
    active_slugs = frozenset(spec.slug for spec in specs)
    return LoadedDetector(detector_class(causes=specs), path, version, active_slugs)


def detector_get() -> LoadedDetector:
    """The detector named by STRIDEWISE["DETECTOR"], built from the active causes."""
    global _loaded, _version_checked_at
    path = recommender_settings.DETECTOR
    loaded = _loaded
    now = time.monotonic()
    recently_checked = now - _version_checked_at < VERSION_CHECK_INTERVAL
    if recently_checked and _is_current(loaded, path=path, version=None):
        return loaded
    version = _causes_version()
    _version_checked_at = now
    if _is_current(loaded, path=path, version=version):
        return loaded
    with _lock:
        if not _is_current(_loaded, path=path, version=version):
            _loaded = _build(path=path, version=version)
        return _loaded


def detector_reset() -> None:
    """Forget the loaded detector here and, through the cache, in every other process."""
    global _loaded
    _loaded = None
    try:
        cache.set(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.warning("could not publish the new cause version", exc_info=True)


def detector_reset_on_commit() -> None:
    # Other processes must not rebuild from rows that are not committed yet.
    transaction.on_commit(detector_reset)
