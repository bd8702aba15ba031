"""Topic shifts in articles without headings, lists or sequence words, by lexical cohesion.

A press release that reports several matters one after the other often marks none of them: each
paragraph (or run of paragraphs) just speaks of its own thing. A paragraph that shares distinctive
nouns with the part before it goes on with that part; one that shares none opens a new part.
Nouns said all over the article (the office, the programme's name) tell nothing about a shift
and are left out; cue words decide first ("한편, …" opens, "특히 …", "이를 통해 …" go on), and so does
a paragraph that points back to the one before ("이는 …", "이 제도는 …"): its background or result."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from math import fsum

from ..types import Sentence
from .labels import content_nouns, noun_phrases, who_or_where
from .memo import per_sentence
from .normalize import letters
from .tuning import STRUCTURE
from .vocab.layout import ACTOR, ADD_ON, ALSO_PARTICLES, GO_ON, LATER, NEW_TOPIC, POINTS_BACK, TOPIC_JX_PARTICLES

__all__ = [
    "Part",
    "acted",
    "after_last_item",
    "aligned",
    "carried",
    "cohesive_parts",
    "later_topics",
    "linked",
    "named_parts",
    "paragraphs",
    "same_topics",
    "stray_parts",
]


def paragraphs(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Indexes of the sentences of each paragraph, in order."""
    groups: list[list[int]] = []
    previous: Sentence | None = None
    for s in sentences:
        if previous is not None and previous.paragraph == s.paragraph:
            groups[-1].append(s.index)
        else:
            groups.append([s.index])
        previous = s
    return groups


def _topic(sentence: Sentence) -> tuple[str, set[str]]:
    """What a sentence is about: its first noun phrase marked as the topic or the subject
    (은/는/도, 이/가), as written and with its content nouns; ``("", set())`` where that phrase
    names an office, a person or a place (who acts: "군은 …", "김솔 회장은 …") or nothing."""
    content = set(content_nouns(sentence))
    marker = next((m for m in sentence.morphs if _marks_subject(m.tag, m.form)), None)
    if marker is None:
        return "", set()
    before = sentence.text[: marker.start - sentence.start].rstrip(" '\"")
    for text, forms, case in noun_phrases(sentence):
        if case in ("JX", "JKS") and before.endswith(text):  # the first subject, whatever it is
            found = {f for f in forms if f in content}
            if who_or_where(text) or not found:  # "해남군은 …", "김솔 회장은 …": who acts, not what about
                return "", set()
            return (text if len(text.replace(" ", "")) >= STRUCTURE.min_topic else ""), found
    return "", set()  # a subject of one letter ("군은 …")


def _marks_subject(tag: str, form: str) -> bool:
    """True for a particle that marks a subject or a topic ("행사는", "행사가", "행사도"); "부터",
    "까지", "만" (also read JX) add a limit or a time, they state no topic ("오전부터 …").

    >>> _marks_subject("JX", "까지")
    False
    """
    return tag == "JKS" or (tag == "JX" and form in TOPIC_JX_PARTICLES)


def _also(sentence: Sentence) -> bool:
    """True where the topic of ``sentence`` is marked "too" ("항만 준설도 …"): the next
    matter of a kind, which opens a part of its own where the part before does not speak of it."""
    marker = next((m for m in sentence.morphs if _marks_subject(m.tag, m.form)), None)
    return marker is not None and marker.form in ALSO_PARTICLES


@per_sentence
def _thing_nouns(sentence: Sentence) -> set[str]:
    """Content nouns of ``sentence`` that name things, not actions: a noun made a verb by
    하다/되다 right after it ("잇는", "추진된") says what happens, not what it is about;
    an office ("바다군은") says who acts."""
    actors = {f for text, forms, _ in noun_phrases(sentence) if ACTOR.match(text) for f in forms}
    return set(content_nouns(sentence)) - acted(sentence) - actors


def acted(sentence: Sentence) -> set[str]:
    """The nouns ``sentence`` makes verbs by 하다/되다 (or adjectives) written right after them:
    what happens, not what it is about. "부서를 이전한다" → {"이전"}."""
    morphs = sentence.morphs
    return {m.form for m, after in pairwise(morphs) if after.tag in ("XSV", "XSA") and after.start == m.end}


