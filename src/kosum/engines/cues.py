"""News cues: what part an article sentence plays in an inverted-pyramid news story.

A news article (and a press release, 보도자료) states its news in the lead, the first
sentence of the body, then adds details, quotes officials, lists items and ends with
background and contact lines. Each cue here is a plain, explainable test on a sentence's
text or Kiwi morphemes; :mod:`kosum.engines.ranking` turns them into weights.

* **speech**: reported speech, an official's words in double quotes with a speech frame
  ("…"라며 "…"고 말했다) or mostly quoted.
* **promise**: reported speech that promises or wishes ("…하겠다", "…바란다", "감사"):
  an official's words that carry no news.
* **list**: a list dump, a sentence carrying two or more item marks (▲A ▲B).
* **contact**: contact and how-to-apply lines (문의, ☎, 신청 방법, 누리집…).
* **caption**: photo captions and credits (사진, 제공, 기념촬영).
* **background**: a sentence opening with a background connective (이는, 앞서, 그동안, 한편).
* **fragment**: no finite predicate: a headline, subtitle or label left in the body.

The **lead** is the first sentence that is none of these and reads like a news sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from ..pipeline.memo import per_sentence
from ..pipeline.normalize import WORD_MARK_TAGS
from ..pipeline.speech import is_reported_speech
from ..pipeline.tuning import RANKING
from ..pipeline.vocab.common import NON_WORD, WHITESPACE
from ..pipeline.vocab.sentences import (
    BACKGROUND,
    CALENDAR,
    CAPTION,
    CONTACT,
    CONVEYED_END,
    DATE_LIKE,
    DOUBLE_QUOTED,
    LIST_MARK,
    NAME_OPENERS,
    NAMED,
    PAST_FORMS,
    POLITE_END,
    PROMISE,
    PURPOSE,
    QUANTITY,
    QUESTION_END,
    REPORTED,
    SAID_END,
    SPEECH_FRAME,
)
from ..types import Morph, Sentence

__all__ = [
    "Cues",
    "echo_opening",
    "fact_terms",
    "find_lead",
    "in_name",
    "is_purpose",
    "is_quantity",
    "named_terms",
    "number_terms",
    "sentence_cues",
    "sentence_numbers",
]

_UNIT_TAGS = frozenset({"NNB", "NNG", "SL", "SW"})
_NUMBER_TAGS = frozenset({"SN", "NR"})
_TAG = attrgetter("tag")


@dataclass(frozen=True)
class Cues:
    """The news cues of one sentence (see the module docstring)."""

    speech: bool = False
    promise: bool = False
    list: bool = False
    contact: bool = False
    caption: bool = False
    background: bool = False
    fragment: bool = False

    @property
    def weak(self) -> bool:
        """A sentence that cannot be a lead."""
        return self.speech or self.list or self.contact or self.caption or self.fragment


def is_speech(text: str) -> bool:
    """True for reported speech: mostly inside double quotes, a quote with a speech frame, or
    a sentence that ends in a speech verb without a reported clause ("…포부를 밝혔다");
    "…개최한다고 밝혔다" reports news and is no speech."""
    return is_reported_speech(text, DOUBLE_QUOTED, SPEECH_FRAME, _said_unquoted)


def _said_unquoted(text: str) -> bool:
    return bool(SAID_END.search(text)) and not REPORTED.search(text) and not CONVEYED_END.search(text)


def is_promise(text: str) -> bool:
    """True for reported speech whose quoted words promise or wish rather than inform."""
    return is_speech(text) and _promising(text)


def is_purpose(sentence: Sentence) -> bool:
    """True for a sentence that only says what an event the article has named was for ("이번 행사는 …을 위해
    마련됐다", :data:`~kosum.pipeline.vocab.sentences.PURPOSE`), with no figure or quoted name: why, not what was
    done, by whom or how many."""
    return bool(PURPOSE.search(sentence.text)) and not fact_terms(sentence, dates=False)


def _promising(text: str) -> bool:
    return any(PROMISE.search(q) for q in DOUBLE_QUOTED.findall(text))


def _finite(morphs: Sequence[Morph]) -> bool:
    """True when the sentence ends (punctuation aside) on a final ending (EF: "…했다"), or on
    an adnominal clause's noun closed by a period ("…목표를 넘긴 것."), and does not start with
    a particle or an ending (a piece of a sentence cut in two)."""
    # the words (punctuation and symbols aside) looked for from either end: the first, the last two
    first = next((k for k, m in enumerate(morphs) if _is_word(m)), None)
    if first is None or morphs[first].tag.startswith(("J", "E")):
        return False
    last = next(k for k in range(len(morphs) - 1, first - 1, -1) if _is_word(morphs[k]))
    if morphs[last].tag == "EF":
        return True
    # "…목표를 넘긴 것.": an adnominal clause and its noun, closed by a period, states news
    closed = morphs[-1].tag == "SF" and morphs[-1].form == "."
    if not closed or not morphs[last].tag.startswith("NN"):
        return False
    before = next((k for k in range(last - 1, first, -1) if _is_word(morphs[k])), None)  # a third word
    return before is not None and morphs[before].tag == "ETM"


def _is_word(m: Morph) -> bool:
    return not m.tag.startswith("S") or m.tag in WORD_MARK_TAGS


@per_sentence
def sentence_cues(sentence: Sentence) -> Cues:
    """The news cues of ``sentence`` (its text and morphemes)."""
    text = sentence.text
    speech = is_speech(text)
    return Cues(
        speech=speech,
        promise=speech and _promising(text),
        list=len(LIST_MARK.findall(text)) >= 2,
        contact=bool(CONTACT.search(text)),
        caption=bool(CAPTION.search(text)),
        background=bool(BACKGROUND.match(text)),
        fragment=bool(sentence.morphs) and not _finite(sentence.morphs),
    )


def find_lead(sentences: Sequence[Sentence], cues: Sequence[Cues], title: str | None = None) -> int | None:
    """Position (in ``sentences``) of the lead: the first sentence that is no quote, list,
    contact line, caption or fragment, is long enough to state news, ends like a statement
    ("…했다." or "…했다") and is not the title again. ``None`` when no sentence qualifies."""
    plain_title = WHITESPACE.sub("", title or "")
    for k, (sentence, cue) in enumerate(zip(sentences, cues, strict=True)):
        plain = WHITESPACE.sub("", sentence.text)
        if _weak_lead(sentence, cue) or len(plain) < RANKING.lead_min_chars or plain.rstrip(".!") == plain_title:
            continue
        if not plain.endswith((".", "다")):  # a subtitle ending in a quote or a label
            continue
        return _news_after_opening(sentences, cues, k, title)
    return None


def echo_opening(
    sentences: Sequence[Sentence], cues: Sequence[Cues], lead: int | None, title: str | None
) -> int | None:
    """Position of a news story's short first statement before the ``lead``: a sentence too short to lead (under
    ``RANKING.lead_min_chars``, at least ``RANKING.echo_lead_min_chars``, spaces excluded), no quote, list or other
    weak sentence, that ends a statement ("…가 타결됐다.") and repeats the headline's words: it states the headline's
    news in a sentence, which the lead then details (who, when, where). ``None`` where there is none."""
    for k in range(lead or 0):
        plain = WHITESPACE.sub("", sentences[k].text)
        if cues[k].weak or not RANKING.echo_lead_min_chars <= len(plain) < RANKING.lead_min_chars:
            continue
        if plain.endswith("다.") and not POLITE_END.search(plain) and _echoes(sentences[k], title):
            return k
    return None


def _weak_lead(sentence: Sentence, cue: Cues) -> bool:
    """True for a sentence that cannot lead: a weak one, unless its only cue is a contact word in
    a sentence that reports news ("…누리집이 인증을 획득했다고 11일 밝혔다")."""
    if not cue.weak:
        return False
    only_contact = cue.contact and not (cue.speech or cue.list or cue.caption or cue.fragment)
    return not (only_contact and REPORTED.search(sentence.text) and fact_terms(sentence))


def _opening(sentence: Sentence) -> bool:
    """True for a feature opening: a question, or a scene that states no fact (no figure,
    date or quoted name) and reports nothing ("…한다고 밝혔다")."""
    text = sentence.text
    return bool(QUESTION_END.search(text)) or not (fact_terms(sentence) or _reports(sentence))


def _reports(sentence: Sentence) -> bool:
    """True for a sentence that reports an event: in the past tense ("…개발했다") or a reported
    clause ("…한다고 밝혔다")."""
    return bool(REPORTED.search(sentence.text)) or any(m.tag == "EP" and m.form in PAST_FORMS for m in sentence.morphs)


def _states_news(sentence: Sentence, cue: Cues) -> bool:
    """True for a sentence that states news: a statement with a figure or a date, no quote,
    list, background or question."""
    plain = WHITESPACE.sub("", sentence.text)
    return (
        not (cue.weak or cue.background)
        and len(plain) >= RANKING.lead_min_chars
        and plain.endswith((".", "다"))
        and not QUESTION_END.search(sentence.text)
        and bool(fact_terms(sentence))
        and _reports(sentence)
    )


def _pairs(text: str) -> set[str]:
    """The two-letter pieces of the words of ``text`` ("해남군이" → 해남, 남군, 군이)."""
    return {w[i : i + 2] for w in NON_WORD.sub(" ", text).split() for i in range(len(w) - 1)}


def _echoes(sentence: Sentence, title: str | None) -> bool:
    """True when ``sentence`` repeats the headline's words (a share of its two-letter pieces):
    it tells the headline's news, however it is worded, and is no scene."""
    pieces = _pairs(title or "")
    return bool(pieces) and len(pieces & _pairs(sentence.text)) >= RANKING.lead_title_share * len(pieces)


