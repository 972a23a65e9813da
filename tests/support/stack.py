"""The whole delivery path for integration tests and the benchmark, on real services.

PostgreSQL (the test database), a throwaway redis-server as broker, an aiosmtpd server and a
Celery worker process; the calling process publishes tasks to the same broker.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from django.db import connection

from tests.support.celery_worker import CeleryWorker
from tests.support.redis_server import RedisServer
from tests.support.smtp import SmtpServer

# Email settings that make the sweeper, leases and retries fast enough for a test to watch.
FAST_TIMINGS = {
    "SWEEP_SECONDS": 1,
    "SENDING_LEASE_SECONDS": 5,
    "REDISPATCH_SECONDS": 4,
    "RETRY_BASE_SECONDS": 0.5,
    "RETRY_MAX_SECONDS": 2,
    "MAX_ATTEMPTS": 30,
    "BATCH_SIZE": 25,
    "SEND_RATE_PER_SECOND": 250,
    "QUIET_HOURS": None,
    "FREQUENCY_CAP_COUNT": 0,
}


def database_url() -> str:
    """The URL of the database this process uses (the test database under pytest)."""
    db = connection.settings_dict
    auth = db.get("USER") or ""
    if db.get("PASSWORD"):
        auth += f":{db['PASSWORD']}"
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{auth}@{host}:{port}/{db['NAME']}"


def _reset_producer_pools(app) -> None:
    from kombu import pools

    if app._pool is not None:
        with contextlib.suppress(Exception):
            app._pool.force_close_all()
    app._pool = None
    if "amqp" in app.__dict__:
        app.__dict__["amqp"]._producer_pool = None
    # kombu keeps producer pools in a global registry keyed by broker URL: a pool closed
    # above would be handed out again to the next publisher of this process.
    pools.reset()


@contextlib.contextmanager
def publishing_to(broker_url: str) -> Iterator[None]:
    """Make this process publish real task messages to `broker_url` (not run them eagerly)."""
    from config.celery_app import app

    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    app.conf.update(broker_url=broker_url, task_always_eager=False)
    _reset_producer_pools(app)
    try:
        yield
    finally:
        app.conf.update(saved)
        _reset_producer_pools(app)


def wait_for(condition: Callable[[], bool], *, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


class EmailStack:
    def __init__(self, directory: Path, *, email_overrides: dict, concurrency: int = 2) -> None:
        self.directory = directory
        self.redis = RedisServer(directory)
        self.smtp = SmtpServer()
        self.email_overrides = email_overrides
        self.concurrency = concurrency
        self.worker: CeleryWorker | None = None
        self.worker_restarts = 0
        self._publishing = None

    def start(self) -> EmailStack:
        self.start_services()
        self.start_worker()
        return self

    def start_services(self) -> None:
        """Broker and SMTP server up; this process publishes to the broker from now on."""
        self.redis.start()
        self.smtp.start()
        self._publishing = publishing_to(self.redis.url)
        self._publishing.__enter__()

    def start_worker(self, *, beat: bool = True, pool: str = "prefork") -> CeleryWorker:
        env = {
            "DATABASE_URL": database_url(),
            "REDIS_URL": self.redis.url,
            "CELERY_BROKER_URL": self.redis.url,
            "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp.port}",
            "EMAIL_SWEEP_SECONDS": str(self.email_overrides.get("SWEEP_SECONDS", 1)),
            "STRIDEWISE_EMAIL_OVERRIDES": json.dumps(self.email_overrides),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "SITE_URL": "https://shop.example",
        }
        self.worker = CeleryWorker(
            directory=self.directory, env=env, concurrency=self.concurrency, beat=beat, pool=pool
        )
        return self.worker.start()

    def wait_supervised(self, condition: Callable[[], bool], *, timeout: float) -> bool:
        """``wait_for``, starting the worker again whenever it ends on its own, as the
        deployment's restart policy does (compose: ``restart: unless-stopped``). Celery may
        end a worker on an error it cannot recover from while the broker comes back;
        ``worker_restarts`` counts those restarts."""

        def supervised() -> bool:
            if self.worker is not None and self.worker.exited():
                self.worker_restarts += 1
                self.worker.start()
            return condition()

        return wait_for(supervised, timeout=timeout)

    def broker_purge(self) -> None:
        import redis

        redis.Redis.from_url(self.redis.url).flushdb()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        if self._publishing is not None:
            self._publishing.__exit__(None, None, None)
        self.smtp.stop()
        self.redis.stop()
