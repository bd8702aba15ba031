"""Batch throughput: ``kosum.summarize_files`` over the Wikinews CSV with 1 and 2 worker processes.

The 644 real articles of ../shared/corpus/ko-wikinews.csv (one per row: body 내용, title 제목) are
summarized by the extractive engine into a temporary output folder, exactly as
``kosum summarize ko-wikinews.csv -o OUT -e extractive --workers N`` does (outputs written
atomically, one JSONL record per row). Each run is a fresh interpreter; its time counts everything
from the call on: worker start-up, Kiwi loading, reading, summarizing and writing. A second pass
over the same output folder measures resume (every article skipped).

    python bench/batch_speed.py [--workers 1,2] [--limit N] [--rounds 2]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import logging
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


def worker(workers: int, limit: int | None) -> dict[str, object]:
    from kosum import SummaryOptions, summarize_files
    from kosum.batch import BatchStats

    with tempfile.TemporaryDirectory(prefix="kosum-bench-") as tmp:
        path, out = _input(Path(tmp), limit), Path(tmp) / "out"
        options = SummaryOptions(engine="extractive")
        first: list[float] = []
        cpu_start = _cpu_s()
        start = time.perf_counter()

        def progress(stats: BatchStats) -> None:
            if not first and stats.finished:
                first.append(time.perf_counter() - start)

        run = summarize_files(path, out_dir=out, options=options, workers=workers, on_progress=progress)
        for _ in run:
            pass
        wall = time.perf_counter() - start
        cpu = _cpu_s() - cpu_start
        stats = run.stats
        start = time.perf_counter()
        again = summarize_files(path, out_dir=out, options=options, workers=workers)
        for _ in again:
            pass
        resume = time.perf_counter() - start
        lines = sum(1 for _ in (out / "ko-wikinews.jsonl").open(encoding="utf-8"))
    return {
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
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each setting; the fastest counts (default 2)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds one run may take (default 3600)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.ERROR)
    limit = ["--limit", str(args.limit)] if args.limit else []
    if args.worker:
        print(json.dumps(worker(args.worker, args.limit)))
        return
    require("corpus/ko-wikinews.csv")
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    jobs = {str(n): ["--worker", str(n), *limit] for n in counts}
    results = best_of(__file__, jobs, args.rounds, args.timeout, key="wall_s")
    base = results.get(str(counts[0]), {})
    rows = []
    for name, r in results.items():
        if "error" in r:
            rows.append([name, "-", "-", "-", "-", "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        rate = r["done"] / r["wall_s"]
        steady = (r["done"] - 1) / max(r["wall_s"] - r["first_s"], 1e-9)
        speedup = f"{base['wall_s'] / r['wall_s']:.2f}x" if "wall_s" in base else "-"
        rows.append(
            [
                name,
                f"{rate:.1f}",
                f"{steady:.1f}",
                f"{r['first_s']:.1f}",
                f"{r['wall_s']:.1f}",
                f"{1000 * r['cpu_s'] / max(r['done'], 1):.1f}",
                f"{r['resume_s']:.2f} ({r['resume_skipped']} skipped)",
                speedup,
                f"{r['failed']}",
            ]
        )
    n = next((r["articles"] for r in results.values() if "articles" in r), "?")
    print(f"ko-wikinews: {n} articles, best of {args.rounds} rounds; {datetime.date.today()}, {machine()}\n")
    header = [
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
        "steady: after the first result; CPU: all processes, start-up included; "
        "resume pass: the same command again, every article skipped"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
