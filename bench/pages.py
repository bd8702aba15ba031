"""Saved web pages: kosum's reading of ../shared/eval/pages-dev against its ``expected.json``.

Each page is read exactly as ``kosum summarize PAGE.html`` reads an uploaded page (its bytes decoded,
its main text and headline taken, a list page refused) and, where read, summarized. Per page: the kind
kosum found (``article``, or ``list`` for a page refused as a list of articles), the title, and
whether both match the expectation. The figures: the share of pages whose kind is right and the share
of article pages whose title is the page's headline exactly (``tests/test_quality_floors.py`` pins
both).

    .venv/bin/python bench/pages.py
"""

from __future__ import annotations

import json
from typing import Any

from common import markdown_table, require

DATA = "eval/pages-dev"
#: The refusal of a list page starts with this (kosum.pipeline.html.read_page).
LIST_REFUSAL = "목록 페이지입니다"


def read_pages() -> list[dict[str, Any]]:
    """Each page's expected and found kind and title, and whether a read article was summarized."""
    from kosum import summarize
    from kosum.batch.discovery import InputFile
    from kosum.batch.readers import Failure, read_articles

    folder = require(DATA)
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    rows = []
    for name, want in expected.items():
        (found,) = read_articles(InputFile(name, name, "html", folder / name))
        if isinstance(found, Failure):
            kind = "list" if str(found.error).startswith(LIST_REFUSAL) else "error"
            title, summarized = None, False
        else:
            kind, title = "article", found.title
            summarized = bool(summarize(found.text, title=found.title).summary)
        rows.append({"page": name, "want": want, "kind": kind, "title": title, "summarized": summarized})
    return rows


def figures(rows: list[dict[str, Any]] | None = None) -> dict[str, float]:
    """``kind%``: pages read as their kind; ``title%``: article pages titled with their headline exactly
    and summarized."""
    rows = read_pages() if rows is None else rows
    articles = [r for r in rows if r["want"]["kind"] == "article"]
    kind = sum(r["kind"] == r["want"]["kind"] for r in rows)
    titled = sum(r["title"] == r["want"]["title"] and r["summarized"] for r in articles)
    return {"kind%": round(100 * kind / len(rows), 1), "title%": round(100 * titled / max(len(articles), 1), 1)}


def main() -> None:
    rows = read_pages()
    table = [
        (
            r["page"],
            r["want"]["kind"],
            r["kind"],
            "yes" if r["kind"] == r["want"]["kind"] and r["title"] == r["want"]["title"] else "no",
        )
        for r in rows
    ]
    print(markdown_table(["page", "expected", "kosum", "kind and title right"], table))
    print()
    print(figures(rows))


if __name__ == "__main__":
    main()
