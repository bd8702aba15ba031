"""Card labels in the article's own words: the key noun phrase of a part of the article.

A part without a heading or a list label is named by its most distinctive noun compound:
a word made of nouns written together ("연날리기대회", "해안도로"), frequent in this part and rare
in the rest of the article, preferring longer words. The label is the compound as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from .._kiwi import short_tokens
from ..types import Morph, Sentence
from .edges import joined_suffixes, within, without_cut_start
from .memo import TagTest, per_sentence
from .nameable import no_name
from .tuning import STRUCTURE
from .vocab.bullets import BRACKET_PAIRS, QUOTED_SPAN
from .vocab.headlines import DATED_COLUMN, PROGRAMME_ENDS
from .vocab.layout import (
    ACTOR,
    AUDIENCE_ENDS,
    AUDIENCE_WORDS,
    FOIL_AFTER,
    GENERIC,
    INNER_ETC,
    JOINING_PARTICLES,
    LABEL_EDGE,
    NOUN_LIKE_PARTICLES,
    OFFICE_ENDS,
    ORDINAL_WORD,
    PASSING_LABELS,
    PERSON_POSTS,
    PHRASE_TRIM,
    PLACE_WORD,
    PLURAL_SUFFIXES,
    RANK_WORD,
    REGION_NAMES,
    SUBJECT_AFTER_QUOTE,
    TRAILING_ETC,
    WHEN,
    WORD_JOINERS,
)

__all__ = [
    "IN_NAME",
    "NOUN_TAGS",
    "bare_phrase",
    "content_nouns",
    "cut_at_start",
    "describes",
    "inside_word",
    "key_phrase",
    "names_where",
    "names_who",
    "noun_compounds",
    "quoted_subject",
    "reads_as_noun",
    "tidy_label",
    "who_or_where",
    "whole_phrase",
    "whole_words",
    "written_whole",
]

NOUN_TAGS = ("NNG", "NNP", "SL", "SH")
_IS_NOUN = TagTest(NOUN_TAGS)
IN_NAME = TagTest(("NNG", "NNP", "SL", "SH", "XSN"))


def noun_compounds(morphs: Iterable[Morph]) -> list[str]:
    """Words made of nouns written together, in order ("연날리기" + "대회" → "연날리기대회")."""
    out: list[str] = []
    run: list[Morph] = []
    for m in [*morphs, Morph("", "END", -1, -1)]:
        if _IS_NOUN[m.tag] and (not run or m.start == run[-1].end):
            run.append(m)
            continue
        if run:
            forms = [r.form for r in run if r.form not in GENERIC or len(run) > 1]
            word = "".join(forms)
            if len(word) >= 2 and word not in GENERIC:
                out.append(word)
        run = [m] if _IS_NOUN[m.tag] else []
    return out


@per_sentence
def content_nouns(s: Sentence) -> list[str]:
    """The nouns of ``s`` that can name a topic (two letters or more, not generic), in order."""
    return [m.form for m in s.morphs if _IS_NOUN[m.tag] and len(m.form) >= 2 and m.form not in GENERIC]


#: Tags of a noun phrase's morphemes; the end of a sentence.
_PHRASE_TAGS = (*NOUN_TAGS, "SN", "NNB")
_IN_PHRASE = TagTest(_PHRASE_TAGS)
_END = Morph("", "END", -1, -1)


def _glued_determiner(before: Morph, noun: Morph) -> bool:
    return before.tag in ("MM", "XPN") and before.end == noun.start


@per_sentence
def noun_phrases(sentence: Sentence) -> list[tuple[str, list[str], str]]:
    """Runs of nouns of ``sentence`` (across single spaces: "옛마을 공동주택"), each with its nouns
    and the tag of the morpheme after it (its case: JKS, JKO, JX ...)."""
    out: list[tuple[str, list[str], str]] = []
    run: list[Morph] = []
    morphs = sentence.morphs
    for k, m in enumerate((*morphs, _END)):
        noun = _IN_PHRASE[m.tag] and (m.tag != "NNB" or bool(run))
        if noun and (not run or 0 <= m.start - run[-1].end <= 1):
            run.append(m)
            continue
        if run:
            first = k - len(run)
            # a determiner written onto the noun is part of its name ("옛마을": 옛 + 마을)
            start = morphs[first - 1].start if first and _glued_determiner(morphs[first - 1], run[0]) else run[0].start
            forms = [r.form for r in run if _IS_NOUN[r.tag] and len(r.form) >= 2]
            if forms:
                text = sentence.text[start - sentence.start : run[-1].end - sentence.start]
                after = k
                while after < len(morphs) and morphs[after].tag in ("SS", "SSC", "SSO"):  # "'옛마을'이"
                    after += 1
                out.append((text.strip(PHRASE_TRIM), forms, morphs[after].tag if after < len(morphs) else ""))
        run = [m] if noun else []
    return out


def _trimmed(phrase: str) -> str:
    """A noun phrase without the words of time that lead it ("이날 3자 협의체" → "3자 협의체")
    and without a trailing "등"."""
    words = TRAILING_ETC.sub("", phrase).split()
    while len(words) > 1 and words[0] in WHEN:
        words.pop(0)
    return " ".join(words)


def programme(phrase: str) -> bool:
    """True for a phrase with a word of a bulletin's standing title ("…뉴스브리핑", "…소식", "…동정",
    :data:`~kosum.pipeline.vocab.headlines.PROGRAMME_ENDS`), or a dated column's whole title ("2030년 5월 4일
    심층분석", :data:`~kosum.pipeline.vocab.headlines.DATED_COLUMN`): it holds several matters, it names none."""
    return bool(DATED_COLUMN.match(phrase)) or any(word.endswith(PROGRAMME_ENDS) for word in phrase.split())


