"""ROUGE of kosum's extractive engine and four anchors on the sci-news-sum-kr-50 development split.

Input: an article's ``sentences`` joined with "\\n"; each anchor returns 3 summary sentences;
``kosum`` runs at its default length (``sentences="auto"``: at least 3 sentences, one per 400
characters of the cleaned text, at most 10), ``kosum-3`` at 3 sentences, like the anchors;
score: ROUGE-1/2/L F1 over Kiwi morpheme forms, punctuation dropped, against the gold summary
sentences joined (bench/rouge.py). All methods run in this one process on the same articles.

    python bench/quality.py [--methods kosum,lead-3,...]
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import statistics
import time

from common import METHODS, Article, Method, load_kiwi, load_method, machine, markdown_table, require
from rouge import rouge

DATA = "eval/sci-news-sum-kr-50-dev"
#: The figures the issue quotes for each anchor (measured by the team with the same scorer).
TARGETS = {
    "lead-3": (42.75, 34.49, 36.57),
    "textrankr": (52.49, 38.75, 41.93),
    "lexrankr": (51.30, 36.41, 40.60),
    "krwordrank": (66.77, 58.07, 50.85),
}


def load_articles() -> list[tuple[Article, str]]:
    """(article, gold summary) for every file, in file-name order."""
    folder = require(DATA)
    items = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        sentences = tuple(data["sentences"])
        gold = " ".join(sentences[i] for i in sorted(data["summaries"]))
        items.append((Article("\n".join(sentences), sentences), gold))
    if not items:
        raise SystemExit(f"bench: no *.json articles in {folder}")
    return items


def scores_of(method: Method, items: list[tuple[Article, str]]) -> list[tuple[float, float, float]]:
    """(R-1, R-2, R-L) of ``method``'s summary of each article against its gold."""
    return [rouge(method(article), gold) for article, gold in items]


def mean_rouge(name: str = "kosum") -> tuple[float, float, float]:
    """Mean (R-1, R-2, R-L) F1 (%) of the method called ``name`` over the split, e.g.
    ``mean_rouge("lead-3")`` -> (42.75, 34.49, 36.57) (rounded)."""
    return _mean(scores_of(load_method(name), load_articles()))


def _mean(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    r1, r2, rl = (statistics.fmean(column) for column in zip(*rows, strict=True))
    return r1, r2, rl


def _fmt(scores: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.2f}" for x in scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated, of: " + ", ".join(METHODS))
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    names = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = sorted(set(names) - set(METHODS))
    if unknown:
        parser.error(f"unknown methods: {', '.join(unknown)}")
    items = load_articles()
    kiwi_seconds = load_kiwi()  # the scorer's (and kosum's) Kiwi, built before any method is timed

    rows = []
    for name in names:
        method = load_method(name)
        start = time.perf_counter()
        scores = scores_of(method, items)
        seconds = time.perf_counter() - start
        target = TARGETS.get(name)
        rows.append(
            [
                name,
                *(f"{x:.2f}" for x in _mean(scores)),
                _fmt(_mean(scores[0::2])),
                _fmt(_mean(scores[1::2])),
                _fmt(target) if target else "-",
                f"{seconds:.1f}",
            ]
        )
    print(
        f"sci-news-sum-kr-50-dev: {len(items)} articles; anchors and kosum-3: 3 sentences, kosum: its default "
        "length (auto: it follows the article's); ROUGE F1 (%) over Kiwi morphemes"
    )
    print(f"{datetime.date.today()}, {machine()}; Kiwi built in {kiwi_seconds:.1f} s before the runs\n")
    header = ["method", "R-1", "R-2", "R-L", "even half R-1/2/L", "odd half R-1/2/L", "issue's figure", "s"]
    print(markdown_table(header, rows))
    print(
        "\nhalves: articles at even / odd positions of the sorted file list (0-based); "
        "s: seconds to summarize and score all articles"
    )


if __name__ == "__main__":
    main()
