"""A single-topic card named by the matter, never by who acts or who is concerned alone (#19, "names
an editor keeps", panel 82).

A headline names the people and bodies of its news as well as the news: the laureates of a prize
("누리상, 가람, 한솔, 다온 교수 수상"), the two sides of a decision, the people a programme is for
("…, 홀몸 어르신 대상 ‘…’"). A card named by one of them, or by the two sides together ("새솔국과
한빛국"), names who, and its sentences report what: the prize, the decision, the programme. Such a name
(:func:`who_named`) gives way to the headline's phrase of the matter (:func:`matter_of`): the
headline's words without those of who, read as nouns, or the programme the headline writes after the
people it is for, whole as the article quotes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from .edges import bare_word
from .labels import names_where, names_who, reads_as_noun
from .nounword import noun_of
from .tuning import CARDS
from .vocab.common import QUOTE_MARKS
from .vocab.headlines import FIGURE_WORD, HEADLINE_CUT, HEADLINE_QUOTE, PERSON_TITLES, TARGET_WORDS
from .vocab.layout import ORDINAL_WORD

__all__ = ["matter_named", "matter_of", "who_named"]

_TITLE_STARTS = tuple(PERSON_TITLES)
_FOLLOW_CHARS = 40  # the text read after a word for the title that follows it (a title is a short word)


def _person(word: str, text: str) -> bool:
    """True for a word that ``text`` writes right before a person's title (:data:`PERSON_TITLES`: "다온
    교수는", "가람 씨가") and that the analyser reads there as one proper noun (not "축구" of "축구 선수")."""
    if not word:
        return False
    at = text.find(word)
    while at >= 0:
        before, end = text[at - 1] if at else " ", at + len(word)
        after = text[end : end + _FOLLOW_CHARS].split(maxsplit=1) if text[end : end + 1] == " " else []
        if not ("가" <= before <= "힣") and after:
            follow = after[0].rstrip(",.)")
            tokens = short_tokens(f"{word} {follow}") if _title(follow) else ()
            if tokens and tokens[0].tag == "NNP" and tokens[0].form == word:
                return True
        at = text.find(word, at + 1)
    return False


def _persons(title: str, text: str) -> set[str]:
    """The headline's words that name people: each one the article writes with a title
    (:func:`_person`), and every proper noun of a comma list that holds one ("가람, 한솔, 다온 교수")."""
    words = title.split()
    found = {bare_word(w) for w in words if _person(bare_word(w), text)}
    listed = [k for k, w in enumerate(words) if w.endswith((",", "，"))]
    items = {bare_word(words[k]) for k in listed} | {bare_word(words[k + 1]) for k in listed if k + 1 < len(words)}
    if len(items) >= 3 and found & items:
        found |= {w for w in items if len(short_tokens(w)) == 1 and short_tokens(w)[0].tag.startswith("NN")}
    return found


def _sides(name: str) -> list[str]:
    """The two proper nouns a name joins with "과"/"와" ("새솔국과 한빛국" → both), else none."""
    tokens = [t for t in short_tokens(name) if not t.tag.startswith("S")]
    if [t.tag for t in tokens] != ["NNP", "JC", "NNP"]:
        return []
    return [tokens[0].form, tokens[2].form]


def _concerned(name: str, title: str) -> int:
    """The index of the headline's word right after ``name`` where it is a word of whom an act is for
    (:data:`TARGET_WORDS`: "…홀몸 어르신 대상 …"), else -1."""
    words = title.split()
    size = len(name.split())
    for k in range(len(words) - size):
        if " ".join(bare_word(w) for w in words[k : k + size]) == name and words[k + size] in TARGET_WORDS:
            return k + size
    return -1


def _title(word: str) -> bool:
    """True for a person's title (:data:`PERSON_TITLES`), alone or with particles ("교수", "대통령이"; not
    "대표팀")."""
    if not word.startswith(_TITLE_STARTS):  # the analyser is asked only of a word that opens with a title
        return False
    tokens = [t for t in short_tokens(word) if not t.tag.startswith("S")]
    return bool(tokens) and tokens[0].form in PERSON_TITLES and all(t.tag.startswith("J") for t in tokens[1:])


