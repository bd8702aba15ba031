"""The headline's own noun run: the name of a one-card article whose headline gives no topic phrase otherwise.

Where the headline's topic phrase is not found (:func:`~kosum.pipeline.topic.headline_topic`: a headline
cut short, a question, the subject before a comma, an act written as a verb) and the lead gives none, a
card was named by the body's key noun phrase: as often a word in passing ("돌계단" of a shrine made a
heritage) as the news. Where the headline does not write that phrase, the headline still writes its news
as a run of nouns that holds an act ("…, 법원의 판단은?" → "법원의 판단"; "…, 도지사상 수상 등 결실 맺어" →
"도지사상 수상 등 결실"; "…, 문화유산으로 지정된다" → "문화유산 지정"): its first such run names the card.
"""

from __future__ import annotations

from .._kiwi import short_tokens
from ..types import Morph
from .headactor import comma_actor, reports_act
from .labels import names_where, names_who, reads_as_noun, who_or_where
from .naming import too_long
from .vocab.headlines import (
    AMOUNT_WORDS,
    FIGURE_WORD,
    HEADLINE_BADGE,
    HEADLINE_DOTS,
    HEADLINE_NOTE,
    HEADLINE_OPENER,
    HEADLINE_WORD,
    ROLE_PARTICLES,
)
from .vocab.layout import GENERIC, HEADLINE_ACTOR, PLACE_WORD, WHEN

__all__ = ["comma_news", "headed_key", "headline_run"]

#: Tags of the morphemes of a noun word of a run (a verb's noun form too: "나눔").
_NOMINAL = ("NN", "SN", "SL", "SH", "XSN", "XPN", "ETN", "VV", "VA", "XSV", "XR")
#: Tags of a particle that closes a run's last word: a subject's, an object's, a topic's ("판단은").
_CLOSING = ("JKS", "JKO", "JX")


def _word(morphs: list[Morph]) -> tuple[bool, bool]:
    """(whether a word of these ``morphs`` is a noun of a run, whether it closes the run): a noun,
    or a verb's noun form, with "의" or no particle goes on; one closed by a subject's, an object's or a
    topic's particle closes the run; any other particle (where, when, to whom) or an ending is no noun."""
    body = [m for m in morphs if not m.tag.startswith("S") or m.tag in ("SN", "SL", "SH")]
    if not body:
        return False, True
    last = body[-1].tag
    closes = last.startswith(_CLOSING)
    if last.startswith("J") and last != "JKG" and not closes:
        return False, True
    inner = [m for m in body if not m.tag.startswith("J")]
    verbal = any(m.tag.startswith(("VV", "VA", "XSV")) for m in inner)
    if not inner or not all(m.tag.startswith(_NOMINAL) for m in inner) or (verbal and inner[-1].tag != "ETN"):
        return False, True
    return True, closes


def _act(morphs: list[Morph]) -> str | None:
    """The act's noun of a verb written on it ("지정된다" → "지정"), ``None`` for a word that is no such verb."""
    acts = len(morphs) >= 3 and morphs[0].tag == "NNG" and morphs[1].tag in ("XSV", "XSA")
    return morphs[0].form if acts and morphs[-1].tag.startswith("E") else None


def _runs(title: str) -> list[list[str]]:
    """The runs of noun words of ``title``, each word without the particle that closes it ("의" kept),
    with the act's noun of a verb that closes one ("…옛 사당, 문화유산으로 지정된다" → ["문화유산", "지정"]: the
    role it is given, "로", goes with it)."""
    morphs = short_tokens(title)
    plain = HEADLINE_DOTS.sub(lambda m: "|" * len(m.group()), title)  # "…사고...법원의": two words
    runs: list[list[str]] = [[]]
    role = ""  # a noun closed by the particle of a role ("보물로"), kept where an act's verb follows it
    end = 0
    for m in HEADLINE_WORD.finditer(plain):
        if not title[end : m.start()].isspace():
            runs.append([])
        end = m.end()
        inside = [x for x in morphs if x.start < m.end() and x.end > m.start()]
        act = _act(inside) if not title.startswith("?", m.end()) else None  # "…예상하세요?": asked, not done
        if act and (runs[-1] or role):
            runs[-1].extend([*([role] if role else []), act])
            runs.append([])
            role = ""
            continue
        noun, closes = _word(inside)
        given = not noun and len(inside) > 1 and inside[-1].form in ROLE_PARTICLES and inside[-1].tag == "JKB"
        headed = not noun and len(inside) > 1 and inside[-1].tag.startswith("J") and _word(inside[:-1])[0]
        role = title[m.start() : inside[-1].start] if given and headed else ""
        if headed:  # "나주 인증 품질배로 …": the run before qualifies this noun, it is cut from it
            runs[-1] = []
        if noun:
            cut = inside[-1].start if inside[-1].tag.startswith(_CLOSING) else m.end()
            runs[-1].append(title[m.start() : max(cut, m.start() + 1)])
        if closes or not noun:
            runs.append([])
    return [r for r in runs if r]


def headline_run(title: str, text: str) -> str | None:
    """The headline's first run of nouns that holds an act's noun (a headline's act, or one the article
    writes as a verb: "판단했다"), without the words of when and where and the figures that lead it and
    the figures that end it, cut from the front to the longest name ("새솔초 캠프 사고...법원의 판단은?" →
    "법원의 판단"); ``None`` where no run is a noun phrase whose last word the article writes."""
    line = title.split("\n", 1)[0].strip()
    line = HEADLINE_NOTE.sub("", HEADLINE_BADGE.sub("", line))
    opener = HEADLINE_OPENER.match(line)
    line = line[opener.end() :] if opener else line
    for words in _runs(line):
        while words and FIGURE_WORD.match(words[-1]):
            words = words[:-1]
        while len(words) > 1 and (
            words[0] in WHEN
            or words[0] in AMOUNT_WORDS
            or FIGURE_WORD.match(words[0])
            or PLACE_WORD.match(words[0])
            or names_where(words[0], text)
        ):
            words = words[1:]
        while len(words) > 1 and too_long(words):
            words = words[1:]
        phrase = " ".join(words)
        if not words or words[-1] not in text or (len(words) == 1 and len(phrase) < 3):
            continue
        if phrase in GENERIC or who_or_where(phrase) or names_who(phrase, text) or not reads_as_noun(phrase):
            continue
        if not any(reports_act(w, text) for w in words):  # "…수상 등 성과": an act's run too
            continue
        return phrase
    return None


def headed_key(key: str | None, title: str, text: str) -> str | None:
    """The body's key phrase ``key`` as a single-topic card's name where the headline writes it
    (both name the same matter), else the headline's noun run that ends on an act
    (:func:`headline_run`: "…법원의 판단은?" → "법원의 판단" over a word in passing, "주의사항"), else ``key``."""
    if not key or not title or "".join(key.split()) in "".join(title.split()):
        return key
    return headline_run(title, text) or key


def comma_news(title: str, text: str) -> str | None:
    """The name of the news a headline writes before its comma, where that part is no one who acts but
    reports an act (:func:`~kosum.pipeline.headactor.comma_actor`): its noun run of an act
    (:func:`headline_run`: "새솔시 버스 파업 철회, 대부분 정상 운행" → "새솔시 버스 파업 철회", not the
    aside after the comma); ``None`` where the part before the comma is who acts, or there is none."""
    line = title.split("\n", 1)[0].strip()
    actor = HEADLINE_ACTOR.match(line)
    if actor is None or comma_actor(line, text) is not None:
        return None
    return headline_run(actor.group().strip().rstrip(",，"), text)
