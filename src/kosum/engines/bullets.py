"""Bullets the way Korean reports write them (개조식), from sentences or generated text.

``noun`` style compresses the sentence (:mod:`kosum.engines.compress`: purpose, means and
background clauses, parentheticals and speech frames dropped) and ends it on a noun or a
nominalized predicate:

* "LH와 업무협약을 체결했다."          → "LH와 업무협약 체결"      (noun + 하다/되다 → noun)
* "상담창구를 운영 중이다."             → "상담창구 운영 중"        (noun + 이다 → noun)
* "상생협약을 맺었다."                  → "상생협약을 맺음"        (verb → verb + ㅁ/음)
* "고용률이 높다."                      → "고용률이 높음"

Leading connectives ("이를 통해", "또한", "특히", "이 밖에도", "곧이어" ...) and a generic
subject ("시는", "군은") are dropped in both styles; ``sentence`` style keeps the rest of
the sentence as written. Where the grammar gives no safe cut, the sentence is kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import partial

from ..pipeline.items import list_span
from ..pipeline.memo import per_sentence
from ..pipeline.normalize import without_marks
from ..pipeline.vocab.bullets import DAY_AFTER_TOPIC, DAY_OF_MONTH, POINTER_CONNECTIVE, TIME_POINTER
from ..pipeline.vocab.common import ETC_WORD, QUOTE_MARKS, WHITESPACE, WORD
from ..pipeline.vocab.sentences import OFFICE_TOPIC, OPENING_CONNECTIVE
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Bullet, Morph, Sentence
from .carried import opening_connective, with_topic
from .compress import compress
from .cues import is_quantity, number_terms
from .features import analyze
from .form import defect, names_only, unattributed
from .reading import keep

__all__ = ["bare_list", "bullet_for", "item_bullets", "list_frame", "list_item", "make_bullet", "strip_connective"]


def strip_connective(text: str, day: bool = False) -> tuple[str, int]:
    """Drop a leading connective (a pointer in time or cause among them: "이 때", "이 때문에") and
    generic subject; return the rest and how much was cut. With ``day``, a pointer to another
    sentence's day ("이날", "같은 날") goes too."""
    cut = 0
    patterns = (OPENING_CONNECTIVE, POINTER_CONNECTIVE, OFFICE_TOPIC, OPENING_CONNECTIVE)
    for pattern in (*patterns, TIME_POINTER) if day else patterns:
        m = pattern.match(text[cut:])
        if m:
            cut += m.end()
        if day and pattern is POINTER_CONNECTIVE:  # "이날 …", "또한 이날 …"
            m = TIME_POINTER.match(text[cut:])
            cut += m.end() if m else 0
    return text[cut:], cut


def make_bullet(text: str, morphs: Sequence[Morph], start: int, style: str = "noun") -> str:
    """A bullet from a sentence: ``text`` starting at offset ``start``, with its ``morphs``.

    ``morphs`` may be empty (generated text): they are then analysed here. A pointer to another
    sentence's day ("이날 행사에는 …") goes where the rest makes a sound bullet ("행사에는 …"), and
    stays where it does not ("이날 담근 김치는": an adnominal would open the bullet); right after a
    topic it goes too ("새솔청은 이날 …" → "새솔청은 …").
    """
    if not morphs:
        morphs = analyze(text, start)
    bullet = _make(text, morphs, start, style, day=True)
    if defect(bullet) is not None and strip_connective(text.strip(), True)[1] != strip_connective(text.strip())[1]:
        bullet = _make(text, morphs, start, style)
    pointer = DAY_AFTER_TOPIC.search(bullet)
    if pointer is not None and not DAY_OF_MONTH.search(bullet, 0, pointer.start()):
        # "새솔청은 이날 간담회를 …" → "새솔청은 간담회를 …"
        bullet = bullet[: pointer.start()] + bullet[pointer.end() :]
    return opening_connective(bullet)  # "…했고, 또한 …": the kept clause's connective goes as a sentence's does