def key_phrase(part: Sequence[Sentence], rest: Sequence[Sentence], heading: str = "") -> str | None:
    """The label of a part of an article: the noun phrase of its opening sentence that is its
    subject or object and most distinctive against ``rest`` ("…에는 바다군립합창단이 송년음악회를
    연다" → "송년음악회"); else its most distinctive noun, shown as the compound it is written in."""
    bulletin = {c for s in part for c in noun_compounds(s.morphs) if programme(c)}  # "뉴스" of "뉴스브리핑": none
    here = Counter(w for s in part for w in content_nouns(s) if not any(w in c for c in bulletin))
    if not here:
        return None
    elsewhere = Counter(w for s in rest for w in set(content_nouns(s)))
    opening = set(content_nouns(part[0]))

    def score(word: str) -> float:
        bonus = (2.0 if word in heading else 1.0) * (1.5 if word in opening else 1.0)
        return here[word] * bonus * min(len(word), 4) / (1 + elsewhere[word])

    found = [(_trimmed(text), forms, case) for text, forms, case in noun_phrases(part[0]) if not _foil(part[0], text)]
    phrases = _coordinated(part[0].text, found)
    argued = [
        (sum(score(f) for f in forms if f in here) * (1.0 if k else 0.5) * (1.5 if case == "JKO" else 1.0), text)
        for k, (text, forms, case) in enumerate(phrases)
        if case in ("JKS", "JKO", "JX") and len(text) <= STRUCTURE.max_label and any(f in here for f in forms)
    ]
    best = max(here, key=score)
    for value, text in sorted(argued, reverse=True):  # the best that reads as a noun alone
        if value < STRUCTURE.label_keep_share * score(best):
            break
        if reads_as_noun(tidy_label(text), counted=True) and not who_or_where(text) and not no_name(text):
            return text
    compounds = Counter(c for s in part for c in noun_compounds(s.morphs) if best in c and c not in bulletin)
    shown = max(compounds, key=lambda c: (compounds[c], -len(c))) if compounds else best
    return within(shown, STRUCTURE.max_label)


def _coordinated(text: str, phrases: Sequence[tuple[str, list[str], str]]) -> list[tuple[str, list[str], str]]:
    """``phrases`` of the sentence ``text`` with two joined by 와/과 as one ("맞춤형 돌봄과 지역 연계를" →
    "맞춤형 돌봄과 지역 연계", the object): the whole object names both, within ``STRUCTURE.max_label``
    characters (its leading words dropped to fit); the second alone where the two do not fit."""
    out = list(phrases)
    for k in range(1, len(out)):
        (first, forms, case), (second, more, after) = out[k - 1], out[k]
        joined = next((f"{first}{j} {second}" for j in JOINING_PARTICLES if f"{first}{j} {second}" in text), None)
        if case != "JC" or joined is None:
            continue
        lead = joined.split()[: len(first.split())]
        while len(lead) > 1 and len(joined) > STRUCTURE.max_label:  # "맞춤형 돌봄과 …": the modifier goes first
            joined = joined[len(lead.pop(0)) + 1 :]
        if len(joined) <= STRUCTURE.max_label:
            out[k] = (joined, [f for f in (*forms, *more) if f in joined], after)
    return out


def describes(heading: str) -> bool:
    """True for a heading that describes rather than names: a verb, an ending or a possessive in it
    ("물살 가른 어린이들", "어르신들의 웃음꽃"; not "전국 인라인 대회")."""
    return any(t.tag.startswith(("V", "E")) or t.tag == "JKG" for t in short_tokens(heading))


