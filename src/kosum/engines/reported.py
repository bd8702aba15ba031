"""Words under a frame stay under it (issue 18). A sentence whose clauses end in a frame that is no
statement of the article's own ("A는 …에 합의했다고 B가 발표했다", "…했다고 주장했다", "…한 것으로
알려졌다", "경찰은 …한 것으로 보고 있다") says only that someone said, reported or guesses them. Cut down to
one of its clauses, or to its frame without the clause it reports, the bullet states as fact what was only
claimed ("박모씨는 현금 2억 원을 받음"), or makes the reported clause's subject the speaker's partner ("A는 B가
발표"). So compression never drops the reported clause while its frame stays (:func:`reports`), and never
ends a bullet on a clause before such a frame (:func:`framed`); where the bullet is then too long, the caller
falls back to the whole clause or to another sentence. A frame that announces ("…했다고 밝혔다") is cut
before, by :func:`kosum.engines.clauses.speech_end`: its reported clause is the article's own fact.

The frame may sit inside the last clause, its speaker in the sentence before ("상인들은 …라며 비판했다. 또한 군수가
석 달 동안 해 온 일들이 도청에 기대려는 모양새를 보여 이 또한 "…" 라고 비난하기도 했다": a lone verb after "라고"
is no clause of its own). The clause before it is then the grounds of the judgement, not a fact of the
article's: it never ends the bullet alone either (:func:`_frame_closes`, faith44)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.voice import (
    ESTIMATE_KEYS,
    HEDGE_STEMS,
    QUOTATIVE_ADNOMINAL,
    QUOTE_LINK_ENDINGS,
    REPORT_ENDINGS,
    REPORTED_THING_KEYS,
    SPLIT_REPORT_ENDING,
)
from ..types import Morph
from .arguments import key

__all__ = ["framed", "reports"]

#: Tags of a frame's head after its reporting ending ("비난/NNG 하/XSV", "꼬집/VV").
_FRAME_HEADS = ("VV", "NNG", "XSV")


def reports(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where the clause ``morphs[span[0]:span[1]]`` ends in a reporting ending before a frame
    (:data:`REPORT_ENDINGS`, or "다" read as a final ending and a joined "고": :data:`SPLIT_REPORT_ENDING`)."""
    start, stop = span
    last = stop - 1
    while last > start and morphs[last].tag.startswith("S"):
        last -= 1  # the comma after the clause
    if last <= start:
        return False
    m = morphs[last]
    if m.tag == "EC" and m.form in REPORT_ENDINGS:
        return True
    before = morphs[last - 1]
    split = (before.form, before.tag, m.form, m.tag) == SPLIT_REPORT_ENDING
    return split and before.end == m.start


def framed(morphs: Sequence[Morph], spans: Sequence[tuple[int, int]], at: int) -> bool:
    """True where the clause ``spans[at]`` (not the last) stands under a frame: a later clause but the last
    reports (the frame after it was kept), the sentence ends in what is said ("…했다는 것이다":
    :data:`QUOTATIVE_ADNOMINAL` before :data:`REPORTED_THING_KEYS`), or a later clause hedges what comes
    before it ("…것으로" and a stem of :data:`HEDGE_STEMS`: "알려졌다", "보고 있다", "추정된다")."""
    if any(reports(morphs, later) for later in spans[at:-1]):
        return True
    start, stop = spans[at][1], spans[-1][1]
    if _frame_closes(morphs, spans[-1][0], stop):
        return True
    words = [m for m in morphs[start:stop] if not m.tag.startswith("S")]
    thing = len(words) > 3 and words[-1].tag == "EF" and tuple(key(m) for m in words[-3:-1]) == REPORTED_THING_KEYS
    if thing and words[-4].tag == "ETM" and QUOTATIVE_ADNOMINAL.match(words[-4].form):
        return True  # "…만든 뒤 …돌렸다는 것이다": the sentence tells what is said, no fact of its own
    keys = [key(m) for m in morphs[start:stop]]
    for j in range(len(keys) - 2):
        if (keys[j], keys[j + 1]) != ESTIMATE_KEYS:
            continue
        stem = next((m for m in morphs[start + j + 2 : stop] if not m.tag.startswith(("J", "E", "S"))), None)
        if stem is not None and stem.form in HEDGE_STEMS:
            return True
    return False


def _frame_closes(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the last clause ``morphs[start:stop]`` holds a reporting ending that the sentence's own
    predicate follows as its frame ("…" 라고 비난하기도 했다): a speech or judgement verb or noun after it, no
    adnominal ending ("…이라고 불리는 길": a name, not a frame). A quote linked by "라며" (:func:`_links_quote`) is
    such a frame too. An announcing frame was cut before (``stop`` then ends on its "다고")."""
    for j in range(start, stop - 1):
        if morphs[j].tag != "EC" or not (reports(morphs, (start, j + 1)) or _links_quote(morphs, start, j)):
            continue
        rest = morphs[j + 1 : stop]
        if any(m.tag == "ETM" for m in rest):
            return False
        return any(m.tag.startswith(_FRAME_HEADS) for m in rest)
    return False


def _links_quote(morphs: Sequence[Morph], start: int, j: int) -> bool:
    """True where ``morphs[j]`` is a :data:`QUOTE_LINK_ENDINGS` ending right after a closing quote mark (a copula
    between them: '"…" 이라며', '"…"라며')."""
    if morphs[j].form not in QUOTE_LINK_ENDINGS:
        return False
    k = j - 1
    if k > start and morphs[k].tag == "VCP":
        k -= 1
    return k >= start and morphs[k].tag == "SSC"
