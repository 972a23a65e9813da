"""A real Celery worker (with embedded beat, so the sweeper runs) in its own process group.

The worker reads tests/support/worker_settings.py; the caller passes the test database, the
broker and the SMTP server through the environment. kill() is SIGKILL to the whole group, so
the pool processes and beat die too, without any chance to tidy up.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def group_rss_bytes(pgid: int) -> int:
    """Resident memory of every process in a process group (Linux /proc)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # fields after the name: state, ppid, pgrp, ...
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    return total


def group_cpu_seconds(pgid: int) -> float:
    """CPU time (user + system) used so far by the live processes of a process group."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:
                total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            continue
    return total


class CeleryWorker:
    def __init__(
        self,
        *,
        directory: Path,
        env: dict[str, str],
        concurrency: int = 2,
        beat: bool = True,
        pool: str = "prefork",
    ) -> None:
        self.directory = directory
        self.pool = pool
        self.beat = beat
        self.env = {**os.environ, **env}
        self.env["DJANGO_SETTINGS_MODULE"] = "tests.support.worker_settings"
        self.env.setdefault("PYTHONUNBUFFERED", "1")
        self.concurrency = concurrency
        self.process: subprocess.Popen | None = None
        self.starts = 0

    @property
    def log_file(self) -> Path:
        return self.directory / f"worker-{self.starts}.log"

    def start(self, *, timeout: float = 60.0) -> CeleryWorker:
        self.starts += 1
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            *self._beat_options(),
            "--queues",
            "email,celery",
            "--concurrency",
            str(self.concurrency),
            "--pool",
            self.pool,
            "--without-mingle",
            "--without-gossip",
            "--hostname",
            f"email-test-{self.starts}@%h",
            "--loglevel",
            "INFO",
        ]
        log = self.log_file.open("ab")
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log_tail()}")
            if b" ready." in self.log_file.read_bytes():
                return self
            time.sleep(0.2)
        raise RuntimeError(f"worker did not become ready:\n{self.log_tail()}")

    def _beat_options(self) -> list[str]:
        if not self.beat:
            return []
        schedule = str(self.directory / "beat-schedule")
        return ["--beat", "--schedule", schedule, "--scheduler", "celery.beat:PersistentScheduler"]

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def exited(self) -> bool:
        """The worker ended on its own: a crash or an error Celery treats as unrecoverable."""
        return self.process is not None and self.process.poll() is not None

    def critical_lines(self) -> list[str]:
        """CRITICAL lines from every start's log: why a worker ended on its own."""
        lines = []
        for number in range(1, self.starts + 1):
            path = self.directory / f"worker-{number}.log"
            with contextlib.suppress(OSError):
                text = path.read_text(errors="replace")
                lines += [line for line in text.splitlines() if "CRITICAL" in line]
        return lines

    def rss_bytes(self) -> int:
        return group_rss_bytes(self.process.pid) if self.process else 0

    def cpu_seconds(self) -> float:
        return group_cpu_seconds(self.process.pid) if self.process else 0.0

    def kill(self) -> None:
        """SIGKILL the worker, its pool and its beat: a crash, mid-send."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            self.kill()
        self.process = None
