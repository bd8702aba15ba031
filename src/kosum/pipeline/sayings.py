"""A headline that is only a saying (#19): “갯벌에서 겨울을 즐기세요”, 한울군 “…”. A phrase cut from a
saying is a figure of speech ("겨울"), a person or a place ("아이들"), not the matter; the one card
of such an article takes its name from the lead, read as a headline is (its first quoted name, else
its noun phrase: "한울군이 ‘숲길 걷기 주간’을 연다" → "숲길 걷기 주간"), unless that names who speaks
or acts (an organisation: "…위원회", "…재단").

A headline of who speaks and the saying quoted ("새솔시장 “…까지 한빛군과 통합”", "한빛군의회, “…”")
writes the speaker as its first noun phrase, and it was read as the topic: the card was named by who
speaks, not by what. The saying's own noun phrase names it ("…“바다동 분교 폐지 취소”" → "바다동 분교
폐지 취소"; "…“9월까지 한빛군과 통합”" → "한빛군 통합"); where it has none ("“물러나라”"), the
speaker stays: the lead's phrase, or the body's, was as often a word in passing.
"""

from __future__ import annotations

from .headactor import reports_act
from .labels import reads_as_noun, who_or_where
from .topic import headline_topic
from .vocab.headlines import HEADLINE_CLAUSE, HEADLINE_QUOTE, ORGANISATION_ENDS, SAYING_CLOSE, SAYING_QUOTE
from .vocab.layout import HEADLINE_ACTOR, PLACE_WORD
from .whonamed import matter_of

__all__ = ["said_only", "said_topic", "speaker", "spoken_topic"]


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


def speaker(title: str, text: str = "") -> str:
    """Who speaks the saying that ends a headline: its clause before the quote, the comma aside
    ("새솔시장 “…까지 한빛군과 통합”" → "새솔시장"); "" where the quote is glued to a word (a name:
    "…평가“우수상”"), words follow it, or that clause ends on an act's noun (the news: "…지지율 상승, “…”")."""
    line = title.split("\n", 1)[0].strip()
    quote = SAYING_QUOTE.search(line)
    if not quote or quote.start() == 0 or line[quote.end() :].strip(SAYING_CLOSE):
        return ""
    if line[quote.start() - 1] not in " ,，":  # glued to a word: a name ("…평가“우수상”")
        return ""
    who = HEADLINE_CLAUSE.split(line[: quote.start()].strip(" ,，"))[-1].strip()
    return "" if not who or reports_act(who.split()[-1], text) else who


def spoken_topic(topic: str, title: str, text: str) -> str:
    """``topic``, or where it is who speaks the headline's saying (:func:`speaker` ends on it) the
    saying's noun phrase (:func:`~kosum.pipeline.topic.headline_topic`, else its nouns without who:
    :func:`~kosum.pipeline.whonamed.matter_of`: "새솔시장 “9월까지 한빛군과 통합”" → "한빛군 통합") where
    that names no one of who speaks; the speaker stays where none is found."""
    who = speaker(title, text)
    if not topic or not who or not who.endswith(topic):
        return topic
    quote = SAYING_QUOTE.search(title.split("\n", 1)[0])
    inner = quote.group()[1:-1].strip() if quote else ""
    said = (headline_topic(inner, text) or matter_of(who, inner, text)) if inner else None
    return said if said and not any(word in said for word in who.split()) else topic
