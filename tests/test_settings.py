"""Configuration from the environment, the production deploy checks and the container setup."""

import importlib.util
import os
import runpy
import secrets
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from django.core.exceptions import ImproperlyConfigured

# Settings modules are re-executed here with a different environment on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:.*found in sys.modules:RuntimeWarning")
ROOT = Path(__file__).resolve().parent.parent
SETTINGS_VARS = (
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "SITE_URL",
    "DJANGO_SECRET_KEY",
    "DJANGO_DEBUG",
    "DJANGO_ALLOWED_HOSTS",
    "CELERY_BROKER_URL",
    "CELERY_BROKER_DIR",
)


@pytest.fixture
def environment(monkeypatch):
    """Start from an environment that sets none of the settings, then set what a test needs."""
    for name in SETTINGS_VARS:
        monkeypatch.delenv(name, raising=False)

    def load(module: str = "config.settings.base", **values: str) -> dict:
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        # A fresh base module for this environment; local and production import from it.
        spec = importlib.util.find_spec("config.settings.base")
        base = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(base)
        monkeypatch.setitem(sys.modules, "config.settings.base", base)
        return vars(base) if module == "config.settings.base" else runpy.run_module(module)

    return load


def test_without_database_url_the_database_is_the_sqlite_file(environment):
    settings = environment()

    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]) == ROOT / "db.sqlite3"


def test_database_url_selects_postgresql(environment):
    settings = environment(DATABASE_URL="postgres://shop:s3cret@db.internal:5433/stridewise")

    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.internal",
        5433,
        "stridewise",
    )
    assert (database["USER"], database["PASSWORD"]) == ("shop", "s3cret")


