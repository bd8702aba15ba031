"""A card's name never opens with a bound noun or a counter (#19, "names an editor keeps", names45).

A bound noun ("곳", "것") or a counter ("차례", "가지") needs the word that qualifies it: a name cut
after that word ("곳 중심 돌봄", "차례 점검 요구") is cut mid-phrase. :func:`left_edge` puts the
qualifying word back where the headline or the article writes it right before the name ("사는 곳 중심
돌봄", "여러 차례 점검 요구").
"""

from __future__ import annotations

from .._kiwi import short_tokens
from .tuning import CARDS
from .vocab.headlines import BOUND_OPENERS, BOUND_QUALIFIERS, WORD_COMMAS

_ADJECTIVE = ("VA", "XSA")  # an adjective's stem, or its suffix ("씩씩하", "…하" of "다양한")

__all__ = ["left_edge"]


def _qualifier(name: str, source: str) -> str:
    """The word ``source`` writes right before ``name`` that qualifies its first word (a determiner, a
    verb's adnominal form, a figure: :data:`BOUND_QUALIFIERS`); "" where none is."""
    at = source.find(" " + name)
    while at > 0:
        before = source[:at].split()
        word = before[-1] if before else ""
        tokens = [t for t in short_tokens(f"{word} {name}") if t.start < len(word)]
        whole = bool(tokens) and tokens[-1].start + tokens[-1].len == len(word)  # no mark after it
        if word and whole and tokens[-1].tag.startswith(BOUND_QUALIFIERS):
            return word
        at = source.find(" " + name, at + 1)
    return ""


def _described(name: str, title: str) -> str:
    """The adjective the headline writes right before ``name``, in its adnominal form and alone, no
    complement before it ("씩씩한" of "씩씩한 형제들 노래자랑 출연"); "" where none is."""
    at = title.find(name)
    if at <= 0 or title[at - 1] != " ":
        return ""
    before = title[: at - 1].split()
    word = before[-1] if before else ""
    tags = [t.tag for t in short_tokens(word)] if word else []
    whole = len(before) == 1 or before[-2].endswith(tuple(WORD_COMMAS))  # the phrase's first word
    return word if whole and len(tags) >= 2 and tags[-1] == "ETM" and tags[-2] in _ADJECTIVE else ""


def left_edge(name: str, title: str, text: str) -> str:
    """``name`` with the word that qualifies its first word put back before it, where that first word
    is a bound noun or a counter (:data:`BOUND_OPENERS`) and the headline, else the article, writes such
    a word right before the name, or the headline opens its phrase with an adjective right before the
    name (:func:`_described`: "씩씩한" of "씩씩한 형제들 …": the name cut from it is cut inside a title),
    and the name so widened fits ``CARDS.topic_whole_chars``; ``name`` itself otherwise."""
    words = name.split()
    described = _described(name, title) if words else ""
    if described and len(described) + 1 + len(name) <= CARDS.topic_whole_chars:
        return f"{described} {name}"
    if len(words) < 2 or words[0] not in BOUND_OPENERS:
        return name
    for source in (title, text):
        word = _qualifier(name, source) if source else ""
        if word and len(word) + 1 + len(name) <= CARDS.topic_whole_chars:
            return f"{word} {name}"
    return name