def _make(text: str, morphs: Sequence[Morph], start: int, style: str, day: bool = False) -> str:
    """:func:`make_bullet` with ``morphs`` given; ``day``: a pointer to another sentence's day goes."""
    rest, cut = strip_connective(text.strip(), day)
    lead = len(text) - len(text.lstrip())
    base = start + lead + cut
    opening = next((m for m in morphs if m.start >= base), None)
    if opening is not None and opening.tag == "MAJ" and opening.start == base:  # "그런데 …", "단, …"
        tail = rest[opening.end - base :]
        if tail[:1] in (" ", ",") and tail.strip(" ,"):
            stripped = tail.lstrip(" ,")
            base += len(rest) - len(stripped)
            rest = stripped
    if style == "noun":
        # the shortest reduction whose form is sound; else the whole clause, else the sentence
        office = _office_words(text)  # "시는 …": the sentence has its subject, cut as generic
        shortest = _with_seed(compress(rest, morphs, base, office=bool(office)), rest, base, morphs)
        if shortest and defect(shortest) is None:
            # a topic the kept clause shares goes with it
            return _owned_by_office(with_topic(shortest, rest, morphs, base), office)
        whole = _with_seed(compress(rest, morphs, base, whole=True), rest, base, morphs)
        if whole:  # the sentence's own form, ended as a bullet (a broken one is traded by the caller)
            return _owned_by_office(whole, office)
    return rest.strip()


def office_topic(text: str) -> bool:
    """True where the office opens the sentence as its topic ("시는 …", "또한 군은 …"), a subject
    :func:`strip_connective` drops as generic."""
    return bool(_office_words(text))


def _office_words(text: str) -> str:
    """The office topic that opens ``text`` after its connectives ("또한 군은 …" → "군은"), else ""."""
    rest = text.strip()
    for pattern in (OPENING_CONNECTIVE, POINTER_CONNECTIVE):
        m = pattern.match(rest)
        rest = rest[m.end() :] if m else rest
    m = OFFICE_TOPIC.match(rest)
    return m.group().strip() if m else ""


def _owned_by_office(bullet: str, office: str) -> str:
    """``bullet`` with the ``office`` topic its sentence opened on put back, where the bullet states an intention, a
    decision or words that nobody in it owns (:func:`~kosum.engines.form.unattributed`): cut as generic, the office
    would leave its pledge to whoever the card is about ("군은 …도모하겠다고 밝혔다" → "군은 …도모하겠음")."""
    if not office or not bullet or not unattributed(bullet):
        return bullet
    return f"{office} {bullet}"


def _with_seed(bullet: str | None, text: str, base: int, morphs: Sequence[Morph]) -> str | None:
    """``bullet``, its morphemes read off the source's handed to the form check where they can be
    (read only when the check needs them)."""
    if bullet:
        keep(bullet, partial(_bullet_morphs, bullet, text, base, morphs))  # for the form check and the others
    return bullet


def _bullet_morphs(bullet: str, text: str, base: int, morphs: Sequence[Morph]) -> list[Morph] | None:
    """The morphemes of ``bullet``, made of words of ``text`` (at offset ``base``, analysed as
    ``morphs``) or their parts between morpheme boundaries, but for its last (the nominalized
    predicate: the noun it keeps, "체결", or a nominal ending, "맺음"), offset into the bullet;
    ``None`` where a word is not the source's."""
    source = [(w.start() + base, w.end() + base, w.group()) for w in WORD.finditer(text)]
    # each source word's morphemes (those that start in it), in order: words never overlap
    starts = [w[0] for w in source]
    inside: list[list[Morph]] = [[] for _ in source]
    for m in morphs:
        at = bisect_right(starts, m.start) - 1
        if at >= 0 and m.start < source[at][1]:
            inside[at].append(m)
    words = list(WORD.finditer(bullet))
    make = tuple.__new__  # a morpheme built as a plain tuple: the named tuple's own path costs more
    out: list[Morph] = []
    k = 0
    for n, word in enumerate(words):
        form = word.group()
        after = k
        while k < len(source) and source[k][2] != form:
            k += 1
        if k < len(source):
            at, kept = source[k][0], inside[k]
        elif n == len(words) - 1:  # the nominalized predicate
            stem = next((w for w in source[after:] if w[2].startswith(form)), None)
            if stem is None:
                out.append(Morph(form, "ETN", word.start(), word.end()))
            else:
                shift = word.start() - stem[0]
                kept = [m for m in morphs if stem[0] <= m.start and m.end <= stem[0] + len(form)]
                out.extend(make(Morph, (m.form, m.tag, m.start + shift, m.end + shift)) for m in kept)
            return out
        else:  # a part of a source word, its particle or a bracket dropped ("유치를" → "유치")
            part = _part_of(form, source[after:], inside[after:])
            if part is None:
                return None
            k, at, kept = after + part[0], part[1], part[2]
        shift = word.start() - at
        out.extend([make(Morph, (m.form, m.tag, m.start + shift, m.end + shift)) for m in kept])
        k += 1
    return out


