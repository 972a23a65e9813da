"""Settings for the recommendations benchmark: production-like, plus a bare hello endpoint.

Only the benchmark uses this module; the hello endpoint is not in the shop's own URLs.
"""

from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASES, REST_FRAMEWORK, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="bench-key-not-for-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "tests.bench.urls_hello"
# Keep database connections open between requests, as production does.
DATABASES["default"]["CONN_MAX_AGE"] = 60
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Measured requests must not be turned away by rate limits.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
CELERY_TASK_ALWAYS_EAGER = False