def carried(parts: Sequence[Sequence[Sentence]]) -> int:
    """How many of ``parts`` (each as its sentences) are carried by a noun of their own: one that
    names a thing (not an action nor an office), said in ``STRUCTURE.carried_sentences`` or more
    of the part's sentences and in no other part ("에듀센터" in a part about a new centre, and
    nowhere else). A part about its own matter repeats that matter's name; one that only goes on
    with the same event ("행사에는 …", "이어 …") shares its nouns with the others."""
    counts = [Counter(w for s in part for w in _thing_nouns(s)) for part in parts]
    found = 0
    for k, count in enumerate(counts):
        others = {w for j, other in enumerate(counts) if j != k for w in other}
        found += any(n >= STRUCTURE.carried_sentences and w not in others for w, n in count.items())
    return found


def linked(units: Sequence[Sequence[Sentence]], k: int, part: Sequence[int]) -> bool:
    """True when unit ``k`` goes on with the units ``part`` by the rules of :func:`cohesive_parts`
    (a shared topic, or enough shared distinctive nouns)."""
    nouns = [{w for s in unit for w in _thing_nouns(s)} for unit in units]
    df = Counter(w for unit in nouns for w in unit)
    common = max(2.0, STRUCTURE.spread * len(units))
    current = {w for j in part for w in nouns[j]}
    topic = {w for w in _topic(units[k][0])[1] if df[w] <= common}
    link = fsum(2.0 / df[w] for w in nouns[k] & current if df[w] <= common)
    return bool(topic & current) or link >= (2 * STRUCTURE.min_link if topic else STRUCTURE.min_link)


@dataclass(frozen=True)
class Part:
    """A run of units about one thing: their positions, and the topic phrase of its opening
    sentence ("해안도로 정비공사") when that names it, else ``""``."""

    units: tuple[int, ...]
    topic: str = ""


def cohesive_parts(units: Sequence[Sequence[Sentence]]) -> list[Part]:
    """Runs of consecutive ``units`` (paragraphs, as their sentences) that speak of one thing.

    A unit whose opening sentence is about something new (its topic noun phrase, "X는 …", is
    not in the part before it nor all over the article) opens a part; one about what the part
    is about goes on with it; otherwise a unit that shares too little with the part before it
    opens a new one: the weight of a shared noun falls with the number of units that use it. A unit
    that opens with a cue to go on ("특히 …") or points back ("이는 …", "이 제도는 …") goes on."""
    nouns = [{w for s in unit for w in _thing_nouns(s)} for unit in units]
    df = Counter(w for unit in nouns for w in unit)
    common = max(2.0, STRUCTURE.spread * len(units))

    def weight(w: str) -> float:
        return 0.0 if df[w] > common else 2.0 / df[w]

    parts: list[tuple[list[int], str]] = []
    current: set[str] = set()
    for k, unit in enumerate(units):
        text = unit[0].text
        phrase, topic = _topic(unit[0])
        topic = {w for w in topic if df[w] <= common}
        if parts and not NEW_TOPIC.match(text) and not ADD_ON.match(text):
            link = fsum(weight(w) for w in nouns[k] & current)
            # a sentence about something new needs more shared words to go on with the part
            same = bool(topic & current) or link >= (2 * STRUCTURE.min_link if topic else STRUCTURE.min_link)
            if topic and not topic & current and _also(unit[0]):  # "B도 …" after a part about A
                same = False
            if GO_ON.match(text) or LATER.match(text) or POINTS_BACK.match(text) or same:
                parts[-1][0].append(k)
                current |= nouns[k]
                continue
        parts.append(([k], phrase if topic else ""))
        current = set(nouns[k])
    return [Part(tuple(positions), phrase) for positions, phrase in parts]


def _office_subject(sentence: Sentence) -> bool:
    """True where the subject or topic of ``sentence`` is an office ("정부는 …", "누리군은 …")."""
    for text, _, case in noun_phrases(sentence):
        if case in ("JX", "JKS"):
            return bool(ACTOR.match(text))
    return False


def stray_parts(units: Sequence[Sequence[Sentence]], parts: Sequence[Part]) -> list[Part]:
    """``parts`` where a part of one unit that states no topic of its own, opens with no cue and
    has no office as its subject ("공사비 40억 원은 …에서 나온다") goes on with the part before:
    a lone paragraph that names nothing new is the next step of that part's matter."""
    out: list[Part] = []
    for part in parts:
        opening = units[part.units[0]][0]
        cued = NEW_TOPIC.match(opening.text) or ADD_ON.match(opening.text) or _office_subject(opening)
        if out and len(part.units) == 1 and not part.topic and not cued:
            out[-1] = Part((*out[-1].units, *part.units), out[-1].topic)
        else:
            out.append(part)
    return out