def _part_of(
    form: str, source: Sequence[tuple[int, int, str]], inside: Sequence[list[Morph]]
) -> tuple[int, int, list[Morph]] | None:
    """The first source word holding ``form`` between morpheme boundaries ("유치를" holds "유치"):
    its index, the offset of ``form`` and its morphemes; ``None`` where none does."""
    for j, (start, _, text) in enumerate(source):
        pos = text.find(form)
        while pos >= 0:
            a, b = start + pos, start + pos + len(form)
            kept = [m for m in inside[j] if a <= m.start and m.end <= b]
            cut = any(m.start < edge < m.end for m in inside[j] for edge in (a, b))  # inside a morpheme
            if kept and kept[0].start == a and kept[-1].end == b and not cut:
                return j, a, kept
            pos = text.find(form, pos + 1)
    return None


@per_sentence
def bullet_for(sentence: Sentence, style: str) -> Bullet:
    """The bullet of one sentence, sourced to it (what every engine falls back on); kept on the
    sentence, since the outlook check and the bullets both ask for it."""
    return Bullet(make_bullet(sentence.text, sentence.morphs, sentence.start, style), (sentence.index,))


def list_item(text: str) -> str:
    """An item of an in-sentence list ("▲구직 교육을 추진한다") without the rest of the
    sentence ("… 등 …") or its predicate: "구직 교육", the noun phrase before its subject, topic
    or object particle. Other items are kept as they are."""
    cut = text.find(ETC_WORD)
    if cut > 0:  # "C 등 융합형 체험활동에 참여했다": the item is "C"
        return text[:cut].rstrip()
    analysed = analyze(text)
    morphs = without_marks(analysed)
    if not morphs or morphs[-1].tag != "EF" or " " not in text.strip():
        return text
    # the item is the noun phrase before its first case particle: "'…화분 받침'은 각각 …" → "'…화분 받침'"
    quotes = 0
    for k, m in enumerate(analysed):
        quotes += m.tag.startswith("SS") and m.form in QUOTE_MARKS
        spaced = k + 1 == len(analysed) or analysed[k + 1].start > m.end
        particle = m.tag in ("JKS", "JKO") or (m.tag == "JX" and m.form in TOPIC_PARTICLES)
        if k and particle and spaced and quotes % 2 == 0:
            return text[: m.start].rstrip()
    head = text[: text.rstrip().rfind(" ")].rstrip()
    last = [m for m in morphs if m.end <= len(head)]
    if last and last[-1].tag.startswith(("JKO", "JKB", "JKS", "JX", "JC")) and len(last) > 1:
        head = head[: last[-1].start].rstrip()
    return head or text


def item_bullets(items: Sequence[str]) -> list[str]:
    """The bullets of a list's items: each item that says something its own bullet ("구직 교육을
    추진"); a run of items that only name things ("보드게임실", "영어 뮤지컬"), which say nothing
    alone, one bullet that lists them ("보드게임실, 영어 뮤지컬, 정보화 교육")."""
    out: list[str] = []
    bare = False
    for item in items:
        text = list_item(item)
        alone = names_only(text)
        if alone and bare:
            out[-1] = f"{out[-1]}, {text}"
        else:
            out.append(text)
        bare = alone
    return out


def bare_list(bullets: Iterable[str]) -> bool:
    """True where the bullets of a list's items only name things ("보드게임실, 영어 뮤지컬"): without
    the sentence's predicate they say nothing (the sentence makes the bullet instead)."""
    return all(names_only(text) for text in bullets)


def list_frame(text: str, morphs: Sequence[Morph], start: int) -> str | None:
    """The bullet of a sentence's own words around its in-sentence list, where they state a
    quantity ("올해 수상 교사는 전국에서 9명이며, 새솔시에서는 ▲A ▲B 등 2명이 뽑혔다." →
    "올해 수상 교사는 전국에서 9명이며, 새솔시에서는 2명이 뽑힘"): the list's items make their
    own bullets, the figure that frames them would be lost. ``None`` where the list is not
    closed by "등" or the rest states no quantity."""
    span = list_span(text)
    if span is None:
        return None
    bullet = compress(text, morphs, start, skip=span)
    if bullet is None:
        return None
    plain = WHITESPACE.sub("", bullet)
    outside = [m for m in morphs if m.start >= start and not span[0] <= m.start - start < span[1]]
    return bullet if any(is_quantity(n) and n in plain for n in number_terms(outside, text, start)) else None
