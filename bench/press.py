"""Policy-news quality: kosum on real press releases next to lead-3 and textrankr.

Runs the team's scorer, ``../shared/eval/press-releases-dev/score.py`` (lead sentence, key facts,
boilerplate leaks, ROUGE, section grouping, area names, repeated labels, bullet length and
개조식 form; see its README), in this process with the kosum it imports, and prints one Markdown
table. :func:`pool_lint` runs the pool's form checks (``press-releases-pool/lint.py``) the same way.
Beside the dev row it scores kosum on the extra annotated pool releases (``gold_extra.py``) and
prints a 5-fold table over dev + extra (folds by article, fixed seed) with the held-out-fold mean.

    .venv/bin/python bench/press.py                    # kosum, lead-3, textrankr (~1 min)
    .venv/bin/python bench/press.py --systems kosum    # only kosum
    .venv/bin/python bench/press.py --show ID          # one release's output next to its gold
    .venv/bin/python bench/press.py --no-folds         # only the dev table
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from common import markdown_table, run_script, script_json, shared_script
from gold_extra import dev_articles, extra_articles, folds, write_jsonl

SCORER = "eval/press-releases-dev/score.py"
LINT = "eval/press-releases-pool/lint.py"
COLUMNS = (
    "lead",
    "facts_s",
    "facts_sb",
    "leak",
    "R1",
    "R2",
    "RL",
    "group",
    "cover",
    "names",
    "dup",
    "split",
    "blen",
    "b<=50",
    "bverb",
    "err",
    "s/art",
)


def dev_scores(systems: str = "kosum") -> dict[str, dict[str, Any]]:
    """score.py's row for each of ``systems`` (comma-separated), e.g. ``dev_scores()["kosum"]["lead"]``."""
    scores: dict[str, dict[str, Any]] = script_json(SCORER, ["--systems", systems])
    return scores


#: The columns of the fold table (kosum only).
FOLD_COLUMNS = ("lead", "facts_s", "facts_sb", "group", "cover", "names", "dup", "split")


def scored_sets(sets: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """score.py's kosum row for each named list of articles (dev ``articles.jsonl`` line shape),
    each article summarized once however many sets hold it, e.g. ``scored_sets({"extra": extra_articles()})``."""
    module = shared_script(SCORER)
    summarize = module.sys_kosum
    done: dict[str, Any] = {}

    def once(item: dict[str, Any]) -> Any:
        if item["id"] not in done:
            done[item["id"]] = summarize(item)
        return done[item["id"]]

    module.sys_kosum = once
    rows: dict[str, dict[str, Any]] = {}
    with TemporaryDirectory() as tmp, contextlib.redirect_stdout(io.StringIO()):
        for name, articles in sets.items():
            data = write_jsonl(articles, Path(tmp) / "data.jsonl")
            out = Path(tmp) / "out.json"
            run_script(module, ["--data", str(data), "--systems", "kosum", "--json", str(out)])
            rows[name] = json.loads(out.read_text(encoding="utf-8"))["kosum"]
    return rows


def _cell(row: dict[str, Any], column: str) -> object:
    return "–" if row.get(column) is None else row[column]


def _fold_mean(fold_rows: list[dict[str, Any]], column: str) -> float | None:
    values = [row[column] for row in fold_rows if row.get(column) is not None]
    return round(sum(values) / len(values), 1) if values else None


def cv_means() -> dict[str, float | None]:
    """The held-out-fold mean of each :data:`FOLD_COLUMNS` figure over the 5 folds of dev + extra,
    e.g. ``cv_means()["group"]`` (what tests/test_quality_floors.py pins)."""
    sets = {f"fold {i + 1}": fold for i, fold in enumerate(folds(dev_articles() + extra_articles()))}
    rows = scored_sets(sets)
    return {column: _fold_mean(list(rows.values()), column) for column in FOLD_COLUMNS}


def fold_table() -> str:
    """The extra releases' row, the 5 folds over dev + extra and their mean, as a Markdown table."""
    extra = extra_articles()
    sets = {f"fold {i + 1}": fold for i, fold in enumerate(folds(dev_articles() + extra))}
    rows = scored_sets({"extra": extra, **sets})
    table = [[name, row["n"], *(_cell(row, c) for c in FOLD_COLUMNS)] for name, row in rows.items()]
    fold_rows = [rows[name] for name in sets]
    means = [_fold_mean(fold_rows, column) for column in FOLD_COLUMNS]
    table.append(["CV mean", sum(row["n"] for row in fold_rows), *("–" if m is None else m for m in means)])
    return markdown_table(("set", "n", *FOLD_COLUMNS), table)


def pool_lint(limit: int = 150) -> dict[str, Any]:
    """lint.py's row for kosum on the pool's first ``limit`` articles, e.g. ``pool_lint()["bullet%"]``."""
    row: dict[str, Any] = script_json(LINT, ["--limit", str(limit)])["row"]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default="lead3,textrankr,kosum", help="gold,lead3,textrankr,kosum")
    parser.add_argument("--show", help="print one release's output next to its gold instead of the table")
    parser.add_argument("--no-folds", action="store_true", help="only the dev table, no extra releases and folds")
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    if args.show:
        run_script(shared_script(SCORER), ["--systems", args.systems, "--show", args.show])
        return
    results = dev_scores(args.systems)
    print("| system | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name, row in results.items():
        cells = [str(_cell(row, c)) for c in COLUMNS]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if not args.no_folds:
        print("\nkosum on the extra pool releases, and 5 folds over dev + extra (held-out-fold mean):\n")
        print(fold_table())


if __name__ == "__main__":
    main()
