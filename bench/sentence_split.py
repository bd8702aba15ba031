"""Sentence-boundary F1 of kosum's preprocessing against plain Kiwi and a regex split.

Data: ../shared/eval/sentence-split/*.txt, one gold sentence per line, a blank line between
documents; a document's input is its lines joined with "". kosum's preprocessing normalizes
characters and whitespace and may drop lines, so a boundary is a position in the text's
*non-space characters* (after the same character normalization for gold and every method):
the count of non-space characters up to each sentence end. Each predicted sentence is found
in the input in order, which maps it back even where kosum changed or removed text around it.
Scores are micro-averaged over all documents, the end of each document included.

    python bench/sentence_split.py [--per-file]
"""

from __future__ import annotations

import argparse
import datetime
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from common import load_kiwi, machine, markdown_table, require
from kosum import InputError
from kosum._kiwi import get_kiwi
from kosum.pipeline.normalize import normalize_text
from kosum.pipeline.preprocess import preprocess

DATA = "eval/sentence-split"
#: The team's figures for the two references (same data, same boundary definition).
TARGETS = {"kiwi": 0.899, "regex": 0.790}
_REGEX = re.compile(r"(?<=[.!?])\s+")
#: How many trailing characters locate a sentence kosum changed inside (a photo credit cut out).
_TAIL = 8

Splitter = Callable[[str], Sequence[str]]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    failed: int = 0  # documents the method raised on (all their boundaries count as missed)
    unaligned: int = 0  # predicted sentences not found in the input (counted as false boundaries)
    by_file: dict[str, list[int]] = field(default_factory=dict)

    def add(self, source: str, gold: set[int], predicted: set[int]) -> None:
        tp, fp, fn = len(gold & predicted), len(predicted - gold), len(gold - predicted)
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        counts = self.by_file.setdefault(source, [0, 0, 0])
        counts[0], counts[1], counts[2] = counts[0] + tp, counts[1] + fp, counts[2] + fn

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def figures(self) -> tuple[float, float, float]:
        """(precision, recall, F1) over every document scored so far."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return precision, recall, Score.f1(self.tp, self.fp, self.fn)


def load_documents() -> list[tuple[str, list[str]]]:
    """(file stem, gold sentence lines) for every document."""
    folder = require(DATA)
    docs: list[tuple[str, list[str]]] = []
    for path in sorted(folder.glob("*.txt")):
        lines: list[str] = []
        for line in [*path.read_text("utf-8").split("\n"), ""]:
            if line.strip():
                lines.append(line)
            elif lines:
                docs.append((path.stem, lines))
                lines = []
    if not docs:
        raise SystemExit(f"bench: no documents in {folder}/*.txt")
    return docs


def _key(text: str) -> str:
    return "".join(ch for ch in normalize_text(text) if not ch.isspace())


def gold_boundaries(lines: Sequence[str]) -> set[int]:
    ends, total = set(), 0
    for line in lines:
        total += len(_key(line))
        ends.add(total)
    return ends


def predicted_boundaries(text: str, sentences: Sequence[str], score: Score) -> set[int]:
    """Non-space offsets in ``text`` where ``sentences`` end, each found after the one before."""
    full, pos, ends = _key(text), 0, set()
    for sentence in sentences:
        key = _key(sentence)
        if not key:
            continue
        found = full.find(key, pos)
        if found >= 0:
            pos = found + len(key)
        else:
            tail = full.find(key[-_TAIL:], pos)
            if tail < 0:
                score.unaligned += 1
                ends.add(-score.unaligned)  # a boundary that matches nothing
                continue
            pos = tail + len(key[-_TAIL:])
        ends.add(pos)
    return ends


def _kosum(text: str) -> list[str]:
    return [s.text for s in preprocess(text).sentences]


def _kiwi(text: str) -> list[str]:
    return [s.text for s in get_kiwi().split_into_sents(text)]


def _regex(text: str) -> list[str]:
    return _REGEX.split(text)


SPLITTERS: dict[str, Splitter] = {"regex": _regex, "kiwi": _kiwi, "kosum": _kosum}


def evaluate(docs: Sequence[tuple[str, list[str]]], splitter: Splitter) -> Score:
    score = Score()
    for source, lines in docs:
        text = "".join(lines)
        try:
            sentences = splitter(text)
        except InputError:
            score.failed += 1
            sentences = []
        score.add(source, gold_boundaries(lines), predicted_boundaries(text, sentences, score))
    return score


def kosum_score() -> Score:
    """kosum's preprocessing scored on every document, e.g. ``kosum_score().figures()[2]`` -> 0.902."""
    return evaluate(load_documents(), SPLITTERS["kosum"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-file", action="store_true", help="also print F1 for each source file")
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    docs = load_documents()
    load_kiwi()
    scores = {name: evaluate(docs, splitter) for name, splitter in SPLITTERS.items()}

    n_sentences = sum(len(lines) for _, lines in docs)
    print(
        f"sentence-split: {len(docs)} documents, {n_sentences} gold sentences; {datetime.date.today()}, {machine()}\n"
    )
    rows = []
    for name, s in scores.items():
        precision, recall, f1 = s.figures()
        target = TARGETS.get(name)
        rows.append(
            [
                name,
                f"{precision:.3f}",
                f"{recall:.3f}",
                f"{f1:.3f}",
                s.failed,
                s.unaligned,
                f"{target:.3f}" if target else "-",
            ]
        )
    header = ["method", "precision", "recall", "F1", "docs failed", "unaligned", "team's figure"]
    print(markdown_table(header, rows))
    if args.per_file:
        files = sorted({source for source, _ in docs})
        per_file = [[f, *(f"{Score.f1(*s.by_file[f]):.3f}" for s in scores.values())] for f in files]
        print("\n" + markdown_table(["file", *scores], per_file))
    kosum_f1, kiwi_f1 = scores["kosum"].figures()[2], scores["kiwi"].figures()[2]
    verdict = "keeps" if kosum_f1 >= kiwi_f1 else "is BELOW"
    print(f"\nkosum {verdict} plain Kiwi's F1 ({kosum_f1:.3f} vs {kiwi_f1:.3f}).")


if __name__ == "__main__":
    main()
