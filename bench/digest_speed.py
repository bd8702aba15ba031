"""The digest of a day's releases (issue 22): ``kosum digest`` over ../shared/eval/press-releases-pool.

The 500 real press releases (one per row of ``articles.jsonl``: ``source`` is the office, ``url`` the
link) are summarized by the extractive engine and made into one digest exactly as
``kosum digest articles.jsonl -o day.html`` does, into a temporary folder. Reported:

* wall time and peak memory of the whole (summaries included; peak RSS of this process);
* the digest step alone (reading the kept summaries, grouping, merging, rendering the HTML page):
  its wall time, its share of the whole (target: at most 5 %) and, in a second pass, its peak
  Python allocations (tracemalloc, which slows every allocation, so never while timed);
* the number of areas, entries and releases merged into an entry with others;
* duplicate precision and recall on the hand-labelled pairs of ``bench/data/digest-pairs.jsonl``
  (article ids and a label, ``same`` or ``different`` event; no article text): a pair is predicted
  "same" when the digest put both releases into one entry.

``--candidates N`` prints, instead, the N most similar pairs within an area and a few others (ids,
offices and titles, for labelling by hand; nothing is written).

    python bench/digest_speed.py [--workers 1] [--threshold 0.25] [--candidates 40]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, machine, peak_rss_mb, require

PAIRS = ROOT / "bench" / "data" / "digest-pairs.jsonl"
POOL = "eval/press-releases-pool/articles.jsonl"


def _entries_by_id(digest: object) -> dict[str, int]:
    """Each release's id → the number of its entry."""
    found: dict[str, int] = {}
    number = 0
    for area in digest.areas:  # type: ignore[attr-defined]
        for entry in area.entries:
            number += 1
            for source in entry.sources:
                found[str(source.where).rsplit("#", 1)[-1]] = number
    return found


def _candidates(summaries: Path, count: int) -> None:
    from kosum.batch.digest import DUPLICATES, Release, shingles

    releases = []
    for line in summaries.open(encoding="utf-8"):
        record = json.loads(line)
        releases.append((record["id"], Release.from_dict(record["summary"])))
    sets = [shingles(f"{r.title or ''}\n{r.summary}", DUPLICATES.shingle) for _, r in releases]
    scored = []
    for i in range(len(releases)):
        for j in range(i + 1, len(releases)):
            if releases[i][1].policy == releases[j][1].policy:
                union = len(sets[i] | sets[j]) or 1
                scored.append((len(sets[i] & sets[j]) / union, i, j))
    scored.sort(reverse=True)
    for score, i, j in scored[:count]:
        print(f"{score:.2f}\t{releases[i][0]}\t{releases[j][0]}\t{releases[i][1].title}\t||\t{releases[j][1].title}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--candidates", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=None, help="the pairs' figures at another threshold")
    args = parser.parse_args()
    pool = require(POOL)

    from kosum.batch.digest import DUPLICATES, Digest, Release, digest
    from kosum.batch.digest_run import _details, _releases, digest_files
    from kosum.batch.discovery import discover

    with tempfile.TemporaryDirectory(prefix="kosum-digest-") as work:
        out = Path(work) / "day.html"
        start = time.perf_counter()
        run = digest_files([pool], out, workers=args.workers)
        out.write_text(run.digest.to_html(), encoding="utf-8")
        whole = time.perf_counter() - start
        peak = peak_rss_mb()
        if args.candidates:
            _candidates(run.summaries, args.candidates)
            return
        # the digest step alone, as digest_files does it once the summaries are there: timed, then
        # once more for its peak allocations (tracemalloc slows every allocation: not while timed)
        tuning = DUPLICATES if args.threshold is None else replace(DUPLICATES, threshold=args.threshold)

        def step_alone() -> tuple[list[Release], Digest, str]:
            releases = list(_releases(run.summaries, _details(discover([pool]), None)))
            made = digest(releases, tuning=tuning)
            return releases, made, made.to_html()

        start = time.perf_counter()
        releases, made, page = step_alone()
        step = time.perf_counter() - start
        tracemalloc.start()
        step_alone()
        step_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    merged = sum(len(e.sources) for a in made.areas for e in a.entries if len(e.sources) > 1)
    print(f"machine: {machine()}; {len(releases)} releases, {run.stats.failed} failed, workers {args.workers}")
    print(f"whole (summaries + digest): {whole:.1f} s, peak RSS {peak:.0f} MB")
    print(f"digest step alone: {step:.2f} s ({100 * step / whole:.1f} % of the whole), peak {step_peak:.1f} MB")
    print(
        f"areas {len(made.areas)}, entries {made.entries}, releases merged with others {merged}, page {len(page):,} B"
    )
    print("areas: " + ", ".join(f"{a.name} {len(a.entries)}" for a in made.areas))
    if PAIRS.exists():
        entry = _entries_by_id(made)
        pairs = [json.loads(line) for line in PAIRS.open(encoding="utf-8") if line.strip()]
        said_same = [p for p in pairs if entry.get(p["a"]) is not None and entry.get(p["a"]) == entry.get(p["b"])]
        right = sum(p["label"] == "same" for p in said_same)
        same = sum(p["label"] == "same" for p in pairs)
        precision = right / len(said_same) if said_same else float("nan")
        recall = right / same if same else float("nan")
        print(
            f"threshold {tuning.threshold}: pairs {len(pairs)} ({same} same event): merged {len(said_same)}, "
            f"precision {precision:.2f}, recall {recall:.2f}"
        )


if __name__ == "__main__":
    main()
