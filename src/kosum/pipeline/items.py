"""In-paragraph item lists ("△A △B △C") and the card labels their items give.

An item keeps its own words: the trailing verb of the sentence, an "등 …" tail and text that
belongs to the next part of the sentence ("…사업을, X 분야에서는") are cut off. An item may name
its own label ("교통 분야: 버스 노선 신설").
"""

from __future__ import annotations

from .tuning import HEADINGS
from .vocab.common import ETC_WORD
from .vocab.layout import DANGLING, ITEM_ETC, ITEM_LEFTOVER, ITEM_MARK, ITEM_PREDICATE, ITEM_TAIL

__all__ = ["item_label", "list_items", "list_span"]


def list_items(text: str) -> list[str]:
    """The items of an in-paragraph list "△A △B △C" (at least two), else ``[]``."""
    parts = ITEM_MARK.split(text)  # the words before the first mark, then one part per item
    if len(parts) - 1 < max(1, HEADINGS.min_items):
        return []
    items = [p.strip(" ,.") for p in parts[1:]]
    items[-1] = ITEM_TAIL.sub("", items[-1]).strip(" ,.") or items[-1]
    items = [ITEM_LEFTOVER.sub("", item).strip(" ,.") or item for item in items]
    return [item for item in items if item]


def list_span(text: str) -> tuple[int, int] | None:
    """Where an in-paragraph list sits in its sentence, from its first mark to the "등" that
    closes it ("새솔시에서는 ▲A ▲B 등 2명이 …" → the span of "▲A ▲B 등"), so that the words around
    it read as a sentence; ``None`` without such a closing "등 " (one followed by a space)."""
    marks = list(ITEM_MARK.finditer(text))
    if len(marks) < 2:
        return None
    close = text.find(ETC_WORD, marks[-1].end())
    return (marks[0].start(), close + 2) if close > 0 else None


def item_label(item: str) -> str:
    """An item's own words as its card label, its trailing verb and "등 …" tail cut off, at most
    ``HEADINGS.item_label_chars`` characters (whole words)."""
    item = ITEM_PREDICATE.sub("", item) or item
    item = ITEM_ETC.split(item)[0].strip()
    if len(item) <= HEADINGS.item_label_chars:
        return item
    cut = item.rfind(" ", 0, HEADINGS.item_label_chars)
    if cut <= 4:
        return item[: HEADINGS.item_label_chars]
    words = item[:cut].split()
    while len(words) > 1 and DANGLING.search(words[-1]):  # "… 예산의 신속한" → "…"
        words.pop()
    return " ".join(words)
