"""The editor panel's fixed sample (../shared/eval/EDITOR-PANEL.md): draw it, and tally the readers.

``python bench/panel.py draw OUT [--seed 20261206]`` writes one reading file per article (the article
and kosum's Markdown output) for blind readers: 40 releases of the unlabeled pool and 20 Wikinews
articles of 300+ characters, drawn with the seed, so the same sample is read before and after a
change. OUT lies outside the repository: the files hold the articles' text.

``python bench/panel.py tally DIR`` reads the readers' verdicts (``reader-*.json`` in DIR, one object
per article: summary, leaks, card_problem, bullets with ok / defective / false, verdict) and prints
the panel's tallies as a Markdown table.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter
from pathlib import Path

from common import markdown_table, require

#: The seed written down before the first panel (2026-12-06).
SEED = 20261206
POOL_ARTICLES, WIKINEWS_ARTICLES = 40, 20
JUDGEMENTS = ("ok", "defective", "false")
#: Shortest Wikinews body in the sample (characters).
MIN_CHARS = 300


def draw(out: Path, seed: int) -> None:
    from kosum import summarize

    rng = random.Random(seed)
    pool = [json.loads(line) for line in require("eval/press-releases-pool/articles.jsonl").open(encoding="utf-8")]
    with require("corpus/ko-wikinews.csv").open(encoding="utf-8") as f:
        wiki = [row for row in csv.DictReader(f) if len(row["내용"]) >= MIN_CHARS]
    picked = [("P", a["id"], a["title"], a["text"]) for a in rng.sample(pool, POOL_ARTICLES)]
    picked += [("W", r["출처"], r["제목"], r["내용"]) for r in rng.sample(wiki, WIKINEWS_ARTICLES)]
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for n, (kind, ident, title, text) in enumerate(picked, 1):
        summary = summarize(text, title=title or None)
        name = f"{n:02d}{kind}"
        page = (
            f"# ARTICLE {name}\n\n## Title\n{title}\n\n## Text\n{text}\n\n# KOSUM OUTPUT\n\n{summary.to_markdown()}\n"
        )
        (out / f"{name}.md").write_text(page, encoding="utf-8")
        manifest.append({"name": name, "kind": kind, "id": ident})
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(manifest)} articles written to {out}")


def tally(folder: Path) -> str:
    articles = [a for path in sorted(folder.glob("reader-*.json")) for a in json.loads(path.read_text("utf-8"))]
    bullets = Counter(b["judgement"] for a in articles for b in a["bullets"])
    total = sum(bullets.values()) or 1
    summaries = Counter(a["summary"] for a in articles)
    verdicts = Counter(a["verdict"].split(" (")[0] for a in articles)
    leaks = [leak for a in articles for leak in a["leaks"]]
    rows = [
        ("articles", len(articles)),
        ("summaries good / partial / poor", f"{summaries['good']} / {summaries['partial']} / {summaries['poor']}"),
        ("leak items (articles)", f"{len(leaks)} ({sum(1 for a in articles if a['leaks'])})"),
        ("articles with card problems", sum(1 for a in articles if a["card_problem"])),
        ("bullets", total),
        *(
            (f"bullets {k} (per 100)", f"{bullets[k]} ({100 * bullets[k] / total:.1f})")
            for k in ("ok", "defective", "false")
        ),
        ("verdicts", ", ".join(f"{k}: {v}" for k, v in verdicts.most_common())),
    ]
    return markdown_table(["", "count"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write the reading files of the fixed sample")
    d.add_argument("out", type=Path)
    d.add_argument("--seed", type=int, default=SEED)
    t = sub.add_parser("tally", help="tally the readers' verdicts")
    t.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.seed)
    else:
        print(tally(args.folder))


if __name__ == "__main__":
    main()
