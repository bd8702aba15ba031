"""A clause inside another's modifier is no statement of its own. In "봉사자가 반찬을 만들어 이웃을 찾아가
안부를 살핀 '나눔 사업'을 추진했다" or "'새솔 회의'는 40개국 대표단이 참가해 정책을 정하는 기구로서 …
열린다", the clause with the figures has a subject of its own and runs, through its "-아/-어" chain, into an
adnominal ("살핀", "정하는") whose noun is what the sentence speaks of: cut there, its bullet ("봉사자가
반찬을 만듦", "대표단이 참가") names a figure without the programme or the event it belongs to.
:func:`embedded` says so, and the caller keeps the main clause instead. So too a clause of taking part that
names no event ("군내 9개 동아리가 참여해 …": :func:`eventless`): the figure joins nothing; nor a backdrop set off by a
comma ("…2천여 명이 모인 가운데, 광장에서 대회를 열고 …": :func:`backdrop`): the main act is the statement."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..pipeline.vocab.bullets import (
    BACKDROP_NOUNS,
    CHAINING_ENDINGS,
    JOINING_NOUNS,
    MEANS_STEMS,
    MOMENT_NOUNS,
    TIME_TOPIC_NOUNS,
)
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph

__all__ = ["backdrop", "embedded", "eventless"]

#: Tags of a verb's stem (an adjective's adnominal, "다양한", "큰", modifies a noun without a clause's act).
_VERB = ("VV", "XSV")


def embedded(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where the clause ``span`` holds a subject ("봉사자가"), no adverbial topic that names its
    event ("대회에는"), and ends in a chaining "-아/-어" (:data:`CHAINING_ENDINGS`) that feeds an
    adnominal verb: walking on, the first verb closed by an
    adnominal ending ("살핀 '사업'") before the sentence's final ending, with no subject or topic of its
    own since the last adnominal ("위험이 있는 가구" has one: an inner modifier, passed). A means or
    relation verb ("위한", "대한"), a bound noun after it ("할 수") or a noun of time or background
    (:data:`MOMENT_NOUNS`: "참가한 가운데", "도착하는 순간") make no such modifier."""
    start, stop = span
    words = morphs[start:stop]
    last = next((m for m in reversed(words) if not m.tag.startswith("S")), None)
    if last is None or last.tag != "EC" or last.form not in CHAINING_ENDINGS:
        return False
    if not any(m.tag == "JKS" for m in words):
        return False
    if any(a.tag == "JKB" and b.tag == "JX" for a, b in pairwise(words)):
        return False  # "대회에는 180명이 참가해 …": the clause names the event its figure belongs to
    own = False
    for j in range(stop, len(morphs)):
        m = morphs[j]
        if m.tag == "EF":
            return False
        if m.tag == "JKS" or (m.tag == "JX" and m.form in TOPIC_PARTICLES):
            own = True
        elif m.tag == "ETM":
            stem = next((p for p in reversed(morphs[stop:j]) if p.tag != "EP"), None)
            after = morphs[j + 1] if j + 1 < len(morphs) else None
            bound = after is None or after.tag == "NNB" or after.form in MOMENT_NOUNS
            verb = stem is not None and stem.tag in _VERB and stem.form not in MEANS_STEMS
            if verb and not own and not bound:
                return True
            own = False
    return False


def eventless(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where the clause ``span`` ends on taking part (:data:`JOINING_NOUNS`: "120명이 참여해") and names
    no event: no adverbial phrase ("행사에는", "대회에") and no topic but a time ("올해는"; "이번 대회는" names
    one): cut there, the figure joins nothing."""
    start, stop = span
    stem = next((j for j in range(stop - 1, start, -1) if morphs[j].tag == "XSV"), None)
    if stem is None or morphs[stem - 1].form not in JOINING_NOUNS:
        return False
    for j in range(max(start, 1), stem):
        m = morphs[j]
        if m.tag.startswith("JKB") and m.form in ("에", "에서"):
            return False
        if m.tag == "JX" and m.form in TOPIC_PARTICLES and morphs[j - 1].form not in TIME_TOPIC_NOUNS:
            return False
    return True


def backdrop(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where the clause ``span`` ends in an adnominal and a noun of backdrop (:data:`BACKDROP_NOUNS`), its
    particle aside, set off by a comma ("2천여 명이 모인 가운데,"): the writer frames the main act with it, and its
    figure, cut out as a bullet ("2천여 명이 모임"), says what they gathered for nowhere."""
    words = [m for m in morphs[span[0] : span[1]] if m.tag != "SP"]
    if span[1] - span[0] < 3 or morphs[span[1] - 1].tag != "SP" or not words:
        return False
    if words[-1].tag.startswith("JKB") and len(words) > 1:
        words = words[:-1]  # "…하는 와중에,"
    return len(words) > 1 and words[-1].form in BACKDROP_NOUNS and words[-2].tag == "ETM"
