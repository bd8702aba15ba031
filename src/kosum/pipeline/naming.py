"""Small tests of how a headline writes a single-topic card's name (#19): which word can head a
topic, and when two nouns joined by "와/과" are one phrase.

- A verb that frames the phrase after it (:func:`frames_next`: "…을 위한 B", "…위해 B") makes the
  phrase before it no topic, where the framed phrase's head is a thing (:func:`thing`), not a person,
  a figure or a bound noun, or a building with the act it undergoes (:func:`framed_thing`: "…을 위한
  복지관 개관").
- "A와 B …" is one phrase of two coordinated nouns (:func:`coordinated`) where the article writes
  A and B as words and nothing after B is a predicate that takes "와" of a partner ("…와 협력", "…과 합의"):
  a name keeps both ("작품과 유품 전시"), never the second alone.
- An act written as a verb of its noun right after the phrase ("…돌다리 붕괴됐다", "…청자 도난당해")
  is what befell the thing the phrase names: the name keeps the act's noun (:func:`act_after`),
  unless it is a release's own act ("…축제 개최한다": :data:`HEADLINE_ACTS`).
- "A 및 B …" lists two items of one matter (:func:`listed`: "텃밭 조성 및 관리", "워크숍 및 발표회"):
  a name keeps both, never one item for the whole.
- A headline's phrase a little over ``CARDS.topic_max_chars`` is kept whole up to
  ``CARDS.topic_whole_chars`` (:func:`too_long`): cut from its front it loses the word that says
  which matter it is ("새솔천변 자전거길 야간 안전조명 교체 공사" → "자전거길 야간 안전조명 교체 공사"); a year, a
  figure or a word that closes with a particle or an ending at its front goes first.
- A one-word label is widened to the phrase its headline writes it in (:func:`headline_name`:
  "갯벌" → "갯벌 체험 축제").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import headline_tokens, short_tokens
from ..types import Morph
from .extents import phrase_end
from .labels import IN_NAME, cut_at_start, names_where, names_who, reads_as_noun, who_or_where, written_whole
from .tuning import CARDS, STRUCTURE
from .vocab.bullets import JOINING_WORDS
from .vocab.headlines import FIGURE_WORD, FRAME_VERBS, HEADLINE_ACTS, PARTNER_WORDS, VERB_ACT_STEMS
from .vocab.layout import ORDINAL_WORD, PHRASE_TRIM, PLURAL_SUFFIXES

__all__ = [
    "act_after",
    "closes_inside",
    "coordinated",
    "framed_thing",
    "frames_next",
    "headline_name",
    "listed",
    "no_clause",
    "noun_closed",
    "thing",
    "too_long",
]


def thing(word: str) -> bool:
    """True for a word that can head a topic: no figure ("40대"), person or people ("주민들"), no
    office, no bound noun ("…할 것", "…할 수")."""
    tokens = headline_tokens(word)
    people = any(t.tag == "XSN" and t.form in PLURAL_SUFFIXES for t in tokens)
    bound = bool(tokens) and tokens[0].tag == "NNB"
    return not (FIGURE_WORD.match(word) or people or bound or who_or_where(word) or names_who(word))


def framed_thing(words: Sequence[str]) -> bool:
    """True where the nouns ``words`` that a framing verb qualifies ("…을 위한 B") name a thing, the
    topic: their head word is one (:func:`thing`), or a building or place that the phrase goes on
    past, its object ("복지관 개관" of "…을 위한 복지관 개관"; not "복지관" alone, "40대 검거" or
    "주민들 교육")."""
    if not words:
        return False
    first = words[0]
    return thing(first) or (len(words) > 1 and names_where(first) and not who_or_where(first))


def coordinated(first: str, second: str, rest: Sequence[str], text: str) -> bool:
    """True where ``first`` (a headline word written with its joining particle, "작품과") and
    ``second``, the next word, are two coordinated nouns of one phrase: ``text`` writes each as a
    whole word (not "…관" of a word cut), and neither ``second`` nor a word of ``rest`` (the phrase's
    words after it) is a partner's predicate (:data:`PARTNER_WORDS`: "새솔군과 협력", "한울시와 교류
    확대")."""
    words = [second, *rest]
    partner = any(w.startswith(p) for w in words for p in PARTNER_WORDS)
    stem = first[:-1]
    return not partner and bool(stem) and written_whole(stem, text) and written_whole(second, text)


