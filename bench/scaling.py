"""Cost against length: time and peak memory of ``kosum.summarize(engine="extractive")`` on long articles.

The articles are the Wikinews bodies (../shared/corpus/ko-wikinews.csv) concatenated, one
paragraph break between them, cut to 0.1, 0.25, 0.5, 1 and 2 MB of UTF-8 (the corpus holds
about 1.1 MB, so the 2 MB article repeats it). Each size runs in a fresh interpreter, so its
peak memory (RSS) is its own; Kiwi is built before the clock starts.

Then degenerate articles of ``--degenerate-chars`` characters (default 200,000), against real text of
the same length: one syllable repeated (``"가" * n``), the Wikinews text without a period on one line,
a pattern of syllables repeated without a space, words of one repeated syllable, and one word
repeated (``"가나다라 " * (n // 5)``).

Then hostile web pages (issue 21), read as an uploaded ``.html`` is (``read_page``), then summarized:
``"<p>가" * 150000``, one tag with 64,000 and with 200,000 attributes, and pages just under the
limits of ``PAGES`` (39,000 tags; 39,000 tags nested 190 deep; 10 MB of text), after an article
of 2,000 paragraphs that is read and summarized. The target: each is read or
refused within 5 s of CPU.

    python bench/scaling.py [--sizes 0.1,0.25,0.5,1,2] [--degenerate-chars 200000] [--no-pages]
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


_SENTENCE = "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 밝혔다. "


def _attributes(n: int) -> str:
    attributes = " ".join(f'data-{i}="v"' for i in range(n))
    return f"<html><body><div {attributes}><p>{_SENTENCE}</p></div></body></html>"


#: Hostile pages, by name.
PAGES = {
    '"<p>가" * 150000': lambda: "<p>가" * 150_000,
    "64k attributes on one tag": lambda: _attributes(64_000),
    "200k attributes on one tag": lambda: _attributes(200_000),
    "an article of 2,000 paragraphs": lambda: (
        "<html><body><article>"
        + "".join(f"<p>새솔군은 올해 {i}번째 사업에 주민 {3 * i}명이 참여했다고 밝혔다.</p>" for i in range(2_000))
        + "</article></body></html>"
    ),
    '"<p>가" * 39000': lambda: "<p>가" * 39_000,
    "39k tags nested 190 deep": lambda: (
        "<html><body>" + ("<div>가나다 " * 190 + _SENTENCE + "</div>" * 190) * 205 + "</body></html>"
    ),
    "10 MB of text": lambda: f"<html><body><p>{_SENTENCE * (10 * MB // len(_SENTENCE.encode()))}</p></body></html>",
}


def page_worker(name: str) -> dict[str, object]:
    """Read one hostile page as the web page reads an upload, then summarize what was read with the
    web's article limit; CPU of this thread."""
    import kosum
    from kosum.options import WEB_MAX_CHARS
    from kosum.pipeline.html import read_page

    html = PAGES[name]()
    load_kiwi()
    kosum.summarize("시는 올해 예산을 늘렸다. 내년에도 늘릴 계획이다.", engine="extractive")  # warm-up
    start = time.thread_time()
    try:
        page = read_page(html)
    except kosum.InputError as exc:
        return {"mb": len(html.encode()) / MB, "read_cpu_s": time.thread_time() - start, "outcome": str(exc)}
    read_s = time.thread_time() - start
    try:
        kosum.summarize(page.text, title=page.title, engine="extractive", max_chars=WEB_MAX_CHARS)
        outcome = f"read: {len(page.text):,} chars, summarized"
    except kosum.InputError as exc:
        outcome = f"read: {len(page.text):,} chars; summarize: {exc}"
    return {
        "mb": len(html.encode()) / MB,
        "read_cpu_s": read_s,
        "total_cpu_s": time.thread_time() - start,
        "outcome": outcome,
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
    parser.add_argument("--no-pages", action="store_true", help="skip the hostile web pages")
    parser.add_argument("--worker", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--page", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    if args.page:
        print(json.dumps(page_worker(args.page), ensure_ascii=False))
        return
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
    if not args.no_pages:
        hostile_pages(args)


def hostile_pages(args: argparse.Namespace) -> None:
    results = best_of(__file__, {name: ["--page", name] for name in PAGES}, args.rounds, args.timeout, "read_cpu_s")
    rows = []
    for name in PAGES:
        r = results[name]
        if "error" in r:
            rows.append([name, "-", "-", "-", f"did not finish: {r['error']}"])
            continue
        total = f"{r['total_cpu_s']:.2f}" if "total_cpu_s" in r else "-"
        rows.append([name, f"{r['mb']:.2f}", f"{r['read_cpu_s']:.2f}", total, str(r["outcome"])[:120]])
    print(f"\nHostile web pages, read as an upload is (read_page), then summarized; best of {args.rounds}\n")
    print(markdown_table(["page", "MB", "read CPU s", "read + summarize CPU s", "outcome"], rows))


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
