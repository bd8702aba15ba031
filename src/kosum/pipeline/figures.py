"""A card named by what the article or its section is about, not by a headline's figure of speech or a
bare word (#19, "names an editor keeps").

A topic's name is a noun phrase of the article whose head is the event, programme, award or plan it
reports (:data:`~kosum.pipeline.vocab.headlines.TOPIC_HEADS`: "…축제", "…결의대회", "…문화상"). Two
kinds of name miss it:

- a headline's figure of speech (:func:`figure`): a phrase of "A의 B" or a pair "A, B" whose head is
  no such noun, or a phrase of how it felt ("광장 메운 주민들의 함성", "노을의 설렘, 아침의 다짐", "흥겨운 열기
  속 폐막"). It gives way to the first phrase with
  such a head (:func:`event_phrase`) that the headline, the subtitle or the opening sentences write,
  in that order ("…공청회 및 결의대회", "노을·일출 축제");
- one word of a bare head ("문화상") where the article writes its fuller phrase ("가람시 문화상") again
  and again (:func:`fuller`).

A name the headline writes in single quotation marks is a title (of a show, an exhibition), never a
figure: it stays. A section's name with no such head takes the event its own heading writes
(:func:`section_name`), unless the heading names a policy area ("청년 부문…").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .events import all_nouns, word_morphs
from .labels import names_where, reads_as_noun, who_or_where
from .tuning import CARDS
from .vocab.bullets import JOINING_WORDS
from .vocab.headlines import FIGURE_NOUNS, FIGURE_WORD, GENITIVE, PHRASE_QUOTES, TOPIC_HEADS, WORD_CLOSERS, WORD_COMMAS
from .vocab.layout import LABELLED, ORDINAL_WORD, WHEN

__all__ = ["event_phrase", "figure", "fuller", "headed", "section_name", "with_topic_head", "word_event"]

#: Marks around a word: quotes, closing marks, commas, a list's dash.
_MARKS = PHRASE_QUOTES + WORD_CLOSERS + WORD_COMMAS + "-"
#: Marks that open a heading line before its words ("■ ", "○ ", "1. ").
_MARKERS = " \t■□●○◆◇▶▷-–*·0123456789."
#: Marks that join the parts of one word ("노을·일출").
_WORD_JOINS = "·"
#: Single quotation marks: what a headline writes between them is a title, not a figure of speech.
_TITLE_MARKS = (("'", "'"), ("‘", "’"))


def headed(word: str) -> bool:
    """True for a word whose noun is a topic's head (:data:`TOPIC_HEADS`: "결의대회", "축제,")."""
    return word.rstrip(WORD_CLOSERS + WORD_COMMAS).endswith(TOPIC_HEADS)


def _core(word: str) -> str | None:
    """``word`` without its marks and the particles that close it, where the rest is all nouns
    ("결의대회를" → "결의대회", "행사’를" → "행사"); ``None`` for a word of a verb or an adverb."""
    bare = word.strip(_MARKS)
    morphs = word_morphs(bare)
    while morphs and morphs[-1][1].startswith("J") and bare.endswith(morphs[-1][0]):
        bare = bare[: len(bare) - len(morphs[-1][0])].rstrip(_MARKS)
        morphs.pop()
    letters = all(c.isalnum() or c in _WORD_JOINS for c in bare)  # "[문화/행사]": a tag, no word
    return bare if bare and letters and all_nouns(morphs) else None


def _titled(name: str, title: str) -> bool:
    """True where ``title`` writes ``name`` inside single quotation marks (a show's, an exhibition's title)."""
    return any(
        f"{a}{name}" in title or (a in title and name in title.split(a, 1)[1].split(b, 1)[0]) for a, b in _TITLE_MARKS
    )


def figure(name: str, title: str, text: str = "") -> bool:
    """True for a name of two words or more that is a figure of speech: a word before its last closes
    with the genitive, its last word is no topic's head (:func:`headed`) and is a noun of a feeling, a
    sound or a time of day (:data:`FIGURE_NOUNS`: "주민들의 함성"), or a word ``text`` writes only inside
    the name, or the name is a pair joined by a comma ("노을의 설렘, 아침의 다짐"); or a word before its last
    is such a noun ("흥겨운 열기 속 폐막": how it felt, not what); not a title ``title`` quotes in single marks."""
    words = name.split()
    if len(words) < 2 or headed(words[-1]) or _titled(name, title):
        return False
    head = words[-1].rstrip(_MARKS)
    genitive = any((m := word_morphs(w)) and m[-1] == (GENITIVE, "JKG") for w in words[:-1])
    paired = any(w.endswith(tuple(WORD_COMMAS)) for w in words[:-1])
    alone = head in FIGURE_NOUNS or text.count(head) <= text.count(name)  # the head says nothing elsewhere
    felt = any(w in FIGURE_NOUNS for w in words[:-1])  # "흥겨운 열기 속 폐막": how it felt, not what
    return felt or (genitive and (paired or alone))


def _quoted_run(words: Sequence[str], k: int, core: str) -> list[str] | None:
    """The words of the quoted name that closes with the head ``core`` of ``words[k]`` ("‘새솔 갯벌
    축제’를" → the quoted name's words), where ``words[k]`` closes a quotation opened before it."""
    if (
        not any(c in words[k].rstrip(_MARKS) or words[k].endswith(c) for c in PHRASE_QUOTES)
        or words[k][0] in PHRASE_QUOTES
    ):
        return None
    for j in range(k - 1, -1, -1):
        if words[j][0] in PHRASE_QUOTES:
            return [words[j][1:], *words[j + 1 : k], core]
        if any(c in words[j] for c in PHRASE_QUOTES):
            return None
    return None


