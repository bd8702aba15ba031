"""Gold for pool releases beyond the 59 dev ones, kept as article ids and character offsets.

Blind annotators wrote gold for pool releases (``../shared/eval/press-releases-pool``) as verbatim
strings, following the dev half's annotation guide. ``--convert`` turns their files into
``bench/data/press-gold-extra.jsonl``, which holds no article text: the lead, key facts, area items
and boilerplate are ``[start, end]`` spans into the pool article's ``text`` (found up to whitespace
runs); only the area names and the annotator's own summary stay as text. :func:`extra_articles`
rebuilds, at run time, the dev ``articles.jsonl`` line shape with its ``"gold"`` field, so that
``score.py`` scores them like the dev half.

    .venv/bin/python bench/gold_extra.py --convert /work/tools/gold-extra/gold1.jsonl ... [--append]
    .venv/bin/python bench/gold_extra.py --write /tmp/extra.jsonl   # score.py --data /tmp/extra.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from common import ROOT, require

POOL = "eval/press-releases-pool/articles.jsonl"
DEV = "eval/press-releases-dev/articles.jsonl"
EXTRA = ROOT / "bench" / "data" / "press-gold-extra.jsonl"
#: Gold fields that are strings of the article (stored as spans), and those that are lists of them.
_SPAN_FIELDS = ("lead",)
_SPAN_LIST_FIELDS = ("key_facts", "boilerplate")
#: The fixed seed of the folds, so that every run and every branch sees the same folds.
FOLD_SEED = 19
FOLDS = 5

Span = list[int]


def _pool() -> dict[str, dict[str, Any]]:
    lines = require(POOL).read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, filter(str.strip, lines))}


def find_span(text: str, wanted: str) -> Span:
    """Where ``wanted`` first stands in ``text``, any whitespace run matching any other, e.g.
    ``find_span("가\\xa0나 다", "나 다") == [2, 5]``; raises ``ValueError`` where it is absent."""
    words = wanted.split()
    if not words:
        raise ValueError("empty gold string")
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    if found is None:
        raise ValueError(f"not in the article: {wanted[:40]!r}")
    return [found.start(), found.end()]


def to_spans(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """One annotator line as spans into ``text`` (area names and summary kept as written)."""
    row: dict[str, Any] = {"id": gold["id"], "kind": gold.get("kind", "")}
    for key in _SPAN_FIELDS:
        row[key] = find_span(text, gold[key])
    for key in _SPAN_LIST_FIELDS:
        row[key] = [find_span(text, s) for s in gold.get(key, [])]
    row["areas"] = [{"name": a["name"], "items": [find_span(text, s) for s in a["items"]]} for a in gold["areas"]]
    row["summary"] = gold["summary"]
    return row


def from_spans(row: dict[str, Any], text: str) -> dict[str, Any]:
    """The gold in score.py's shape, its strings cut from ``text`` at ``row``'s spans."""

    def cut(span: Span) -> str:
        return text[span[0] : span[1]]

    gold: dict[str, Any] = {"kind": row["kind"], "lead": cut(row["lead"])}
    for key in _SPAN_LIST_FIELDS:
        gold[key] = [cut(s) for s in row[key]]
    gold["areas"] = [{"name": a["name"], "items": [cut(s) for s in a["items"]]} for a in row["areas"]]
    gold["summary"] = row["summary"]
    return gold


def convert(sources: list[Path], *, append: bool = False) -> int:
    """Write :data:`EXTRA` from the annotators' files (``append``: after the releases it holds,
    skipping ids it has); returns how many strings were not found (their lines are left out, with a
    note on stderr)."""
    pool = _pool()
    rows: list[dict[str, Any]] = []
    if append and EXTRA.exists():
        rows = [json.loads(line) for line in EXTRA.read_text(encoding="utf-8").splitlines() if line.strip()]
    known, missing = {row["id"] for row in rows}, 0
    for source in sources:
        for line in filter(str.strip, source.read_text(encoding="utf-8").splitlines()):
            gold = json.loads(line)
            if gold.get("id") in known:
                continue
            try:
                rows.append(to_spans(gold, pool[gold["id"]]["text"]))
            except (KeyError, ValueError) as exc:
                missing += 1
                print(f"gold_extra: {gold.get('id')}: {exc}", file=sys.stderr)
    EXTRA.parent.mkdir(parents=True, exist_ok=True)
    EXTRA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return missing


def extra_articles() -> list[dict[str, Any]]:
    """The extra releases as dev ``articles.jsonl`` lines (pool fields plus ``"gold"``)."""
    pool = _pool()
    out = []
    for line in filter(str.strip, EXTRA.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        article = dict(pool[row["id"]])
        article["gold"] = from_spans(row, article["text"])
        out.append(article)
    return out


def dev_articles() -> list[dict[str, Any]]:
    """The dev half's articles, as its ``articles.jsonl`` holds them."""
    return [json.loads(line) for line in require(DEV).read_text(encoding="utf-8").splitlines() if line.strip()]


def folds(articles: list[dict[str, Any]], k: int = FOLDS, seed: int = FOLD_SEED) -> list[list[dict[str, Any]]]:
    """``articles`` dealt into ``k`` folds by article, in a fixed shuffled order (``seed``)."""
    order = sorted(articles, key=lambda a: str(a["id"]))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def write_jsonl(articles: list[dict[str, Any]], path: Path) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convert", nargs="+", type=Path, help="annotators' gold files (verbatim strings)")
    parser.add_argument("--append", action="store_true", help="with --convert: add to the releases already held")
    parser.add_argument("--write", type=Path, help="write the extra releases with their gold as score.py input")
    args = parser.parse_args()
    if args.convert:
        missing = convert(args.convert, append=args.append)
        print(f"{EXTRA}: {len(EXTRA.read_text(encoding='utf-8').splitlines())} releases, {missing} left out")
    if args.write:
        print(f"{write_jsonl(extra_articles(), args.write)}: written")


if __name__ == "__main__":
    main()
