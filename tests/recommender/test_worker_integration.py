"""A published article reaches a real Celery worker through Redis, and its causes land in
PostgreSQL, with nothing mocked."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings

from recommender.models import ArticleCause

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.celery,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]

articles = pytest.importorskip("content.services.articles")
pytest.importorskip("recommender.detection.rules")


@pytest.fixture
def detection_worker(tmp_path):
    database = settings.DATABASES["default"]
    url = (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST'] or '127.0.0.1'}"
        f":{database['PORT'] or 5432}/{database['NAME']}"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.test"),
        "DATABASE_URL": url,
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "PYTHONUNBUFFERED": "1",
    }
    log = (tmp_path / "worker.log").open("w")
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "--queues", "detection"]
    command += ["--pool", "solo", "--without-heartbeat", "--without-gossip", "--loglevel", "INFO"]
    worker = subprocess.Popen(
        command, cwd=settings.BASE_DIR, env=environment, stdout=log, stderr=subprocess.STDOUT
    )
    yield tmp_path / "worker.log"
    worker.terminate()
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()
    log.close()


@pytest.fixture
def queued_for_real():
    """Send tasks to the broker instead of running them in the test process."""
    from config.celery_app import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = eager


def test_publishing_an_article_gets_its_causes_detected_by_a_worker(
    detection_worker, queued_for_real
):
    article = articles.article_create(
        title="Knees after the long run",
        body_markdown=(
            "My running shoes are worn out after 900 km and the midsole feels flat. "
            "I also run every session on concrete pavements."
        ),
        status="published",
    )

    deadline = time.monotonic() + 60
    found: set[str] = set()
    while time.monotonic() < deadline and not found:
        time.sleep(0.5)
        found = set(
            ArticleCause.objects.filter(article=article).values_list("cause__slug", flat=True)
        )
    log = detection_worker.read_text()
    assert {"improper_footwear", "hard_surfaces"} <= found, log[-3000:]
    assert "Task recommender.detect_article_causes[" in log  # the worker did it, not this process