def _noun_run(words: Sequence[str], k: int, core: str) -> list[str]:
    """The head ``core`` of ``words[k]`` with the bare nouns written before it (two items joined by "및" too)."""
    kept = [core]
    for before in reversed(words[:k]):
        if len(before) > 2 and before[0] in PHRASE_QUOTES and before[-1] in PHRASE_QUOTES:  # "‘공굴리기’ 대회"
            kept.insert(0, before[1:-1])
            break
        joining = before in JOINING_WORDS and kept[0] not in JOINING_WORDS  # "A 및 B"
        if not (joining or (_core(before) == before and not before.endswith(tuple(WORD_COMMAS)))):
            break
        kept.insert(0, before)
    return kept


def event_phrase(line: str, text: str) -> str | None:
    """The first noun phrase of ``line`` headed by a topic's noun (:func:`headed`): the head without its
    particle and the bare nouns written before it (two items joined by "및" too), without the office, the
    place, the edition and the words of time that lead it, cut from the front to ``CARDS.topic_max_chars``
    ("- 누리회, 갯벌 매립을 막기 위한 공청회 및 결의대회 열어" → "공청회 및 결의대회"); ``None`` where none
    is two words or a compound longer than its head, or ``text`` does not write it."""
    words = line.split()
    for k, word in enumerate(words):
        if not any(head in word for head in TOPIC_HEADS):  # no head in it: no need to read it with Kiwi
            continue
        closing = next((i for i, c in enumerate(word) if c in PHRASE_QUOTES and i), 0)  # "…한마당’을"
        core = word[:closing] if closing else _core(word)  # the quote closes the name: no particle to read
        if core is None or not headed(core):
            continue
        kept = _quoted_run(words, k, core) or _noun_run(words, k, core)
        while (
            kept
            and (
                kept[0] in JOINING_WORDS
                or ORDINAL_WORD.match(kept[0])
                or FIGURE_WORD.match(kept[0])
                or kept[0] in WHEN
                or who_or_where(kept[0])
                or names_where(kept[0], text)
            )
            and len(kept) > 1
        ):
            kept.pop(0)
        while len(kept) > 1 and len(" ".join(kept)) > CARDS.topic_max_chars:
            kept.pop(0)
            while len(kept) > 1 and kept[0] in JOINING_WORDS:
                kept.pop(0)
        phrase = " ".join(kept)
        bare = len(kept) == 1 and core in TOPIC_HEADS  # "축제" alone says nothing of which
        if bare or len(phrase) > CARDS.topic_max_chars or phrase not in text or not reads_as_noun(phrase):
            continue
        return phrase
    return None


def fuller(name: str, text: str) -> str:
    """A one-word ``name`` headed by a topic's noun as the phrase ``text`` writes it in most often: a bare
    noun word before it ("문화상" → "가람시 문화상"), or another item joined by "및" ("결의대회" → "공청회 및
    결의대회"), where that phrase is written twice at least; ``name`` itself otherwise."""
    if " " in name or not headed(name):
        return name
    words = text.split()
    found: Counter[str] = Counter()
    for k, word in enumerate(words):
        if k == 0 or name not in word or _core(word) != name:  # the word test first: _core reads it with Kiwi
            continue
        before = words[k - 1]
        joined = before in JOINING_WORDS and k >= 2 and _bare_noun(words[k - 2])  # "공청회 및 결의대회"
        if joined:
            found[f"{words[k - 2]} {before} {name}"] += 1
        elif _bare_noun(before):
            found[f"{before} {name}"] += 1
    if not found:
        return name
    best, count = found.most_common(1)[0]
    return best if count >= 2 and len(best) <= CARDS.topic_max_chars else name


def _bare_noun(word: str) -> bool:
    """True for a word of nouns alone, no particle, mark or comma, that is no edition, figure or time word."""
    if _core(word) != word or word.endswith(tuple(WORD_COMMAS)):
        return False
    return not (ORDINAL_WORD.match(word) or FIGURE_WORD.match(word) or word in WHEN)


def section_name(name: str, heading: str, opening: str, text: str) -> str:
    """A section's ``name`` as a topic's name: where its last word is no topic's head (:func:`headed`) and
    its ``heading`` writes an event's phrase (:func:`event_phrase`), that phrase ("…함께한 무대 ‘새솔 어린이
    그림 공모전’ 성황" with the name "함께한 무대" → "새솔 어린이 그림 공모전"): the heading says
    what the section reports; else :func:`with_topic_head` of the heading and the section's ``opening``
    sentence."""
    words = name.split()
    area = LABELLED.match(heading.lstrip(_MARKERS))  # "청년 부문…플랫폼 사업": the name is the area, kept
    found = event_phrase(heading, text) if words and heading and not area and not headed(words[-1]) else None
    return found or with_topic_head(name, heading, [opening], text)


def with_topic_head(name: str, title: str, lines: Sequence[str], text: str) -> str:
    """``name``, or where it is a headline's :func:`figure`, the first :func:`event_phrase` of ``title``
    and then of ``lines`` (the subtitle's, the opening sentences), or where it is one bare word, its
    :func:`fuller` phrase; ``name`` itself where none is found."""
    if not figure(name, title, text):
        return fuller(name, text)
    for line in (title, *lines):
        found = event_phrase(line, text)
        if found:
            return found
    return name


def word_event(name: str, title: str, lines: Sequence[str], text: str) -> str:
    """A single card's one-word ``name`` of no topic's head as the first event's phrase of ``title`` and then of
    ``lines`` that the word belongs to ("해넘이" → "해넘이·해맞이 축제"); ``name`` itself otherwise."""
    if " " in name or headed(name):
        return name
    phrases = (event_phrase(line, text) for line in (title, *lines) if name in line)
    return next((p for p in phrases if p and name in p.replace(_WORD_JOINS, " ").split()), name)
