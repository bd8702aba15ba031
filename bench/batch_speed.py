"""Batch throughput: ``kosum.summarize_files`` over the Wikinews CSV with 1 and 2 workers, on the
local backend (worker processes) and on the Ray backend: a local Ray instance and its actors
(``ray``), or a cluster already running that the run joins (``ray-cluster``: a head started with
``ray start --head`` on loopback, token authentication on, before the timed run, as a cluster that
serves many runs would be; joining replaces starting and stopping Ray).

The 644 real articles of ../shared/corpus/ko-wikinews.csv (one per row: body 내용, title 제목) are
summarized by the extractive engine into a temporary output folder, exactly as
``kosum summarize ko-wikinews.csv -o OUT -e extractive --workers N [--backend ray]`` does (outputs
written atomically, one JSONL record per row). Each run is a fresh interpreter; its time counts
everything from the call on: worker start-up (Ray: starting the instance, then its actors), Kiwi
loading, reading, summarizing and writing. A second pass over the same output folder measures resume
(every article skipped). Ray runs also report where their overhead goes: starting Ray, the first
result (actor start with Kiwi), serializing articles and summaries, and shutting Ray down.

Many tiny files (``--files 1000,5000,20000``, issue 21): folders of that many one-sentence ``.txt``
files, written by the bench, summarized into an output folder (``-o``) with one worker; the rows give
the first run, the time spent summarizing in it, the rest (discovery, planning outputs, reading,
writing: the overhead, which must grow linearly with the files) and a resume pass with nothing to do
(target: under 10 s for 20,000 files). Needs no ``../shared``.

    python bench/batch_speed.py [--backends local,ray,ray-cluster] [--workers 1,2] [--limit N] [--rounds 2]
    python bench/batch_speed.py --files 1000,5000,20000 [--rounds 1]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import json
import logging
import os
import pickle
import resource
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import best_of, machine, markdown_table, peak_rss_mb, require


def _input(folder: Path, limit: int | None) -> Path:
    """The Wikinews CSV, or a copy of its first ``limit`` rows."""
    source = require("corpus/ko-wikinews.csv")
    if not limit:
        return source
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[: limit + 1]
    path = folder / "ko-wikinews.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _serialization(results: list[object]) -> dict[str, float]:
    """What the Ray backend pickles per article: its text to the actor, its summary back."""
    from kosum.batch.executors import portable
    from kosum.batch.readers import Article, Source

    summaries = [portable(r) for r in results if not isinstance(r, Exception)]
    articles = [[Article(Source("x.csv", str(i)), s.text, s.title)] for i, s in enumerate(summaries)]
    start = time.perf_counter()
    data = [pickle.dumps(a) for a in articles] + [pickle.dumps([s]) for s in summaries]
    for blob in data:
        pickle.loads(blob)
    seconds = time.perf_counter() - start
    return {"serial_ms": 1000 * seconds / len(summaries), "serial_kb": sum(map(len, data)) / 1024 / len(summaries)}


def _start_cluster(folder: Path, cpus: int) -> tuple[str, int, float]:
    """A Ray head started the documented way, on 127.0.0.1 only, with its own token and temp dir;
    returns its address, the process group of its daemons and the seconds ``ray start`` took."""
    token = folder / "token"
    token.write_text(secrets.token_hex(32), "utf-8")
    token.chmod(0o600)
    os.environ.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN_PATH=str(token), RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER="0")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    head = ["--head", "--node-ip-address", "127.0.0.1", "--port", str(port), "--num-cpus", str(cpus)]
    options = ["--include-dashboard", "false", "--disable-usage-stats", "--temp-dir", str(folder / "ray")]
    start = time.perf_counter()
    ray_cli = Path(sys.executable).with_name("ray")
    proc = subprocess.Popen([str(ray_cli), "start", *head, *options], stdout=subprocess.DEVNULL, start_new_session=True)
    if proc.wait(timeout=300):
        raise RuntimeError("ray start --head failed")
    return f"127.0.0.1:{port}", proc.pid, time.perf_counter() - start


def _stop_cluster(group: int) -> None:
    """The head's own processes only (``ray stop`` would stop every Ray process of the user)."""
    os.killpg(group, signal.SIGTERM)
    time.sleep(2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)


