"""Recommendations at scale: 100,000 products and 10,000 articles on PostgreSQL.

One run measures, on a database of its own (``stridewise_bench`` beside DATABASE_URL's):
(a) warm ``GET /api/v1/articles/{slug}/recommendations/`` requests per second and (b) a bare
DRF hello endpoint, both served by gunicorn with 2 workers and loaded by the same client
(wrk when installed, else a keep-alive thread pool), and their ratio (target >= 0.8);
(c) the p95 of a cold ``article_recommendations_compute`` over 200 articles (target <= 30 ms);
(d) the SQL queries of one article page. Redis comes from REDIS_URL as the app uses it.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

NEEDS_DJANGO = True

ROOT = Path(__file__).resolve().parents[2]
BENCH_DB = "stridewise_bench"
PRODUCTS = int(os.environ.get("BENCH_PRODUCTS", 100_000))
ARTICLES = int(os.environ.get("BENCH_ARTICLES", 10_000))
EVENTS = int(os.environ.get("BENCH_EVENTS", 100_000))
COLD_ARTICLES = 200
WARM_ARTICLES = 100  # a subset of the cold ones: computing each once is the slow part
SECONDS = float(os.environ.get("BENCH_SECONDS", 10))
CONNECTIONS = 8
RATIO_TARGET = 0.8
COLD_P95_TARGET_MS = 30.0


def _bench_database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise RuntimeError("needs PostgreSQL: set DATABASE_URL=postgres://...")
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{BENCH_DB}"))


def _database_create(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{BENCH_DB}"')


def _analyze(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ANALYZE")


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def _use_bench_database() -> None:
    """Point this process's Django at the bench database before it opens a connection."""
    from django.conf import settings
    from django.db import connections

    connections.close_all()
    settings.DATABASES["default"]["NAME"] = BENCH_DB
    del connections["default"]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _cold_compute(articles) -> dict:
    from recommender.services.recommendations import article_recommendations_compute

    timings = []
    for article in articles:
        started = time.perf_counter()
        article_recommendations_compute(article=article)
        timings.append((time.perf_counter() - started) * 1000)
    p95 = _percentile(timings, 0.95)
    return {
        "articles": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(max(timings), 2),
        "target_p95_ms": COLD_P95_TARGET_MS,
        "meets_target": p95 <= COLD_P95_TARGET_MS,
    }


