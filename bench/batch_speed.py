"""Batch throughput: ``kosum.summarize_files`` over the Wikinews CSV with 1 and 2 workers, on the
local backend (worker processes) and on the Ray backend (a local Ray instance and its actors).

The 644 real articles of ../shared/corpus/ko-wikinews.csv (one per row: body 내용, title 제목) are
summarized by the extractive engine into a temporary output folder, exactly as
``kosum summarize ko-wikinews.csv -o OUT -e extractive --workers N [--backend ray]`` does (outputs
written atomically, one JSONL record per row). Each run is a fresh interpreter; its time counts
everything from the call on: worker start-up (Ray: starting the instance, then its actors), Kiwi
loading, reading, summarizing and writing. A second pass over the same output folder measures resume
(every article skipped). Ray runs also report where their overhead goes: starting Ray, the first
result (actor start with Kiwi), serializing articles and summaries, and shutting Ray down.

    python bench/batch_speed.py [--backends local,ray] [--workers 1,2] [--limit N] [--rounds 2]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import logging
import os
import pickle
import resource
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


def worker(workers: int, backend: str, limit: int | None) -> dict[str, object]:
    from kosum import BatchStats, RayOptions, SummaryOptions, summarize_files

    with tempfile.TemporaryDirectory(prefix="kosum-bench-") as tmp:
        path, out = _input(Path(tmp), limit), Path(tmp) / "out"
        options = SummaryOptions(engine="extractive")
        first: list[float] = []
        extra: dict[str, float] = {"load_before": os.getloadavg()[0]}
        cpu_start = _cpu_s()
        start = time.perf_counter()
        if backend == "ray":  # started here to time it; kosum then uses this instance (and leaves it up)
            from kosum.batch.ray import import_ray

            ray = import_ray()
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
            extra["ray_start_s"] = time.perf_counter() - start

        def progress(stats: BatchStats) -> None:
            if not first and stats.finished:
                first.append(time.perf_counter() - start)

        settings = {"ray": RayOptions(progress=False)} if backend == "ray" else {}
        run = summarize_files(path, out_dir=out, options=options, workers=workers, on_progress=progress, **settings)
        results = [result for _, result in run]
        extra["end_s"] = time.perf_counter() - start
        if backend == "ray":
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2", help="comma-separated worker (Ray: actor) counts (default 1,2)")
    parser.add_argument("--backends", default="local,ray", help="comma-separated backends (default local,ray)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each setting; the fastest counts (default 2)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds one run may take (default 3600)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="local", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.ERROR)
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
            name.split()[1],
            f"{r['ray_start_s']:.1f}",
            f"{r['first_s'] - r['ray_start_s']:.1f}",
            f"{r['ray_stop_s']:.1f}",
            f"{r['serial_ms']:.2f} ({r['serial_kb']:.0f} KB)",
            f"{r['load_before']:.1f}",
        ]
        for name, r in results.items()
        if name.startswith("ray") and "error" not in r
    ]
    if ray_rows:
        header = ["actors", "Ray start s", "to first result s", "Ray stop s", "pickling ms/article", "load"]
        print("\nRay overhead (best runs):\n\n" + markdown_table(header, ray_rows))
        print(
            "\nto first result: from Ray up to the first summary (actors start, import kosum, load Kiwi, first "
            "block); pickling: articles to the actors and summaries back, in and out, measured in the driver; "
            "load: 1-minute load average before the run"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
