"""The headline's event in the summary: where no pick states what the headline reports happened, the first sentence
that does comes in (:func:`with_headline_event`).

A news headline is "[subject,] [object] + predicate", and its predicate is the news: an event's noun, bare or made a
verb ("새솔군수 직 상실", "위조지폐 쓴 50대 검거", "…한 마을을 지원한다"). A summary of the lead and the
background that never says the event ("…원심을 확정했다. …혐의로 기소됐다." under "…직 상실") leaves the reader to
guess it, however many of the headline's other words it repeats (:func:`~kosum.engines.standing.with_headline_news`
counts words). The event is the headline's last noun where nothing but the verb built on it follows
(:func:`headline_event`); none for a question, a quoted or a dated column's last word ("…뉴스브리핑").
"""

from __future__ import annotations

from typing import NamedTuple

from ..pipeline.normalize import letters
from ..pipeline.vocab.bullets import PLAN_NOUNS
from ..pipeline.vocab.headlines import DATED_COLUMN, HEADLINE_QUOTE, PROGRAMME_ENDS
from ..pipeline.vocab.sentences import CONTRAST_OPENING, OBLIGING_ENDINGS, QUESTION_END
from ..types import Document, Sentence
from .headlined import HeadlineNews, content_keys
from .standing import Picking, fitted, leans, leans_back, stranded, tells

__all__ = ["HeadlineEvent", "headline_event", "reports_event", "states_event", "with_headline_event"]

_EVENT_TAGS = ("NNG",)  # an event's noun ("상실", "검거"), no name
_INNER_TAGS = frozenset({"EP", "VX", "XSV"})  # a tense's ending, an auxiliary verb ("…되어 있다"): still the verb
_CLOSING_TAGS = frozenset({"EF", "EC"})  # a final or connective ending: the verb closes or joins a clause
_AFTER_TAGS = ("XSV", "XSA", "VX", "E", "SF", "SP", "SS", "SE", "SO", "SW")  # the verb built on it, its endings, marks


class HeadlineEvent(NamedTuple):
    """The noun of a headline's event (letters) and the headline's other content words (nouns' letters, stems as
    ``"form/VV"``), the name that acts before its comma among them: who or what the event befell or was done by."""

    noun: str
    words: frozenset[str]


def headline_event(doc: Document) -> HeadlineEvent | None:
    """The noun of the event the headline's first line reports: its last content morpheme, a common noun of two
    letters or more with nothing after it but the verb built on it, its endings and marks ("…직 상실", "…50대
    검거", "…마을 지원한다"), the noun before a plan's ("…운행 중단 예정":
    :data:`~kosum.pipeline.vocab.bullets.PLAN_NOUNS`); ``None`` for a question, a word in quotes, a programme's or
    a dated column's name."""
    if not doc.title or not doc.title_morphs:
        return None
    line = doc.title.split("\n", 1)[0]
    if QUESTION_END.search(line.strip()) or DATED_COLUMN.match(line):
        return None
    morphs = [m for m in doc.title_morphs if m.end <= len(line)]
    quoted = [(q.start(), q.end()) for q in HEADLINE_QUOTE.finditer(line)]
    k = len(morphs) - 1
    while k >= 0 and morphs[k].tag.startswith(_AFTER_TAGS):
        k -= 1
    if k > 0 and morphs[k].form in PLAN_NOUNS:  # "…운행 중단 예정": the plan's act is the event
        k -= 1
    if k < 0 or not morphs[k].tag.startswith(_EVENT_TAGS) or len(letters(morphs[k].form)) < 2:
        return None
    if any(a <= morphs[k].start < b for a, b in quoted) or morphs[k].form.endswith(PROGRAMME_ENDS):
        return None
    noun = letters(morphs[k].form).lower()
    return HeadlineEvent(noun, frozenset(content_keys(morphs)) - {noun})


def states_event(sentence: Sentence, event: str) -> bool:
    """True where ``sentence`` writes the event's noun (across spacing: "직을 상실했다", "검거됐다")."""
    return event in letters(sentence.text).lower()


def reports_event(sentence: Sentence, event: str) -> bool:
    """True where ``sentence`` reports the event: its noun made a verb that closes or joins a clause ("…직을
    상실했다", "…50대가 검거됐으며"), not one that qualifies a noun ("…을 실천한 사례로") nor the bare noun in a
    list or a phrase ("…제공, 점검까지", "완료를 통해"), nor one of what must be done ("…를 보강해야 할 곳":
    :data:`~kosum.pipeline.vocab.sentences.OBLIGING_ENDINGS`): what happened, not a word of it."""
    morphs = sentence.morphs
    for k in range(len(morphs) - 1):
        if letters(morphs[k].form).lower() != event or morphs[k + 1].tag != "XSV":
            continue
        rest = [m for m in morphs[k + 2 :] if m.tag not in _INNER_TAGS]
        if rest and rest[0].tag in _CLOSING_TAGS and rest[0].form not in OBLIGING_ENDINGS:
            return True
    return False


def _same_news(sentence: Sentence, event: HeadlineEvent) -> bool:
    """True where ``sentence`` reports the event (:func:`reports_event`) and writes another of the headline's words,
    the actor's before its comma too ("…건널목 사고, 1명 사망" of "이 사고로 …가 사망했다"): the same news, not the
    same act done to something else."""
    if not reports_event(sentence, event.noun):
        return False
    plain = letters(sentence.text).lower()
    own = {f"{m.form}/{m.tag[:2]}" for m in sentence.morphs}
    return any(w in own or ("/" not in w and len(w) > 1 and w in plain) for w in event.words)


def with_headline_event(picked: list[int], at: Picking, found: tuple[HeadlineEvent | None, HeadlineNews]) -> list[int]:
    """``picked`` where a pick states the headline's event (``found``: its noun and the headline's other words,
    :func:`headline_event`, and the headline's news, whose sayings a quote may state) or no sentence of ``whole``
    states it with another headline word (:func:`_same_news`); else
    with the first that does (no quote unless the headline quotes it, no list, no background), and the sentence
    before it where it leans on that one ("이로써 …", "이에 따라 …"), in place of the least salient picks but the
    first, within ``ceiling`` (the most sentences, the most characters); ``picked`` where that cannot be, or would
    leave a pick leaning on, or borrowing its actor from, a sentence not shown. One set against the sentence before
    it ("그러나 …") comes only after that one."""
    whole, sentences, scores, ceiling, title = at.whole, at.sentences, at.scores, at.ceiling, at.title
    event, news = found
    if event is None or not picked or any(states_event(sentences[i], event.noun) for i in picked):
        return picked
    stating = next(
        (
            j
            for j in whole
            if _same_news(sentences[j], event)
            and tells(sentences[j], news)
            and (j - 1 in picked or not CONTRAST_OPENING.match(sentences[j].text.lstrip()))
        ),
        None,
    )
    if stating is None:
        return picked
    added = [stating]
    known = " ".join((title, *(sentences[i].text for i in picked if i < stating - 1)))
    before = sentences[stating - 1].text if stating else ""
    if stating - 1 not in picked and (leans(sentences[stating]) or leans_back(sentences[stating], known, before)):
        if stating - 1 not in whole:
            return picked
        added.insert(0, stating - 1)
    held: set[int | None] = {picked[0], *added}
    out = fitted(sorted({*picked, *added}), sentences, ceiling, held, lambda j: (scores[j],), title=title)
    return picked if out is None or stranded(out, sentences, title, out) else out
