"""`make bench`: run every tests/bench/bench_*.py and print what each measured.

Each module exposes ``run() -> dict`` of named figures, and may set ``NEEDS_DJANGO = True``.
Usage: python -m tests.bench [name ...]   (names without the bench_ prefix)
"""

import importlib
import json
import os
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = {f"bench_{name}" for name in argv}
    if wanted:
        names = [name for name in names if name in wanted]
    failures = 0
    for name in names:
        module = importlib.import_module(f"tests.bench.{name}")
        if getattr(module, "NEEDS_DJANGO", False):
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
            import django

            django.setup()
        started = time.perf_counter()
        try:
            figures = module.run()
        except Exception as exc:  # one failing benchmark must not hide the others' figures
            failures += 1
            print(f"{name}: FAILED {type(exc).__name__}: {exc}", flush=True)
            continue
        elapsed = time.perf_counter() - started
        print(f"{name} ({elapsed:.1f} s): {json.dumps(figures, indent=2)}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
