"""A single-topic card's name that says who or how many, not what (#19, "names an editor keeps").

A name whose head, its last word, counts ("정비 차량 12대") or names people ("새솔군민들", "…교실
수강생": :func:`~kosum.pipeline.people.no_topic_head`) tells the reader the participants or one
item's amount, not the event, programme or act the article reports. Where the people's own act
did not already name it (:func:`~kosum.pipeline.people.with_people_act`), the card is named by the
headline's topic by its act (:func:`~kosum.pipeline.topic.headline_topic` ``by_act``: "가람군,
갯벌 쓰레기 수거" → "갯벌 쓰레기 수거"); where the headline names no such topic, by the lead's
object of its act, on a noun the headline shares (:func:`~kosum.pipeline.topic.lead_act`: "가람군
갯벌학교 자문회의…내년 살림 꼼꼼히 살펴" with the lead "…갯벌학교 자문회의를 열었다" → "갯벌학교
자문회의"); the old name stays where neither names one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Morph, Sentence
from .labels import names_where
from .people import no_topic_head
from .topic import headline_topic, lead_act
from .vocab.headlines import FIGURE_WORD

__all__ = ["topic_for_head"]


def topic_for_head(
    label: str, title: str, text: str, title_morphs: Sequence[Morph] = (), lead: Sentence | None = None
) -> str:
    """``label``, or where its head says who or how many (:func:`no_topic_head`), the headline's
    topic by its act, read off the headline's own words, where that one is another name whose head
    says what, that opens with no figure and is not the old name cut ("…상 수상" of "…상 수상자"),
    without the place words that lead it; else the ``lead``'s object of its act (:func:`lead_act`)
    where the headline shares one of its words; ``label`` itself where neither names one."""
    if not title or not no_topic_head(label):
        return label
    found = headline_topic(title, f"{title}\n{text}", title_morphs, by_act=True)  # the headline's own words
    if not _says_what(found, label) and lead is not None:  # the lead's act, on a noun the headline shares
        acted = lead_act(lead, text)
        found = acted if acted and any(w in title for w in acted.split()) else None
    if not found or not _says_what(found, label):
        return label
    words = found.split()
    while len(words) > 1 and names_where(words[0], text):  # "한국 …": where, not what
        words.pop(0)
    return " ".join(words)


def _says_what(found: str | None, label: str) -> bool:
    """True for a name ``found`` in place of ``label``: its head says what, it opens with no figure and
    it is not ``label`` cut ("…상 수상" of "…상 수상자": the same people)."""
    if not found or label.startswith(found) or no_topic_head(found):
        return False
    return not FIGURE_WORD.match(found.split()[0])
