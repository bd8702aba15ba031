"""Policy-news quality: kosum on real press releases next to lead-3 and textrankr.

Runs the team's scorer, ``../shared/eval/press-releases-dev/score.py`` (lead sentence, key facts,
boilerplate leaks, ROUGE, section grouping, area names, repeated labels, bullet length and
개조식 form; see its README), in this process with the kosum it imports, and prints one Markdown
table. :func:`pool_lint` runs the pool's form checks (``press-releases-pool/lint.py``) the same way.

    .venv/bin/python bench/press.py                    # kosum, lead-3, textrankr (~1 min)
    .venv/bin/python bench/press.py --systems kosum    # only kosum
    .venv/bin/python bench/press.py --show ID          # one release's output next to its gold
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from common import run_script, script_json, shared_script

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


def pool_lint(limit: int = 150) -> dict[str, Any]:
    """lint.py's row for kosum on the pool's first ``limit`` articles, e.g. ``pool_lint()["bullet%"]``."""
    row: dict[str, Any] = script_json(LINT, ["--limit", str(limit)])["row"]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default="lead3,textrankr,kosum", help="gold,lead3,textrankr,kosum")
    parser.add_argument("--show", help="print one release's output next to its gold instead of the table")
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    if args.show:
        run_script(shared_script(SCORER), ["--systems", args.systems, "--show", args.show])
        return
    results = dev_scores(args.systems)
    print("| system | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name, row in results.items():
        cells = ["–" if row.get(c) is None else str(row[c]) for c in COLUMNS]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