def listed(before: Sequence[str], joining: str, after: Sequence[str], text: str) -> bool:
    """True where a headline's nouns ``before``, a word that joins phrases ``joining``
    (:data:`~kosum.pipeline.vocab.bullets.JOINING_WORDS`: "및", "또는") and the nouns ``after`` it are one
    phrase that lists two items ("새솔천 정비 및 산책로 조성", "체험 행사 및 시상식"): nouns on both
    sides, ``text`` writes the last noun before the joining word and the first after it, and the
    phrase from the first item's last noun on, without the acts and figures that end it, fits
    ``CARDS.topic_max_chars`` (a name cut from the front keeps a word of each item; a longer list is
    named as before)."""
    if joining not in JOINING_WORDS or not before or not after:
        return False
    if before[-1] not in text or after[0] not in text:
        return False
    words = [before[-1], joining, *after]
    while words and (words[-1] in HEADLINE_ACTS or FIGURE_WORD.match(words[-1])):
        words.pop()
    return len(" ".join(words)) <= CARDS.topic_max_chars


def frames_next(morphs: Sequence[Morph]) -> bool:
    """True for a verb written before the phrase it qualifies: an adnominal ending ("위한", "돕는"), or
    a purpose's or an occasion's verb (:data:`FRAME_VERBS`: "위해", "맞아")."""
    stems = [x.form for x in morphs if x.tag.startswith("VV")]
    return morphs[-1].tag == "ETM" or (morphs[-1].tag.startswith("E") and any(f in FRAME_VERBS for f in stems))


_NAMING_ENDS = ("ETM", "ETN")  # a verb that qualifies the noun after it, a verb's noun form


_VERB_ENDS = frozenset({"EC", "EF"})  # a verb's connective or final ending


def closes_inside(phrase: str, tags: frozenset[str]) -> bool:
    """True where a word of ``phrase`` before its last closes with a morpheme of one of ``tags`` (a
    particle or an ending: the phrase is a clause, not a name; ``closes_inside("바다가 돌아왔다",
    frozenset({"JKS"}))``)."""
    for word in phrase.split()[:-1]:
        tokens = [t for t in short_tokens(word) if not t.tag.startswith("S")]
        if tokens and tokens[-1].tag in tags:
            return True
    return False


def no_clause(phrase: str) -> bool:
    """True for a quoted phrase that can be a name from mark to mark: no word before its last closes
    with a verb's connective or final ending ("‘더 맑은 가람학당’", not "‘이기면 반값’"; a particle is
    no sign: the analyser reads "달리는" as an adverb with one)."""
    return not closes_inside(phrase, _VERB_ENDS)


def noun_closed(morphs: Sequence[Morph]) -> bool:
    """True for a headline word that closes with a noun written onto a verb's noun form, with no
    other ending ("돌봄교실": 돌보 + ㅁ + 교실; "배움마당"): a compound noun whose first part the
    analyser reads as a verb, so a name's edge falls after it, not before (a word of a name, not an
    act: "새솔 배움마당 운영" → "새솔 배움마당"). A word with a Hanja gloss in brackets is a noun too,
    however its rest is read ("차(茶)마루"): no verb is glossed so."""
    if any(x.tag == "SH" for x in morphs) and any(x.tag == "SSO" for x in morphs):
        return True
    if len(morphs) < 3 or not morphs[-1].tag.startswith(("NNG", "NNP")):
        return False
    endings = [x.tag for x in morphs if x.tag.startswith(("E", "J", "MA", "IC"))]
    return bool(endings) and all(tag == "ETN" for tag in endings)


