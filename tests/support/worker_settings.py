"""Settings for a Celery worker started by the integration tests or the email benchmark.

The test settings, with real email over SMTP (EMAIL_URL), a real broker (REDIS_URL) and no
eager tasks; STRIDEWISE_EMAIL_OVERRIDES (JSON) shortens the sweeper's timings.
"""

from config.settings.test import *  # noqa: F403
from config.settings.test import STRIDEWISE_EMAIL, env

CELERY_TASK_ALWAYS_EAGER = False
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
STRIDEWISE_EMAIL = {**STRIDEWISE_EMAIL, **env.json("STRIDEWISE_EMAIL_OVERRIDES", default={})}
