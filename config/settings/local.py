"""Settings for `make run` on a developer's machine."""

from .base import *
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="local-development-key-not-for-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

# EMAIL: without EMAIL_URL, mail goes to the local catcher that `make run` starts.
# ------------------------------------------------------------------------------
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "127.0.0.1"
    EMAIL_PORT = env.int("MAILCATCHER_PORT", default=1025)

# DATABASES: web, worker and beat share one SQLite file under `make run`; wait for a
# busy writer instead of failing, and take the write lock up front to avoid deadlocks.
# ------------------------------------------------------------------------------
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _sqlite_options = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    DATABASES = {
        **DATABASES,
        "default": {
            **DATABASES["default"],
            "OPTIONS": {**DATABASES["default"].get("OPTIONS", {}), **_sqlite_options},
        },
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# FOLLOW-UP EMAIL: on a developer's machine marketing mail is not held for quiet hours, so a
# campaign sent in the evening shows up in the mail catcher at once.
# ------------------------------------------------------------------------------
STRIDEWISE_EMAIL = {**STRIDEWISE_EMAIL, "QUIET_HOURS": env("EMAIL_QUIET_HOURS", default="off")}
