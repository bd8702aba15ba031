"""Lines of a speaker's own voice: a bullet that says "저는 …", "저희가 …", "우리는 …" outside quote marks.

A speech or a statement quoted in an article speaks in the first person; cut from its frame ("…라고 말했다")
the line reads as if the article, or the office that issues it, said it, and the reader never learns who
"I" is. Such a bullet is refused by the self-check (:func:`kosum.engines.form.defect`), and its caller falls
back to the whole clause, with its speaker frame where the sentence has one, or to another sentence.

Kiwi tags the first-person pronouns NP (:data:`FIRST_PERSON_PRONOUNS`); it gives the possessive "제"/"내" the
pronoun's base form with a genitive over the same letters, and that "제" may as well mean "own" ("제 역할을 못함"),
so it does not count; nor does a contracted topic "전": news writes "저는", and Kiwi takes the "전" of "전 군수"
(former) for it; nor "난" glued to a noun ("난개발": :func:`_contracted`). "나만의 …" names an activity's or a
product's "one's own" (:func:`_own_only`). The prefix "제" of an ordinal ("제1회") is XPN and the determiner "저"
("저 건물") MM: neither counts. "우리" counts only as an actor ("우리는", "우리가"); "우리 마을", "우리나라" or an
office's "우리 시" speak of a whole, not a speaker's self. A pronoun inside the reported words of an actor named
before them ("새솔시장은 저희가 먼저 돕겠다고 밝힘", "강사는 우리가 무엇을 할지 짚음") has its speaker.

A speaker also shows by speaking to the audience: "주민 여러분", "말씀(을) 드림", "전해 드리겠음", "다시
찾아뵙겠음" outside quote marks are a speech's or a host's words (:func:`_to_audience`); a gift ("목도리를 드림") or a
service ("안내해 드릴") tells nobody anything and counts nothing, nor does a telling whose teller and hearer are named
("봉사단은 어르신들께 소식을 전해 드림").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import QUOTED_SPAN
from ..pipeline.vocab.voice import (
    ACTOR_PARTICLES,
    AUDIENCE_PRONOUNS,
    CONTRACTED_TOPIC_PRONOUNS,
    EMBEDDED_QUESTION_ENDINGS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PRONOUNS,
    HEARER_PARTICLES,
    HOST_CLOSING,
    HUMBLE_GIVING,
    HUMBLE_MEETING,
    HUMBLE_TELLING,
    INTENTION_ENDING,
    OWN_ONLY_PARTICLES,
    QUOTATIVE_ENDING,
)
from ..types import Morph

__all__ = ["may_speak", "speaks_as_self"]


def may_speak(words: Sequence[Morph]) -> bool:
    """False where no word of ``words`` is a pronoun or a humble verb, so :func:`speaks_as_self` cannot be True: a
    test on forms and tags alone, made before the offsets it needs are built."""
    return any(m.tag == "NP" or m.form in (HUMBLE_GIVING, INTENTION_ENDING) or m.form in HUMBLE_MEETING for m in words)


def speaks_as_self(text: str, words: Sequence[Morph]) -> bool:
    """True where ``text`` (analysed as ``words``, offsets into it) holds, outside quote marks, a first-person
    pronoun or words to the audience (:func:`_to_audience`) with no speaker named for them (:func:`_framed`), or
    ends in a host's announcement of what the programme covers (:data:`~kosum.pipeline.vocab.voice.HOST_CLOSING`)."""
    if HOST_CLOSING.search(text.rstrip()):
        return True
    quoted = [(q.start(), q.end()) for q in QUOTED_SPAN.finditer(text)]
    for k, m in enumerate(words):
        if any(a <= m.start < b for a, b in quoted):
            continue
        if _to_audience(words, k):
            if not _framed(words, k):
                return True
            continue
        if m.tag != "NP":
            continue
        after = words[k + 1] if k + 1 < len(words) else None
        if after is not None and after.start <= m.end and not after.tag.startswith("J") and m.form != "저희":
            continue  # a name's first syllable ("나…" before a noun) or "저들" (those people), no pronoun of its own
        if m.form in FIRST_PERSON_PRONOUNS:
            if after is not None and after.start < m.end and _contracted(words, k):
                continue
            if _own_only(words, k):
                continue
        elif m.form != FIRST_PERSON_PLURAL or after is None or after.form not in ACTOR_PARTICLES:
            continue
        if not _framed(words, k):
            return True
    return False