def worker(workers: int, backend: str, limit: int | None) -> dict[str, object]:
    from kosum import BatchStats, RayOptions, SummaryOptions, summarize_files

    with tempfile.TemporaryDirectory(prefix="kosum-bench-") as tmp, contextlib.ExitStack() as cleanup:
        path, out = _input(Path(tmp), limit), Path(tmp) / "out"
        options = SummaryOptions(engine="extractive")
        first: list[float] = []
        extra: dict[str, float] = {"load_before": os.getloadavg()[0]}
        address = None
        if backend == "ray-cluster":  # running before the run, as a cluster serving many runs would be
            address, group, extra["cluster_start_s"] = _start_cluster(Path(tmp), workers)
            cleanup.callback(_stop_cluster, group)
        cpu_start = _cpu_s()
        start = time.perf_counter()
        if backend.startswith("ray"):  # started or joined here to time it; kosum then uses this session
            from kosum.batch.ray import import_ray

            ray = import_ray()
            quiet = {"log_to_driver": False, "logging_level": logging.WARNING}
            if address:
                ray.init(address=address, **quiet)
            else:
                ray.init(num_cpus=workers, include_dashboard=False, **quiet)
            extra["ray_start_s"] = time.perf_counter() - start

        def progress(stats: BatchStats) -> None:
            if not first and stats.finished:
                first.append(time.perf_counter() - start)

        settings = {"ray": RayOptions(progress=False)} if backend.startswith("ray") else {}
        run = summarize_files(path, out_dir=out, options=options, workers=workers, on_progress=progress, **settings)
        results = [result for _, result in run]
        extra["end_s"] = time.perf_counter() - start
        if backend.startswith("ray"):
            stop = time.perf_counter()
            ray.shutdown()
            extra.update(ray_stop_s=time.perf_counter() - stop, **_serialization(results))
        wall = time.perf_counter() - start
        cpu = _cpu_s() - cpu_start
        stats = run.stats
        start = time.perf_counter()
        again = summarize_files(path, out_dir=out, options=options, workers=workers, **settings)
        for _ in again:
            pass
        resume = time.perf_counter() - start
        lines = sum(1 for _ in (out / "ko-wikinews.jsonl").open(encoding="utf-8"))
    return {
        **extra,
        "backend": backend,
        "workers": workers,
        "articles": stats.total,
        "done": stats.done,
        "failed": stats.failed,
        "records": lines,
        "wall_s": wall,
        "cpu_s": cpu,
        "first_s": first[0] if first else wall,
        "resume_s": resume,
        "resume_skipped": again.stats.skipped,
        "parent_peak_rss_mb": peak_rss_mb(),
    }


#: The text of the tiny files (``{n}``: the file's number), written for this bench.
TINY_TEXT = "푸른군은 어촌 체험 관광객을 {n}명 늘리겠다고 밝혔다. 군은 갯벌 체험장을 새로 연다.\n"


def tiny_worker(count: int) -> dict[str, object]:
    """A first run and a no-op resume over ``count`` tiny files (see the module docstring)."""
    from kosum import Summarizer, summarize_files

    with tempfile.TemporaryDirectory(prefix="kosum-bench-tiny-") as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        for n in range(count):
            sub = folder / f"{n // 1000:03}"  # 1,000 files a folder, as archives are laid out
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{n:06}.txt").write_text(TINY_TEXT.format(n=n), "utf-8")
        summarizer = Summarizer(engine="extractive")
        summarizer.summarize(TINY_TEXT.format(n=0))  # Kiwi loaded before the clock starts
        summarizing = 0.0
        batch = summarizer.summarize_batch

        def timed(items: object) -> object:
            nonlocal summarizing
            start = time.perf_counter()
            try:
                return batch(items)  # type: ignore[arg-type]
            finally:
                summarizing += time.perf_counter() - start

        summarizer.summarize_batch = timed  # type: ignore[method-assign]
        start = time.perf_counter()
        run = summarize_files(folder, out_dir=out, summarizer=summarizer)
        for _ in run:
            pass
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = summarize_files(folder, out_dir=out, summarizer=summarizer)
        for _ in again:
            pass
        resume = time.perf_counter() - start
    return {
        "files": count,
        "done": run.stats.done,
        "failed": run.stats.failed,
        "first_s": first,
        "summarizing_s": summarizing,
        "resume_s": resume,
        "resume_skipped": again.stats.skipped,
        "load_before": os.getloadavg()[0],
    }


