"""Cause detection speed and memory of the configured detector (``STRIDEWISE["DETECTOR"]``,
built as the app builds it when the causes cannot be read: with its default causes).

Speed is 1,000-word articles per second on one core, on two corpora:

- ``train``: windows cut from the labelled training passages (article and shopper wording,
  dense with cues: the rules find every cause in nearly every window);
- ``demo``: windows cut from the demo articles' Markdown (``content/demo/articles/*.md``),
  cycled: long articles as the shop publishes them, where a learned layer has causes left
  to score.

Memory is that of a detector built from cold caches, the learned weights included, and of the
same detector once it has read the bench articles (cue patterns compile on first use); the
time for 1 MB of text is also given.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

NEEDS_DJANGO = True

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "detection" / "train.jsonl"
DEMO_ARTICLES = ROOT / "content" / "demo" / "articles"
ARTICLE_WORDS = 1000
MIN_SECONDS = 3.0
_WORD = re.compile(r"\S+\s*")
_FALLBACK = (
    "Worn-out shoes with no cushioning left send every landing up your shins. Cotton socks "
    "hold sweat and rub blisters. Sitting hunched at a desk all day stiffens your back, and "
    "tight hamstrings pull on your pelvis. Build your mileage up gradually, take rest days, "
    "add strength work for your glutes and core, and stretch after each run. "
)


def _windows(words: list[str]) -> list[str]:
    while len(words) < 4 * ARTICLE_WORDS:
        words = words + words
    return [
        " ".join(words[start : start + ARTICLE_WORDS])
        for start in range(0, len(words) - ARTICLE_WORDS + 1, ARTICLE_WORDS)
    ]


def _train_articles() -> list[str]:
    if CORPUS.exists():
        lines = CORPUS.read_text(encoding="utf-8").splitlines()
        words = " ".join(json.loads(line)["text"] for line in lines if line.strip()).split()
    else:
        words = (_FALLBACK * 60).split()
    return _windows(words)


def _demo_articles() -> list[str]:
    """1,000-word windows over the demo articles' Markdown (line breaks and all), cycled."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEMO_ARTICLES.glob("*.md"))]
    if not texts:
        return _train_articles()
    # Each piece is a word with the white space after it, so a window is verbatim Markdown.
    pieces = _WORD.findall("\n\n".join(texts) + "\n\n")
    cycled = pieces + pieces  # windows run across the end of the last article into the first
    count = max(4, len(pieces) // ARTICLE_WORDS)
    return [
        "".join(cycled[start : start + ARTICLE_WORDS])
        for start in range(0, count * ARTICLE_WORDS, ARTICLE_WORDS)
    ]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _build():
    """The configured detector class, built with its default causes (no database)."""
    from django.utils.module_loading import import_string

    from recommender.conf import recommender_settings

    detector = import_string(recommender_settings.DETECTOR)()
    detector.detect("warm-up text so lazy structures are built")
    return detector


def _clear_caches() -> None:
    from recommender.detection import learned, rules

    rules._compiled_lexicon.cache_clear()
    learned._load.cache_clear()
    re.purge()
    gc.collect()


def _speed(detector, articles: list[str]) -> dict:
    # Steady state, as in a worker that has been running: one untimed pass compiles the cue
    # patterns these texts need and remembers their words.
    for article in articles:
        detector.detect(article)
    done, cpu_started, wall_started = 0, time.process_time(), time.perf_counter()
    # The machine is shared: the quickest pass is the least disturbed, the median the typical.
    passes = []
    while time.process_time() - cpu_started < MIN_SECONDS:
        pass_started = time.process_time()
        for article in articles:
            detector.detect(article)
        passes.append(time.process_time() - pass_started)
        done += len(articles)
    cpu = time.process_time() - cpu_started
    wall = time.perf_counter() - wall_started
    return {
        "one_core": round(done / cpu, 1),
        "median_pass": round(len(articles) / statistics.median(passes), 1),
        "best_pass": round(len(articles) / min(passes), 1),
        "wall": round(done / wall, 1),
        "timed": done,
    }


def run() -> dict:
    _clear_caches()
    rss_before = _rss_mb()
    started = time.perf_counter()
    detector = _build()
    load_seconds = time.perf_counter() - started
    rss_after = _rss_mb()

    articles = _train_articles()
    demo = _demo_articles()

    # Memory of a loaded detector (lexicon and weights), on a second build from cold caches,
    # and again once it has read every bench article (the cue patterns those needed are
    # compiled by then, and the words met are remembered).
    _clear_caches()
    tracemalloc.start()
    measured = _build()
    loaded_bytes, peak_bytes = tracemalloc.get_traced_memory()
    for article in articles + demo:
        measured.detect(article)
    reading_bytes, reading_peak_bytes = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del measured
    load_before = os.getloadavg()[0]
    train_speed = _speed(detector, articles)
    demo_speed = _speed(detector, demo)
    load_after = os.getloadavg()[0]

    megabyte = (" ".join(articles) + "\n") * (1_000_000 // len(" ".join(articles)) + 1)
    megabyte = megabyte[:1_000_000]
    mb_started = time.process_time()
    detector.detect(megabyte)
    mb_seconds = time.process_time() - mb_started

    return {
        "detector": f"{type(detector).__module__}.{type(detector).__qualname__}",
        # The interpreter's build matters (an optimised CPython runs this code ~10% faster).
        "python": f"{sys.executable} {platform.python_version()}",
        "articles_per_second_one_core": train_speed["one_core"],
        "articles_per_second_one_core_median_pass": train_speed["median_pass"],
        "articles_per_second_one_core_best_pass": train_speed["best_pass"],
        "articles_per_second_wall": train_speed["wall"],
        "demo_articles_per_second_one_core": demo_speed["one_core"],
        "demo_articles_per_second_one_core_median_pass": demo_speed["median_pass"],
        "demo_articles_per_second_one_core_best_pass": demo_speed["best_pass"],
        "demo_articles_per_second_wall": demo_speed["wall"],
        "load_average_1min": round(load_before, 2),
        "load_average_1min_after": round(load_after, 2),
        "article_words": ARTICLE_WORDS,
        "articles_timed": train_speed["timed"],
        "demo_articles_timed": demo_speed["timed"],
        "demo_articles_distinct": len(demo),
        "target_articles_per_second": 200,
        "detector_load_seconds": round(load_seconds, 3),
        "detector_memory_mb_tracemalloc": round(loaded_bytes / 1e6, 2),
        "detector_peak_memory_mb_tracemalloc": round(peak_bytes / 1e6, 2),
        "detector_memory_mb_after_reading_tracemalloc": round(reading_bytes / 1e6, 2),
        "detector_peak_memory_mb_while_reading_tracemalloc": round(reading_peak_bytes / 1e6, 2),
        "process_max_rss_growth_mb": round(rss_after - rss_before, 1),
        "target_memory_mb": 100,
        "one_megabyte_seconds": round(mb_seconds, 2),
    }
