"""A headline that is only a saying (#19): “갯벌에서 겨울을 즐기세요”, 한울군 “…”. A phrase cut from a
saying is a figure of speech ("겨울"), a person or a place ("아이들"), not the matter; the one card
of such an article takes its name from the lead, read as a headline is (its first quoted name, else
its noun phrase: "한울군이 ‘숲길 걷기 주간’을 연다" → "숲길 걷기 주간"), unless that names who speaks
or acts (an organisation: "…위원회", "…재단")."""

from __future__ import annotations

from .labels import reads_as_noun, who_or_where
from .topic import headline_topic
from .vocab.headlines import HEADLINE_QUOTE, ORGANISATION_ENDS, SAYING_CLOSE
from .vocab.layout import HEADLINE_ACTOR, PLACE_WORD

__all__ = ["said_only", "said_topic"]


def said_only(title: str) -> bool:
    """True for a headline that, after the office that speaks (before its comma, or a place's or an
    office's name: "새솔군 “…”"), is one quoted saying, a clause that does not read as a noun
    ("한울군, “갯벌에서 겨울을 즐기세요”", "“우리 마을 숲길을 함께 걸어요”"); not a quoted name
    ("한울군, ‘숲길 걷기 주간’")."""
    line = title.split("\n", 1)[0].strip()
    actor = HEADLINE_ACTOR.match(line)
    words = (line[actor.end() :] if actor else line).split()
    while words and not HEADLINE_QUOTE.match(" ".join(words)) and _speaker(words[0]):
        words.pop(0)
    quoted = HEADLINE_QUOTE.fullmatch(" ".join(words).rstrip(SAYING_CLOSE))
    inner = quoted.group()[1:-1].strip() if quoted else ""
    return bool(inner) and not reads_as_noun(inner)


def said_topic(lead: str, text: str) -> str | None:
    """The topic of an article whose headline is only a saying: the ``lead`` sentence read as a
    headline (:func:`~kosum.pipeline.topic.headline_topic`), where that names no organisation
    (:data:`ORGANISATION_ENDS`: who acts, not what); ``None`` otherwise."""
    found = headline_topic(lead, text)
    if not found or found.endswith(ORGANISATION_ENDS):
        return None
    return found


def _speaker(word: str) -> bool:
    """True for a word of who speaks before a saying: a place's or an office's name ("새솔군")."""
    return bool(PLACE_WORD.match(word)) or who_or_where(word)