def test_redis_url_makes_redis_the_cache_and_the_celery_broker(environment):
    settings = environment(REDIS_URL="redis://cache.internal:6379/3")

    cache = settings["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/3"
    assert settings["CELERY_BROKER_URL"] == "redis://cache.internal:6379/3"


def test_without_redis_url_celery_uses_the_filesystem_broker(environment):
    settings = environment()

    assert settings["CELERY_BROKER_URL"] == "filesystem://localhost/"
    queue = Path(settings["CELERY_BROKER_TRANSPORT_OPTIONS"]["data_folder_in"])
    assert queue.is_relative_to(ROOT / "var" / "broker")
    assert settings["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


def test_email_url_configures_smtp(environment):
    settings = environment(EMAIL_URL="smtp+tls://mailer:pa55@smtp.example.com:587")

    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"]) == ("smtp.example.com", 587)
    assert (settings["EMAIL_HOST_USER"], settings["EMAIL_HOST_PASSWORD"]) == ("mailer", "pa55")
    assert settings["EMAIL_USE_TLS"] is True


def test_local_settings_send_mail_to_the_catcher_without_email_url(environment):
    settings = environment("config.settings.local")

    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"]) == ("127.0.0.1", 1025)
    assert settings["MAILCATCHER_DIR"] == ROOT / "var" / "mail"
    # web, worker and beat share the SQLite file: writers wait instead of failing.
    assert settings["DATABASES"]["default"]["OPTIONS"]["timeout"] >= 10


def test_hosts_debug_and_site_url_come_from_the_environment(environment):
    settings = environment(
        DJANGO_ALLOWED_HOSTS="shop.example.com,www.shop.example.com",
        DJANGO_DEBUG="true",
        SITE_URL="https://shop.example.com/",
    )

    assert settings["ALLOWED_HOSTS"] == ["shop.example.com", "www.shop.example.com"]
    assert settings["DEBUG"] is True
    assert settings["SITE_URL"] == "https://shop.example.com"


def test_production_refuses_to_start_without_a_secret_key(environment):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        environment("config.settings.production", DJANGO_ALLOWED_HOSTS="shop.example.com")


@pytest.mark.slow
def test_production_settings_pass_the_deploy_checks_without_warnings():
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in SETTINGS_VARS and not name.startswith("DJANGO_")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="shop.example.com",
    )

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


# Run in its own process, as the web server would: queue a built-in task on each named queue.
SEND_ONE_TASK_PER_QUEUE = """
import sys
from config.celery_app import app, broker_description
print(broker_description())
for queue in sys.argv[1:]:
    print(app.send_task("celery.backend_cleanup", queue=queue).id)
"""


def _procfile_command(name: str) -> list[str]:
    for line in (ROOT / "config" / "Procfile.dev").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return shlex.split(line.partition(":")[2])
    raise AssertionError(f"config/Procfile.dev has no {name} process")


@pytest.mark.celery
@pytest.mark.slow
def test_make_runs_worker_gets_tasks_on_every_queue_through_the_filesystem_broker(tmp_path):
    env = {name: value for name, value in os.environ.items() if name not in SETTINGS_VARS}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.local",
        CELERY_BROKER_DIR=str(tmp_path / "broker"),
        PYTHONUNBUFFERED="1",
    )
    command = _procfile_command("worker")
    assert command[0] == "celery"
    log = tmp_path / "worker.log"
    with log.open("w") as output:
        worker = subprocess.Popen(
            [sys.executable, "-m", *command], cwd=ROOT, env=env, stdout=output, stderr=output
        )
    try:
        queues = ("celery", "detection", "ranking", "email")
        producer = subprocess.run(
            [sys.executable, "-c", SEND_ONE_TASK_PER_QUEUE, *queues],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        assert producer.stdout.startswith("filesystem transport")
        task_ids = producer.stdout.split()[-len(queues) :]

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = [i for i in task_ids if f"[{i}] succeeded" in log.read_text()]
            if len(done) == len(queues) or worker.poll() is not None:
                break
            time.sleep(0.2)
        assert len(done) == len(queues), log.read_text()[-3000:]
    finally:
        worker.terminate()
        worker.wait(timeout=30)


# DOCKER COMPOSE
# ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


APP_SERVICES = ("web", "worker", "mailer", "beat", "mailcatcher")


def test_compose_runs_the_whole_shop(compose):
    assert set(compose["services"]) >= {"postgres", "redis", *APP_SERVICES}


def test_compose_app_services_share_one_definition_and_image(compose):
    services = compose["services"]
    shared = compose["x-app"]

    for name in APP_SERVICES:
        assert services[name]["build"] == shared["build"]
        assert services[name]["image"] == shared["image"]
        assert set(services[name]["environment"]) >= {
            "DATABASE_URL", "REDIS_URL", "EMAIL_URL", "SITE_URL",
            "DJANGO_SECRET_KEY", "DJANGO_DEBUG", "DJANGO_ALLOWED_HOSTS",
        }  # fmt: skip
    assert shared["build"]["dockerfile"] == "config/docker/Dockerfile"
    assert (ROOT / shared["build"]["dockerfile"]).is_file()
    assert "gunicorn" in str(services["web"]["command"])


def test_compose_health_checks_gate_startup(compose):
    services = compose["services"]

    assert "pg_isready" in str(services["postgres"]["healthcheck"]["test"])
    assert "redis-cli" in str(services["redis"]["healthcheck"]["test"])
    assert "/health/" in str(services["web"]["healthcheck"]["test"])
    assert services["web"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["web"]["depends_on"]["redis"]["condition"] == "service_healthy"
    for name in ("worker", "mailer", "beat"):
        assert services[name]["depends_on"]["web"]["condition"] == "service_healthy"


def _option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_compose_workers_consume_every_queue_and_email_has_its_own_threads(compose, settings):
    services = compose["services"]
    consumed = {
        name: set(_option(service["command"], "--queues").split(","))
        for name, service in services.items()
        if "worker" in service.get("command", [])
    }
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}

    assert set().union(*consumed.values()) >= routed | {"celery"}
    assert consumed["mailer"] == {"email"}
    assert "email" not in consumed["worker"]
    mailer = services["mailer"]["command"]
    assert _option(mailer, "--pool") == "threads"
    assert int(_option(mailer, "--concurrency")) >= 4


def test_compose_mail_is_caught_where_the_staff_page_reads_it(compose):
    services = compose["services"]

    assert services["web"]["environment"]["EMAIL_URL"] == "smtp://mailcatcher:1025"
    mail_dir = services["web"]["environment"]["MAILCATCHER_DIR"]
    for name in ("web", "mailcatcher"):
        assert any(volume.endswith(f":{mail_dir}") for volume in services[name]["volumes"])


def test_dockerfile_installs_the_pinned_dependencies_and_runs_unprivileged():
    dockerfile = (ROOT / "config" / "docker" / "Dockerfile").read_text()

    assert "config/requirements.py" in dockerfile and "-c config/constraints.txt" in dockerfile
    assert "collectstatic --noinput" in dockerfile
    users = [line.split()[1] for line in dockerfile.splitlines() if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    for line in dockerfile.splitlines():
        if line.startswith("COPY ") and "--from" not in line:
            *sources, _ = line.split()[1:]
            assert all((ROOT / source).exists() for source in sources), line