def _news_after_opening(sentences: Sequence[Sentence], cues: Sequence[Cues], first: int, title: str | None) -> int:
    """The lead of a feature: where the opening sentences (a scene, a quote, a question) state
    no news and one of the next :attr:`~kosum.pipeline.tuning.RankingTuning.feature_reach`
    sentences does, that sentence; else ``first``. An opening sentence that echoes the headline
    tells its news: then ``first`` stays the lead."""
    openers = range(0, first + 1)
    if any(_echoes(sentences[i], title) for i in openers):
        return first
    if not all(cues[i].weak or _opening(sentences[i]) for i in openers):
        return first
    for k in range(first + 1, min(len(sentences), first + 1 + RANKING.feature_reach)):
        if _states_news(sentences[k], cues[k]):
            return k
    return first


def in_name(morphs: Sequence[Morph], i: int) -> bool:
    """True for a number written onto Latin letters, part of a name ("RE100", "K2"), no quantity."""
    return i > 0 and morphs[i - 1].tag == "SL" and morphs[i - 1].end == morphs[i].start


def number_terms(morphs: Sequence[Morph], text: str, start: int) -> list[str]:
    """Numbers with their units, as written ("8천738명", "105억원", "17.7%"): a run of
    number morphemes (SN, NR) and the unit that follows; ``text`` starts at offset ``start``."""
    found: list[str] = []
    n = len(morphs)
    after = 0  # the first morpheme past the last number found
    tags = [*map(_TAG, morphs)]  # read in C: most sentences have no number, and few have many
    if "SN" not in tags:
        return found
    for i in [k for k, tag in enumerate(tags) if tag == "SN"]:
        if i < after or in_name(morphs, i):
            continue
        j = i
        while j + 1 < n and morphs[j + 1].tag in _NUMBER_TAGS and morphs[j + 1].start - morphs[j].end <= 1:
            j += 1
        if j + 1 < n and morphs[j + 1].tag == "XSN" and morphs[j + 1].start == morphs[j].end:
            j += 1  # "100여"
        if j + 1 < n and morphs[j + 1].tag in _UNIT_TAGS and morphs[j + 1].start - morphs[j].end <= 1:
            j += 1
        span = text[morphs[i].start - start : morphs[j].end - start]
        found.append(WHITESPACE.sub("", span))
        after = j + 1
    return found


