"""The topic of a single-topic article as its headline names it, and the lead's or headline's phrase
a single-topic card falls back to (:func:`headline_phrase`; a one-word label widened to its
headline's phrase is :func:`~kosum.pipeline.naming.headline_name`).

A headline writes the office that acts before a comma, then its topic as a noun phrase, then the
act it reports ("새솔군, 2030 갯벌 축제 성황리 개최"). The topic is that noun phrase, whole: not its
first or last noun alone ("축제"), not cut inside a compound, without the office, the act
(:data:`~kosum.pipeline.vocab.headlines.HEADLINE_ACTS`), the figures that end it, quotation
marks or a bracketed tag. A quoted name is the topic first ("새솔시, ‘겨울 빛 정원’ 전시회 개최"
→ "겨울 빛 정원 전시회").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._kiwi import short_tokens
from ..types import Morph, Sentence
from .disputes import with_dispute
from .extents import counts, phrase_end, with_count, without_degree
from .headmanner import without_manner
from .headparts import opens_part
from .labels import (
    NOUN_TAGS,
    bare_phrase,
    inside_word,
    names_where,
    names_who,
    noun_phrases,
    programme,
    reads_as_noun,
    who_or_where,
)
from .means import means_runs
from .naming import act_after, coordinated, framed_thing, frames_next, listed, no_clause, noun_closed, too_long
from .people import with_people_act
from .quotenames import after_act, noun_after, with_event_noun
from .tuning import CARDS, STRUCTURE
from .vocab.headlines import (
    AMOUNT_WORDS,
    AWARD_ENDS,
    CLOCK_WORD,
    COMPARED_PERIODS,
    COMPARED_WORD,
    FIGURE_WORD,
    GENITIVE,
    GROUP_ENDS,
    HEADLINE_ACTS,
    HEADLINE_BADGE,
    HEADLINE_BREAK,
    HEADLINE_CUT,
    HEADLINE_DOTS,
    HEADLINE_NOTE,
    HEADLINE_OPENER,
    HEADLINE_QUOTE,
    HEADLINE_WORD,
    JOINING_ENDINGS,
    MONEY_MAGNITUDES,
    PERSON_ACTS,
    TOPIC_LEAD_WORDS,
    TOPIC_TAIL_WORDS,
    VERDICT_ACTS,
)
from .vocab.layout import (
    GENERIC,
    HEADLINE_ACTOR,
    INNER_ETC,
    JOINING_PARTICLES,
    ORDINAL_WORD,
    PASSING_LABELS,
    PLACE_WORD,
    RANK_WORD,
    REGION_NAMES,
    WHEN,
)

__all__ = ["act_name", "headline_phrase", "headline_topic", "lead_act"]

#: Tags of a word's morphemes that keep it a noun of a name (a money figure too: "200억", :data:`MONEY_MAGNITUDES`).
_NOMINAL = ("NN", "SN", "SL", "SH", "XSN", "XPN", "MM", "SO", "SW", "SP", "JKG")
#: Tags a name's first word opens with.
_OPENING = ("NN", "SN", "SL", "SH", "XPN", "MM")
#: Tags a word of a headline's phrase before its act closes with: a noun, a figure, a noun form, "의".
_SPAN_ENDS = ("NN", "SN", "SL", "SH", "XSN", "ETN", "JKG")
#: Tags of a suffix that never closes a written word: a noun closed by one, with no ending, is a
#: compound the analyser misread ("계절근로" read as "계절근" and a suffix "로"), still a noun.
_BARE_SUFFIXES = ("XSV", "XSA", "XSM")
#: Tags of a word that is no noun however it closes: an ending, an adverb, an interjection.
_NOT_NOUN = ("E", "MA", "IC")
#: Particles after which a noun phrase names where or when, not what ("…산단에", "…까지").
_ADVERBIAL = ("JKB", "JKC", "JKV", "JC")


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    case: str  # the particle that closes the word ("" for none, "VERB" for a word that is no noun)
    joins: bool = False  # a verb that joins two acts ("확대하고")
    frames: bool = False  # a verb that frames the phrase after it ("…을 위한", "…을 맞아"): :func:`_framed`


def _read(title: str, title_morphs: Sequence[Morph]) -> list[Morph]:
    """The morphemes of ``title`` (``title_morphs``, else analysed here), with "에" read as the
    genitive (the analyser's colloquial "의") read as the particle of where or to whom it is
    ("새솔동에 쌀 기탁": the place is the recipient, no part of the gift's name)."""
    morphs = list(title_morphs) or [Morph(t.form, t.tag, t.start, t.start + t.len) for t in short_tokens(title)]
    return [m._replace(tag="JKB") if m.tag == "JKG" and m.form != GENITIVE else m for m in morphs]


def _words(title: str, morphs: Sequence[Morph], start: int) -> list[list[_Word]]:
    """The words of ``title`` from ``start`` on, in runs of words written one space apart (a mark
    between two words starts a new run), each word without the particle that closes it."""
    plain = HEADLINE_DOTS.sub(lambda m: "|" * len(m.group()), title)
    runs: list[list[_Word]] = []
    end = -2
    for m in HEADLINE_WORD.finditer(plain, start):
        inside = [x for x in morphs if x.start < m.end() and x.end > m.start()]
        body = [x for x in inside if not (x.tag.startswith("J") and x.start == m.start())]  # "과수원": no particle
        case = ""
        while body and body[-1].tag.startswith("J") and body[-1].tag != "JKG":  # "새솔의 미래": one phrase
            case = body[-1].tag
            body.pop()
        cut = body[-1].end if body and case else m.end()
        verb = not body or (
            any(not (x.tag.startswith(_NOMINAL) or _money(x)) for x in body)
            and not (_bare_stem(body) or noun_closed(body))
        )
        joins = verb and bool(inside) and inside[-1].tag == "EC" and inside[-1].form in JOINING_ENDINGS
        frames = verb and bool(body) and frames_next(body)
        word = _Word(title[m.start() : min(cut, m.end())], m.start(), "VERB" if verb else case, joins, frames)
        if runs and title[end : m.start()].isspace() and not runs[-1][-1].case:
            runs[-1].append(word)
        else:
            runs.append([word])
        end = m.end()
    return runs


def _money(morph: Morph) -> bool:
    """True for a numeral of a money figure written without its unit ("억" of "200억")."""
    return morph.tag == "NR" and morph.form in MONEY_MAGNITUDES


def _joined(title: str, runs: list[list[_Word]], text: str) -> list[list[_Word]]:
    """``runs`` with a run that ends in "A와" or "A 및" joined to the next where it is one phrase of two
    items (:func:`~kosum.pipeline.naming.coordinated`, :func:`~kosum.pipeline.naming.listed`)."""
    out: list[list[_Word]] = []
    for run in runs:
        last = out[-1][-1] if out else None
        whole = HEADLINE_WORD.match(title, last.start) if last is not None and last.case == "JC" else None
        nouns, opens = [w.text for w in run[1:] if w.case != "VERB"], run[0].case != "VERB"
        items = [w.text for w in out[-1][:-1]] if out else []  # the nouns before a joining word ("…정비 및")
        if whole and opens and coordinated(whole.group(), run[0].text, nouns, text):
            out[-1][-1] = _Word(whole.group(), last.start, "")  # type: ignore[union-attr]
            out[-1].extend(run)
        elif last is not None and opens and listed(items, last.text, [run[0].text, *nouns], text):
            out[-1][-1] = _Word(last.text, last.start, "")  # "…정비 및 산책로 조성": both items, one run
            out[-1].extend(run)
        else:
            out.append(run)
    return out


def _framed(runs: list[list[_Word]], k: int) -> bool:
    """True where the nouns of run ``k`` are the argument of a verb that qualifies a later phrase ("…, 마을 어르신을
    위한 손난로 기부": whom the gift is for), and the nouns it frames name a thing (:func:`framed_thing`)."""
    after = [w for run in runs[k:] for w in run]
    nouns = [i for i, w in enumerate(after[: len(runs[k])]) if w.case != "VERB"]
    if not nouns or nouns[-1] + 1 >= len(after) or not after[nouns[-1] + 1].frames:
        return False
    run = next((r for r in runs if r[0].case != "VERB" and r[0].start > after[nouns[-1] + 1].start), [])
    end = next((i + 1 for i, w in enumerate(run) if w.case), None)  # the nouns it frames, to a particle's word
    return framed_thing([w.text for w in run[:end] if w.case != "VERB"])


def _bare_stem(morphs: Sequence[Morph]) -> bool:
    """True for a word that opens with a noun and closes with a suffix, with no ending or adverb: no
    verb or adverb is written so, it is a compound noun the analyser misread, and a name does not
    stop before it ("어업근로" read as "어업근" and "로")."""
    opens, closes = morphs[0].tag.startswith("NN"), morphs[-1].tag.startswith(_BARE_SUFFIXES)
    return opens and closes and not any(x.tag.startswith(_NOT_NOUN) for x in morphs)


def _trim(words: list[str]) -> list[str]:
    """A headline's noun phrase without the act and the figures that end it, a comparison's period
    before a figure ("지난해 대비"), and the words of time, place, manner or extent that lead it
    (:data:`TOPIC_LEAD_WORDS`: "본격 운영" is how the act goes, not what)."""
    words = list(words)
    verdict = False  # a rank or an award ends it: the office or post that gave it goes too
    manner = False  # a word of manner qualifies the act after it: the words before it are its object
    while words:
        last = words[-1]
        if last == COMPARED_WORD and len(words) > 1 and words[-2] in COMPARED_PERIODS | WHEN:  # "…지난해 대비"
            del words[-2:]
            continue
        acts = not manner and any(part in HEADLINE_ACTS for part in last.split("·"))  # "계획 발표·지원 확정"
        given = not manner and (RANK_WORD.match(last) or last.endswith(AWARD_ENDS))  # "…종합평가 해양부장관 표창"
        giver = verdict and (who_or_where(last) or PLACE_WORD.match(last) or last in REGION_NAMES)
        amount = FIGURE_WORD.match(last) or (last in AMOUNT_WORDS and any(map(FIGURE_WORD.match, words[:-1])))
        if not (acts or given or giver or amount or last in WHEN or last in TOPIC_TAIL_WORDS):
            break
        verdict = verdict or bool(given)
        manner = manner or last in TOPIC_TAIL_WORDS  # "…봉사자 표창 동시 받아": the award is the object
        words.pop()
    while len(words) > 1 and (
        words[0] in WHEN or words[0] in TOPIC_LEAD_WORDS or CLOCK_WORD.match(words[0]) or PLACE_WORD.match(words[0])
    ):
        words.pop(0)
    return _without_amount(words)


def _without_amount(words: list[str]) -> list[str]:
    """``words`` without the amount that leads them ("1천만 원 상당 전통식품" → "전통식품": how much
    was given, not what) or the degree and figures inside them (:func:`~kosum.pipeline.extents.without_degree`),
    and cut from the front to ``CARDS.topic_max_chars`` (a pair "A와 B" goes whole)."""
    words = without_degree(words)
    lead = 0
    while lead < len(words) - 1 and (FIGURE_WORD.match(words[lead]) or words[lead] in AMOUNT_WORDS):
        lead += 1
    if lead and words[lead - 1] in AMOUNT_WORDS:
        words = words[lead:]
    while len(words) > 1 and too_long(words):
        cut = words.pop(0)
        pair = cut.endswith(JOINING_PARTICLES) and short_tokens(cut)[-1].tag.startswith("J")
        if len(words) > 1 and pair:  # "2024년과 2025년 …": both go, not the first alone
            words.pop(0)
    return words


def _names(phrase: str, text: str, quoted: bool = False, counted: bool = False) -> bool:
    """True for a phrase that can name the topic: a noun phrase within ``CARDS.topic_max_chars`` that is no
    office, place, person, generic or passing word, whose last word the article writes (one of four letters
    or more spaced too: "헌혈행사"), or half its words where it has three or more (any, without ``text``); ``quoted``, a
    name in quotation marks, may end in a verb's noun form too ("‘장바구니 나르기’"); one word of
    two letters only where ``counted``, a thing the headline counts ("햅쌀 200kg": "햅쌀")."""
    words = phrase.split()
    if not words or too_long(words) or (len(words) == 1 and len(phrase) < 3 - counted):
        return False
    if phrase in GENERIC or phrase in PASSING_LABELS or who_or_where(phrase) or programme(phrase):
        return False  # "브리핑": a programme's word names no topic (a bulletin's title: cards._single_card)
    shared = sum(w in text for w in words)
    last = words[-1] in text or (len(words[-1]) >= 4 and words[-1] in "".join(text.split()))  # "헌혈 행사": spaced
    written = not text or last or (len(words) >= 3 and 2 * shared >= len(words))  # "…안전 그림대회"
    return written and (reads_as_noun(phrase) or (quoted and short_tokens(phrase)[-1].tag == "ETN"))


def _verb_named(name: str) -> bool:
    """True for a name that ends in a verb's noun form ("온기 도시락 나눔"): no part of it is a name."""
    tokens = short_tokens(name.strip()) if name.strip() else ()
    return bool(tokens) and tokens[-1].tag == "ETN"


def _written_end(name: str, text: str) -> str:
    """The longest run of ``name``'s last words that ``text`` writes (spaces aside: "…새솔ON"), or ""."""
    flat = "".join(text.split())
    words = name.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        opens = short_tokens(tail)[0].tag.startswith(_OPENING) or not (k or not no_clause(tail))  # the mark: a start
        if opens and (tail in text or "".join(words[k:]) in flat):
            return tail
    return ""


def _quoted(title: str, start: int, runs: list[list[_Word]], text: str) -> str | None:
    """The first quoted name of the headline that the article writes, with the noun written after it
    ("‘겨울 빛 정원’전시회" → "겨울 빛 정원 전시회"); ``None`` where no quoted span is a name."""
    for m in HEADLINE_QUOTE.finditer(title, start):
        owner = title.startswith(GENITIVE, m.end())  # "‘새솔’의 …": it qualifies the phrase after it, no topic
        inner = "" if owner else _written_end(m.group()[1:-1].strip(), text)
        if not inner or (" " not in inner and inner.endswith(tuple(HEADLINE_ACTS))):  # "‘금상’": a verdict
            continue
        if set(inner.split()) & TOPIC_TAIL_WORDS and all(  # "‘4년 연속’": how often, not what
            FIGURE_WORD.match(w) or w in TOPIC_TAIL_WORDS for w in inner.split()
        ):
            continue
        act = HEADLINE_WORD.search(title, m.end())
        if (act and act.group() in VERDICT_ACTS) or after_act(title, m.start(), m.end()):  # "…‘우수기관’ 선정", an aim
            continue
        if not _names(inner, inner, quoted=True):
            continue
        words = [w for run in runs for w in run if w.start >= m.end()]
        after = words[0] if words else None
        glued = after is not None and after.start == m.end()  # "‘겨울 빛 정원’전시회"
        acts = len(words) == 1 or noun_after(inner, [w.text for w in words], text)  # quotenames.py
        last = after is not None and acts and not title[m.end() : after.start].strip()  # "‘…’ 봉사", "‘…’ 캠페인 전개"
        if after and (glued or last) and after.case != "VERB" and after.text not in HEADLINE_ACTS:
            named = f"{inner} {after.text}"
            if _names(named, text):
                return named
        if _names(inner, inner):  # a verb's noun form alone ("…나눔") is no name
            return inner
        evented = with_event_noun(inner, text) if _verb_named(inner) else ""  # quotenames.py: "…나눔 행사"
        if evented and _names(evented, text):
            return evented
    return None


def headline_topic(title: str, text: str, title_morphs: Sequence[Morph] = (), by_act: bool = False) -> str | None:
    """The topic of a single-topic article as its headline names it: its first quoted name that the
    article writes, else the noun phrase of the headline whose nouns the article writes most, without
    the office before its comma, the act and the figures that end it, and the phrases of where and when
    ("새솔군, 2030 갯벌 축제 성황리 개최" → "2030 갯벌 축제"; "한빛초, 갯벌 생물 그림 대회
    ‘금상’" → "갯벌 생물 그림 대회"); ``None`` where the headline names none. ``by_act``: the topic by
    the act alone, no name of who or where (:func:`~kosum.pipeline.labels.names_who`), nor the
    programme before the comma."""
    title = title.split("\n", 1)[0].rstrip()
    for mark in (HEADLINE_BADGE, HEADLINE_NOTE):  # a badge, then a note, cut the headline where they start
        cut = mark.search(title)
        title = title[: cut.start()] if cut else title
    morphs = _read(title, title_morphs)
    title = without_manner(title, morphs)  # headmanner.py: an adverb of manner breaks no phrase
    opener = HEADLINE_OPENER.match(title)
    start = opener.end() if opener else 0
    lead = HEADLINE_QUOTE.match(title, start)
    if lead and not reads_as_noun(lead.group()[1:-1]):  # a quoted saying opens it: the rest names the topic
        start = lead.end()
    actor = HEADLINE_ACTOR.match(title[start:])
    start += actor.end() if actor else 0
    runs = _joined(title, _words(title, morphs, start), text)
    runs = [r[:-1] if opens_part(title, [w.text for w in r], r[-1].start + len(r[-1].text)) else r for r in runs]
    if HEADLINE_CUT.search(title) and runs:  # a headline cut short: its last phrase is not whole
        runs.pop()
    quoted = _quoted(title, start, runs, text)
    if quoted and not (by_act and names_who(quoted, text)):
        return quoted
    if any(w.joins for run in runs[:-1] for w in run):  # "…교류 확대하고 판로 개척": two matters, no one topic
        return None
    named = [m.span() for m in HEADLINE_QUOTE.finditer(title, start) if _verb_named(m.group()[1:-1])]
    best: tuple[int, bool, int, int] | None = None
    found, found_at = None, len(runs)
    for k, run in enumerate(runs):
        if run[-1].case.startswith(_ADVERBIAL) or any(a < run[0].start < b for a, b in named):
            continue  # a phrase of where or when, or cut from a quoted name ("‘온기 도시락 나눔’": not "온기 도시락")
        words = [w.text for w in run if w.case != "VERB"]
        kept = _trim(words)
        phrase = _with_person_act(kept, words) + act_after(kept, [w.text for w in run])
        counted = counts(_next(kept, words))  # the headline counts it ("햅쌀 200kg 기탁"): a thing
        if not _names(phrase, text):  # the act is not written as a noun ("…타계했다"): the phrase alone
            phrase = " ".join(kept)
        if not _names(phrase, text, counted=counted):  # extents.py: "…대회 3관왕", the count written
            phrase = " ".join(with_count(kept, words))
        if not _names(phrase, text, counted=counted) or (by_act and names_who(phrase, text)):
            continue
        clause = len(HEADLINE_BREAK.findall(title, start, run[0].start))  # "…축제 성료…나눔 확산": the first
        key = (-clause, not _framed(runs, k), sum(w in text for w in phrase.split()), -k)
        if best is None or key > best:
            best, found, found_at = key, phrase, k
    effect = bool(runs) and runs[-1][-1].case == "VERB"  # "…기부로 훈기 더해": the rest is the act's effect
    for at, words in means_runs(title, [[(w.text, w.start) for w in run] for run in runs], text):  # means.py
        means = " ".join([*_trim(words[:-1]), words[-1]] if len(words) > 1 else words)  # the act stays
        if effect and at < found_at and _names(means, text) and not names_who(means, text):
            found = means
            break
    subject = _subject(actor.group(), text) if actor and not by_act else None
    if subject and found and (text.count(subject) > 2 * max(text.count(w) for w in found.split())):
        return subject
    return found


def _next(kept: list[str], words: list[str]) -> str:
    """The word of ``words`` right after the run ``kept``, or ""."""
    end = phrase_end(kept, words)  # the degree or figures taken out between them skipped (extents.py)
    return words[end] if kept and end < len(words) else ""


def _with_person_act(kept: list[str], words: list[str]) -> str:
    """``kept`` as a name, with the act after it where that act is a person's (:data:`PERSON_ACTS`:
    "한빛극단 단장 누리 별세"): a person alone is no topic, the topic is what befell them or what they
    did; cut from the front to ``CARDS.topic_max_chars``."""
    act = _next(kept, words)
    if act not in PERSON_ACTS:
        return " ".join(kept)
    named = [*kept, act]
    while len(named) > 2 and len(" ".join(named)) > CARDS.topic_max_chars:
        named.pop(0)
    return " ".join(named)


def _subject(actor: str, text: str) -> str | None:
    """The programme before a headline's comma, after the office that runs it ("새솔군 텃밭은행, …" →
    "텃밭은행"), where it can name the topic; ``None`` for an office or a place alone."""
    words = actor.strip().rstrip(",，").split()
    office = len(words) == 2 and bool(PLACE_WORD.match(words[0]) or who_or_where(words[0]))
    named = office and _names(words[1], text) and not who_or_where(words[1])
    return words[1] if named and not words[1].endswith(GROUP_ENDS) else None


def headline_phrase(title: str, lead: Sentence, title_morphs: Sequence[Morph] = ()) -> str | None:
    """The topic of a single-topic article in its own words: the noun phrase of its lead that
    shares the most nouns with its headline (``STRUCTURE.headline_shared`` at least), from its
    first word that shares one, with its head noun (headline "새솔군, 갯벌 생태학교 참가자 모집", lead "새솔군은 … 갯벌
    생태학교 참가자 120명을 모집한다" → "갯벌 생태학교 참가자"), the subject or object first,
    then the earlier; not the office before the headline's comma, a place or a person's post,
    nor a word cut after a joining mark; at most ``STRUCTURE.max_label`` characters;
    a phrase that does not read as a noun alone (:func:`reads_as_noun`) is passed over; ``None``
    where no phrase of the lead is in the headline. ``title_morphs``: the title's morphemes where
    preprocessing analysed it (:attr:`~kosum.types.Document.title_morphs`), else it is analysed here."""
    actor = HEADLINE_ACTOR.match(title)  # "새솔군, …": the office that acts names no topic
    cut = actor.end() if actor else 0
    morphs = [m for m in (title_morphs or short_tokens(title)) if m.start >= cut]
    wanted = {m.form for m in morphs if m.tag.startswith(NOUN_TAGS) and len(m.form) >= 2}
    best: tuple[int, bool, int] | None = None
    found = None
    for k, (text, forms, case) in enumerate(noun_phrases(lead)):
        words = bare_phrase(text).split()
        while words and not any(w in words[0] for w in wanted):  # "열흘간 갯벌 …": not the headline's
            words.pop(0)
        phrase = " ".join(words)
        if inside_word(lead.text, phrase):  # "H연합회" of "4-H연합회": a word cut
            continue
        shared = len({f for f in forms if f in wanted and f in phrase})
        suffixed = case in ("XSN", "XSV", "XSA")  # "관광활성" of "관광활성화", "신속" of "신속하게": not a name
        if shared < STRUCTURE.headline_shared or suffixed or who_or_where(phrase) or len(phrase) > STRUCTURE.max_label:
            continue
        if INNER_ETC.search(phrase) or not reads_as_noun(phrase):
            continue
        key = (shared, case in ("JKS", "JKO", "JX"), -k)
        if best is None or key > best:
            best, found = key, phrase
    return found


def _act_span(title: str, text: str, title_morphs: Sequence[Morph]) -> str | None:
    """The words of ``title`` written right before its first act (:data:`HEADLINE_ACTS`), back to a
    word that closes with a particle or an ending other than a noun form's ("…, 사랑의 떡국나누기 행사
    개최" → "사랑의 떡국나누기 행사"; "…, 노인돌봄 성금 50만원 기탁" → "노인돌봄 성금"), without the
    figures that end it or the edition, year, time or place words that lead it; ``None`` where no such
    phrase can name the topic."""
    actor = HEADLINE_ACTOR.match(title)
    start = actor.end() if actor else 0
    morphs = _read(title, title_morphs)
    found = [
        (m, [x for x in morphs if x.start < m.end() and x.end > m.start()])
        for m in HEADLINE_WORD.finditer(title, start)
    ]
    acts = [k for k, (m, inside) in enumerate(found) if m.group().rstrip(".") in HEADLINE_ACTS or _acts(inside)]
    if not acts:
        return None
    words: list[str] = []
    end = found[acts[0]][0].start()
    for m, inside in reversed(found[: acts[0]]):
        if not title[m.end() : end].isspace() or not inside or not inside[-1].tag.startswith(_SPAN_ENDS):
            break
        words.insert(0, m.group())
        end = m.start()
    counted = bool(words) and counts(words[-1])  # "햅쌀 200kg 기탁": a thing counted
    while words and (FIGURE_WORD.match(words[-1]) or (words[-1] in GENERIC and len(words[-1]) == 1)):
        words.pop()
    while len(words) > 1 and (ORDINAL_WORD.match(words[0]) or words[0] in WHEN or names_where(words[0], text)):
        words.pop(0)
    phrase = " ".join(words)
    return phrase if _names(phrase, text, counted=counted) and not names_who(phrase, text) else None


def _acts(morphs: Sequence[Morph]) -> bool:
    """True for a headline word that is a verb's act ("펼쳐", "열어"): it closes with an ending, not a noun form."""
    return bool(morphs) and morphs[-1].tag.startswith("E") and morphs[-1].tag != "ETN"


def act_name(label: str, title: str, lead: Sentence | None, text: str, title_morphs: Sequence[Morph] = ()) -> str:
    """A single-topic card's name in place of a ``label`` of one word that names who or where
    (:func:`~kosum.pipeline.labels.names_who`: an office, a place, a post, an audience, a rank): the
    headline's words before its act (:func:`_act_span`: "새솔군 바다면, 제3회 사랑의 떡국 나눔 행사
    열어" → "사랑의 떡국 나눔 행사"), else its topic by the act alone (:func:`headline_topic`
    ``by_act``), without the edition or place words that lead it, else the lead's object of its act
    (:func:`lead_act`); ``label`` itself where none is found or it names a topic."""
    if not title or not names_who(label, text):
        return with_dispute(with_people_act(label, title, text), title, text)  # people.py, disputes.py
    found = _act_span(title, text, title_morphs) or headline_topic(title, text, title_morphs, by_act=True)
    if found:
        words = found.split()
        while len(words) > 1 and (ORDINAL_WORD.match(words[0]) or names_where(words[0], text)):
            words.pop(0)
        return " ".join(words)
    acted = lead_act(lead, text) if lead is not None else None
    return acted or with_dispute(with_people_act(label, title, text), title, text)


def lead_act(lead: Sentence, text: str) -> str | None:
    """The lead's noun phrase that is the object of its act ("… 연탄 나눔 봉사를 실시했다" → "연탄
    나눔 봉사"), not one of two joined by "과" ("A과 B를 열었다"); ``None`` where none names a topic."""
    for phrase, _forms, case in noun_phrases(lead):
        words = bare_phrase(phrase).split()
        while len(words) > 1 and names_where(words[0], text):
            words.pop(0)
        named = " ".join(words)
        if case != "JKO" or not _names(named, text) or names_who(named, text) or inside_word(lead.text, named):
            continue
        at = lead.text.find(phrase)
        after = lead.text[at + len(phrase) :].split()
        joined = any(m.end in (lead.start + at, lead.start + at - 1) and m.tag == "JC" for m in lead.morphs)  # "A과 B"
        if len(after) > 1 and after[1].startswith(tuple(HEADLINE_ACTS)) and not joined:
            return named
    return None
