"""A headline that asks: the name of a one-card article whose headline is a question to the reader.

A question ("…, 얼마로 예상하세요?", "…‘명절 보너스’ 받으시나요?") reports no act: its verb is asked, not
done, and a word of it in passing ("직장") is no topic, so the body's key phrase named such a card, as often
a word in passing as the news. What the question asks about names it: the noun phrase before its comma
("새솔시 설 장보기 비용, 얼마나 드나요?" → "새솔시 설 장보기 비용"), else its noun run of an act, else the lead's
phrase, read as a headline is (:func:`~kosum.pipeline.sayings.said_topic`), where that names no one who
acts or is asked. A quoted claim the question doubts ("“…” 사실일까?") is no topic."""

from __future__ import annotations

from .headrun import headline_run
from .labels import names_who, who_or_where
from .sayings import said_topic
from .topic import headline_topic
from .vocab.bullets import QUESTION_MARKS, TIME_WORDS
from .vocab.headlines import SAYING_CLOSE, SAYING_QUOTE
from .vocab.layout import WHEN

__all__ = ["asked_topic", "asks"]


def asks(title: str) -> bool:
    """True for a headline that ends on a question mark, its closing quotes aside ("…예상하세요?"), and asks
    in words (a headline of marks alone, "?", asks nothing)."""
    line = title.split("\n", 1)[0].strip().rstrip("\"'”’ ")
    return line.endswith(QUESTION_MARKS) and any(c.isalnum() for c in line)


def asked_topic(title: str, lead: str, text: str) -> str | None:
    """The topic a question headline asks about: its noun phrase before the comma
    (:func:`~kosum.pipeline.topic.headline_topic`: "새솔시 설 장보기 비용, 얼마나 드나요?" → "새솔시 설 장보기 비용"),
    else its noun run of an act outside a quoted claim (:func:`~kosum.pipeline.headrun.headline_run`:
    "…, 법원의 판단은?" → "법원의 판단"), else the ``lead`` sentence's phrase ("…‘명절 상여금 지급 계획’을
    조사한 결과, …" → "명절 상여금 지급 계획"); ``None`` for a headline that asks nothing, or where each
    names who or where or opens on a word of time ("다음 달": when, no topic)."""
    if not asks(title):
        return None
    line = title.split("\n", 1)[0].strip()
    head, comma, _ = line.replace("，", ",").partition(",")
    asked = headline_topic(head.strip(), text) if comma and not who_or_where(head.strip()) else None
    run = headline_run(SAYING_QUOTE.sub(" ", line), text)  # a quoted saying's words are its claim, no topic
    for found in (asked, run, said_topic(lead, text) if lead else None):
        if found and not who_or_where(found) and not names_who(found.split()[-1], text) and not _when(found):
            return found.strip(SAYING_CLOSE)
    return None


def _when(phrase: str) -> bool:
    """True for a phrase that opens on a word of time ("다음 달", "이날 행사"): it says when, not what."""
    return phrase.split()[0] in TIME_WORDS | WHEN
