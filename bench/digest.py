"""Which Wikinews outputs changed: each output record's SHA-256 against the recorded ones.

``kosum summarize ko-wikinews.csv --output all.jsonl`` (run in ../shared/corpus) writes one record
per article; ``tests/data/wikinews_hashes.json`` holds the SHA-256 of each record by its ``id``
(hashes only, no text). The diff is informational: tests/test_wikinews_digest.py reports it as a
warning and never fails on it; the quality floors (tests/test_quality_floors.py) guard quality.

    .venv/bin/python bench/digest.py             # list the articles whose output changed (~30 s)
    .venv/bin/python bench/digest.py --record    # record the current outputs' hashes
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from common import ROOT, require

HASHES = ROOT / "tests" / "data" / "wikinews_hashes.json"
CORPUS = "corpus/ko-wikinews.csv"
#: How many changed ids a report names before it says "…".
_SHOWN = 20


def line_hashes(jsonl: Path) -> dict[str, str]:
    """SHA-256 of each record (its line, without the newline) by the record's ``id``."""
    hashes = {}
    for line in jsonl.read_bytes().splitlines():
        hashes[str(json.loads(line)["id"])] = hashlib.sha256(line).hexdigest()
    return hashes


def recorded() -> dict[str, str]:
    """The recorded hash of each article's record, by id."""
    hashes: dict[str, str] = json.loads(HASHES.read_text("utf-8"))["records"]
    return hashes


def changed(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    """Ids whose record differs, was added or is missing, in ``new``'s order then ``old``'s,
    e.g. ``changed({"1": "a", "2": "b"}, {"1": "a", "2": "c", "3": "d"})`` -> ["2", "3"]."""
    return [i for i in new if old.get(i) != new[i]] + [i for i in old if i not in new]


def report(ids: list[str], total: int) -> str:
    """One line naming the changed articles, e.g. "2 of 644 Wikinews outputs changed: ids 7, 9"."""
    if not ids:
        return f"0 of {total} Wikinews outputs changed"
    shown = ", ".join(ids[:_SHOWN]) + (", …" if len(ids) > _SHOWN else "")
    return f"{len(ids)} of {total} Wikinews outputs changed since {HASHES.name} was recorded: ids {shown}"


def record(hashes: Mapping[str, str]) -> None:
    """Write ``hashes`` as the recorded ones, dated today."""
    data = {
        "about": "sha256 of each record `kosum summarize ko-wikinews.csv --output all.jsonl` writes, by id; "
        "re-record with: python bench/digest.py --record",
        "recorded": datetime.date.today().isoformat(),
        "records": dict(hashes),
    }
    HASHES.parent.mkdir(parents=True, exist_ok=True)
    HASHES.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def summarize_wikinews(out: Path) -> None:
    """Run this checkout's ``kosum summarize`` on the Wikinews corpus as the test does (from the
    corpus's folder, so that each record's source is the bare file name), into ``out``."""
    corpus = require(CORPUS)
    command = [sys.executable, "-m", "kosum", "summarize", corpus.name, "--output", str(out), "--quiet"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    subprocess.run(command, cwd=corpus.parent, env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help=f"record the current hashes in {HASHES}")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.jsonl"
        summarize_wikinews(out)
        hashes = line_hashes(out)
    if args.record:
        record(hashes)
        print(f"recorded {len(hashes)} hashes in {HASHES}")
        return
    print(report(changed(recorded(), hashes), len(hashes)))


if __name__ == "__main__":
    main()
