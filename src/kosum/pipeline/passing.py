"""A single-topic card's name that its sentences hardly speak of gives way to the matter they do.

A news headline often pairs the news with an aside, a comma or an ellipsis between them
("X 연휴 날씨, 보름달 못 봐"; "…폭설.. 도로상황 '빨간불'"); a release's headline may pick one new item
out of the whole plan its lead and body report. Named after the aside or the item, the article's one
card says what its bullets do not. The article tells such a word apart (:func:`in_passing`): the lead
writes none of its words, and few sentences speak of its head noun (one, or a small share of a long
article). Then the headline's other clause names the card, where the word's clause states no act
(its clause does not end in one: "…사과문 발표", "…일정 중단" report the news) and the lead writes the
other clause's words; else the lead's phrase most sentences speak of
(:mod:`~kosum.pipeline.leadmatter`: the budget, not the fund it adds). A short article writes every
word of its topic once; only a longer one (``CARDS.passing_min_sentences`` sentences) tells a word in
passing from its topic this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..types import Sentence
from .edges import bare_word
from .labels import NOUN_TAGS, who_or_where
from .leadmatter import head_noun, lead_matter, speaks_of
from .means import acted
from .topic import headline_topic
from .tuning import CARDS
from .vocab.headlines import HEADLINE_ACTS, HEADLINE_CLAUSE, HEADLINE_QUOTE, HEADLINE_WORD, PERSON_TITLES

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
    nouns, and few of them speak of its head noun (:func:`~kosum.pipeline.leadmatter.speaks_of`):
    one, or ``CARDS.passing_max_share`` of them at most.

    >>> # "단풍" once, in the 4th of 8 sentences, not in the lead → True
    """
    nouns = _nouns(label)
    head = head_noun(label)
    if len(sentences) < CARDS.passing_min_sentences or not nouns or not head:
        return False
    words = [w for w in (bare_word(w) for w in label.split()) if len(w) >= 2]
    if any(n in sentences[0].text for n in [*nouns, *words]):
        return False
    said = sum(speaks_of(head, s) for s in sentences)
    return said <= max(1, int(CARDS.passing_max_share * len(sentences)))


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
    """The name of the matter ``sentences`` speak of where ``topic`` is written in passing
    (:func:`in_passing`): the topic of another clause of ``title`` where ``topic``'s clause reports
    no act and the other clause's topic, by its act (no name of who or where), holds a common noun
    and a noun the lead writes; else the lead's phrase most sentences speak of
    (:func:`~kosum.pipeline.leadmatter.lead_matter`); else ``None``.

    >>> # "연휴 날씨, 단풍 못 봐", lead "…연휴 기간 비가 내린다" → "연휴 날씨"
    """
    if not in_passing(topic, sentences):
        return None
    clauses = _clauses(title)
    nouns = _nouns(topic)
    aside = [any(n in clause for n in nouns) for clause in clauses]
    news = len(clauses) >= 2 and not any(
        held and _reports_act(clause, text) for held, clause in zip(aside, clauses, strict=True)
    )
    for k, (held, clause) in enumerate(zip(aside, clauses, strict=True)):
        # the headline's opening clause of one word, or of who with a title, is who acts ("새솔교회, …";
        # "새솔군 가람 작가, …"): no news of its own
        words = clause.split()
        acts = k == 0 and (len(words) == 1 or who_or_where(clause) or bare_word(words[-1]) in PERSON_TITLES)
        found = None if held or acts or not news else headline_topic(clause, text, by_act=True)
        if found and _common(found) and any(n in sentences[0].text for n in _nouns(found)):
            return found
    # a name that ends in its act reports the news itself ("…일정 중단"): the lead's words do no better
    return None if _reports_act(topic, text) else lead_matter(sentences, text)
