"""A single-topic card named by the headline's subject alone, where the headline says what befell it
or what it did (#19, "names an editor keeps", fourteenth round).

A headline reports an event as a subject and an act ("새솔댐, 집중호우로 붕괴"; "누리전자, 한빛상사와
합병"; "바다초 학생들, 이웃에 김장김치 전달"). A card named by the subject's one word ("새솔댐",
"누리전자") names who or what acts, not what the card's sentences report: that is the act. The card
takes the headline's closing act, a noun the article writes, with the nouns written bare right before
it, its object ("김장김치 전달"); where no object stands before it, the subject stays in front and the
act follows it ("새솔댐 붕괴"): the event of that subject, as with a person's act
(:func:`~kosum.pipeline.topic.headline_topic`: "…단장 누리 별세").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..types import Morph
from .labels import names_where
from .phrases import bare_word
from .tuning import CARDS
from .vocab.headlines import (
    ACT_NOUN_TAGS,
    ACT_TAIL_TAGS,
    ACT_VERB_STARTS,
    COUNTED_WORD,
    FIGURE_WORD,
    HEADLINE_CUT,
    HEADLINE_QUOTE,
    OTHER_ACTOR_TAGS,
    TOPIC_TAIL_WORDS,
    WORD_COMMAS,
)

__all__ = ["subject_act"]


def subject_act(label: str, title: str, text: str) -> str:
    """``label``, or where it is one word of the headline's subject (its words before the comma, or
    the bare nouns it opens with) and the headline closes with an act (:func:`_act`) of that subject,
    the event: the subject from ``label`` on, the bare nouns right before the act (its object, without
    figures and qualifiers) and the act ("새솔댐, 집중호우로 붕괴" → "새솔댐 붕괴"; "누리상회, 바다마을에
    김장김치 전달" → "누리상회 김장김치 전달"), without the place words that lead it; within
    ``CARDS.topic_max_chars``, every word written in ``text``. Not where a word between them is
    another subject or object (a particle of :data:`OTHER_ACTOR_TAGS`: "…의 제작이 확정": the act is
    that one's), nor where a count stands right before the act ("…, 12명 사망": theirs) or a quoted
    name between them ("…노래교실 ‘별님’ 지병으로 별세": the quoted one's)."""
    head = title.split("\n", 1)[0].strip()
    if not label or " " in label or label not in head or HEADLINE_CUT.search(head):
        return label
    words = head.split()
    reads = [short_tokens(w) for w in words]
    act = _act(reads[-1], text)
    if not act or act == label or len(words) < 2:
        return label
    comma = next((k for k, w in enumerate(words) if w.endswith(tuple(WORD_COMMAS))), None)
    subject = [w.rstrip(WORD_COMMAS) for w in words[: comma + 1]] if comma is not None else _bare_run(words, reads)
    if label not in subject:
        return label
    first = subject.index(label)
    after = comma + 1 if comma is not None else first + 1
    k = len(words) - 1
    while k > after and bare_word(words[k - 1], reads[k - 1]):
        k -= 1
    if any(t.tag in OTHER_ACTOR_TAGS for tokens in reads[after:k] for t in tokens):
        return label
    if any(COUNTED_WORD.match(w) for w in words[k:-1]):  # "…, 1명 사망": the act is the counted ones'
        return label
    if HEADLINE_QUOTE.search(" ".join(words[after:k])):  # "… ‘별님’ 지병으로 별세": the quoted one's act
        return label
    found = [w for w in words[k:-1] if not FIGURE_WORD.match(w) and w not in TOPIC_TAIL_WORDS]
    named = [*subject[first:], *found, act] if comma is not None else [label, *found, act]
    while len(named) > 2 and names_where(named[0], text):
        named.pop(0)
    name = " ".join(named)
    if len(name) > CARDS.topic_max_chars or not all(w in text for w in named):
        return label
    return name


def _bare_run(words: list[str], reads: Sequence[Sequence[Morph]]) -> list[str]:
    """The bare nouns a headline without a comma opens with, its subject ("리본댐 붕괴" → ["리본댐"]);
    the last word is the act, never the subject's."""
    run: list[str] = []
    for word, tokens in zip(words[:-1], reads[:-1], strict=True):
        if not bare_word(word, tokens):
            break
        run.append(word)
    return run


def _act(tokens: Sequence[Morph], text: str) -> str:
    """The act a headline's last word writes, as its noun: a noun made a verb by its suffix ("붕괴했다",
    "입건되다"), or a noun alone ("붕괴") that ``text`` writes as a verb (:data:`ACT_VERB_STARTS`: not a
    thing, "대통령"); "" for any other word."""
    if not tokens or tokens[0].tag not in ACT_NOUN_TAGS or len(tokens[0].form) < 2:
        return ""
    if not all(t.tag.startswith(ACT_TAIL_TAGS) for t in tokens[1:]):
        return ""
    noun = tokens[0].form
    verb = any(t.tag == "XSV" for t in tokens[1:]) or any(noun + s in text for s in ACT_VERB_STARTS)
    return noun if verb else ""
