"""A single-topic card named by the act a headline writes as its means (#19, "names an editor keeps", names43).

A release's headline may report its act as the means of an effect ("새솔면 청년회, 군고구마 성금 기부로
골목에 훈기 더해", "…, 단열창 교체로 포근한 겨울"): the phrase before "로" is what was done, the
rest a figure of what it brought. Where no other phrase of the headline names the topic, the means does
(:func:`means_runs`), not the actor of the lead or a word of its attendees.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from .vocab.headlines import ACT_VERB_STARTS, MEANS_PARTICLES

__all__ = ["acted", "means_runs"]


def means_runs(title: str, runs: Sequence[Sequence[tuple[str, int]]], text: str) -> list[tuple[int, list[str]]]:
    """The index and words of each run of ``title`` (each word's text without its particle, and where it
    starts) that closes with the particle of a means (:data:`MEANS_PARTICLES`: "…기부로") on an act
    (:func:`acted`)."""
    out = []
    for k, run in enumerate(runs):
        last, start = run[-1] if run else ("", 0)
        if last and title.startswith(MEANS_PARTICLES, start + len(last)) and acted(last, text):
            out.append((k, [word for word, _ in run]))
    return out


def acted(word: str, text: str) -> bool:
    """True for a word whose last noun is an act: a verb's noun form ("나눔"), or a noun ``text`` writes
    as a verb ("기부했다", "교체한")."""
    tokens = short_tokens(word)
    if not tokens:
        return False
    head = tokens[-1].form
    alone = short_tokens(head)  # "나눔" of "이웃나눔", read alone: 나누 + ㅁ
    if tokens[-1].tag == "ETN" or (alone and alone[-1].tag == "ETN"):
        return True
    at = text.find(head) if tokens[-1].tag.startswith("NN") and len(head) >= 2 else -1
    while at >= 0:
        if text.startswith(ACT_VERB_STARTS, at + len(head)):
            return True
        at = text.find(head, at + 1)
    return False
