"""A single-topic card's name from a headline's aside gives way to the headline's news.

A news headline often pairs the news with an aside, a comma or an ellipsis between them
("X 연휴 날씨, 보름달 못 봐"; "…폭설.. 도로상황 '빨간불'"). Named after the aside, the article's one
card says what its bullets do not: they tell the news. The aside states no act (its clause
does not end in one: "…사과문 발표", "…일정 중단" report the news), and the article tells it apart:
its words are written in one sentence at most, not in the lead, while the words of the headline's
other clause are in the lead. Then the other clause names the card. A short article
writes every word of its topic once; only a longer one (``CARDS.passing_min_sentences``
sentences) tells a word in passing from its topic this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..types import Sentence
from .labels import NOUN_TAGS
from .means import acted
from .topic import headline_topic
from .tuning import CARDS
from .vocab.headlines import HEADLINE_ACTS, HEADLINE_CLAUSE, HEADLINE_QUOTE, HEADLINE_WORD

__all__ = ["in_passing", "news_topic"]


def _nouns(label: str) -> list[str]:
    """The nouns of ``label`` of two letters or more ("연휴 날씨" → ["연휴", "날씨"])."""
    return [t.form for t in short_tokens(label) if t.tag.startswith(NOUN_TAGS) and len(t.form) >= 2]


def _common(phrase: str) -> bool:
    """True where ``phrase`` holds a common noun: it names what happens, not only who ("AFC", a name)."""
    return any(t.tag == "NNG" for t in short_tokens(phrase))


def in_passing(label: str, sentences: Sequence[Sentence]) -> bool:
    """True where ``label`` names a word written in passing: ``sentences`` (the article's, its lead
    first) number ``CARDS.passing_min_sentences`` at least, the lead writes none of the label's
    nouns, and no noun of it is written in more than one sentence.

    >>> # "단풍" once, in the 4th of 8 sentences, not in the lead → True
    """
    nouns = _nouns(label)
    if len(sentences) < CARDS.passing_min_sentences or not nouns:
        return False
    if any(n in sentences[0].text for n in nouns):
        return False
    return all(sum(n in s.text for s in sentences) <= 1 for n in nouns)


def _clauses(title: str) -> list[str]:
    """``title`` cut at its clause breaks outside quotes ("연휴 날씨, 단풍 못 봐" → ["연휴 날씨", "단풍 못 봐"])."""
    quoted = [m.span() for m in HEADLINE_QUOTE.finditer(title)]
    out, start = [], 0
    for m in HEADLINE_CLAUSE.finditer(title):
        if not any(a < m.start() < b for a, b in quoted):
            out.append(title[start : m.start()])
            start = m.end()
    out.append(title[start:])
    return [c for c in out if c.strip()]


def _reports_act(clause: str, text: str) -> bool:
    """True where ``clause`` ends in an act: a headline's act word (:data:`HEADLINE_ACTS`) or a noun
    ``text`` writes as a verb ("일정 중단" where the article writes "중단했다")."""
    words = HEADLINE_WORD.findall(clause)
    return bool(words) and (words[-1] in HEADLINE_ACTS or acted(words[-1], text))


def news_topic(topic: str, title: str, sentences: Sequence[Sentence], text: str) -> str | None:
    """The topic of another clause of ``title`` where ``topic`` is its aside (see the module):
    ``topic`` is written in passing (:func:`in_passing`) in a clause that reports no act, and the
    other clause's topic, by its act (no name of who or where), holds a common noun and a noun the
    lead writes; else ``None``.

    >>> # "연휴 날씨, 단풍 못 봐", lead "…연휴 기간 비가 내린다" → "연휴 날씨"
    """
    clauses = _clauses(title)
    if len(clauses) < 2 or not in_passing(topic, sentences):
        return None
    nouns = _nouns(topic)
    aside = [any(n in clause for n in nouns) for clause in clauses]
    if any(held and _reports_act(clause, text) for held, clause in zip(aside, clauses, strict=True)):
        return None
    for held, clause in zip(aside, clauses, strict=True):
        found = None if held else headline_topic(clause, text, by_act=True)
        if found and _common(found) and any(n in sentences[0].text for n in _nouns(found)):
            return found
    return None