def later_topics(units: Sequence[Sequence[Sentence]], parts: Sequence[Part]) -> list[Part]:
    """``parts`` where a part whose opening sentence names no topic ("누리군은 …", "특히 …") is
    named by the first topic a later paragraph of it states ("새 자전거길은 …"): the part goes on
    about that matter, and its own words name it better than its most frequent noun. Then parts
    named alike are one (:func:`same_topics`)."""
    out: list[Part] = []
    for part in parts:
        later = (_topic(units[k][0])[0] for k in part.units[1:]) if not part.topic else iter(())
        phrase = next((p for p in later if p), "")
        out.append(Part(part.units, phrase) if phrase else part)
    return same_topics(out)


def same_topics(parts: Sequence[Part]) -> list[Part]:
    """``parts`` where a part that opens on the topic of the part just before it goes on with that
    part: two runs about one matter, told apart only by a paragraph between them, are one part. A
    topic written short ("운영위", the first letters of "운영위원회") is the same topic.

    >>> same_topics([Part((0, 1), "운영위원회"), Part((2,), "운영위")])
    [Part(units=(0, 1, 2), topic='운영위원회')]
    """
    out: list[Part] = []
    for part in parts:
        short, long = sorted((letters(part.topic), letters(out[-1].topic)) if out else ("", ""), key=len)
        if short and long.startswith(short):
            out[-1] = Part((*out[-1].units, *part.units), out[-1].topic)
        else:
            out.append(part)
    return out


def named_parts(units: Sequence[Sequence[Sentence]], parts: Sequence[Part]) -> list[Part]:
    """``parts`` of prose, each after the first named by its topic: where the paragraphs hold
    ``STRUCTURE.prose_sentences`` sentences or more on average, a part whose opening sentence
    states no topic of its own (no subject noun phrase, "새 청사 건립은 …") goes on with the part
    before. Each paragraph of a story or an opinion piece brings its own nouns ("4월에는 …이 발견돼
    논란이 일었다", "이런 일은 …"); only a named subject tells a new topic from the story's next
    step. Where each paragraph is a sentence or two, as in a release, ``parts`` stay as they are."""
    if sum(len(unit) for unit in units) < STRUCTURE.prose_sentences * len(units):
        return list(parts)
    out: list[Part] = []
    for part in parts:
        if out and not part.topic:
            out[-1] = Part((*out[-1].units, *part.units), out[-1].topic)
        else:
            out.append(part)
    return out


def aligned(
    scores: Sequence[Sequence[float]], stay: Sequence[bool], named: Sequence[int | None] | None = None
) -> list[int]:
    """The item of each paragraph, in the list's order, that best fits ``scores[p][k]``; a
    paragraph with ``stay`` keeps its predecessor's item. The order goes back only to the item
    ``named[p]``, the one a paragraph's opening subject names ("A센터는 …" after B's paragraphs)."""
    n_items = len(scores[0])
    named = named or [None] * len(scores)
    best: list[list[float]] = []
    back: list[list[int]] = []
    for p, row in enumerate(scores):
        if p == 0:
            best.append(list(row))
            back.append(list(range(n_items)))
            continue
        prev = best[-1]
        cur, arg = [], []
        for k in range(n_items):
            options = [k] if stay[p] else range(n_items if named[p] == k else k + 1)
            j = max(options, key=lambda j: (prev[j] - (STRUCTURE.step if j != k else 0.0), -j))
            cur.append(prev[j] - (STRUCTURE.step if j != k else 0.0) + row[k])
            arg.append(j)
        best.append(cur)
        back.append(arg)
    k = max(range(n_items), key=lambda k: (best[-1][k], -k))
    out = [k]
    for p in range(len(scores) - 1, 0, -1):
        k = back[p][k]
        out.append(k)
    return out[::-1]


def after_last_item(
    keys: list[int], scores: Sequence[Sequence[float]], units: Sequence[Sequence[Sentence]], n: int
) -> list[int]:
    """``keys`` where a paragraph after the last item's own that speaks of no item nor of what
    the paragraphs before it speak of ("이번 공모의 수행대학은 …") opens a part of its own with
    those after it: what comes after the list."""
    last = n - 1
    start = next((p for p, key in enumerate(keys) if key == last), None)
    if start is None:
        return keys
    for p in range(start + 1, len(keys)):
        text = units[p][0].text
        about_none = max(scores[p]) < 1 and not GO_ON.match(text) and not LATER.match(text)
        if about_none and not linked(units, p, range(start, p)):
            return [*keys[:p], *([n + p] * (len(keys) - p))]
    return keys
