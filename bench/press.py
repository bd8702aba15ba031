"""Policy-news quality: kosum on real press releases next to lead-3 and textrankr.

Runs the team's scorer, ``../shared/eval/press-releases-dev/score.py`` (lead sentence, key facts,
boilerplate leaks, ROUGE, section grouping, area names, repeated labels, bullet length and
개조식 form; see its README), with this checkout's kosum, and prints one Markdown table.

    .venv/bin/python bench/press.py                    # kosum, lead-3, textrankr (~1 min)
    .venv/bin/python bench/press.py --systems kosum    # only kosum
    .venv/bin/python bench/press.py --show ID          # one release's output next to its gold
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KOSUM_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "eval" / "press-releases-dev" / "score.py"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default="lead3,textrankr,kosum", help="gold,lead3,textrankr,kosum")
    parser.add_argument("--show", help="print one release's output next to its gold instead of the table")
    args = parser.parse_args()
    if not SCORER.is_file():
        sys.exit(f"press.py: the scorer is not at {SCORER} (set KOSUM_SHARED to the team's shared folder)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, str(SCORER), "--systems", args.systems]
    if args.show:
        subprocess.run([*command, "--show", args.show], env=env, check=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        subprocess.run([*command, "--json", str(out)], env=env, check=True, stdout=subprocess.DEVNULL)
        results = json.loads(out.read_text(encoding="utf-8"))
    print("| system | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name, row in results.items():
        cells = ["–" if row.get(c) is None else str(row[c]) for c in COLUMNS]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
