"""Cost against length: time and peak memory of ``kosum.summarize(engine="extractive")`` on long articles.

The articles are the Wikinews bodies (../shared/corpus/ko-wikinews.csv) concatenated, one
paragraph break between them, cut to 0.1, 0.25, 0.5, 1 and 2 MB of UTF-8 (the corpus holds
about 1.1 MB, so the 2 MB article repeats it). Each size runs in a fresh interpreter, so its
peak memory (RSS) is its own; Kiwi is built before the clock starts.

Then degenerate articles of ``--degenerate-chars`` characters (default 200,000), against real text of
the same length: one syllable repeated (``"가" * n``), the Wikinews text without a period on one line,
a pattern of syllables repeated without a space, words of one repeated syllable, and one word
repeated (``"가나다라 " * (n // 5)``).

    python bench/scaling.py [--sizes 0.1,0.25,0.5,1,2] [--degenerate-chars 200000]
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import time

from common import best_of, load_kiwi, load_wikinews, machine, markdown_table, peak_rss_mb

SIZES_MB = (0.1, 0.25, 0.5, 1.0, 2.0)
MB = 1_000_000


def synthetic_article(size_bytes: int) -> str:
    """Wikinews bodies joined until ``size_bytes`` of UTF-8, cut at a character boundary."""
    bodies = [article.text.strip() for article in load_wikinews()]
    parts, total, i = [], 0, 0
    while total < size_bytes:
        body = bodies[i % len(bodies)]
        parts.append(body)
        total += len(body.encode()) + 2
        i += 1
    return "\n\n".join(parts).encode()[:size_bytes].decode("utf-8", errors="ignore")


#: Degenerate articles of ``n`` characters, against the Wikinews text of the same length ("real").
DEGENERATE = {
    "real": lambda n: synthetic_article(4 * n)[:n],
    "one syllable": lambda n: "가" * n,
    "no period, one line": lambda n: " ".join(synthetic_article(4 * n).replace(".", "").split())[:n],
    "syllable pattern, no space": lambda n: ("가나다라마바사아자차카타파하" * (n // 14 + 1))[:n],
    "words of one syllable": lambda n: ("가가가가가 " * (n // 6 + 1))[:n],
    "one word repeated": lambda n: ("가나다라 " * (n // 5 + 1))[:n],
}


def worker(size_mb: float, kind: str | None = None) -> dict[str, object]:
    import kosum
    from kosum.pipeline.preprocess import preprocess

    text = DEGENERATE[kind](int(size_mb)) if kind else synthetic_article(int(size_mb * MB))
    kiwi_s = load_kiwi()
    kosum.summarize("시는 올해 예산을 늘렸다. 내년에도 늘릴 계획이다.", engine="extractive")  # warm-up
    load_rss = peak_rss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = kosum.summarize(text, engine="extractive")
    seconds, cpu_s = time.perf_counter() - start, time.process_time() - cpu_start
    peak = peak_rss_mb()
    start = time.perf_counter()
    preprocess(text)
    preprocess_s = time.perf_counter() - start
    return {
        "mb": size_mb,
        "chars": len(text),
        "sentences": len(result.sentences),
        "sections": len(result.sections),
        "kiwi_s": kiwi_s,
        "seconds": seconds,
        "cpu_s": cpu_s,
        "preprocess_s": preprocess_s,
        "load_rss_mb": load_rss,
        "peak_rss_mb": peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES_MB), help="article sizes in MB (10^6 bytes)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each size; the fastest counts (default 3)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds one size may take (default 1800)")
    parser.add_argument("--degenerate-chars", type=int, default=200_000, help="degenerate articles' length (0: none)")
    parser.add_argument("--worker", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    if args.worker:
        print(json.dumps(worker(args.worker, args.kind)))
        return
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    load_wikinews(1)  # fails here, clearly, if the data is absent

    results = best_of(
        __file__, {str(size): ["--worker", str(size)] for size in sizes}, args.rounds, args.timeout, "seconds"
    )
    rows = []
    for size in sizes:
        r = results[str(size)]
        if "error" in r:
            rows.append([f"{size:g}", "-", "-", "-", "-", "-", "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        rows.append(
            [
                f"{size:g}",
                f"{r['chars']:,}",
                f"{r['sentences']:,}",
                f"{r['seconds']:.2f}",
                f"{r['seconds'] / size:.2f}",
                f"{r['cpu_s'] / size:.2f}",
                f"{r['preprocess_s']:.2f}",
                f"{r['peak_rss_mb']:.0f}",
                f"{r['peak_rss_mb'] - r['load_rss_mb']:.0f}",
                f"{r['sections']}",
            ]
        )
    print(
        f"kosum.summarize on synthetic Wikinews articles, best of {args.rounds} rounds; "
        f"{datetime.date.today()}, {machine()}\n"
    )
    header = [
        "MB",
        "chars",
        "sentences",
        "seconds",
        "s/MB",
        "CPU s/MB",
        "preprocess alone s",
        "peak RSS MB",
        "over loaded MB",
        "sections",
    ]
    print(markdown_table(header, rows))
    print("\nover loaded: peak RSS minus RSS after Kiwi and a warm-up call (the article's own memory)")
    if args.degenerate_chars:
        degenerate(args)


def degenerate(args: argparse.Namespace) -> None:
    n = args.degenerate_chars
    jobs = {kind: ["--worker", str(n), "--kind", kind] for kind in DEGENERATE}
    results = best_of(__file__, jobs, args.rounds, args.timeout, "seconds")
    rows = []
    for kind in DEGENERATE:
        r = results[kind]
        if "error" in r:
            rows.append([kind, "-", "-", "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        ratio = r["seconds"] / results["real"]["seconds"] if "seconds" in results["real"] else float("nan")
        cells = [f"{r['chars']:,}", f"{r['sentences']:,}", f"{r['seconds']:.2f}", f"{ratio:.2f}"]
        rows.append([kind, *cells, f"{r['preprocess_s']:.2f}", f"{r['peak_rss_mb'] - r['load_rss_mb']:.0f}"])
    print(f"\nDegenerate articles of {n:,} characters against real text of the same length, best of {args.rounds}\n")
    header = ["text", "chars", "sentences", "seconds", "× real", "preprocess alone s", "over loaded MB"]
    print(markdown_table(header, rows))


if __name__ == "__main__":
    main()
