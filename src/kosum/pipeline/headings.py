"""Recognize a heading line and read its policy-area label.

Forms recognized (each on a line of its own, short, not a finished sentence):

* ``교통 부문…순환버스 신설`` / ``청년 분야 - 청년센터 운영`` (label before 부문/분야)
* ``■ 청년 일자리``, ``□``, ``◆``, ``◇``, ``●``, ``○``, ``▶``, ``▷``, ``△``, ``▲``, ``◎``, ``★``
* ``[문화]``, ``【복지】``, ``<교통>``
* ``1. 교통 인프라 확충``, ``2) ...``, ``(3) ...``, ``가. ...``, ``Ⅰ. ...``
* ``첫째, 청년 일자리를 늘린다``, ``둘째로 ...``
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._kiwi import get_kiwi
from .tuning import HEADINGS
from .vocab.bullets import QUOTED_SPAN
from .vocab.common import PRIMARY_MARKS, QUOTE_CHARS, WORD
from .vocab.layout import (
    AREA_OPENER,
    BEFORE_SUBJECT,
    BRACKET,
    BULLET,
    HEADING_FINISHED,
    HEADING_LABEL_TRIM,
    LABEL_STRIP,
    LABELLED,
    LONG_AREA_OPENER,
    MARKED,
    NUMBERED,
    OBJECT_PHRASE,
    ORDINAL,
    PARTICLE_WORD,
    PLAIN_LABELLED,
    POSSESSIVE_HEAD,
    RUN_IN_BRACKET,
    RUN_ON,
    SENTENCE_OPENERS,
    SEPARATED,
    SHORT_LABEL_TRIM,
    SUBHEAD_END,
    SUBJECT_PARTICLES,
    TOPIC_WORD,
)

__all__ = [
    "Heading",
    "is_subhead",
    "opening_heading",
    "parse_heading",
    "primary_marker",
    "run_in_body",
    "run_in_end",
    "short_label",
]


@dataclass(frozen=True)
class Heading:
    """A heading line: its text without the marker, and the area label it names, if any.

    ``label`` is ``None`` when the heading names no area of its own (``"1. 광역버스 3개
    노선 신설"``); the structure stage then finds the area from the section's words.
    ``standalone`` is False for a "첫째, ..." form that opens a full sentence of running
    text: that sentence then belongs to the section's body.
    """

    text: str
    label: str | None
    standalone: bool = True


def object_label(sentence: str) -> str | None:
    """What a sentence opening with an ordinal is about: its first noun phrase, after the subject
    ("시는 청년 인턴 200명을 뽑아 …" → "청년 인턴 200명", "항만 시설 현대화와 …" → "항만 시설 현대화")."""
    words = sentence.split()
    if words and TOPIC_WORD.search(words[0]) and len(words) > 2:
        words = words[1:]
    taken: list[str] = []
    for word in words[:5]:
        m = PARTICLE_WORD.match(word)
        if m:
            taken.append(m.group(1))
            break
        taken.append(word)
    else:
        return None
    label = " ".join(taken).strip(HEADING_LABEL_TRIM)
    return label if 2 <= len(label) <= HEADINGS.label_max_chars else None


def _clause(text: str) -> bool:
    """True for words that say something rather than name it: a predicate or an ending in them
    ("장터는 멈춰도 나눔은 계속"; not "김장 나눔 행사 재개")."""
    return any(t.tag.startswith(("V", "E")) for t in get_kiwi().tokenize(text))


def _leading_nouns(text: str) -> str | None:
    """The nouns that open ``text`` up to their particle ("음악, 춤으로 '밤' 가득" → "음악, 춤"),
    at least two letters and at most ``HEADINGS.labelled_max_chars``; ``None`` where ``text`` opens
    otherwise, the nouns run on without a particle or are a subject or topic (the body's sentence
    run into the heading: "원어민 군은 …")."""
    end = None
    for t in get_kiwi().tokenize(text):
        if t.tag.startswith("J") and t.start:
            end = t.start if t.tag not in ("JKS", "JX") else None  # "…군은 …": the body run into it
            break
        if not (t.tag.startswith(("NN", "SL", "SN", "SH", "XSN")) or t.form == ","):
            return None
    named = text[:end].strip(LABEL_STRIP) if end else ""
    return named if 2 <= len(named) <= HEADINGS.labelled_max_chars and not named.endswith(",") else None


def _label_of(rest: str) -> str | None:
    """The area label a heading text names: "기업 유치 부문…" → "기업 유치"."""
    m = LABELLED.match(rest)
    if m and m["label"].strip(LABEL_STRIP):
        return m["label"].strip(LABEL_STRIP)
    m = SEPARATED.match(rest)
    if m and m["label"].strip(LABEL_STRIP):
        after = m["rest"].strip(LABEL_STRIP + QUOTE_CHARS)
        if _clause(m["label"]) and 2 <= len(after) <= HEADINGS.labelled_max_chars and not _clause(after):
            return after  # "장터는 멈춰도 나눔은 계속…김장 나눔 재개": the clause leads, the name follows
        named = _leading_nouns(after) if _clause(m["label"]) else None
        if named:
            return named  # "파도 소리 들리는 밤…음악, 춤으로 가득": the nouns that open the rest
        if len(m["label"]) <= HEADINGS.labelled_max_chars:
            return m["label"].strip(LABEL_STRIP)
    if len(rest) <= HEADINGS.short_rest_chars and not HEADING_FINISHED.search(rest):
        return rest.strip(LABEL_STRIP) or None
    return None


def parse_heading(line: str) -> Heading | None:
    """Return the :class:`Heading` that ``line`` is, or ``None`` for running text."""
    line = line.strip()
    if not line or len(line) > HEADINGS.max_heading_chars * HEADINGS.line_factor:
        return None
    m = ORDINAL.match(line)
    if m:
        rest = m["rest"].strip()
        short = len(line) <= HEADINGS.max_heading_chars and not HEADING_FINISHED.search(line)
        label = _label_of(rest) if short else object_label(rest)
        return Heading(text=line if short else "", label=label, standalone=short)
    if len(line) > HEADINGS.max_heading_chars or HEADING_FINISHED.search(line):
        return None
    m = BRACKET.match(line)
    if m:
        label = m["label"].strip(LABEL_STRIP)
        return Heading(text=line, label=label or _label_of(m["rest"]))
    for pattern in (BULLET, NUMBERED):
        m = pattern.match(line)
        if m:
            rest = m["rest"].strip()
            return Heading(text=rest, label=_label_of(rest))
    m = PLAIN_LABELLED.match(line)
    if m:
        return Heading(text=line, label=m["label"].strip(LABEL_STRIP))
    return None


def primary_marker(text: str) -> bool:
    """True for a section opener of the first rank: ■ □ ◇ ◆ ● ▶, 【…】, "1.", 첫째, "X 분야에서는"
    (○ △ ▲ - · mark items inside a section)."""
    text = text.lstrip()
    return bool(
        text
        and (
            text[0] in PRIMARY_MARKS
            or text.startswith("【")
            or NUMBERED.match(text)
            or ORDINAL.match(text)
            or area_match(text)
            or BRACKET.match(text)
            or PLAIN_LABELLED.match(text)
        )
    )


def run_in_end(rest: str) -> int | None:
    """Where the sentence begins after a heading run into it ("마을 합창단의 '하모니' 지난 3일
    …" → at "지난"): the first word, outside quotes, that opens a time phrase or is a subject or topic
    ("새솔시는", "군이"). ``None`` when the heading has a separator ("…") or no such word is found."""
    words = list(WORD.finditer(rest[: HEADINGS.run_in_max_chars + 20]))
    if len(words) < 3:
        return None
    from .._kiwi import get_kiwi

    tokens = get_kiwi().tokenize(rest[: words[-1].end()])
    for k, word in enumerate(words[1:], start=1):
        if word.start() > HEADINGS.run_in_max_chars:
            break
        before = rest[: word.start()]
        if before.count('"') % 2 or before.count("'") % 2 or "…" in QUOTED_SPAN.sub("", before):
            continue  # inside quotes, or after a "…" that leads to a subtitle ("…" in a quoted heading is its own)
        if SENTENCE_OPENERS.match(word.group(0)):
            return word.start()
        inside = [t for t in tokens if word.start() <= t.start < word.end()]
        nouns = inside[:-1]
        if (
            k >= 2
            and len(inside) >= 2
            and inside[-1].tag in ("JX", "JKS")
            and inside[-1].form in SUBJECT_PARTICLES
            and all(t.tag.startswith(("NN", "SL", "SN", "XSN")) for t in nouns)
        ):
            return word.start()
    return None


def run_in_body(text: str, heading: str) -> int | None:
    """Where the sentence begins in ``text``, a paragraph that opens with the symbol-marked heading
    ``heading`` run into it ("■ 청년 일자리 새솔시는 …" → at "새솔시는"; "■ 제목…부제 지난 8일 …" →
    at "지난", see :func:`run_in_end`); ``None`` where ``text`` does not open so."""
    m = MARKED.match(text)
    if m is None or not heading or not m["rest"].startswith(heading):
        return None
    at = m.start("rest") + len(heading)
    if text.startswith("…", at):  # the heading goes on after "…" to the sentence's opening
        end = run_in_end(text[at + 1 :])
        return None if end is None else at + 1 + end
    if not text[at : at + 1].isspace():
        return None  # the heading ends inside a word
    start = len(text) - len(text[at:].lstrip())
    return start if start < len(text) else None


def _balanced(label: str) -> str:
    """``label`` without quotation marks left open or closed alone ("합창단의 '하모니" → "합창단의 하모니")."""
    for quote in ("'", '"'):
        if label.count(quote) % 2:
            label = label.replace(quote, "")
    return label.strip()


def _head_noun_phrase(text: str) -> str | None:
    """The noun phrase a heading ends in after its modifier ("…가족과 함께 즐기는 '갯벌체험'" →
    "갯벌체험", "어르신부터 아이까지 즐긴 바다군수배 연날리기대회" → "바다군수배 연날리기대회"), else ``None``."""
    tokens = get_kiwi().tokenize(text)
    end = len(tokens)
    while end and tokens[end - 1].tag in ("SS", "SSO", "SSC", "SW"):
        end -= 1
    start = end
    while start and (
        tokens[start - 1].tag.startswith(("NN", "SL", "SN", "SH", "XSN", "XPN"))
        or tokens[start - 1].tag in ("SS", "SSO", "SSC")
    ):
        start -= 1
    if start == end or start == 0 or tokens[start - 1].tag != "ETM":
        return None
    phrase = text[tokens[start].start : tokens[end - 1].end].strip(" '\"")
    return phrase if len(phrase.replace(" ", "")) >= 2 else None


def short_label(text: str, limit: int = 20) -> str:
    """A heading's text as a card label: markers and quotes off, at most ``limit`` characters.

    A long heading gives its object ("…를 …"), or the noun phrase it ends in after a modifier
    ("영산강 바람과 함께 즐기는 '파크골프'" → "파크골프"), or else its first words."""
    text = _balanced(text.strip(SHORT_LABEL_TRIM).strip())
    if len(text) <= limit:
        return text
    m = OBJECT_PHRASE.match(text)  # the object of a sentence-like heading
    if m and len(m.group(1)) <= limit:
        return _balanced(m.group(1))
    head = _head_noun_phrase(text)
    if head and len(head) <= limit:
        return _balanced(head)
    cut = text.rfind(" ", 0, limit)
    cut = cut if cut > 4 else limit
    for m in QUOTED_SPAN.finditer(text):  # a cut inside a quoted name: the name, else what leads it
        if m.start() < cut < m.end():
            name = m.group()[1:-1].strip()
            if 2 <= len(name) <= limit:
                return name
            cut = m.start()
    return _balanced(text[:cut].rstrip(" ,·"))


def opening_heading(paragraph: str) -> Heading | None:
    """The heading that opens a paragraph of running text: a marker heading run into its first
    sentence ("■ 청년 일자리…인턴 선발 시는 …"), "첫째, …", or "X 분야에서는 …" / "X 부문은 …".

    The heading is not a line of its own (``standalone`` is False): its sentence stays in the body.
    ``text`` is the heading's words where they can be told from the sentence, else empty.
    """
    text = paragraph.strip()
    m = RUN_ON.match(text)
    if m:
        rest = m["rest"]
        bracket = RUN_IN_BRACKET.match(text)
        if bracket:
            return Heading(text=bracket.group(0), label=bracket.group(1), standalone=False)
        end = run_in_end(rest)
        if end is None:
            head = rest.split(". ")[0][: HEADINGS.run_in_max_chars]
            sep = BEFORE_SUBJECT.search(head)  # up to "…" and its phrase
            label = _label_of(head)
            shown = head[: sep.start()] if sep and "…" in head[: sep.start()] else (label or "")
            return Heading(text=shown.strip(), label=label, standalone=False)
        head = rest[:end].strip()
        return Heading(text=head, label=_label_of(head) or short_label(head), standalone=False)
    m = ORDINAL.match(text)
    if m:
        return Heading(text="", label=None, standalone=False)
    return area_opener(text)


def area_match(sentence: str) -> re.Match[str] | None:
    """The match of the area ``sentence`` opens with, its name short ("교통 분야에서는 …") or long
    (``area_match("먼저 주거 환경 및 생활의 안전 강화 분야에서 …")["label"]`` → "주거 환경 및 생활의 안전
    강화"), else ``None``."""
    return AREA_OPENER.match(sentence) or LONG_AREA_OPENER.match(sentence)


def area_name(m: re.Match[str]) -> str:
    """The name of the area matched by :func:`area_match`: its label or its quoted name, a long
    label by the head of its "X의 Y" (``area_name(area_match("주거 환경 및 생활의 안전 강화 분야에서는
    …"))`` → "안전 강화")."""
    name = (m["label"] or m["quoted"]).strip(LABEL_STRIP)
    head = POSSESSIVE_HEAD.match(name) if m.re is LONG_AREA_OPENER else None
    return head["head"] if head else name


def area_opener(sentence: str) -> Heading | None:
    """The area a sentence opens with, as a heading run into it (``area_opener("또한 복지 분야에서는
    경로당을 늘린다.").label`` → "복지"), else ``None``."""
    m = area_match(sentence.strip())
    if m:
        return Heading(text="", label=area_name(m), standalone=False)
    return None


def is_subhead(line: str) -> bool:
    """A short line with no sentence ending that can stand as a subhead."""
    line = line.strip()
    return (
        HEADINGS.subhead_min_chars <= len(line) <= HEADINGS.subhead_max_chars
        and not SUBHEAD_END.search(line)
        and " " in line
    )
