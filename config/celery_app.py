import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("stridewise")
# Every CELERY_* setting in Django's settings configures Celery.
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def ensure_broker_folders(sender=None, **kwargs) -> None:
    """The filesystem transport needs its folders before a producer or worker touches them."""
    options = (sender or app).conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        folder = options.get(key)
        if folder:
            os.makedirs(folder, exist_ok=True)


def broker_description() -> str:
    url = app.conf.broker_url or ""
    if url.startswith("filesystem"):
        folder = (app.conf.broker_transport_options or {}).get("data_folder_in", "")
        return f"filesystem transport (no server needed) in {folder}"
    scheme, _, rest = url.partition("://")
    host = rest.rsplit("@", 1)[-1]
    return f"{scheme} at {host}"
