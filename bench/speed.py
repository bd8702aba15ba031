"""Throughput and peak memory of kosum's whole extractive path next to textrankr, lexrankr and krwordrank.

Every method summarizes the same Wikinews articles (../shared/corpus/ko-wikinews.csv, body 내용,
title 제목) to 3 sentences, each method in a fresh interpreter so that its peak memory (RSS) is
its own. Loading (imports, Kiwi, one warm-up call) is timed apart from the steady-state run.
Articles a method raises on are counted and reported, not hidden.

    python bench/speed.py [--limit N] [--methods kosum,textrankr,lexrankr,krwordrank]

``--ratio`` measures instead, in one process, the CPU time (``time.process_time``, all threads)
of kosum's extractive path per article against one bare ``Kiwi.tokenize`` of the same body:
:data:`RATIO_ARTICLES` bodies of :data:`RATIO_MIN_CHARS` characters or more, both passes run
in turn in each round, the best round of each kept. It prints one Markdown row, and the CPU
kosum's pass spent outside the calling thread (worker threads that spin: see :mod:`kosum._blas`)
and in Python's cyclic garbage collector (with the objects it freed).

    python bench/speed.py --ratio [--rounds N]

``--stages`` splits kosum's CPU time on the same sample by stage, in context (each stage timed
where it runs, the stages inside it and Kiwi's calls apart), the best of ``--rounds`` rounds.

    python bench/speed.py --stages [--rounds N]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import json
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from common import (
    ANCHORS,
    Article,
    best_of,
    load_kiwi,
    load_method,
    load_wikinews,
    machine,
    markdown_table,
    peak_rss_mb,
)

SPEED_METHODS = ("kosum", *ANCHORS)
#: kosum is timed at 3 sentences, the length every anchor is asked for.
_LOADED = {"kosum": "kosum-3"}
#: Methods that tokenize with Kiwi (kosum itself; textrankr and lexrankr are given Kiwi tokens).
_USES_KIWI = frozenset(("kosum", "textrankr", "lexrankr"))
#: The warm-up article (our own text), run once after loading and not timed.
_WARM_UP = Article(
    "푸른시가 전기버스 120대를 도입한다. 시는 국비와 시비 340억 원을 투입한다. 충전소 15곳도 함께 짓는다.",
    ("푸른시가 전기버스 120대를 도입한다.", "시는 국비와 시비 340억 원을 투입한다.", "충전소 15곳도 함께 짓는다."),
)


#: The ``--ratio`` sample: the first this many Wikinews bodies of at least RATIO_MIN_CHARS characters.
RATIO_ARTICLES = 120
RATIO_MIN_CHARS = 300


def cpu_ratio(rounds: int) -> dict[str, float]:
    """CPU ms per article of kosum's extractive path and of one bare Kiwi tokenize of the same
    body, best of ``rounds`` rounds each (the two passes alternate within a round)."""
    from kosum._kiwi import get_kiwi

    articles = [a for a in load_wikinews() if len(a.text) >= RATIO_MIN_CHARS][:RATIO_ARTICLES]
    kiwi = get_kiwi()
    summarize = load_method(_LOADED["kosum"])
    summarize(_WARM_UP)
    kiwi.tokenize(_WARM_UP.text)
    bare, kosum, ratios, others, collecting, freed = float("inf"), float("inf"), [], [], [], 0
    for _ in range(rounds):
        start = time.process_time()
        for article in articles:
            kiwi.tokenize(article.text)
        round_bare = time.process_time() - start
        start, own = time.process_time(), time.thread_time()
        with _collector_time() as collector:
            for article in articles:
                summarize(article)
        round_kosum = time.process_time() - start
        collecting.append(collector[0])
        freed = max(freed, int(collector[1]))
        others.append(round_kosum - (time.thread_time() - own))
        ratios.append(round_kosum / round_bare)
        bare, kosum = min(bare, round_bare), min(kosum, round_kosum)
    n = len(articles)
    return {
        "articles": n,
        "bare_ms": 1000 * bare / n,
        "kosum_ms": 1000 * kosum / n,
        "ratio": kosum / bare,
        "round_min": min(ratios),
        "round_max": max(ratios),
        "other_threads_ms": 1000 * max(0.0, min(others)) / n,
        "other_threads_max_ms": 1000 * max(0.0, max(others)) / n,
        "collector_ms": 1000 * min(collecting) / n,
        "collector_max_ms": 1000 * max(collecting) / n,
        "collector_freed": freed,
    }


@contextlib.contextmanager
def _collector_time() -> Iterator[list[float]]:
    """The CPU seconds Python's cyclic garbage collector runs in the block and the objects it frees
    (``[seconds, objects]``, filled as it runs)."""
    spent, began = [0.0, 0.0], [0.0]

    def track(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            spent[0] += time.process_time() - began[0]
            spent[1] += info["collected"]

    gc.callbacks.append(track)
    try:
        yield spent
    finally:
        gc.callbacks.remove(track)


#: What ``--stages`` times: (module, function, stage), each function where that module calls it.
STAGES = (
    ("kosum.pipeline.preprocess", "clean_lines", "cleaning"),
    ("kosum.pipeline.preprocess", "split_sentences", "sentence cutting (Kiwi apart)"),
    ("kosum.summarizer", "find_structure", "structure"),
    ("kosum.summarizer", "find_cards", "cards"),
    ("kosum.engines.extractive", "tfidf_matrix", "TF-IDF"),
    ("kosum.engines.extractive", "rank_sentences", "ranking"),
    ("kosum.engines.extractive", "bullet_for", "bullets"),
    ("kosum.summarizer", "summary_morphemes", "summary morphemes"),
)


def stage_times(rounds: int) -> dict[str, float]:
    """CPU ms per article of each of :data:`STAGES`, of Kiwi's calls and of the rest, on the
    ``--ratio`` sample: the round with the least total of ``rounds``. A stage's time leaves out
    the stages and Kiwi calls inside it."""
    import importlib

    import kiwipiepy

    articles = [a for a in load_wikinews() if len(a.text) >= RATIO_MIN_CHARS][:RATIO_ARTICLES]
    summarize = load_method(_LOADED["kosum"])
    for article in articles:  # warm: the caches of short Kiwi calls filled, as in --ratio's best round
        summarize(article)
    spent: defaultdict[str, float] = defaultdict(float)
    inner: list[float] = []  # per open stage, the time of the stages inside it

    def timed(func: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            inner.append(0.0)
            try:
                return func(*args, **kwargs)
            finally:
                took = time.process_time() - start
                spent[stage] += took - inner.pop()
                if inner:
                    inner[-1] += took

        return run

    patched = [(kiwipiepy.Kiwi, "tokenize", "Kiwi calls")]
    patched += [(importlib.import_module(module), name, stage) for module, name, stage in STAGES]
    originals = [getattr(owner, name) for owner, name, _ in patched]
    best: dict[str, float] = {}
    try:
        for (owner, name, stage), original in zip(patched, originals, strict=True):
            setattr(owner, name, timed(original, stage))
        for _ in range(rounds):
            spent.clear()
            start = time.process_time()
            for article in articles:
                summarize(article)
            total = time.process_time() - start
            if not best or total < best["total"]:
                best = {stage: 0.0 for *_, stage in patched} | spent
                best |= {"rest (Python)": total - sum(spent.values()), "total": total}
    finally:
        for (owner, name, _), original in zip(patched, originals, strict=True):
            setattr(owner, name, original)
    return {stage: 1000 * seconds / len(articles) for stage, seconds in best.items()}


def worker(name: str, limit: int | None) -> dict[str, object]:
    """Load one method, then summarize every article; the numbers as a JSON-able dict."""
    articles = load_wikinews(limit)
    start = time.perf_counter()
    kiwi_s = load_kiwi() if name in _USES_KIWI else 0.0
    method = load_method(_LOADED.get(name, name))
    try:
        method(_WARM_UP)
    except Exception:  # krwordrank finds no keyword in so short a text; it warmed up all the same
        logging.getLogger("bench").debug("warm-up failed for %s", name)
    load_s = time.perf_counter() - start
    load_rss = peak_rss_mb()

    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    empty = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in articles:
        try:
            summary = method(article)
        except Exception as exc:  # an anchor's own failure on one article: count it, go on
            kind = type(exc).__name__
            failures[kind] += 1
            examples.setdefault(kind, str(exc)[:120])
            continue
        empty += not summary.strip()
    run_s, cpu_s = time.perf_counter() - start, time.process_time() - cpu_start
    return {
        "method": name,
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "failed": sum(failures.values()),
        "failures": dict(failures),
        "examples": examples,
        "empty": empty,
        "kiwi_s": kiwi_s,
        "load_s": load_s,
        "run_s": run_s,
        "cpu_s": cpu_s,
        "load_rss_mb": load_rss,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--methods", default=",".join(SPEED_METHODS), help="comma-separated, of: kosum, " + ", ".join(ANCHORS)
    )
    parser.add_argument("--rounds", type=int, default=3, help="runs of each method; the fastest counts (default 3)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds one method may take (default 3600)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument(
        "--ratio", action="store_true", help="CPU time of kosum per article ÷ that of one bare Kiwi tokenize"
    )
    parser.add_argument("--stages", action="store_true", help="kosum's CPU time per article by stage, in context")
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    if args.stages:
        times = stage_times(args.rounds)
        total = times.pop("total")
        print(f"ko-wikinews: {RATIO_ARTICLES} bodies of {RATIO_MIN_CHARS}+ characters, best of {args.rounds} rounds\n")
        rows = [[stage, f"{ms:.2f}", f"{ms / total:.0%}"] for stage, ms in sorted(times.items(), key=lambda t: -t[1])]
        print(markdown_table(["stage", "CPU ms/article", "share"], [*rows, ["total", f"{total:.2f}", "100%"]]))
        return
    if args.ratio:
        r = cpu_ratio(args.rounds)
        print(f"ko-wikinews: {r['articles']} bodies of {RATIO_MIN_CHARS}+ characters, best of {args.rounds} rounds\n")
        header = ["date", "bare Kiwi CPU ms/article", "kosum CPU ms/article", "ratio (best)", "ratio per round"]
        rounds = f"{r['round_min']:.2f}-{r['round_max']:.2f}x"
        row = [str(datetime.date.today()), f"{r['bare_ms']:.2f}", f"{r['kosum_ms']:.2f}", f"{r['ratio']:.2f}x", rounds]
        print(markdown_table(header, [row]))
        other = f"{r['other_threads_ms']:.2f}-{r['other_threads_max_ms']:.2f}"
        print(f"\nkosum's CPU outside the calling thread (BLAS or Kiwi workers): {other} ms/article per round")
        collector = f"{r['collector_ms']:.2f}-{r['collector_max_ms']:.2f}"
        freed = f"at most {r['collector_freed']} objects freed in a round"
        print(f"kosum's CPU in Python's cyclic garbage collector: {collector} ms/article per round ({freed})")
        return
    if args.worker:
        print(json.dumps(worker(args.worker, args.limit), ensure_ascii=False))
        return
    names = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = sorted(set(names) - set(SPEED_METHODS))
    if unknown:
        parser.error(f"unknown methods: {', '.join(unknown)}")
    n = len(load_wikinews(args.limit))  # fails here, clearly, if the data is absent

    limit = ["--limit", str(args.limit)] if args.limit else []
    jobs = {name: ["--worker", name, *limit] for name in names}
    results = best_of(__file__, jobs, args.rounds, args.timeout, key="run_s")
    kosum = results.get("kosum", {})
    kosum_rate = (kosum["articles"] - kosum["failed"]) / kosum["run_s"] if "run_s" in kosum else None

    rows, notes = [], []
    for name, r in results.items():
        if "error" in r:
            rows.append([name, "-", "-", "-", "-", "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        ok = r["articles"] - r["failed"]
        rate = ok / r["run_s"]
        ratio = f"{kosum_rate / rate:.2f}x" if kosum_rate and name != "kosum" else "-"
        failed = f"{r['failed']}" + (
            f" ({', '.join(f'{k} {v}' for k, v in r['failures'].items())})" if r["failed"] else ""
        )
        rows.append(
            [
                name,
                f"{rate:.1f}",
                f"{1000 * r['run_s'] / max(ok, 1):.1f}",
                f"{1000 * r['cpu_s'] / max(ok, 1):.1f}",
                f"{r['load_s']:.2f}" + (f" (Kiwi {r['kiwi_s']:.2f})" if r["kiwi_s"] else ""),
                f"{r['load_rss_mb']:.0f}",
                f"{r['peak_rss_mb']:.0f}",
                ratio,
                failed + (f"; {r['empty']} empty" if r["empty"] else ""),
            ]
        )
        notes += [f"{name}, {kind}: {text}" for kind, text in r["examples"].items()]
    print(f"ko-wikinews: {n} articles, best of {args.rounds} rounds; {datetime.date.today()}, {machine()}\n")
    header = [
        "method",
        "articles/s",
        "ms/article",
        "CPU ms/article",
        "load s",
        "RSS after load MB",
        "peak RSS MB",
        "kosum speed-up",
        "failed",
    ]
    print(markdown_table(header, rows))
    print(
        "\narticles/s: articles summarized / steady-state seconds (load excluded); "
        "kosum speed-up: kosum's articles/s ÷ the method's; CPU ms: all threads (Kiwi runs 2 here)"
    )
    for note in notes:
        print(f"- first failure of {note}")


if __name__ == "__main__":
    main()