def _contracted(words: Sequence[Morph], k: int) -> bool:
    """True where the particle contracted onto the pronoun ``words[k]`` makes no speaker: the genitive "제"/"내"
    (also "own"), the topic "전" (:data:`CONTRACTED_TOPIC_PRONOUNS`: "former"), or a topic with the word going on
    right after it ("난개발": one noun Kiwi split, a particle always ends its word)."""
    after = words[k + 1]
    if after.tag == "JKG":
        return True
    if after.tag != "JX":
        return False
    glued = k + 2 < len(words) and words[k + 2].start == after.end and not words[k + 2].tag.startswith(("J", "E"))
    return words[k].form in CONTRACTED_TOPIC_PRONOUNS or glued


def _own_only(words: Sequence[Morph], k: int) -> bool:
    """True where the pronoun ``words[k]`` opens "one's own" ("나만의 컵 만들기"): whoever takes part, no speaker."""
    tail = words[k + 1 : k + 3]
    return len(tail) == 2 and tail[0].form in OWN_ONLY_PARTICLES and tail[0].tag == "JX" and tail[1].tag == "JKG"


def _framed(words: Sequence[Morph], k: int) -> bool:
    """True where the pronoun ``words[k]`` stands in reported words whose speaker is named before them: an
    actor (a noun with a topic or subject particle) before it and a quotative ending after it."""
    return _actor_before(words, k) and any(
        m.tag == "EC" and (QUOTATIVE_ENDING.match(m.form) is not None or m.form in EMBEDDED_QUESTION_ENDINGS)
        for m in words[k + 1 :]
    )


def _to_audience(words: Sequence[Morph], k: int) -> bool:
    """True where ``words[k]`` addresses the audience: its pronoun ("주민 여러분"), the humble verb of telling
    ("말씀을 드림", "전해 드리겠음", "알려드리겠음", "사죄드림") unless an actor and the hearer it honours are named
    before it, the hearer in its own clause ("구청은 주민들에게 일정을 알려드림": a deed told of them), or the humble
    verb of meeting with nobody named whom it meets ("다시 찾아뵙겠음"; "어르신 댁을 찾아뵙고" names one)."""
    m = words[k]
    if m.tag == "NP" and m.form in AUDIENCE_PRONOUNS:
        return True
    if not m.tag.startswith(("VV", "VX")) or k == 0:
        return False
    if m.form in HUMBLE_MEETING:
        return not any(w.tag == "JKO" or _hearer(w) for w in words[:k])
    if m.form != HUMBLE_GIVING:
        return False
    j = k - 1
    if j and words[j].tag in ("JKO", "EC"):
        j -= 1  # "말씀을 드림", "전해 드림"
    if words[j].form not in HUMBLE_TELLING:
        return False
    hearer = next((i for i in range(j) if _hearer(words[i])), None)
    if hearer is None or any(w.tag.startswith("E") for w in words[hearer:j]):
        return True  # none named in the telling's own clause ("…수당이 나간 탓에 전해 드릴 소식": the audience's)
    return not _actor_before(words, hearer)


def _hearer(m: Morph) -> bool:
    """True for the particle that names whom a humble verb honours ("어르신들께", "주민에게")."""
    return m.tag == "JKB" and m.form in HEARER_PARTICLES


def _actor_before(words: Sequence[Morph], k: int) -> bool:
    """True where a noun (or its suffix, "주민/들") with a topic or subject particle stands before ``words[k]``."""
    return any(
        words[j].tag.startswith(("NN", "XSN"))
        and words[j + 1].form in ACTOR_PARTICLES
        and words[j + 1].tag.startswith("J")
        for j in range(k - 1)
    )
