"""Which sentences a summary may show, and what it must not leave out: a summary sentence stands alone or
comes with the sentence it leans on, and the headline's key figure is in the summary where a sentence
states it (:mod:`kosum.engines.extractive` picks by salience, then asks these).

* **leans**: a sentence that opens with a pointer or connective back to the one before ("이는 …", "이에 따라
  …") stands only right after that one;
* **borrows**: a sentence with no subject of its own whose actor is named only in a sentence the summary
  does not show ("…박사 학위를 받았으며 …를 지냈다" after "…김새솔 교수를 초청했다"), or that names what
  something is with no subject ("…늘어난 규모다") away from the sentence before it, tells what somebody or
  something not named did or was;
* **connective**: a summary that would open with a connective ("그러나 …", "특히 …", "한편, …", "이에 …") opens
  without that connective alone (:func:`stated`): it would join to, or set against, a sentence not shown;
* **echo**: a news story's short first statement of the headline's news ("…가 타결됐다.",
  :func:`~kosum.engines.cues.echo_opening`), too short to be the lead, comes in before the lead that details it
  (:func:`with_echo`);
* **day**: where no pick states the day of the month of an event and one of the two sentences after the first pick
  does ("…는 지난 20일 …를 열었다"), that one comes in (:func:`with_day`): the lead's when; so, further on, does the
  sentence that reports the headline's event held on a day at a place (:func:`~kosum.engines.held.reports_held`), in
  place of a pick of aims or background: a lead that states an outcome leaves the event itself unsaid;
* **purpose**: a pick after the first that only says what the event was for ("이번 행사는 …을 위해 마련됐다",
  :func:`~kosum.engines.cues.is_purpose`) gives way to the best sentence that states news instead (:func:`with_news`):
  an editor leads with what was done, by whom, how many, and leaves the why to the card;
* **roll**: so does a pick after the first that only lists who attended, with no head count ("이날 전달식에는 … 등이
  참석했다", :func:`~kosum.engines.attendance.is_roll`), to any sentence that states news;
* **back**: a pick after the first that goes on from, or points into, the sentence right before it ("그러면서 …",
  "이 방식을 쓰는 …", "이어 …", "같은 마을에서 …": :func:`leans_back`, :func:`continues`) comes with that sentence
  where it fits, else gives way (:func:`with_antecedents`); a contrast ("그러나 …") stands against the summary's
  sentences, as an extract keeps it; one that names a thing of the sentence before it back ("내용은 …"), or is the bare
  frame of a claim ("…했다는 것이다."), opens no summary (:func:`opens_badly`);
* **headline news**: where no pick states the headline's news (few of its content words:
  :func:`~kosum.engines.headlined.headline_news`) and a sentence states most of them, the first that does comes in
  (:func:`with_headline_news`): "…광장에 나무 1천 그루를 심겠다고도 했다" under 새솔시장 "광장에 나무 1천 그루 심겠다";
* **headline figure**: where the headline states a quantity ("2배 확대", "3천 명 몰려") that no pick states,
  the first sentence that states it comes in (a summary that keeps a breakdown but not the total misses the
  news).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..pipeline.normalize import letters, without_marks
from ..pipeline.tuning import EXTRACTIVE
from ..pipeline.vocab.bullets import (
    ANAPHORIC_OPENING,
    DAY_OF_MONTH,
    ITSELF_ADVERBS,
    LEANING_OPENING,
    POINTER_CONNECTIVE,
    POINTER_KEYS,
)
from ..pipeline.vocab.sentences import (
    ANSWERING_OPENING,
    BACK_CONNECTIVE,
    CONTINUING_FRAME,
    CONTINUING_OPENING,
    CONTRAST_OPENING,
    EVENT_POINTED_NOUNS,
    OPENING_CONNECTIVE,
    QUOTED_ITEM_OPENING,
    REPORTED,
    YEAR_NUMBER,
)
from ..types import Document, Sentence
from .arguments import holds_subject
from .attendance import is_roll
from .clauses import subjectless_copula
from .cues import fact_terms, is_purpose, is_quantity, is_speech, number_terms, sentence_cues, sentence_numbers
from .form import actor_names, borrows_actor
from .headlined import HeadlineNews, stated_share, states_saying
from .held import reports_held

__all__ = [
    "Picking",
    "borrows",
    "continues",
    "fitted",
    "headline_figures",
    "leans",
    "leans_back",
    "opens_badly",
    "stated",
    "stranded",
    "tells",
    "with_antecedents",
    "with_day",
    "with_echo",
    "with_headline_figure",
    "with_headline_news",
    "with_news",
]


@dataclass(frozen=True)
class Picking:
    """What a summary's picks are chosen from and within, passed whole to each ``with_*`` step: the candidate
    indexes ``whole``, the article's ``sentences``, their salience ``scores``, the ``ceiling`` (the most sentences,
    the most characters) and the ``title``."""

    whole: Sequence[int]
    sentences: Sequence[Sentence]
    scores: np.ndarray
    ceiling: tuple[int, int]
    title: str


def leans(sentence: Sentence) -> bool:
    """True for a sentence that opens with a pointer or connective back to the sentence before it
    ("이는 …", "이 밖에도 …", "이로 인해 …", "이에 따라 …"), or whose opening noun is set beside another's ("B사
    역시 …": :data:`~kosum.pipeline.vocab.bullets.ITSELF_ADVERBS`): alone, it adds to or follows from what is not
    shown."""
    text = sentence.text.lstrip()
    if any(p.match(text) for p in (ANAPHORIC_OPENING, LEANING_OPENING)):
        return True
    words = without_marks(sentence.morphs)
    k = 0
    while k < len(words) and words[k].tag.startswith(("NN", "SL", "SH", "SN", "XSN")):
        k += 1
    return 0 < k < len(words) and words[k].tag == "MAG" and words[k].form in ITSELF_ADVERBS


def continues(sentence: Sentence) -> bool:
    """True for a sentence that goes on from the one right before it: it tells what came next in the same event
    ("이어 …") or names a thing of it back ("같은 마을에서 …", "내용은 …"):
    :data:`~kosum.pipeline.vocab.sentences.CONTINUING_OPENING`. After another summary sentence it would read as going
    on from that one."""
    return bool(CONTINUING_OPENING.match(sentence.text.lstrip()))


def opens_badly(sentence: Sentence) -> bool:
    """True for a sentence that :func:`continues` the one before it with more than a connective :func:`stated` drops
    ("내용은 …", "같은 마을에서 …"), or that is the bare frame of a claim or a point a sentence before named ("…했다는
    것이다.": :data:`~kosum.pipeline.vocab.sentences.CONTINUING_FRAME`): no summary opens with it."""
    text = sentence.text.strip()
    leaning = continues(sentence) or bool(CONTINUING_FRAME.search(text))
    return leaning and not OPENING_CONNECTIVE.match(text)


def leans_back(sentence: Sentence, known: str, before: str = "") -> bool:
    """True for a sentence that opens with a connective that makes it answer or go on from the sentence right before
    ("그러자 …", "그러면서 …", "그러는 와중 …": :data:`~kosum.pipeline.vocab.sentences.BACK_CONNECTIVE`), with a
    determiner that points to a thing that ``known`` (the title and the summary before it) does not name ("이 방식을
    쓰는 …", "그 메시지는 …"; not "이 폭발 사고는 …" after a summary that names the blast), or on a quoted item of
    ``before`` (the sentence right before it) that ``known`` does not name ("'비용 부담'은 30대에서 가장 많았다." after
    a list of answers): after another summary sentence, it would read as going on from, or pointing into, that one."""
    text = sentence.text.lstrip()
    if BACK_CONNECTIVE.match(text) or continues(sentence):
        return True
    item = QUOTED_ITEM_OPENING.match(text)
    if item and before and letters(item.group(2)) in letters(before) and letters(item.group(2)) not in letters(known):
        return True
    words = without_marks(sentence.morphs)
    if len(words) < 2 or words[0].tag != "MM" or f"{words[0].form}/MM" not in POINTER_KEYS:
        return False
    head = words[1]
    if head.start == words[0].end or head.tag not in ("NNG", "NNP", "SL") or head.form in EVENT_POINTED_NOUNS:
        # the name "이교육", not a determiner; "이 때문에", "이 세 사람은" (a count of what the lead named), "이
        # 자리에서" (the event the lead names)
        return False
    nouns = [head.form]
    for m in words[2:]:
        if not m.tag.startswith(("NNG", "NNP", "SL", "XSN")):
            break
        nouns.append(m.form)
    plain = letters(known)
    return not any(letters(w) in plain for w in nouns if letters(w))


def stated(shown: Sequence[Sentence], picks: Sequence[int]) -> str:
    """The summary of the sentences ``picks`` (in article order) as ``shown`` states them, its first sentence
    without an opening connective ("그러나 …", "특히, …", "이에 …": :data:`~kosum.pipeline.vocab.sentences.
    OPENING_CONNECTIVE`, :data:`~kosum.pipeline.vocab.bullets.POINTER_CONNECTIVE`):
    with nothing before it, it would join to, or set against, what the summary does not show. Only the connective
    goes, never a word of the clause after it; further on, a connective relates its sentence to the summary's
    (as editors' extracts keep it)."""
    texts = [shown[i].text for i in picks]
    if texts:
        rest = texts[0].lstrip()
        for pattern in (OPENING_CONNECTIVE, POINTER_CONNECTIVE):
            m = pattern.match(rest)
            rest = rest[m.end() :] if m else rest
        texts[0] = rest or texts[0]
    return " ".join(texts)


def borrows(i: int, picked: Sequence[int], sentences: Sequence[Sentence], title: str) -> bool:
    """True for sentence ``i`` with no subject of its own (none it adds with "도" either) whose actor is named
    only in an earlier sentence that neither the picks ``picked`` before it (their actors) nor the title show
    (:func:`~kosum.engines.form.borrows_actor`: "…박사 학위를 받았으며 …를 지냈다" after "…김새솔 교수를
    초청했다"), or that names what something is with no subject ("…늘어난 규모다":
    :func:`~kosum.engines.clauses.subjectless_copula`) where the sentence before it is no pick: alone, it
    tells what somebody or something not named did or was."""
    sentence = sentences[i]
    if subjectless_copula(sentence.morphs) and i - 1 not in picked:
        return True
    morphs = sentence.morphs
    if holds_subject(morphs, [True] * len(morphs), 0, len(morphs), own=True):
        return False  # "…대표 김새솔도 환영했다": a subject the sentence adds is its own
    names = (" ".join(sorted(actor_names(sentences[j]) or ())) for j in picked if j < i)
    known = " ".join((title, *names))
    return borrows_actor(sentence, sentences[:i], known)


def headline_figures(doc: Document) -> frozenset[str]:
    """The quantities the headline states ("60곳", "2배", "3천만원"; no date, no year), letters and digits only."""
    if not doc.title or not doc.title_morphs:
        return frozenset()
    terms = number_terms(doc.title_morphs, doc.title, 0)
    return frozenset(letters(t) for t in terms if is_quantity(t) and not YEAR_NUMBER.match(t))


def _over(out: Sequence[int], sentences: Sequence[Sentence], ceiling: tuple[int, int]) -> bool:
    """True where the picks ``out`` exceed ``ceiling`` (the most sentences, the most characters)."""
    return len(out) > ceiling[0] or sum(len(sentences[i].text) for i in out) > ceiling[1]


def _leaning(out: Sequence[int], sentences: Sequence[Sentence], title: str = "") -> set[int]:
    """The picks of ``out`` that lean on the sentence right before them (:func:`leans`; after the first pick,
    :func:`leans_back` too, with what the title and the picks before it but that one name)."""
    leaning = set()
    for k, i in enumerate(out):
        known = " ".join((title, *(sentences[j].text for j in out[:k] if j != i - 1)))
        before = sentences[i - 1].text if i > 0 else ""
        if leans(sentences[i]) or (k > 0 and leans_back(sentences[i], known, before)):
            leaning.add(i)
    return leaning


def stranded(out: Sequence[int], sentences: Sequence[Sentence], title: str, checked: Sequence[int]) -> bool:
    """True where a pick of ``checked`` leans on a sentence that ``out`` does not show (:func:`_leaning`) or borrows
    its actor from one (:func:`borrows`)."""
    leaning = _leaning(out, sentences, title)
    return any((i in leaning and i - 1 not in out) or borrows(i, out, sentences, title) for i in checked)


def fitted(
    out: list[int],
    sentences: Sequence[Sentence],
    ceiling: tuple[int, int],
    held: set[int | None],
    key: Callable[[int], tuple[float, ...]],
    may_go: Callable[[int], bool] = lambda j: True,
    title: str = "",
) -> list[int] | None:
    """``out`` without its least picks by ``key`` until it fits ``ceiling``: never one of ``held``, one another pick
    leans on, or one ``may_go`` keeps; ``None`` where it cannot fit."""
    out = list(out)
    while _over(out, sentences, ceiling):
        kept = held | {j - 1 for j in _leaning(out, sentences, title)}
        spare = [j for j in out if j not in kept and may_go(j)]
        if not spare:
            return None
        out.remove(min(spare, key=key))
    return out


def with_antecedents(picked: list[int], at: Picking) -> tuple[list[int], set[int]]:
    """``picked`` with the sentence right before each pick after the first that leans back on it (:func:`leans_back`:
    "그러면서 …", "이 방식을 …", "이어 …") where that one is no pick: in place of the least salient picks, within
    ``ceiling`` (the most sentences, the most characters), never the first pick nor one another pick leans on (nor,
    for a sentence that :func:`continues`, one that states a figure, a name or a day); and the picks that
    cannot have theirs that way, which give way (the caller passes them over for the next best)."""
    whole, sentences, scores, ceiling, title = at.whole, at.sentences, at.scores, at.ceiling, at.title
    out = list(picked)
    lost: set[int] = set()
    for i in picked[1:]:
        known = " ".join((title, *(sentences[j].text for j in out if j < i)))
        if i not in out or i - 1 in out or not leans_back(sentences[i], known, sentences[i - 1].text if i else ""):
            continue
        trial = None
        before = sentences[i - 1].text.lstrip()
        # a continuation ("이어 …") is never worth a pick that states a figure, a name or a day, nor an antecedent
        # that opens with a connective in turn ("또한, …")
        spared = continues(sentences[i])
        answering = bool(BACK_CONNECTIVE.match(before) or ANSWERING_OPENING.match(before))
        answering = answering or (spared and bool(OPENING_CONNECTIVE.match(before)))
        if i - 1 in whole and not answering:  # "이에 시는 …" leans back in turn: no antecedent to bring
            held: set[int | None] = {out[0], i, i - 1}
            if spared:
                held |= {j for j in out if _dated_or_factual(sentences[j])}
            trial = fitted(sorted([*out, i - 1]), sentences, ceiling, held, lambda j: (scores[j],), title=title)
        if trial is None or stranded(trial, sentences, title, trial[1:]):
            lost.add(i)
        else:
            out = trial
    return out, lost


def _states(sentence: Sentence, figures: frozenset[str]) -> bool:
    return any(letters(t) in figures for t in sentence_numbers(sentence))


def with_headline_figure(picked: list[int], at: Picking, figures: frozenset[str]) -> list[int]:
    """``picked`` where a pick states one of the headline's ``figures`` or no sentence of ``whole`` does; else
    with the first that does, no quote (and the sentence before it where it leans on that one: "…60곳을
    지원한다. 올해보다 2배 늘어난 규모다."), in place of the picks but the first that state the fewest facts
    (the least salient of those), within ``ceiling`` (the most sentences, the most characters): the
    headline's key figure is the article's news, and a summary that keeps its breakdown but not it misses it."""
    whole, sentences, scores, ceiling, title = at.whole, at.sentences, at.scores, at.ceiling, at.title
    k = ceiling[0]
    if len(picked) < EXTRACTIVE.figure_min_picks or not figures or any(_states(sentences[i], figures) for i in picked):
        return picked
    stating = next((j for j in whole if _states(sentences[j], figures) and not is_speech(sentences[j].text)), None)
    if stating is None:
        return picked
    added = [stating]
    if stating - 1 in whole and (leans(sentences[stating]) or borrows(stating, [], sentences, title)):
        added.insert(0, stating - 1)
    kept = [i for i in picked if i not in added]
    head, rest = kept[:1], sorted(kept[1:], key=lambda i: (-len(fact_terms(sentences[i], dates=False)), -scores[i]))
    out = sorted({*head, *added, *rest[: max(0, k - len(added) - len(head))]})
    return picked if _over(out, sentences, ceiling) else out


def tells(sentence: Sentence, news: HeadlineNews) -> bool:
    """True for a sentence that can state a headline's news in a summary: no list, contact line, caption, fragment
    or background ("한편 …"), and no quote unless it states a saying the headline quotes (``news``:
    :func:`~kosum.engines.headlined.states_saying`): a headline that is someone's words is stated by the sentence
    that quotes them."""
    cue = sentence_cues(sentence)
    if cue.list or cue.contact or cue.caption or cue.fragment or cue.background:
        return False
    return not cue.speech or any(states_saying(sentence, saying) for saying in news.sayings)


def with_headline_news(picked: list[int], at: Picking, news: HeadlineNews) -> list[int]:
    """``picked`` with the first sentence of ``whole`` that states most of the headline's words (``news``: at least
    ``EXTRACTIVE.headline_stated_share`` of them, :func:`~kosum.engines.headlined.stated_share`; :func:`tells`)
    where no pick states more than ``EXTRACTIVE.headline_missed_share`` of them: in place of the least salient
    picks, within ``ceiling`` (the most sentences, the most characters), never the first pick nor one another pick
    leans on; ``picked`` where that cannot be, or would leave a pick leaning on, or borrowing its actor from, a
    sentence not shown; one set against the sentence before it ("그러나 …":
    :data:`~kosum.pipeline.vocab.sentences.CONTRAST_OPENING`) only after that one. A summary that never says what
    its headline reports ("…나무 1천 그루를 심겠다고도 했다" under "…나무 1천 그루 심겠다") misses the article's
    news; a pick that states a share of it in other words is enough."""
    whole, sentences, scores, ceiling, title = at.whole, at.sentences, at.scores, at.ceiling, at.title
    words = news.words
    if len(words) < EXTRACTIVE.headline_min_words or not picked:
        return picked
    if max(stated_share(sentences[i], words) for i in picked) > EXTRACTIVE.headline_missed_share:
        return picked
    stating = next(
        (
            j
            for j in whole
            if j not in picked
            and stated_share(sentences[j], words) >= EXTRACTIVE.headline_stated_share
            and tells(sentences[j], news)
            and (j - 1 in picked or not CONTRAST_OPENING.match(sentences[j].text.lstrip()))
        ),
        None,
    )
    if stating is None:
        return picked
    held: set[int | None] = {picked[0], stating}
    out = fitted(sorted([*picked, stating]), sentences, ceiling, held, lambda j: (scores[j],), title=title)
    return picked if out is None or stranded(out, sentences, title, out) else out


def _dated_or_factual(sentence: Sentence) -> bool:
    """True for a sentence that states a figure or a quoted name, or the day of the month of an event ("10일"):
    what the summary must not lose for a sentence that only repeats the headline."""
    return bool(fact_terms(sentence, dates=False) or DAY_OF_MONTH.search(sentence.text))


def with_echo(picked: list[int], at: Picking, opening: tuple[int | None, int | None]) -> list[int]:
    """``picked`` with the short first statement of the headline's news (``opening``: it and the lead after it,
    :func:`~kosum.engines.cues.echo_opening`) where it is no pick: in place of the least salient picks, within
    ``ceiling`` (the most sentences, the most characters), never the lead it comes before, one that states a figure,
    a quoted name or a day (:func:`_dated_or_factual`), or one that another pick leans on; ``picked`` where that
    cannot be, or would leave a pick leaning on, or borrowing its actor from, a sentence not shown."""
    sentences, scores, ceiling, title = at.sentences, at.scores, at.ceiling, at.title
    echo, lead = opening
    if echo is None or echo in picked or not picked:
        return picked
    out = fitted(
        sorted([*picked, echo]),
        sentences,
        ceiling,
        {lead, echo},
        lambda j: (scores[j],),
        lambda j: not _dated_or_factual(sentences[j]),
        title,
    )
    if out is None or stranded(out, sentences, title, [i for i in out if i != echo]):
        return picked
    return out


def _reports_day(text: str) -> bool:
    """True for a release's reporting sentence that states a day of the month ("…를 열었다고 21일 밝혔다"): the
    sentence news writing dates its event in."""
    return bool(DAY_OF_MONTH.search(text) and REPORTED.search(text))


def with_day(picked: list[int], at: Picking) -> list[int]:
    """``picked`` where a pick states a day of the month ("20일") or none of the ``EXTRACTIVE.day_reach`` sentences
    of ``whole`` after the first pick reports one (:func:`_reports_day`, no quote); else with the first that does, in
    place of the picks, but the first, that state the fewest facts (the least salient of those), none that another
    pick leans on, within ``ceiling`` (the most sentences, the most characters): a lead that says what happens leaves
    its when, and often its where, to the reporting sentence after it ("…가 간담회를 연다. 보건소는 오는 20일 …에서
    …를 연다고 3일 밝혔다"). ``picked`` where that would leave a pick leaning on, or borrowing its actor from, a
    sentence not shown. Where none of those reports one, the first sentence after the first pick that reports the
    headline's event held on a day at a place (:func:`~kosum.engines.held.reports_held`: "…는 12일 …대회의실에서
    …협의회를 열고 …를 논의했다") comes in the same way, only for a pick that states at most
    ``EXTRACTIVE.held_most_facts`` figures or names (aims, background): a lead that states an outcome ("…가 좋은
    열매를 맺는다는 조사가 나왔다") leaves the event itself unsaid.
    """
    whole, sentences, scores, ceiling, title = at.whole, at.sentences, at.scores, at.ceiling, at.title
    if len(picked) < EXTRACTIVE.figure_min_picks or any(DAY_OF_MONTH.search(sentences[i].text) for i in picked):
        return picked
    first = picked[0]
    reach = range(first + 1, first + 1 + EXTRACTIVE.day_reach)
    day = next((j for j in reach if j in whole and _reports_day(sentences[j].text)), None)
    held = day is None
    if held:  # the event held on a day at a place, further on, takes the place of a pick of few figures
        day = next((j for j in whole if j > first and reports_held(sentences[j], title)), None)
    if day is None or is_speech(sentences[day].text):
        return picked
    out = fitted(
        sorted([*picked, day]),
        sentences,
        ceiling,
        {first, day},
        lambda j: (len(fact_terms(sentences[j], dates=False)), scores[j]),
        lambda j: not held or len(fact_terms(sentences[j], dates=False)) <= EXTRACTIVE.held_most_facts,
        title,
    )
    return picked if out is None or stranded(out, sentences, title, out) else out


def _news(sentence: Sentence) -> bool:
    """True for a sentence that can state news in a summary: no quote, list, contact line, caption or fragment, no
    background ("한편 …"), no purpose (:func:`~kosum.engines.cues.is_purpose`) and no roll of who attended
    (:func:`~kosum.engines.attendance.is_roll`)."""
    cue = sentence_cues(sentence)
    return not (cue.weak or cue.background or is_purpose(sentence) or is_roll(sentence))


def _names_roll(sentence: Sentence) -> bool:
    """True for a roll of who attended (:func:`~kosum.engines.attendance.is_roll`) that states no head count: it
    names who came and nothing else; a roll's "300여 명" is a fact of the event (how many came), and it stays."""
    return is_roll(sentence) and not sentence_numbers(sentence)


def with_news(picked: list[int], at: Picking) -> list[int]:
    """``picked`` with each pick after the first that only says what the event was for ("이번 설명회는 …을 위해
    마련됐다": :func:`~kosum.engines.cues.is_purpose`) traded for the best sentence of ``whole`` after the first pick
    that is no pick and states news (:func:`_news`), where that one scores above ``EXTRACTIVE.purpose_weight`` of
    the purpose's score, fits within ``max_chars`` and leaves no pick leaning on, or borrowing its actor from, a
    sentence not shown. So too each pick after the first that only lists who attended, with no head count ("이날
    전달식에는 … 등이 참석했다": :func:`_names_roll`), for any such sentence that states as many figures or names the
    other picks lack; a roll with one ("…등 300명 남짓이 참석") stays: how many came is a fact of the event. The
    first pick stays: it names the event."""
    whole, sentences, scores, max_chars, title = at.whole, at.sentences, at.scores, at.ceiling[1], at.title
    out = list(picked)
    for purpose in [i for i in picked[1:] if is_purpose(sentences[i]) or _names_roll(sentences[i])]:
        # a roll of who attended gives way to any sentence that states news; a purpose only to a salient one
        floor = 0.0 if is_roll(sentences[purpose]) else EXTRACTIVE.purpose_weight * scores[purpose]
        room = max_chars - sum(len(sentences[i].text) for i in out) + len(sentences[purpose].text)
        rest = [i for i in out if i != purpose]
        said = frozenset().union(*(fact_terms(sentences[i], dates=False) for i in rest))
        # a sentence that states a figure or a name the picks lack first: what was done, how many
        ranked = sorted(whole, key=lambda k: (not fact_terms(sentences[k], dates=False) - said, -scores[k]))
        # ... and a roll only to one that states as many figures or names the picks lack: its head count is news
        least = len(fact_terms(sentences[purpose], dates=False) - said) if is_roll(sentences[purpose]) else 0
        for j in ranked:
            if scores[j] <= floor or len(fact_terms(sentences[j], dates=False) - said) < least:
                continue
            if j in out or j < out[0] or len(sentences[j].text) > room or not _news(sentences[j]):
                continue
            trial = sorted([*rest, j])
            if stranded(trial, sentences, title, trial[1:]):
                continue
            out = trial
            break
    return out
