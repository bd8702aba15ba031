"""Two matters of one release: a headline (or lead) that joins two of them, each told apart.

A release often announces two matters in its headline ("새솔시, 숲길 정비 및 꽃축제 준비") and
develops each in its own paragraphs. The headline's two noun phrases, with the nouns of a lead
that joins the same two ("…을 정비하고, …을 준비했다"), say which words are whose; a paragraph
speaks of one matter where it says that matter's words and clearly fewer of the other's. The two
are taken only with a margin: each matter is spoken of on its own, and few paragraphs speak of
both together (then "A 및 B" is one event: "시상식 및 기념식"). The structure's other cues
decide first (:mod:`kosum.pipeline.structure`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from math import fsum

from .._kiwi import get_kiwi
from ..types import Document, Morph, Sentence
from .cohesion import acted, carried, paragraphs
from .labels import content_nouns, who_or_where
from .tuning import STRUCTURE
from .vocab.bullets import COORDINATE_ENDINGS
from .vocab.layout import ACTOR, GENERIC, PAIR_MARKS, PAIR_WORDS

__all__ = ["Matters", "claims", "headline_pair", "matter_parts", "one_act", "pair_in", "two_matters"]

#: Tags of the morphemes of a matter's noun phrase.
_PHRASE = ("NNG", "NNP", "SL", "SH", "XSN", "XPN")


@dataclass(frozen=True)
class Matters:
    """Two matters: their names as written, each one's words, and the lead sentences that join them."""

    names: tuple[str, str]
    words: tuple[frozenset[str], frozenset[str]]
    lead: tuple[int, ...] = ()


def _run(morphs: Sequence[Morph], k: int, step: int) -> list[Morph]:
    """The run of noun morphemes from ``morphs[k]`` going back (``step`` -1) or on (+1), across
    single spaces: from "및" of "새솔시, 숲길 정비 및 …" back, 숲길 + 정비 (the comma ends it)."""
    run: list[Morph] = []
    while 0 <= k < len(morphs) and morphs[k].tag.startswith(_PHRASE):
        if run and abs(morphs[k].start - run[-1].end if step > 0 else run[-1].start - morphs[k].end) > 1:
            break
        run.append(morphs[k])
        k += step
    return run if step > 0 else run[::-1]


def _word_start(text: str, at: int) -> int:
    """Where the written word that holds position ``at`` of ``text`` starts (``_word_start("꽃 축제",
    4)`` → 2)."""
    return text.rfind(" ", 0, at) + 1


def _named(run: Sequence[Morph]) -> bool:
    """True for a noun phrase that can name a matter: a common noun of two letters or more in it
    (not "한국과 일본": two names of one meeting)."""
    return any(m.tag == "NNG" and len(m.form) >= 2 and m.form not in GENERIC for m in run)


def pair_in(text: str, morphs: Sequence[Morph], offset: int = 0, lead: bool = False) -> tuple[str, str] | None:
    """The two noun phrases that ``text`` joins, where it joins exactly two: "A 및 B", "A·B",
    "A하고 B", and in a ``lead`` sentence "A와 B" (``pair_in("숲길 정비 및 꽃축제 준비", …)`` →
    ("숲길 정비", "꽃축제 준비")); ``None`` for none or three or more. ``morphs`` are those of
    ``text``, their spans counted from ``offset``. In "A·B C" with A one word, B is one word too
    and C is both's ("숲길·꽃길 정비" → ("숲길", "꽃길")). A headline's "A와 B" is as often who
    acts with whom ("주민들과 …을 다짐") or one thing's parts ("사진과 편지 전시"), and its "A, B"
    sets off its subject ("새솔 숲길, 명소로 뽑혀"): neither joins two matters. Nor do two who
    ("새솔 작가·바다 시인") nor two names ("한국과 일본")."""
    found: list[tuple[str, str]] = []
    for k, m in enumerate(morphs):
        if m.form in PAIR_WORDS or (m.tag == "JC" and lead) or (m.tag.startswith("S") and m.form in PAIR_MARKS):
            left, right = _run(morphs, k - 1, -1), _run(morphs, k + 1, 1)
        elif m.tag == "EC" and m.form in COORDINATE_ENDINGS and k >= 1 and morphs[k - 1].tag == "XSV":  # "정비하고"
            left, right = _run(morphs, k - 2, -1), _run(morphs, k + 1, 1)
        else:
            continue
        if not left or not right:
            continue
        while len(right) > 1 and right[-1].form in GENERIC:  # "꽃축제 준비 개최": the act is both's
            right.pop()
        while len(left) > 1 and left[-1].form in GENERIC:
            left.pop()
        while len(left) > 1 and left[0].tag == "NNP" and left[1].start > left[0].end:  # "새솔시 숲길 정비"
            left.pop(0)
        one_word = left[0].start == _word_start(text, left[-1].end - offset) + offset
        if one_word and left[-1].end == m.start and right[0].start == m.end:  # "꽃·숲 축제": 축제 is both's
            word = _word_start(text, right[0].start - offset)
            right = [r for r in right if _word_start(text, r.start - offset) == word]
        names = tuple(text[run[0].start - offset : run[-1].end - offset] for run in (left, right))
        if not (_named(left) and _named(right)) or who_or_where(names[0]) or who_or_where(names[1]):
            return None  # "한국과 일본", "새솔 작가·바다 시인": who, not what
        found.append((names[0], names[1]))
    return found[0] if len(found) == 1 else None