def who_named(name: str, title: str, text: str) -> bool:
    """True for a name of who acts or who is concerned, not of the matter: a person the headline names
    (:func:`_persons`: "가람" of "누리상, 가람, 한솔 교수 수상"), with a title after it or none ("다온
    교수"), two sides joined ("새솔국과 한빛국"), or the people the headline says an act is for
    (:func:`_concerned`: "홀몸 어르신" of "… 홀몸 어르신 대상 …")."""
    if not name or not title:
        return False
    words = name.split()
    person = all(_title(w) for w in words[1:]) and words[0] in _persons(title, text)
    return person or bool(_sides(name)) or _concerned(name, title) >= 0


def _quoted(words: Sequence[str], text: str) -> str | None:
    """The name ``words`` open in quotation marks, whole as ``text`` quotes it where the headline cuts it
    ("‘따스한 봄맞.." → "따스한 봄맞이 나눔"), else ``None``."""
    opened = " ".join(words)
    if not opened or opened[0] not in QUOTE_MARKS:
        return None
    inner = HEADLINE_CUT.sub("", opened[1:])
    inner = next((inner[:k] for k, c in enumerate(inner) if c in QUOTE_MARKS), inner).strip()
    if len(inner) < 3:
        return None
    for match in HEADLINE_QUOTE.finditer(text):
        quoted = match.group()[1:-1].strip()
        if quoted.startswith(inner) and len(quoted) <= CARDS.topic_max_chars and reads_as_noun(quoted):
            return quoted
    return None


def _nouns(words: Sequence[str], text: str) -> str | None:
    """The noun phrase ``words`` write (:func:`~kosum.pipeline.nounword.noun_of`, an act's verb ending a
    noun too: "…결승에 진출한" → "… 결승 진출"), from the first noun to the first word that is none, cut
    from its front to ``CARDS.topic_max_chars`` (no figure nor place left at its front); ``None`` for
    fewer than two words or a phrase of who."""
    kept: list[str] = []
    for raw in words:
        noun = noun_of(bare_word(raw), acts=True, marks=True, contracted="cut")
        if noun:
            kept.append(noun)
        elif kept:
            break
    while len(kept) > 2 and len(" ".join(kept)) > CARDS.topic_max_chars:
        kept.pop(0)
    while len(kept) > 2 and (ORDINAL_WORD.match(kept[0]) or FIGURE_WORD.match(kept[0]) or names_where(kept[0], text)):
        kept.pop(0)
    phrase = " ".join(kept)
    if len(kept) < 2 or len(phrase) > CARDS.topic_max_chars or names_who(phrase, text) or not reads_as_noun(phrase):
        return None
    return phrase


def matter_of(name: str, title: str, text: str) -> str | None:
    """The headline's phrase of the matter in place of ``name``, a name of who (:func:`who_named`): the
    programme quoted after the people it is for (:func:`_quoted`), else the headline's nouns without the
    people, their titles, the sides and the words of where (:func:`_nouns`: "누리상, 가람, 한솔, 다온 교수
    수상" → "누리상 수상"); ``None`` where none is found."""
    words = title.split()
    target = _concerned(name, title)
    if target >= 0:
        return _quoted(words[target + 1 :], text)  # "대상" is a prize too ("… 합창단 대상 수상"): quoted only
    who = _persons(title, text) | set(_sides(name))
    kept: list[str] = []
    for k, raw in enumerate(words):
        word = bare_word(raw)
        titled = k > 0 and bare_word(words[k - 1]) in who and _title(word)  # "다온 교수", "다온 교수가"
        joined = any(word.startswith(side) and word != side for side in who)  # "새솔국에", "가람의"
        if word in who or titled or joined or names_where(word, text):
            continue
        kept.append(raw)
    return _nouns(kept, text)


def matter_named(name: str, title: str, text: str) -> str:
    """``name``, or the headline's phrase of the matter (:func:`matter_of`) where ``name`` names who acts
    or who is concerned (:func:`who_named`): ("누리상, 가람, 한솔, 다온 교수 수상", "가람") → "누리상 수상"."""
    if not who_named(name, title, text):
        return name
    return matter_of(name, title, text) or name