def is_quantity(term: str) -> bool:
    """True for a number term (:func:`number_terms`) that is a quantity, no date or time
    ("60일" is a duration: no month has a 60th day)."""
    if QUANTITY.match(term):
        return True
    date = DATE_LIKE.match(term)
    return date is not None and int(date.group(1)) > CALENDAR[date.group(2)]


def named_terms(text: str) -> list[str]:
    """Names in single or corner quotes, as written ("'별빛 페스티벌'" → "별빛 페스티벌")."""
    if not any(mark in text for mark in NAME_OPENERS):
        return []  # no quote opens a name: the pattern need not run
    return [next(g for g in m.groups() if g).strip() for m in NAMED.finditer(text)]


@per_sentence
def sentence_numbers(sentence: Sentence) -> frozenset[str]:
    """The numbers with their units of ``sentence`` (:func:`number_terms`), as a set."""
    return frozenset(number_terms(sentence.morphs, sentence.text, sentence.start))


def fact_terms(sentence: Sentence, dates: bool = True) -> frozenset[str]:
    """The facts a sentence states, the spans an editor keeps verbatim: its numbers with units
    (:func:`number_terms`; with ``dates=False`` only quantities, no dates, times or bare
    numbers) and its quoted names (:func:`named_terms`, in quotes: "'별빛 축제'"). Each set is
    kept on the sentence (asked for thousands of times an article, most often without dates: a
    memo without arguments costs a fifth of one keyed by them)."""
    return _facts(sentence) if dates else _quantity_facts(sentence)


@per_sentence
def _facts(sentence: Sentence) -> frozenset[str]:
    return sentence_numbers(sentence) | frozenset(f"'{n}'" for n in named_terms(sentence.text))


@per_sentence
def _quantity_facts(sentence: Sentence) -> frozenset[str]:
    kept = frozenset(n for n in sentence_numbers(sentence) if is_quantity(n))
    return kept | frozenset(f"'{n}'" for n in named_terms(sentence.text))
