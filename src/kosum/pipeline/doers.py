"""Which words of a card's sentence count for no policy area: they name who does its act, or a
training of staff (#19, tags45), or people met in a story, or where an injured man is taken.

A card's policy tag comes from its nouns (:mod:`kosum.pipeline.lexicon`). A subject headed by a
body or its staff names the doer, whose own field is not what the act is about: "새솔 어린이집
원장과 교직원이 쌀을 기부했다" is a donation, not a daycare card; "바람골 연탄공장은 원료를 못 구했다" is a
shortage, not an investment card. "업무 교육", "직무교육" train workers for a job, not schools and
students, nor is "갑질 예방 교육", a course against a harm, schooling. A group's word picked out by a
count names people, not the group's policy: "세 청년이 달아났다" are young men, where "청년 일자리"
and "지역 청년들에게" are youth policy. The place an injured man is carried to ("새솔의원에 후송됐다")
is a detail of the incident, not a health card. :func:`not_counted` finds those words.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Morph
from .memo import TagTest
from .vocab.areas import (
    BODY_KIND_WORDS,
    CARRIED_STEMS,
    CARRIED_TO_PARTICLES,
    DOER_HEADS,
    DOER_LINK_PARTICLES,
    DOER_PARTICLES,
    GROUP_SENSE_WORDS,
    PICKING_DETERMINERS,
    PREVENTION_WORDS,
    STAFF_TRAINING_WORDS,
)

__all__ = ["doer_words", "not_counted", "subject_words", "subjects"]

_IS_NOUN = TagTest(("NNG", "NNP", "NNB", "SN", "SL", "XSN", "XPN"))
_IS_COUNT = TagTest(("SN", "NNB"))
_HEADS = tuple(DOER_HEADS | BODY_KIND_WORDS)


def not_counted(morphs: Sequence[Morph]) -> frozenset[int]:
    """The indexes of ``morphs`` that count for no area: the nouns of each conjunct of a subject's
    noun phrase (the word closed by ``DOER_PARTICLES``, a bracket between them skipped (:func:`_host`),
    and the words of nouns alone or ending in ``DOER_LINK_PARTICLES`` right before it) whose head is
    a doer's (:func:`doer_words`: ``DOER_HEADS``, ``BODY_KIND_WORDS``: "유치원 원장과 교사 9명이" all,
    "바람골 연탄공장은" its nouns, "과수농가와 포장업체가" only "포장업체"),
    "교육" right after a noun of staff work or of preventing (``STAFF_TRAINING_WORDS``: "업무 교육";
    ``PREVENTION_WORDS``: "갑질 예방 교육"), a group's word
    after a determiner that picks out people (:func:`_people`: "세 청년들이"), and the nouns of the noun
    phrase of a place someone is carried to (:func:`_carried_to`: "새솔의원에 후송됐다")."""
    out: set[int] = set(doer_words(morphs))
    for k in range(1, len(morphs)):
        m, before = morphs[k], morphs[k - 1]
        if m.form == "교육" and m.tag == "NNG" and before.form in STAFF_TRAINING_WORDS | PREVENTION_WORDS:
            out.add(k)
        if m.form in GROUP_SENSE_WORDS and _people(morphs, k):
            out.add(k)
        if f"{m.form}/{m.tag}" in CARRIED_TO_PARTICLES and _carried_to(morphs, k):
            out.update(i for w in _phrase(morphs, k) for i in w if _IS_NOUN[morphs[i].tag])
    return frozenset(out)


def _host(morphs: Sequence[Morph], k: int) -> int | None:
    """The index of the noun the particle ``morphs[k]`` is written on: the morpheme right before it,
    or, where a bracket glued to it comes between, the one before the bracket ("새솔유치원(원장
    김하늘)은" → "유치원"); ``None`` where that is no noun."""
    j = k - 1
    if morphs[j].end != morphs[k].start:
        return None
    if morphs[j].tag == "SSC":
        depth = 0
        while j >= 0:
            depth += {"SSC": 1, "SSO": -1}.get(morphs[j].tag, 0)
            if depth == 0:
                break
            j -= 1
        j -= 1  # the morpheme before the opening bracket, written on it
        if j < 0 or morphs[j].end != morphs[j + 1].start:
            return None
    return j if j >= 0 and _IS_NOUN[morphs[j].tag] else None


def doer_words(morphs: Sequence[Morph]) -> frozenset[int]:
    """The indexes of the nouns of each conjunct of a subject's noun phrase whose head is a doer's
    (see :func:`not_counted`): "새솔유치원(원장 김하늘)은" → the index of "새솔유치원"'s nouns."""
    out: set[int] = set()
    for words in _subjects(morphs):
        for conjunct in _conjuncts(morphs, words):
            if _doer_head(morphs, conjunct):
                out.update(i for w in conjunct for i in w if _IS_NOUN[morphs[i].tag])
    return frozenset(out)


def subject_words(morphs: Sequence[Morph]) -> frozenset[int]:
    """The indexes of the nouns of every subject's noun phrase, whatever its head, its conjuncts
    joined by "과"/"와" or a comma: "새솔유치원 아이들과 부모, 교사가 함께했다" → all four nouns."""
    return frozenset(i for _, nouns in subjects(morphs) for i in nouns)