def quoted_subject(sentence: str, heading: str = "") -> str | None:
    """The quoted name that is the subject of ``sentence`` after ``heading`` run into it ("같은 날
    '제3회 누리군수배 배구대회'가 열렸다" → "누리군수배 배구대회"): its last words, at most
    ``STRUCTURE.max_label`` characters, without the ordinals and figures that lead them; ``None``
    where no quoted name is a subject or a topic."""
    at = sentence.find(heading) + len(heading) if heading and heading in sentence else 0
    rest = sentence[at:]
    for m in QUOTED_SPAN.finditer(rest):
        if not SUBJECT_AFTER_QUOTE.match(rest[m.end() :]):
            continue
        words = bare_phrase(m.group()[1:-1]).split()
        while len(words) > 1 and (ORDINAL_WORD.match(words[0]) or len(" ".join(words)) > STRUCTURE.max_label):
            words.pop(0)
        name = " ".join(words)
        if 2 <= len(name) <= STRUCTURE.max_label and reads_as_noun(name):
            return name
    return None


def _foil(sentence: Sentence, phrase: str) -> bool:
    """True where ``sentence`` only sets ``phrase`` against its point ("물품 전달을 넘어 …")."""
    at = sentence.text.find(phrase)
    return at >= 0 and bool(FOIL_AFTER.match(sentence.text[at + len(phrase) :]))


def bare_phrase(phrase: str) -> str:
    """``phrase`` without the words of time and the figures that lead or end it."""
    words = _trimmed(phrase).split()
    while len(words) > 1 and words[0][:1].isdigit():
        words.pop(0)
    while len(words) > 1 and words[-1][:1].isdigit():
        words.pop()
    return " ".join(words)


def reads_as_noun(phrase: str, counted: bool = False) -> bool:
    """True for a phrase that, read alone, ends in a noun ("갯벌 생태학교"; not "마을 어울림",
    "일상 속 걷기", which Kiwi reads as a verb's noun form, nor a bare number); with ``counted``,
    a count of a noun too ("인턴 200명")."""
    words = [t for t in short_tokens(phrase) if not t.tag.startswith("S") or t.tag in ("SL", "SH", "SN")]
    if counted and len(words) >= 3 and words[-1].tag == "NNB" and words[-2].tag == "SN":
        return bool(words[-3].tag.startswith(("NN", "SL", "SH", "XSN")))
    return bool(words) and words[-1].tag.startswith(("NN", "SL", "SH", "XSN")) and words[-1].tag != "NNB"


def written_whole(phrase: str, text: str) -> bool:
    """True where ``text`` writes ``phrase`` as whole words somewhere: not cut at its start, and no
    noun written onto its end ("어린이회" in "어린이회장")."""
    at = text.find(phrase)
    while at >= 0:
        rest = _rest_of_word(text, at + len(phrase))
        if not cut_at_start(text, at) and not (rest and _noun_going_on(phrase.split()[-1], rest)):
            return True
        at = text.find(phrase, at + 1)
    return False


def who_or_where(phrase: str) -> bool:
    """True for a phrase that names the office that acts, a place or a person, not a topic
    ("새솔군", "새솔시 바다읍", "새솔군 체육회장")."""
    words = phrase.split()
    if not words:
        return True
    places = len(words) >= 2 and all(PLACE_WORD.match(w) for w in words)
    return bool(ACTOR.match(phrase)) or places or words[-1].endswith(PERSON_POSTS)


def names_who(label: str, text: str = "") -> bool:
    """True for a one-word label that names who or where, not what the article reports: the people
    an act is for ("노인", "다문화가정"), or where or who acts (:func:`names_where`)."""
    word = label.strip()
    return " " not in word and (word in AUDIENCE_WORDS or word.endswith(AUDIENCE_ENDS) or names_where(word, text))


def names_where(word: str, text: str = "") -> bool:
    """True for one word that names where or who acts: an office, a place or a person's post
    (:func:`who_or_where`), an office or meeting place ("바다면사무소"), a rank ("으뜸기관"), a
    region ("경북"), or a place that ``text`` writes inside a place ("새솔군 바다면")."""
    if not word or " " in word:
        return False
    if who_or_where(word) or word in REGION_NAMES or RANK_WORD.match(word) or word.endswith(OFFICE_ENDS):
        return True
    return bool(PLACE_WORD.match(word)) and _inside_place(word, text)