def headline_pair(title: str, morphs: Sequence[Morph] = ()) -> tuple[str, str] | None:
    """The two matters a headline joins (:func:`pair_in`), as written (``headline_pair("새솔시, 숲길
    정비하고 꽃축제 준비")`` → ("숲길 정비", "꽃축제 준비")); ``morphs``: the headline's, where it was read."""
    if not morphs:
        morphs = [Morph(t.form, t.tag, t.start, t.end) for t in get_kiwi().tokenize(title)]
    return pair_in(title, morphs)


def _clauses(sentence: Sentence) -> tuple[set[str], set[str]] | None:
    """The content nouns of the two clauses of a lead that joins two acts with its one "-고,"
    (or "-며,") before a clause with an object of its own; else ``None``. "새솔시는 숲길을
    정비하고, 꽃축제를 준비했다" → ({"숲길", "정비"}, {"축제", "준비"})."""
    morphs = sentence.morphs
    cuts = [
        k
        for k, m in enumerate(morphs[:-1])
        if m.tag == "EC" and m.form in COORDINATE_ENDINGS and morphs[k + 1].tag == "SP" and morphs[k + 1].form == ","
    ]
    if len(cuts) != 1 or not any(m.tag == "JKO" for m in morphs[cuts[0] :]):
        return None
    nouns = set(content_nouns(sentence))
    before, after = morphs[: cuts[0]], morphs[cuts[0] :]
    return {m.form for m in before if m.form in nouns}, {m.form for m in after if m.form in nouns}


def _nouns(text: str) -> set[str]:
    """Kiwi's nouns of two letters or more in ``text`` ("숲길 정비" → {"숲길", "정비"})."""
    return {t.form for t in get_kiwi().tokenize(text) if t.tag in ("NNG", "NNP", "SL") and len(t.form) >= 2}


def one_act(pair: Sequence[str], sentences: Sequence[Sentence]) -> bool:
    """True where one side of a headline's pair names only an act the article does to the other
    side's thing: all its nouns are written as verbs there ("…하다", "…되다"). "부서 이전·재배치"
    with "부서를 이전·재배치한다" is one move told in two words, not two matters; "숲길 정비·꽃축제
    준비" names a thing on each side."""
    acts = {w for s in sentences for w in acted(s)}
    return any((nouns := _nouns(side)) and nouns <= acts for side in pair)


def two_matters(title: str, lead: Sequence[Sentence], morphs: Sequence[Morph] = ()) -> Matters | None:
    """The two matters of a release whose headline joins two (:func:`headline_pair`), each with
    its words: its headline phrase's nouns and those of a lead (led by the office) that joins the
    same two, by its two clauses ("…을 열고, …을 맺었다") or else by two noun phrases ("A와 B";
    one that shares more words with them crosswise, or none, adds nothing). The
    headline's other words (the office, the place, "개최") and any word of both are no one's.
    "새솔시, 숲길 정비 및 꽃축제 준비" with the lead "새솔시는 바람언덕 숲길을 정비하고, 해바라기
    꽃축제를 준비했다" → words {"숲길", "정비", "바람", "언덕"} and {"축제", "준비", "해바라기"}."""
    pair = headline_pair(title, morphs)
    if pair is None:
        return None
    left, right = _nouns(pair[0]), _nouns(pair[1])
    frame = _nouns(title) - left - right
    joined: list[int] = []
    for sentence in lead:
        sides = _clauses(sentence)  # two acts first: "B와 협약을 맺었다" is with whom, not a second matter
        found = pair_in(sentence.text, sentence.morphs, sentence.start, lead=True) if sides is None else None
        sides = (_nouns(found[0]), _nouns(found[1])) if found else sides
        if sides is None or not _office_led(sentence):
            continue
        if len(sides[0] & left) + len(sides[1] & right) > len(sides[0] & right) + len(sides[1] & left):
            left, right = left | sides[0], right | sides[1]
            joined.append(sentence.index)
    both = left & right
    words = tuple(
        frozenset(w for w in side - both - frame if w not in GENERIC and not ACTOR.match(w)) for side in (left, right)
    )
    if not words[0] or not words[1]:
        return None
    return Matters(pair, (words[0], words[1]), tuple(joined))