def tiny_table(counts: list[int], rounds: int, timeout: float) -> None:
    """Print the many-tiny-files table (best of ``rounds``, by the no-op resume)."""
    jobs = {str(n): ["--tiny", str(n)] for n in counts}
    results = best_of(__file__, jobs, rounds, timeout, key="resume_s")
    rows = []
    for name, r in results.items():
        if "error" in r:
            rows.append([name, "-", "-", "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        overhead = r["first_s"] - r["summarizing_s"]
        rows.append(
            [
                f"{r['files']:,}",
                f"{r['first_s']:.1f}",
                f"{r['summarizing_s']:.1f}",
                f"{overhead:.1f} ({1000 * overhead / r['files']:.2f} ms/file)",
                f"{r['resume_s']:.2f} ({r['resume_skipped']:,} skipped)",
                f"{r['failed']}",
                f"{r['load_before']:.1f}",
            ]
        )
    print(f"many tiny files, -o OUT, 1 worker, best of {rounds}; {datetime.date.today()}, {machine()}\n")
    header = ["files", "first run s", "summarizing s", "overhead s", "no-op resume s", "failed", "load"]
    print(markdown_table(header, rows))
    print(
        "\noverhead: the first run less the time in summarize_batch (discovery, planning outputs, reading, "
        "writing); no-op resume: the same call again, every file skipped; load: 1-minute load average before"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2", help="comma-separated worker (Ray: actor) counts (default 1,2)")
    parser.add_argument(
        "--backends", default="local,ray,ray-cluster", help="comma-separated backends (default local,ray,ray-cluster)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each setting; the fastest counts (default 2)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds one run may take (default 3600)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--files", default=None, help="comma-separated counts of tiny files: that table only")
    parser.add_argument("--tiny", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.ERROR)
    if args.tiny:
        print(json.dumps(tiny_worker(args.tiny)))
        return
    if args.files:
        tiny_table([int(n) for n in args.files.split(",") if n.strip()], args.rounds, args.timeout)
        return
    limit = ["--limit", str(args.limit)] if args.limit else []
    if args.worker:
        print(json.dumps(worker(args.worker, args.backend, args.limit)))
        return
    require("corpus/ko-wikinews.csv")
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    jobs = {f"{b} {n}": ["--worker", str(n), "--backend", b, *limit] for b in backends for n in counts}
    results = best_of(__file__, jobs, args.rounds, args.timeout, key="wall_s")
    base = results.get(next(iter(jobs)), {})
    rows = []
    for name, r in results.items():
        if "error" in r:
            rows.append([*name.split(), "-", "-", "-", "-", "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        rate = r["done"] / r["wall_s"]
        steady = (r["done"] - 1) / max(r["end_s"] - r["first_s"], 1e-9)
        speedup = f"{base['wall_s'] / r['wall_s']:.2f}x" if "wall_s" in base else "-"
        rows.append(
            [
                *name.split(),
                f"{rate:.1f}",
                f"{steady:.1f}",
                f"{r['first_s']:.1f}",
                f"{r['wall_s']:.1f}",
                f"{1000 * r['cpu_s'] / max(r['done'], 1):.1f}" if r["backend"] == "local" else "-",
                f"{r['resume_s']:.2f} ({r['resume_skipped']} skipped)",
                speedup,
                f"{r['failed']}",
            ]
        )
    n = next((r["articles"] for r in results.values() if "articles" in r), "?")
    print(f"ko-wikinews: {n} articles, best of {args.rounds} rounds; {datetime.date.today()}, {machine()}\n")
    header = [
        "backend",
        "workers",
        "articles/s",
        "steady articles/s",
        "first result s",
        "total s",
        "CPU ms/article",
        "resume pass s",
        "speed-up",
        "failed",
    ]
    print(markdown_table(header, rows))
    print(
        "\narticles/s: articles summarized / total seconds (start-up, Kiwi, reading and writing included); "
        "steady: after the first result; CPU: all processes, start-up included (Ray's workers are not this "
        "process's children: not counted); resume pass: the same command again, every article skipped"
    )
    ray_rows = [
        [
            "joined cluster" if r["backend"] == "ray-cluster" else "local instance",
            name.split()[1],
            f"{r['ray_start_s']:.2f}",
            f"{r['first_s'] - r['ray_start_s']:.1f}",
            f"{r['ray_stop_s']:.2f}",
            f"{r['cluster_start_s']:.1f}" if "cluster_start_s" in r else "-",
            f"{r['serial_ms']:.2f} ({r['serial_kb']:.0f} KB)",
            f"{r['load_before']:.1f}",
        ]
        for name, r in results.items()
        if name.startswith("ray") and "error" not in r
    ]
    if ray_rows:
        header = [
            "Ray",
            "actors",
            "start or join s",
            "to first result s",
            "stop or leave s",
            "ray start s (before)",
            "pickling ms/article",
            "load",
        ]
        print("\nRay overhead (best runs):\n\n" + markdown_table(header, ray_rows))
        print(
            "\nstart or join: ray.init of a local instance, or joining the running cluster (what joining saves "
            "is the difference, and the same for stop or leave); ray start (before): starting the cluster's "
            "head, paid once before the run and not counted; to first result: from Ray up to the first summary "
            "(actors start, import kosum, load Kiwi, first block); pickling: articles to the actors and "
            "summaries back, in and out, measured in the driver; load: 1-minute load average before the run"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