def _inside_place(word: str, text: str) -> bool:
    """True where ``word`` is a place's name of its own (one noun, or its last letter a morpheme
    of its own: "새솔 + 동", not "…아동") that ``text`` writes right after a place's name ("새솔군 바다면")."""
    tokens = short_tokens(word)
    if not tokens or not (tokens[-1].form == word[-1] or (len(tokens) == 1 and tokens[0].tag.startswith("NN"))):
        return False
    at = text.find(word)
    while at > 0:
        before = text[:at].split()
        if text[at - 1].isspace() and before and (PLACE_WORD.match(before[-1]) or before[-1] in REGION_NAMES):
            return True
        at = text.find(word, at + 1)
    return False


def inside_word(text: str, phrase: str) -> bool:
    """True where ``phrase`` is first written in ``text`` right after a letter, a figure or a joining
    mark ("H연합회" in "4-H연합회"): a cut word, not a phrase of its own."""
    return cut_at_start(text, text.find(phrase))


def cut_at_start(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in WORD_JOINERS)


def _rest_of_word(text: str, end: int) -> str:
    """What ``text`` writes from ``end`` on to the end of that word ("수입계 …", 2 → "계")."""
    stop = end
    while stop < len(text) and (text[stop].isalnum() or text[stop] in WORD_JOINERS):
        stop += 1
    return text[end:stop]


def _noun_going_on(word: str, rest: str) -> str:
    """The nouns and noun suffixes that ``rest`` writes onto the end of ``word`` ("외국" + "계를" → "계"),
    before its particle or ending."""
    going = ""
    for token in short_tokens(word + rest):
        if token.start + token.len <= len(word):
            continue
        if not token.tag.startswith(("NN", "XSN", "SL", "SN", "SH")) or token.form in PLURAL_SUFFIXES:
            break
        going = (word + rest)[len(word) : token.start + token.len]
    return going


def whole_words(label: str, text: str) -> str:
    """``label`` as whole words of ``text``: where it is never written as words of their own, the
    word it starts inside of from its start ("농업 현황" of "친환경농업 현황" → "친환경농업 현황",
    "2학년 학생" of "1~2학년 학생" → "1~2학년 학생"), and the nouns written onto its last word ("수입" of
    "수입계" → "수입계"); ``label`` itself where it stands whole somewhere, is not in ``text``, or would
    grow past ``STRUCTURE.max_label`` characters or end in no noun."""
    stem = label.strip()
    found = []
    at = text.find(stem) if stem else -1
    while at >= 0:
        end = at + len(stem)
        going = _noun_going_on(stem.split()[-1], _rest_of_word(text, end)) if _rest_of_word(text, end) else ""
        if not cut_at_start(text, at) and not going:
            return label
        found.append((at, end + len(going)))
        at = text.find(stem, at + 1)
    if not found:
        return label
    start, end = found[0]
    while cut_at_start(text, start):
        start -= 1
    whole = _balanced(text[start:end].strip(LABEL_EDGE))
    return whole if len(whole) <= STRUCTURE.max_label and reads_as_noun(whole, counted=True) else label


def _one_noun(label: str) -> str | None:
    """The common noun that ``label`` is, with at most a particle-like letter written onto it; else ``None``."""
    words = [t for t in short_tokens(label) if not t.tag.startswith("S")]
    one = (
        " " not in label.strip()
        and bool(words)
        and words[0].tag == "NNG"
        and all(t.tag.startswith(("XSN", "J")) and len(t.form) == 1 for t in words[1:])
        and len(words) <= 2
    )
    return words[0].form if one else None


def _passing(label: str, part: Sequence[Sentence]) -> bool:
    """True for a label too general to name a card alone: one common noun (and a particle-like
    letter written onto it) that names a judgement or a step (:data:`PASSING_LABELS`: "평가",
    "확보", "내년도") or that ``part`` uses as a verb ("지급한다", "해체된": an act, not a topic)."""
    noun = _one_noun(label)
    if noun is None:
        return False
    acted = any(
        m.form == noun and after.tag in ("XSV", "XSA") and after.start == m.end
        for s in part
        for m, after in pairwise(s.morphs)
    )
    return acted or label.strip() in PASSING_LABELS


def _headed(label: str, part: Sequence[Sentence]) -> bool:
    """True for a one-noun ``label`` ("기금") that ``part`` writes, more often than alone, as the last word
    of a longer noun phrase ("새솔사랑 기금"): the phrase names the topic, the noun only its kind. A compound
    that ends in it ("기초학습" of "학습") is another thing, not a longer name for it."""
    stem = label.strip()
    if not stem or " " in stem or _one_noun(label) is None:
        return False
    headed = alone = 0
    for s in part:
        for text, _forms, _case in noun_phrases(s):
            phrase = bare_phrase(text)
            if phrase == stem:
                alone += 1
            elif phrase.endswith(f" {stem}") and len(phrase) <= STRUCTURE.max_label and not INNER_ETC.search(phrase):
                headed += 1
    return headed > alone