def _page_queries(articles) -> dict:
    """Queries of a warm article page (the second view: the first may fill the cache)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()
    counts = []
    with override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False):
        for article in articles:
            client.get(article.get_absolute_url())
            with CaptureQueriesContext(connection) as queries:
                response = client.get(article.get_absolute_url())
            if response.status_code != 200:
                raise RuntimeError(f"article page answered {response.status_code}")
            counts.append(len(queries))
    return {"per_page": sorted(set(counts)), "pages_checked": len(counts)}


def _in_process_latency(slugs: list[str], *, rounds: int = 50) -> dict:
    """Median time of one warm request inside this process, no HTTP server: where time goes."""
    from django.test import Client
    from django.test.utils import override_settings

    client = Client()
    paths = {
        "hello": ["/bench/hello/"],
        "recommendations": [f"/api/v1/articles/{slug}/recommendations/" for slug in slugs],
    }
    medians = {}
    with override_settings(ALLOWED_HOSTS=["testserver"], ROOT_URLCONF="tests.bench.urls_hello"):
        for name, urls in paths.items():
            for url in urls:
                client.get(url)
            timings = []
            for index in range(rounds):
                started = time.perf_counter()
                client.get(urls[index % len(urls)])
                timings.append((time.perf_counter() - started) * 1000)
            medians[f"{name}_median_ms"] = round(statistics.median(timings), 2)
    return medians


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(env: dict, port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(gunicorn), "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/hello/", timeout=2):
                return process
        except OSError:
            if process.poll() is not None:
                message = process.stderr.read().decode()[-2000:]
                raise RuntimeError(f"gunicorn exited:\n{message}") from None
            time.sleep(0.3)
    _stop(process)
    raise RuntimeError("gunicorn did not answer within 60 s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wrk(port: int, paths: list[str]) -> dict:
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
    with script:
        quoted = ", ".join(f'"{path}"' for path in paths)
        script.write(
            f"local paths = {{{quoted}}}\n"
            "local i = 0\n"
            "request = function()\n"
            "  i = i % #paths + 1\n"
            "  return wrk.format(nil, paths[i])\n"
            "end\n"
        )
    try:
        output = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{CONNECTIONS}",
                f"-d{SECONDS:g}s",
                "-s",
                script.name,
                f"http://127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    latency = re.search(r"Latency\s+([\d.]+\w+)", output)
    return {
        "rps": round(rps, 1),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "mean_latency": latency.group(1) if latency else None,
    }


def _thread_pool(port: int, paths: list[str]) -> dict:
    """Keep-alive HTTP/1.1 clients in threads, for machines without wrk."""
    stop_at = time.monotonic() + SECONDS
    counts = [0] * CONNECTIONS
    errors = [0] * CONNECTIONS

    def worker(index: int) -> None:
        connection = HTTPConnection("127.0.0.1", port, timeout=10)
        i = index
        while time.monotonic() < stop_at:
            i = (i + 1) % len(paths)
            try:
                connection.request("GET", paths[i])
                response = connection.getresponse()
                response.read()
                counts[index] += 1
                errors[index] += response.status >= 300
            except OSError:
                connection.close()
                connection = HTTPConnection("127.0.0.1", port, timeout=10)
        connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CONNECTIONS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "rps": round(sum(counts) / (time.monotonic() - started), 1),
        "non_2xx": sum(errors),
    }


def _load(port: int, paths: list[str]) -> dict:
    return _wrk(port, paths) if shutil.which("wrk") else _thread_pool(port, paths)


def _throughput(env: dict, slugs: list[str]) -> dict:
    port = _free_port()
    server = _serve(env, port)
    try:
        recommendation_paths = [f"/api/v1/articles/{slug}/recommendations/" for slug in slugs]
        for path in recommendation_paths:  # warm: every article's answer is in the cache
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as reply:
                reply.read()
        hello, recommendations = [], []
        # Alternate the two so a busy neighbour on the machine slows both alike.
        for _ in range(2):
            hello.append(_load(port, ["/bench/hello/"]))
            recommendations.append(_load(port, recommendation_paths))
    finally:
        _stop(server)
    hello_rps = statistics.median(run["rps"] for run in hello)
    recommendations_rps = statistics.median(run["rps"] for run in recommendations)
    ratio = recommendations_rps / hello_rps if hello_rps else 0.0
    return {
        "client": "wrk" if shutil.which("wrk") else "python thread pool (keep-alive)",
        "connections": CONNECTIONS,
        "seconds_per_run": SECONDS,
        "hello_rps": round(hello_rps, 1),
        "recommendations_rps": round(recommendations_rps, 1),
        "ratio": round(ratio, 3),
        "target_ratio": RATIO_TARGET,
        "meets_target": ratio >= RATIO_TARGET,
        "runs": {"hello": hello, "recommendations": recommendations},
    }


def run() -> dict:
    url = _bench_database_url()
    _database_create(url)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "tests.bench.settings_bench",
        "PYTHONUNBUFFERED": "1",
    }
    started = time.perf_counter()
    _manage(env, "migrate", "--noinput")
    generated = _manage(
        env,
        "generate_data",
        f"--products={PRODUCTS}",
        f"--articles={ARTICLES}",
        f"--events={EVENTS}",
    )
    # A freshly loaded database has no planner statistics until autovacuum gets to it;
    # production has them, so the bench measures with them too.
    _analyze(url)
    setup_seconds = time.perf_counter() - started

    _use_bench_database()
    from content.models import Article
    from recommender.services.recommendations import article_recommendations_store
    from shop.models import Product, Variant

    articles = list(
        Article.objects.filter(slug__startswith="gen-", status=Article.Status.PUBLISHED).order_by(
            "pk"
        )
    )
    rng = random.Random(11)  # a repeatable sample
    cold = rng.sample(articles, min(COLD_ARTICLES, len(articles)))
    warm = cold[:WARM_ARTICLES]
    figures: dict = {
        "data": {
            "products": Product.objects.count(),
            "variants": Variant.objects.count(),
            "articles": Article.objects.count(),
            "setup_seconds": round(setup_seconds, 1),
            "generate_data": generated.strip().splitlines(),
        },
        "cold_compute": _cold_compute(cold),
    }
    started = time.perf_counter()
    for article in warm:
        article_recommendations_store(article=article)
    figures["precompute_seconds"] = round(time.perf_counter() - started, 1)
    figures["article_page_queries"] = _page_queries(warm[:5])
    figures["warm_in_process"] = _in_process_latency([article.slug for article in warm])
    figures["warm_throughput"] = _throughput(env, [article.slug for article in warm])
    return figures
