"""A single-topic card named by the gift its headline reports: the thing given and the act of giving.

A short release of a gift often has a headline whose noun phrase names no topic: the giver's name and
post before its comma, the place given to, an amount, the act written on with a particle of means
("…, 백미 기부로 .."), a cut headline, or the gift itself written before the comma ("잇따르는 장학금
기부, 배움의 길에 힘 보태"). The headline still writes what was given and the act of giving
(:data:`~kosum.pipeline.vocab.headlines.GIFT_ACTS`), and that is the news an editor names the card by:
"백미 기탁", "장학금 기부". The thing is the run of nouns written right before the act, the figures
and amounts between them left out ("쌀 40포 기부" → "쌀 기부"), a compound the article does not
write as one word by its head noun ("한빛장학금" → "장학금", of ``CARDS.gift_head_min_chars`` letters at
least); no thing (an amount alone, "150만 원 기탁"), a thing that names who or where, or one the
article does not write, names nothing.
"""

from __future__ import annotations

from .._kiwi import headline_tokens
from .labels import names_where, names_who, who_or_where
from .tuning import CARDS
from .vocab.headlines import AMOUNT_WORDS, FIGURE_WORD, GIFT_ACTS, HEADLINE_NOTE, HEADLINE_WORD
from .vocab.layout import WHEN

__all__ = ["gift_name"]

#: Tags of a word's morphemes that keep it a noun of the thing given ("백미", "사랑의 쌀": "의" too).
_THING = ("NNG", "NNP", "SL", "SH", "SN", "XSN", "XPN", "JKG")


def _act(word: str) -> str | None:
    """The act of giving ``word`` writes as its first noun, alone or with a particle or a verb's ending
    after it ("기탁", "기부로", "기탁받아" → "기탁"; "기부자", "기부금": another noun, ``None``)."""
    tokens = headline_tokens(word)
    if not tokens or tokens[0].tag != "NNG" or tokens[0].form not in GIFT_ACTS or not word.startswith(tokens[0].form):
        return None
    rest = tokens[1:]
    return None if rest and rest[0].tag.startswith(("NN", "XSN")) else tokens[0].form


def _thing(word: str, head: bool) -> bool:
    """True for a headline word that is a noun alone, no particle or ending on it ("백미", "한빛장학금"),
    or, not the ``head`` of the thing, a verb's noun form that opens with a noun ("이웃돕기 성금")."""
    tokens = headline_tokens(word)
    if not tokens or not tokens[0].tag.startswith("NN"):
        return False
    if not head and tokens[-1].tag == "ETN":  # "이웃돕기": 이웃 + 돕 + 기
        return True
    return all(t.tag.startswith(_THING) for t in tokens) and tokens[-1].tag.startswith("NN")


def gift_name(title: str, text: str) -> str | None:
    """The thing the headline ``title`` gives and its act of giving, as a card's name ("새솔상회, 바다동에
    백미 20포 기탁" → "백미 기탁"; "잇따르는 장학금 기부, 배움의 길에 힘 보태(복지과)" → "장학금 기부");
    ``None`` where the headline writes no act of giving after a thing that ``text`` writes and that names
    no who or where ("…, 한빛재단에 70만 원 기탁": an amount alone)."""
    line = title.split("\n", 1)[0]
    note = HEADLINE_NOTE.search(line)
    line = line[: note.start()] if note else line
    words = list(HEADLINE_WORD.finditer(line))
    for k, m in enumerate(words):
        act = _act(m.group())
        if act is None:
            continue
        thing: list[str] = []
        end = m.start()
        for before in reversed(words[:k]):
            if not line[before.end() : end].isspace():  # a mark between them: another phrase
                break
            word = before.group()
            end = before.start()
            if not thing and (FIGURE_WORD.match(word) or word in AMOUNT_WORDS):  # "쌀 40포 기부": how much
                continue
            if not _thing(word, not thing) or word in WHEN or names_where(word, text):
                break
            thing.insert(0, word)
        if thing and thing[-1] not in text:  # "한빛장학금" the article writes as "장학금": its head noun
            head = headline_tokens(thing[-1])[-1].form
            thing = [head] if len(head) >= CARDS.gift_head_min_chars else []
        name = " ".join(thing)
        if not thing or who_or_where(name) or names_who(thing[-1], text) or thing[-1] not in text:
            continue
        if len(name) + len(act) + 1 > CARDS.topic_max_chars:
            continue
        return f"{name} {act}"
    return None