def whole_phrase(label: str, part: Sequence[Sentence]) -> str:
    """A ``label`` too general to name a card alone ("평가") as the noun phrase of ``part`` that it belongs to
    ("…농정업무 종합평가 결과…" → "농정업무 종합평가"): a phrase it ends before one it opens,
    then the most frequent, then the first, at most ``STRUCTURE.max_label`` characters,
    without the words of time or the figures that lead it; ``label`` itself where it is longer
    than one noun or no such phrase is written."""
    named = _after_quoted_name(label, part)
    if named:
        return named
    if not _passing(label, part) and not _headed(label, part):
        return label
    stem = label.strip()
    found: Counter[str] = Counter()
    for s in part:
        for text, _forms, _case in noun_phrases(s):
            phrase = bare_phrase(text)
            words = phrase.split()
            own = phrase.endswith(stem) or stem in words or any(w.startswith(stem) for w in words)
            short = len(phrase) <= STRUCTURE.max_label and not INNER_ETC.search(phrase)
            if own and phrase != stem and short and reads_as_noun(phrase):
                found[phrase] += 1
    if not found:
        return label
    return max(found, key=lambda p: (p.endswith(stem), found[p]))


def _after_quoted_name(label: str, part: Sequence[Sentence]) -> str | None:
    """A one-word ``label`` that ``part`` writes only right after a quoted name ("'새솔 갯벌 보전 조례'
    개정이 …": "개정") as that name and the label ("새솔 갯벌 보전 조례 개정"), its leading words dropped
    to fit ``STRUCTURE.max_label``; ``None`` where it stands alone anywhere in ``part``."""
    stem = label.strip()
    if not stem or " " in stem:
        return None
    found = []
    for s in part:
        at = s.text.find(stem)
        while at >= 0:
            quote = next((m for m in QUOTED_SPAN.finditer(s.text) if s.text[m.end() : at].strip() == ""), None)
            if quote is None or quote.end() > at:
                return None
            found.append(quote.group()[1:-1].split())
            at = s.text.find(stem, at + 1)
    if not found:
        return None
    words = found[0]
    while len(words) > 1 and len(" ".join((*words, stem))) > STRUCTURE.max_label:
        words = words[1:]
    named = " ".join((*words, stem))
    return named if len(named) <= STRUCTURE.max_label and reads_as_noun(named) else None


def _balanced(label: str) -> str:
    """``label`` without the brackets and quotation marks that it leaves open or closes alone."""
    for pair in (*BRACKET_PAIRS, "''", '""'):
        opening, closing = pair[0], pair[1]
        unmatched = label.count(opening) % 2 if opening == closing else label.count(opening) != label.count(closing)
        if unmatched:
            label = label.replace(opening, "").replace(closing, "")
    return label


def tidy_label(label: str) -> str:
    """A label as an editor keeps it: no marker, dangling "…" or question mark at its edges, no
    bracket or quotation mark left unmatched, no particle written onto its last noun ("도", "가",
    "이" and "의" only after another particle, for they end many nouns); ``label`` itself where
    less than two letters would be left (``tidy_label("- 지역개발채권이란?")`` → "지역개발채권")."""
    text = joined_suffixes(without_cut_start(_balanced(label.strip(LABEL_EDGE)).strip(LABEL_EDGE)))
    words = [t for t in short_tokens(text) if not t.tag.startswith("S") or t.tag in ("SL", "SH", "SN")]
    while (
        len(words) >= 2
        and words[-1].tag.startswith("J")
        and (words[-1].form not in NOUN_LIKE_PARTICLES or words[-2].tag.startswith("J"))
        and words[-2].tag.startswith(("NN", "SL", "SH", "SN", "XSN", "ETN", "J"))
        and not text[words[-1].start + words[-1].len :].strip(LABEL_EDGE)
    ):
        text = text[: words[-1].start].strip(LABEL_EDGE)
        words.pop()
    if (
        len(words) >= 2
        and words[-1].tag == "SN"
        and words[-2].tag.startswith(("NN", "SL", "SH", "XSN"))
        and words[-2].start + words[-2].len == words[-1].start
        and not text[words[-1].start + words[-1].len :].strip(LABEL_EDGE)
    ):  # "원데이 클래스2": the figure of a series written onto the name
        text = text[: words[-1].start].strip(LABEL_EDGE)
    return text if len(text.replace(" ", "")) >= 2 else label