def act_after(kept: Sequence[str], words: Sequence[str]) -> str:
    """The noun of the act written right after the words ``kept`` among a headline run's ``words``
    as a verb of that noun ("붕괴됐다", "도난당해", "철거된다", "지적받아"), with a space before it;
    "" where the next word is no such verb, an adjective ("위험하다"), a verb that qualifies a noun
    after it ("…사용해온 40대"), a release's own act ("개최한다", :data:`HEADLINE_ACTS`), or a word of a
    name that goes on after it ("…청소했다 행사": only release acts may follow the act; a noun form
    that closes the word, "청소하기", is a name's word itself)."""
    n = len(kept)
    at = phrase_end(kept, words) if n else len(words)  # the degree or figures taken out skipped (extents.py)
    tokens = headline_tokens(words[at]) if at < len(words) else []
    goes_on = any(w not in HEADLINE_ACTS for w in words[at + 1 :])  # "…청소했다 행사": a name's word, no act
    if len(tokens) < 3 or tokens[0].tag != "NNG" or tokens[0].form in HEADLINE_ACTS or tokens[-1].tag in _NAMING_ENDS:
        return ""
    if goes_on:
        return ""
    verb = tokens[1].tag == "XSV" or (tokens[1].tag.startswith("VV") and tokens[1].form in VERB_ACT_STEMS)
    return f" {tokens[0].form}" if verb and tokens[2].tag.startswith("E") else ""


def too_long(words: Sequence[str]) -> bool:
    """True for a headline's phrase of ``words`` too long for a card's name: over
    ``CARDS.topic_whole_chars``, or over ``CARDS.topic_max_chars`` with a first word that can go (a
    year, an edition or a figure, or a word that closes with a particle or an ending: "…로 인해"); a
    phrase within ``CARDS.topic_whole_chars`` that opens with a noun stays whole."""
    length = len(" ".join(words))
    if length <= CARDS.topic_max_chars or not words:
        return False
    if length > CARDS.topic_whole_chars:
        return True
    first = words[0]
    tokens = [t for t in headline_tokens(first) if not t.tag.startswith("S") or t.tag == "SN"]
    closes = bool(tokens) and tokens[-1].tag.startswith(("J", "E")) and tokens[-1].tag != "JKG"
    return bool(ORDINAL_WORD.match(first) or FIGURE_WORD.match(first)) or closes


def headline_name(label: str, title: str, text: str, title_morphs: Sequence[Morph] = ()) -> str:
    """A one-word ``label`` of a single-topic article as the name the headline writes it in: where
    the headline starts a word with it and goes on in nouns ("새솔군, 갯벌 체험 축제 연다": "갯벌"
    → "갯벌 체험 축제"; "새솔초 어린이회 …": "어린이" → "어린이회"), the longest of that phrase and its
    shorter runs of whole words that the article writes as words of their own, reads as a noun and
    is at most ``STRUCTURE.max_label`` characters; ``label`` itself otherwise (a noun the headline
    uses alone or never writes, a label of more than one word)."""
    stem = label.strip()
    if not stem or " " in stem or not title:
        return label
    morphs = [m for m in (title_morphs or short_tokens(title)) if m.form and m.tag]
    for k, m in enumerate(morphs):
        if cut_at_start(title, m.start) or not title.startswith(stem, m.start):
            continue
        end = k
        while end < len(morphs) and morphs[end].end < m.start + len(stem) and IN_NAME[morphs[end].tag]:
            end += 1
        if end == len(morphs) or not IN_NAME[morphs[end].tag]:
            continue
        while end + 1 < len(morphs) and IN_NAME[morphs[end + 1].tag] and morphs[end + 1].start - morphs[end].end <= 1:
            if morphs[end + 1].form in PLURAL_SUFFIXES:  # "어린이들": not a longer name
                break
            end += 1
        words = title[m.start : morphs[end].end].strip(PHRASE_TRIM).split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            fits = phrase != stem and len(phrase) <= STRUCTURE.max_label and written_whole(phrase, text)
            if fits and reads_as_noun(phrase) and not who_or_where(phrase):
                return phrase
    return label