def subjects(morphs: Sequence[Morph]) -> list[tuple[int, list[int]]]:
    """Each subject's particle's index and the indexes of the nouns of its noun phrase, whatever its
    head, its conjuncts joined by "과"/"와" or a comma ("새솔유치원은" → (1, [0])); not a subject of a
    clause that describes a noun (:func:`_describing`: "어르신, 아동 등이 이용하는 시설")."""
    out: list[tuple[int, list[int]]] = []
    for k in range(1, len(morphs)):
        host = _host(morphs, k)
        if f"{morphs[k].form}/{morphs[k].tag}" in DOER_PARTICLES and host is not None and not _describing(morphs, k):
            words = _phrase(morphs, host + 1, commas=True)
            out.append((k, [i for w in words for i in w if _IS_NOUN[morphs[i].tag]]))
    return out


def _describing(morphs: Sequence[Morph], k: int) -> bool:
    """True where the subject particle ``morphs[k]`` ("이", "가") opens a clause that describes a noun:
    its first ending, past a "-고" before an auxiliary ("이용하고 있는"), is adnominal ("생활이 어려운
    이웃", "노인 등이 이용하는 시설")."""
    if morphs[k].tag != "JKS":
        return False
    for j in range(k + 1, len(morphs)):
        tag = morphs[j].tag
        if not tag.startswith("E"):
            continue
        if tag == "EC" and j + 1 < len(morphs) and morphs[j + 1].tag == "VX":
            continue
        return tag == "ETM"
    return False


def _subjects(morphs: Sequence[Morph]) -> list[list[list[int]]]:
    """The words of each subject's noun phrase (:func:`_phrase` of a word closed by ``DOER_PARTICLES``,
    a bracket before the particle skipped, :func:`_host`)."""
    out: list[list[list[int]]] = []
    for k in range(1, len(morphs)):
        host = _host(morphs, k)
        if f"{morphs[k].form}/{morphs[k].tag}" in DOER_PARTICLES and host is not None:
            out.append(_phrase(morphs, host + 1))
    return out


def _people(morphs: Sequence[Morph], k: int) -> bool:
    """True where the group's noun ``morphs[k]`` ("청년") comes right after a determiner that picks
    out certain ones (``PICKING_DETERMINERS``: "세 청년들이", "한 청년이") and so names people."""
    if morphs[k].tag != "NNG" or k == 0:
        return False
    return f"{morphs[k - 1].form}/{morphs[k - 1].tag}" in PICKING_DETERMINERS


def _carried_to(morphs: Sequence[Morph], k: int) -> bool:
    """True where the particle ``morphs[k]`` closes a place someone is carried to: a stem of
    carrying (``CARRIED_STEMS``) follows, an adverb at most between ("응급실로 곧장 옮겼다")."""
    rest = [m for m in morphs[k + 1 : k + 3] if m.tag != "MAG"]
    return bool(rest) and rest[0].form in CARRIED_STEMS and rest[0].tag in ("VV", "NNG")


def _doer_head(morphs: Sequence[Morph], words: list[list[int]]) -> bool:
    """True where a conjunct's head, its last word (or the one before it where the last is a count,
    "…교직원 12명"), ends in a doer's word."""
    last = len(words) - 1
    if last > 0 and all(_IS_COUNT[morphs[i].tag] for i in words[last] if _IS_NOUN[morphs[i].tag]):
        last -= 1
    nouns = [i for i in words[last] if _IS_NOUN[morphs[i].tag]]
    return bool(nouns) and morphs[nouns[-1]].form.endswith(_HEADS)


def _conjuncts(morphs: Sequence[Morph], words: list[list[int]]) -> list[list[list[int]]]:
    """The words of a phrase split into its conjuncts, after each word that ends in "과"/"와"
    ("유치원 원장과 | 교사 9명")."""
    out: list[list[list[int]]] = [[]]
    for w in words:
        out[-1].append(w)
        if morphs[w[-1]].tag == "JC":
            out.append([])
    return [c for c in out if c]


def _phrase(morphs: Sequence[Morph], k: int, commas: bool = False) -> list[list[int]]:
    """The words (lists of morpheme indexes, first to last) of the noun phrase whose last word ends
    at the particle ``morphs[k]``: that word, and the words of nouns alone or ending in a link
    particle right before it."""
    found: list[list[int]] = []
    j = k - 1
    while j >= 0:
        start = j
        while start > 0 and morphs[start - 1].end == morphs[start].start:
            start -= 1
        word = list(range(start, j + 1))
        if found:
            *body, end = word
            linked = f"{morphs[end].form}/{morphs[end].tag}" in DOER_LINK_PARTICLES or _IS_NOUN[morphs[end].tag]
            linked = linked or (commas and morphs[end].form == "," and bool(body))
            if not linked or not all(_IS_NOUN[morphs[i].tag] for i in body):
                break
        found.insert(0, word)
        j = start - 1
    return found
