"""The lead's act and its object: the name of a single-topic card whose headline names no topic.

Where the headline gives no phrase to name the card (a slogan, a cut headline, a donor's name), the
lead sentence says what was done: its closing act and the object it acts on ("새솔면 봉사회는 …
홀몸 어르신께 쌀 20포대(50만 원 상당)를 기부했다" → "쌀 기부"). The object is the run of nouns written
right before the object particle, without its figures, amounts, bracketed note and the words of
who or where that lead it, and the act's noun after it, as a headline writes it ("장학금 기탁"). Only
an act of giving (:data:`~kosum.pipeline.vocab.headlines.GIFT_ACTS`, ``SUPPLY_ACTS``) names so: its
object is the topic; another act's object ("…을 열었다", "…을 공유했다") is as often a passing matter
as the news, and the body's key phrase names the card better there. A lead that announces its act
("…물품을 기부했다고 밝혔다") is closed by the act it reports.
An object that a verb before the act governs ("…을 위한", "…를 통해") is that verb's, not the act's.
"""

from __future__ import annotations

from .._kiwi import short_tokens
from ..types import Sentence
from .labels import inside_word, names_where, names_who, reads_as_noun, who_or_where
from .tuning import CARDS
from .vocab.common import WORD
from .vocab.headlines import AMOUNT_LEADS, AMOUNT_WORDS, FIGURE_WORD, GIFT_ACTS, PAIR_DOTS, SUPPLY_ACTS
from .vocab.layout import GENERIC, ORDINAL_WORD, WHEN
from .vocab.voice import ANNOUNCE_STEMS, REPORT_ENDINGS

__all__ = ["lead_object"]

#: Tags of a word's morphemes that keep it a noun of the object's phrase (a verb's noun form too: "이웃돕기").
_NOMINAL = ("NN", "SN", "SL", "SH", "XSN", "XPN", "ETN", "NR")
#: Tags of a verb's morphemes: a word with one (and an ending) governs the object before it.
_VERBAL = ("VV", "VA", "XSV", "XSA")


def _spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word of ``text`` (runs without a space)."""
    return [m.span() for m in WORD.finditer(text)]


def _tags(text: str) -> list[tuple[str, str]]:
    """The (form, tag) of the morphemes of one word ``text``, punctuation left out."""
    return [(t.form, t.tag) for t in short_tokens(text) if not t.tag.startswith("S") or t.tag in ("SN", "SL", "SH")]


def _verbal(word: str) -> bool:
    """True for a word that is a verb's form, an act or a verb that governs the words before it ("통해", "기부했다")."""
    tags = _tags(word)
    return any(tag.startswith(_VERBAL) for _f, tag in tags) and bool(tags) and tags[-1][1].startswith("E")


def _act(word: str, reported: bool = False) -> str | None:
    """The noun of the act of a lead's closing word ("기부했다" → "기부"), or of the act it reports
    where ``reported`` ("기부했다고" of "…기부했다고 밝혔다"), "" for a verb without one ("열었다"),
    ``None`` for a word that is no closing act."""
    tags = _tags(word)
    if not tags:
        return None
    closes = tags[-1][1] == "EC" and tags[-1][0] in REPORT_ENDINGS if reported else tags[-1][1] == "EF"
    if not closes or not _verbal(word):
        return None
    if len(tags) >= 2 and tags[0][1] == "NNG" and tags[1][1] == "XSV":
        return tags[0][0]
    return ""


def _announces(word: str) -> bool:
    """True for a closing word that announces the act reported before it (``ANNOUNCE_STEMS``: "밝혔다",
    "전했다"; not "말했다")."""
    tags = _tags(word)
    return bool(tags) and tags[0][1] == "VV" and tags[0][0] in ANNOUNCE_STEMS and tags[-1][1] == "EF"


def _object_words(before: str) -> list[str]:
    """The run of noun words that closes ``before`` (the lead up to its object particle), without a
    bracketed note that closes it ("쌀 40포대(약 120만원 상당)" → ["쌀", "40포대"])."""
    text = before.rstrip()
    if text.endswith(")") and "(" in text:
        text = text[: text.rfind("(")].rstrip()
    words: list[str] = []
    for start, end in reversed(_spans(text)):
        word = text[start:end]
        tags = _tags(word)
        noun_form = tags[-1][1] == "ETN" and tags[0][1].startswith("NN") if tags else False  # "이웃돕기"
        nominal = noun_form or all(tag.startswith(_NOMINAL) for _f, tag in tags)
        if not tags or not nominal or not all(c.isalnum() or c in PAIR_DOTS for c in word):  # "‘…장터’": a quote's edge
            break
        words.insert(0, word)
    return words


def _trimmed(words: list[str], text: str) -> str:
    """``words`` without figures and amounts ("총 2천만 원" → ""), and without the words of time, order, who
    or where that lead them."""
    kept = [w for w in words if not FIGURE_WORD.match(w) and w not in AMOUNT_WORDS | AMOUNT_LEADS]
    while kept and (kept[0] in WHEN or ORDINAL_WORD.match(kept[0]) or names_where(kept[0], text)):
        kept.pop(0)
    return " ".join(kept)


def lead_object(lead: Sentence, text: str) -> str | None:
    """The object of the ``lead``'s closing act of giving, with the act's noun ("…에 장학금 300만 원을
    기탁했다" → "장학금 기탁"); ``None`` where the lead closes with no act of giving on an object ("…헌혈
    행사를 열었다"), or the object names who or where ("홀몸 어르신"), or no topic."""
    spans = _spans(lead.text)
    reported = len(spans) >= 3 and _announces(lead.text[slice(*spans[-1])])
    spans = spans[:-1] if reported else spans  # "…기부했다고 밝혔다": the act the frame reports closes it
    if len(spans) < 2:
        return None
    closing = lead.text[slice(*spans[-1])]
    if not any(giving in closing for giving in GIFT_ACTS | SUPPLY_ACTS):
        return None  # no act of giving to name it: no need to read the lead's words with Kiwi
    act = _act(closing, reported)
    if act not in GIFT_ACTS | SUPPLY_ACTS:
        return None
    governed = False  # a verb between the object and the act ("…를 통해"): the object before it is its own
    for k in range(len(spans) - 2, -1, -1):
        word = lead.text[slice(*spans[k])]
        if _verbal(word):
            governed = True
            continue
        tokens = short_tokens(word)
        if not tokens or tokens[-1].tag != "JKO":
            continue
        if governed:
            governed = False
            continue
        words = _object_words(lead.text[: spans[k][0] + tokens[-1].start])
        phrase = _trimmed(words, text)
        counted = len(phrase.split()) < len(words)  # "쌀 50포대": a thing counted, one letter will do
        if not phrase or len(phrase) > CARDS.topic_max_chars or phrase in GENERIC:
            return None
        head = phrase.split()[-1]  # "홀몸 어르신": the object's head names who
        if who_or_where(phrase) or names_who(head, text) or inside_word(lead.text, phrase.split()[0]):
            return None
        if not reads_as_noun(phrase) or (" " not in phrase and len(phrase) < 2 - counted):
            return None
        return f"{phrase} {act}"
    return None
