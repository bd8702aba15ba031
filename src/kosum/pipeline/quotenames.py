"""A headline's quoted name as a single-topic card's name: kept whole with the event it names, and
told from a quoted aim written after the act (#19, fragments of the headline).

- A quoted programme that ends in a verb's noun form ("‘온기 도시락 나눔’") is no name alone, and
  no part of it is one; where the article writes it with an event's noun right after it
  (:data:`~kosum.pipeline.vocab.headlines.TOPIC_HEADS`: "‘온기 도시락 나눔’ 행사"), the quoted name
  and that noun are the name, whole (:func:`with_event_noun`).
- A quotation written after the headline's act ("…일자리 2배 확대 ‘일손 걱정 끝’") is the aim or
  slogan the act serves, not what was done: the phrase before the act names the topic
  (:func:`after_act`).
- A quoted name and the one noun the headline writes between it and its act ("‘…’ 캠페인 전개") are one
  name where the article writes that noun right after the name too, within a word (:func:`noun_after`).
- A headline's one word of an aim or a quality ("…청렴한 공직사회 만든다": "공직사회") names no event; where
  the subtitle or the lead quotes the event ("‘갑질 예방 교육’ 실시"), that event is the name
  (:func:`quoted_event`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from .naming import no_clause
from .people import names_people
from .tuning import CARDS
from .vocab.headlines import (
    FIGURE_WORD,
    HEADLINE_ACTS,
    HEADLINE_QUOTE,
    HEADLINE_WORD,
    TOPIC_HEADS,
    TOPIC_LEAD_WORDS,
    TOPIC_TAIL_WORDS,
)

__all__ = ["after_act", "noun_after", "quoted_event", "with_event_noun"]


def _event_noun(rest: str) -> str:
    """The event's noun that opens ``rest``, the text right after a quoted name and its closing mark
    (at most one space between them), or "" (``_event_noun(" 행사를 열었다")`` → "행사")."""
    if rest[:1].isspace() and rest[1:2].isspace():
        return ""
    words = rest.split(maxsplit=1)
    tokens = short_tokens(words[0]) if words else []
    return tokens[0].form if tokens and tokens[0].tag.startswith("NN") and tokens[0].form in TOPIC_HEADS else ""


def with_event_noun(name: str, text: str) -> str:
    """``name``, a quoted name, with the event's noun that ``text`` writes right after it, past its
    closing mark ("온기 도시락 나눔", "…‘온기 도시락 나눔’ 행사를 열었다" → "온기 도시락 나눔 행사");
    "" where ``text`` writes no such noun after it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        while end < len(text) and not (text[end].isalnum() or text[end].isspace()):  # the closing mark
            end += 1
        noun = _event_noun(text[end:]) if end > at + len(name) or text[end : end + 1].isspace() else ""
        if noun:
            return f"{name} {noun}"
        at = text.find(name, at + 1)
    return ""


def after_act(title: str, start: int, end: int) -> bool:
    """True where the headline word right before ``start`` (where a quotation opens in ``title``) is
    its act (:data:`~kosum.pipeline.vocab.headlines.HEADLINE_ACTS`) and no word follows the quotation,
    which closes at ``end``: the quotation is the aim the act serves ("새솔군, 귀농 지원 2배 확대 ‘일손
    걱정 끝’": "귀농 지원" is the topic, not the aim; "…확대 ‘새솔기금’ 신설": the quotation is the object
    of the act after it, a name)."""
    words = [m.group() for m in HEADLINE_WORD.finditer(title, 0, start)]
    last = bool(words) and words[-1].rstrip(".") in HEADLINE_ACTS
    return last and HEADLINE_WORD.search(title, end) is None


def quoted_event(name: str, lines: Sequence[str], text: str) -> str:
    """The event a headline's one word ``name`` of an aim or a quality stands for ("공직사회" of "…청렴한
    공직사회 만든다"): the first quoted name of ``lines`` (the subtitle's and the lead's) that ends in an
    event's noun (:data:`~kosum.pipeline.vocab.headlines.TOPIC_HEADS`: "‘갑질 예방 교육’") and fits a name
    (``CARDS.topic_max_chars``); ``name`` itself where ``name`` is of two words or more or an event's
    noun itself, or no line quotes an event."""
    if " " in name or name.endswith(TOPIC_HEADS):
        return name
    for line in lines:
        for m in HEADLINE_QUOTE.finditer(line):
            inner = m.group()[1:-1].strip()
            last = inner.split()[-1] if inner else ""
            fits = len(inner.split()) > 1 and len(inner) <= CARDS.topic_max_chars and inner in text
            if fits and last.endswith(TOPIC_HEADS) and no_clause(inner):
                return inner
    return name


def noun_after(name: str, words: Sequence[str], text: str) -> bool:
    """True where the headline's ``words`` after the quoted ``name`` are a noun and an act
    (:data:`HEADLINE_ACTS`) and ``text`` writes the noun within the two words after ``name`` (its closing
    mark and particle written onto the first): the noun is the name's own ("‘새솔 맵시’ 캠페인 전개", text
    "‘새솔 맵시’ 홍보 캠페인을" → True; "‘…’ 학교 보급", the text writing no "학교" after it → False); never
    a word of manner, a figure or people ("최종", "2기", "수강생": whom the act is for)."""
    if len(words) != 2 or words[1] not in HEADLINE_ACTS:
        return False
    noun = words[0]
    if noun in TOPIC_TAIL_WORDS or noun in TOPIC_LEAD_WORDS or FIGURE_WORD.match(noun) or names_people(noun):
        return False
    at = text.find(name)
    while at >= 0:
        if any(word.startswith(noun) for word in text[at + len(name) :].split(maxsplit=3)[:3]):
            return True
        at = text.find(name, at + 1)
    return False
