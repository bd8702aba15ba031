"""The event held: a release's sentence that reports its event done on a day at a place ("…는 12일 새솔시청
대회의실에서 …협의회를 열고 …를 논의했다") is the news a summary must carry, where a lead that states an
outcome ("…가 좋은 열매를 맺는다는 조사가 나왔다") and background after it leave the event unsaid
(:func:`reports_held` finds it; :func:`~kosum.engines.standing.with_day` brings it in)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.normalize import letters
from ..pipeline.vocab.bullets import DAY_OF_MONTH, PLACE_PARTICLES
from ..pipeline.vocab.sentences import PAST_FORMS, REPORTED
from ..types import Morph, Sentence
from .cues import is_speech, sentence_cues

__all__ = ["reports_held"]

_NAMING = frozenset({"NNG", "NNP"})
_NOUNS = frozenset({"NNG", "NNP", "NNB", "NR", "MM", "XPN", "XSN", "SL", "SN", "SW"})


def reports_held(sentence: Sentence, title: str) -> bool:
    """True for a sentence, no quote, list, caption, background or reporting frame, whose day of the month is
    followed by its place ("12일 군청 소회의실에서"), that ends in a past act ("…를 열었다", "…를 논의했다") and
    that names a noun of the ``title`` (the headline's event, not a step on the way to it). Example: under "새솔시,
    주민협의회 운영", "새솔시는 12일 군청 소회의실에서 주민협의회를 열고 사업 방향을 논의했다." is one; "새솔시는
    오는 12일 …를 열 계획이다.", "…는 12일 발표한 논문에서 …" and "현장평가는 12일 …에서 진행됐다." are not."""
    cue = sentence_cues(sentence)
    text = sentence.text
    if cue.weak or cue.background or is_speech(text) or REPORTED.search(text):
        return False
    day = DAY_OF_MONTH.search(text)
    if day is None or not _placed(sentence.morphs, sentence.start + day.end()) or not _done(sentence.morphs):
        return False
    plain = letters(title)
    return any(m.tag in _NAMING and len(m.form) > 1 and m.form in plain for m in sentence.morphs)


def _placed(morphs: Sequence[Morph], after: int) -> bool:
    """True where the words right after offset ``after`` (the day, in the cleaned text) are nouns that end in the
    place particle: "12일 군청 소회의실에서" is placed, "12일 발표한 논문에서" is not."""
    rest = [m for m in morphs if m.start >= after]
    for m in rest:
        if m.tag == "JKB" and m.form in PLACE_PARTICLES:
            return True
        if m.tag not in _NOUNS:
            return False
    return False


def _done(morphs: Sequence[Morph]) -> bool:
    """True where the final ending follows a past tense of a main verb: "…를 열었다" is done, "…에 헌신해 왔다" is
    not (an auxiliary's past tells a career, not an event held), nor "…를 열 계획이다"."""
    ends = [k for k, m in enumerate(morphs) if m.tag == "EF"]
    if not ends:
        return False
    last = ends[-1]
    past = next((k for k in range(last - 1, max(0, last - 3) - 1, -1) if morphs[k].tag == "EP"), None)
    return past is not None and past > 0 and morphs[past].form in PAST_FORMS and morphs[past - 1].tag != "VX"