def _office_led(sentence: Sentence) -> bool:
    """True for a lead that tells what an office did: its first noun is an office ("새솔시는 …";
    not "이번 행사는 …")."""
    word = sentence.text.split(" ", 1)[0].split("(", 1)[0]  # "새솔군(군수 한누리)은": 새솔군
    return bool(ACTOR.match(word) or ACTOR.match(word[:-1]))  # with its particle cut off


def claims(matters: Matters, said: set[str], df: Counter[str]) -> int | None:
    """Which matter (0 or 1) a paragraph that says the nouns ``said`` speaks of: the one whose
    words it says, by a weight that falls with the number of paragraphs ``df`` that say the word
    (a name said all over the release tells little), ``STRUCTURE.twin_margin`` times the other's;
    ``-1`` for both alike, ``None`` for neither. Of ("숲길 정비", "꽃축제 준비"), a paragraph that
    says 숲길 and no 축제 → 0; one that says both once → -1."""
    a, b = (fsum(1.0 / df[w] for w in said & words) for words in matters.words)
    if not a and not b:
        return None
    if a > b and a >= STRUCTURE.twin_margin * b:
        return 0
    if b > a and b >= STRUCTURE.twin_margin * a:
        return 1
    return -1


def matter_parts(doc: Document, roles: Sequence[str]) -> list[tuple[str, list[int]]] | None:
    """The two matters of a release told apart (:func:`two_matters`), each as its name and the
    indexes of its body sentences (``roles``), by paragraphs: one that speaks of neither or of
    both alike goes on with the one before (before the first one that speaks of one, it is the
    lead's). ``None`` where a matter has fewer than ``STRUCTURE.twin_min_paragraphs`` paragraphs
    of its own, where too many paragraphs speak of both (``STRUCTURE.twin_mixed_share``) or too
    few of either (``STRUCTURE.twin_claimed_share``), or where the two parts are not each carried
    by a noun of their own (:func:`~kosum.pipeline.cohesion.carried`). ``matter_parts(doc, roles)`` of "새솔시, 숲길
    정비 및 꽃축제 준비", …)`` → [("숲길 정비", [1, 2]), ("꽃축제 준비", [3, 4])]."""
    title, sentences = doc.title or "", doc.sentences
    matters = two_matters(title, sentences[:2], doc.title_morphs)
    if matters is None or one_act(matters.names, sentences):
        return None
    groups = [[sentences[i] for i in group] for group in paragraphs(sentences)]
    # the lead that joins both belongs to neither
    units = [[s for s in group if roles[s.index] == "body" and s.index not in matters.lead] for group in groups]
    units = [unit for unit in units if unit]
    said = [{w for s in unit for w in content_nouns(s)} for unit in units]
    df = Counter(w for nouns in said for w in nouns)
    keys = [claims(matters, nouns, df) for nouns in said]
    first = next((p for p, key in enumerate(keys) if key in (0, 1)), len(keys))
    clear = sum(key in (0, 1) for key in keys)
    if min(keys.count(0), keys.count(1)) < STRUCTURE.twin_min_paragraphs:
        return None  # a matter said in passing, not developed in paragraphs of its own
    mixed = sum(key == -1 for key in keys[first:])
    if mixed > STRUCTURE.twin_mixed_share * clear or clear < STRUCTURE.twin_claimed_share * len(keys[first:]):
        return None  # both told together, or most paragraphs about neither: one story
    parts: tuple[list[int], list[int]] = ([], [])
    current: int | None = None
    for unit, key in zip(units, keys, strict=True):
        current = key if key in (0, 1) else current
        if current is not None:
            parts[current].extend(s.index for s in unit)
    if carried([[sentences[i] for i in part] for part in parts]) < STRUCTURE.min_carried:
        return None  # "A·B 교실": one course told in steps
    found = [(matters.names[0], parts[0]), (matters.names[1], parts[1])]
    return sorted(found, key=lambda part: part[1][0])
