"""Wishes and guesses nobody in a bullet owns: "…공원이 생겼으면 하는 바람", "…사고가 사라지기를 희망", "…늦어질지도
모름", "어쩌면 …열릴 수 있음", "…전환일 수도 있음", and views: "…받아야 한다고 생각".

A news sentence ending in such a predicate is the writer's hope or guess (an opinion piece's close), or a
speaker's cut from the frame that named them; as a bullet it passes for a fact of the article. A wish is owned
where its holder stands before the wished clause, beside that clause's own subject ("주민들은 공원이 생겼으면 하는
바람", "군은 많은 주민이 참여하기를 바람"); a guess whose holder is named keeps the frame that reports it ("…할지도
모른다고 내다봄"), so it never ends the bullet. The form check (:func:`kosum.engines.form.defect`) refuses the rest
and the chooser takes another sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import ABILITY_NOUN
from ..pipeline.vocab.voice import (
    ACTOR_PARTICLES,
    DOUBT_ENDINGS,
    DOUBT_STEM,
    GUESS_ADVERBS,
    QUOTATIVE_ENDING,
    THOUGHT_NOUNS,
    WISH_CONDITION_ENDINGS,
    WISH_NOMINAL,
    WISH_NOUNS,
    WISH_STEMS,
    WISH_VERB_NOUNS,
)
from ..types import Morph

__all__ = ["unowned_conjecture"]

#: Tags that close a predicate after its head ("바람/이/다", "기대/하/ᆷ", "마음/뿐"): skipped to the head.
_CLOSING_TAGS = ("E", "S", "VCP", "XSV", "XSA", "JX")
#: Tags of a stem before "-ㄹ 수도 있다" that make it a guess, not a choice ("…일 수도 있음", "…클 수도 있음";
#: "신청할 수도 있음" is an option).
_STATE_TAGS = ("VCP", "VA")


def unowned_conjecture(words: Sequence[Morph]) -> bool:
    """True for a bullet (analysed as ``words``, marks left out) that ends in a wish with nobody named who holds it
    (:func:`_wish_start`), or in a guess ("…할지도 모름", "…일 수도 있음", "어쩌면 …") with no speaker's frame."""
    j = len(words) - 1
    if j > 0 and words[j].tag == "ETN" and words[j].form in WISH_NOUNS and words[j - 1].form == WISH_NOMINAL:
        return not _owned(words, j - 1)  # "…내려 주기 바람" read off its source as one nominal: the wish
    if j > 0 and words[j].form in THOUGHT_NOUNS and QUOTATIVE_ENDING.match(words[j - 1].form):
        return not _owned(words, j - 1)  # "…받아야 한다고 생각": a view, the writer's where nobody holds it
    while j > 0 and words[j].tag.startswith(_CLOSING_TAGS):
        if words[j].tag == "ETN" and words[j].form == WISH_NOMINAL:
            return False  # "…바라기도 함": "-기도 하다" is the head, the wish its clause's ("많은 사람들이 …")
        j -= 1
    if j <= 0:
        return False
    start = _wish_start(words, j)
    if start is not None:
        return not _owned(words, start)
    return _guess(words, j)


def _wish_start(words: Sequence[Morph], j: int) -> int | None:
    """The index of the ending that closes the wished clause of the head ``words[j]``, or ``None`` for no wish:
    "생겼/으면 하/는 바람", "되/기/를 바라/는 마음", "되/기/를 기대", "주/기 바라/ᆷ"."""
    head = words[j]
    k = j
    if head.tag.startswith("NN") and head.form in WISH_NOUNS and j >= 3 and words[j - 1].tag == "ETM":
        before = words[j - 2]
        if before.form == "하" and words[j - 3].tag == "EC" and words[j - 3].form in WISH_CONDITION_ENDINGS:
            return j - 3
        if before.tag.startswith("VV") and before.form in WISH_STEMS:
            k = j - 2  # "…기를 바라는 마음"
        else:
            return None
    elif not (
        (head.tag.startswith("VV") and head.form in WISH_STEMS)
        or (head.tag.startswith("NN") and head.form in WISH_VERB_NOUNS)
    ):
        return None
    n = k - 1
    if n > 0 and words[n].tag == "JKO":
        n -= 1
    return n if n >= 0 and words[n].tag == "ETN" and words[n].form == WISH_NOMINAL else None


def _owned(words: Sequence[Morph], end: int) -> bool:
    """True where a topic ("주민들은") stands before ``words[end]`` and the wished clause's own subject after it
    ("…공원이 생겼으면"): the topic holds the wish. A lone topic may be the wished clause's subject ("법원은 공정한
    결론을 내 주기 바람"), and subjects alone are the wished clause's ("…물난리가 되풀이되지 않기를")."""
    topic = next((k for k in range(end - 1) if _actor(words, k) and words[k + 1].tag == "JX"), None)
    return topic is not None and any(_actor(words, k) and words[k + 1].tag == "JKS" for k in range(topic + 2, end - 1))


def _actor(words: Sequence[Morph], k: int) -> bool:
    """True for a noun (or its suffix, "주민/들") with a topic or subject particle after it."""
    return words[k].tag.startswith(("NN", "XSN")) and words[k + 1].form in ACTOR_PARTICLES


def _guess(words: Sequence[Morph], j: int) -> bool:
    """True where the head ``words[j]`` closes a guess, "-ㄹ지도 모르다" or a state's "-ㄹ 수도 있다", or a guessing
    adverb stands with no quotative ending after it."""
    head = words[j]
    tail = [(m.form, m.tag) for m in words[max(0, j - 4) : j]]
    doubt = head.form == DOUBT_STEM and head.tag.startswith("VV") and len(tail) >= 2
    if doubt and tail[-1] == ("도", "JX") and tail[-2][1] == "EC" and tail[-2][0] in DOUBT_ENDINGS:
        return True
    maybe = head.form == "있" and len(tail) == 4 and tail[-1] == ("도", "JX") and tail[-2] == (ABILITY_NOUN, "NNB")
    if maybe and tail[-3][1] == "ETM" and tail[-4][1].startswith(_STATE_TAGS):
        return True
    at = next((k for k, m in enumerate(words) if m.tag == "MAG" and m.form in GUESS_ADVERBS), None)
    return at is not None and not any(
        m.tag == "EC" and QUOTATIVE_ENDING.match(m.form) is not None for m in words[at + 1 :]
    )
