"""A single-topic card's name that says who or how many, not what (#19, "names an editor keeps").

A name whose head, its last word, counts ("정비 차량 12대") or names people ("새솔군민들", "…교실
수강생": :func:`~kosum.pipeline.people.no_topic_head`) tells the reader the participants or one
item's amount, not the event, programme or act the article reports. Where the people's own act
did not already name it (:func:`~kosum.pipeline.people.with_people_act`), the card is named by the
headline's topic by its act (:func:`~kosum.pipeline.topic.headline_topic` ``by_act``: "가람군,
갯벌 쓰레기 수거" → "갯벌 쓰레기 수거"); where the headline names no such topic, by the lead's
object of its act, on a noun the headline shares (:func:`~kosum.pipeline.topic.lead_act`: "가람군
갯벌학교 자문회의…내년 살림 꼼꼼히 살펴" with the lead "…갯벌학교 자문회의를 열었다" → "갯벌학교
자문회의"); the old name stays where neither names one.

A name of other words than the programme the lead writes in quotation marks as the object of its act
("새솔군, 바다 사랑 실천 앞장" with the lead "새솔군은 ‘갯벌 생태 탐사 교실’을 운영했다") is the headline's
aim, effect, figure of speech or actor, not the matter: the card takes the lead's quoted name
(:func:`lead_programme`, #19 thirteenth round).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .._kiwi import short_tokens
from ..types import Morph, Sentence
from .gifts import with_lead_gift
from .kinds import widened
from .labels import bare_phrase, names_where, names_who, reads_as_noun, who_or_where
from .naming import closes_inside
from .people import no_topic_head
from .phrases import written_across
from .slogans import slogan
from .subjects import subject_act
from .topic import headline_topic, lead_act
from .tuning import CARDS
from .vocab.bullets import JOINING_WORDS, TIME_ADNOMINALS
from .vocab.headlines import (
    CLAUSE_TAGS,
    FIGURE_WORD,
    HEADLINE_ACTS,
    HEADLINE_QUOTE,
    HEADLINE_WORD,
    NAME_NOTE,
    OUTCOME_ACTS,
    QUALIFIER_HEADS,
    VENUE_PARTICLES,
)
from .vocab.layout import HEADLINE_ACTOR, ORDINAL_WORD

__all__ = ["grown", "lead_programme", "quote_led", "quoted_whole", "topic_for_head"]


def topic_for_head(
    label: str, title: str, text: str, title_morphs: Sequence[Morph] = (), lead: Sentence | None = None
) -> str:
    """:func:`_by_head`, or the lead's programme where that is another matter (:func:`lead_programme`),
    widened to the whole quoted name of the headline or the lead it was cut from (:func:`quoted_whole`:
    a quotation's marks are a name's edges, #19 thirteenth round, names36), then grown to the headline
    phrase it is a part of by one chooser (:func:`grown`, names40): a name of the headline's subject
    alone takes the act the headline reports of it ("새솔댐, 집중호우로 붕괴" → "새솔댐 붕괴", names37);
    a name cut inside a run of the headline's words that the article writes grows to it ("…, 어린이
    공예, 음악 교실 성황" → "어린이 공예, 음악 교실", names38); a name of one common noun, a kind, takes
    the phrase the headline or the lead writes it in ("새솔군, 누리천 수질 점검 나서" → "누리천 수질
    점검", names39)."""
    named = _by_head(_unslogan(label, title, text, lead), title, text, title_morphs, lead)
    named = quoted_whole(lead_programme(named, lead, text), title, text)
    named = quoted_whole(named, lead.text, text) if lead is not None else named
    named = grown(quote_led(named, title), title, text, lead.text if lead is not None else "")
    return with_lead_gift(named, lead.text, text) if lead is not None else named


def quote_led(label: str, title: str) -> str:
    """``label``, or where the headline writes it right after a quoted noun phrase that qualifies it
    ("…, ‘든든한 겨울밥상’ 반찬 꾸러미 전달" with ``label`` "반찬 꾸러미"; "‘무급 인턴’ 논란 새솔채널
    소송"), that phrase and ``label`` ("든든한 겨울밥상 반찬 꾸러미"): the quotation marks set off a
    modifier, not a name of its own, and the label alone is its head cut from it ("논란 새솔채널
    소송": a dispute of what, no longer said). Not for a label of one word (a quoted epithet before
    a name: "‘보물’ 양궁"), a quotation that is a clause or ends in no noun, nor past
    ``CARDS.topic_max_chars``: the headline's own words, which the body need not repeat."""
    head = title.split("\n", 1)[0]
    if len(label.split()) < 2 or label not in head:
        return label
    for match in HEADLINE_QUOTE.finditer(head):
        rest = head[match.end() :]
        if len(rest) - len(rest.lstrip()) > 1 or not rest.lstrip().startswith(label):  # "‘…’ 반찬 꾸러미"
            continue
        inner = NAME_NOTE.sub("", match.group()[1:-1]).strip()
        named = f"{inner} {label}"
        if not inner or closes_inside(f"{inner} {label}", CLAUSE_TAGS) or not _noun_ended(inner):
            return label
        return named if len(named) <= CARDS.topic_max_chars else label
    return label


def _noun_ended(phrase: str) -> bool:
    """True for a phrase that ends in a noun or a verb's noun form ("갯벌 지키기")."""
    tokens = short_tokens(phrase)
    return reads_as_noun(phrase) or (bool(tokens) and tokens[-1].tag == "ETN")


def grown(label: str, title: str, text: str, lead: str = "") -> str:
    """``label`` grown to the headline's phrase it is a part of, by one chooser: the subject's event
    (:func:`~kosum.pipeline.subjects.subject_act`), else the run of the headline's words the article
    writes across its edges (:func:`~kosum.pipeline.phrases.written_across`), else, for one common
    noun, the phrase the headline or the ``lead`` writes it in (:func:`~kosum.pipeline.kinds.widened`):
    the first reading that finds a longer name wins, and ``label`` stays where none does."""
    readings: tuple[Callable[[], str], ...] = (
        lambda: subject_act(label, title, text),
        lambda: written_across(label, title, text),
        lambda: widened(label, title, text, lead),
    )
    for reading in readings:
        name = reading()
        if name != label:
            return name
    return label


def _by_head(
    label: str, title: str, text: str, title_morphs: Sequence[Morph] = (), lead: Sentence | None = None
) -> str:
    """``label``, or where its head says who or how many (:func:`no_topic_head`), the headline's
    topic by its act, read off the headline's own words, where that one is another name whose head
    says what, that opens with no figure and is not the old name cut ("…상 수상" of "…상 수상자"),
    without the place words that lead it; else the ``lead``'s object of its act (:func:`lead_act`)
    where the headline shares one of its words; ``label`` itself where neither names one."""
    if not title or not no_topic_head(label):
        return label
    found = headline_topic(title, f"{title}\n{text}", title_morphs, by_act=True)  # the headline's own words
    if not _says_what(found, label) and lead is not None:  # the lead's act, on a noun the headline shares
        acted = lead_act(lead, text)
        found = acted if acted and any(w in title for w in acted.split()) else None
    if not found or not _says_what(found, label):
        return label
    words = found.split()
    while len(words) > 1 and names_where(words[0], text):  # "한국 …": where, not what
        words.pop(0)
    return " ".join(words)


def _says_what(found: str | None, label: str) -> bool:
    """True for a name ``found`` in place of ``label``: its head says what, it opens with no figure and
    it is not ``label`` cut ("…상 수상" of "…상 수상자": the same people)."""
    if not found or label.startswith(found) or no_topic_head(found):
        return False
    return not FIGURE_WORD.match(found.split()[0])


def lead_programme(label: str, lead: Sentence | None, text: str) -> str:
    """``label``, or the name the ``lead`` writes in quotation marks as the object of its act
    ("새솔군은 ‘갯벌 생태 탐사 교실’을 운영했다" → "갯벌 생태 탐사 교실"), where ``label`` shares no
    noun or word with any such name: the article names its programme in its own words, and a name of
    other words is an aim, an effect, a figure of speech or the actor of the headline ("바다 사랑
    실천"). The quoted name is taken whole (without a bracketed note and the figures that lead it):
    one too long for ``CARDS.topic_max_chars`` leaves ``label``."""
    if lead is None or not label:
        return label
    acted = _lead_quoted(lead)
    if not acted or any(_shares(label, name) for name in acted):
        return label
    return _quoted_name(acted[0], cut=True) or label


def _lead_quoted(lead: Sentence) -> list[str]:
    """The names ``lead`` writes in quotation marks as the objects of its act, without a bracketed note."""
    found = HEADLINE_QUOTE.finditer(lead.text)
    return [NAME_NOTE.sub("", m.group()[1:-1]).strip() for m in found if _acted_on(lead, m.end())]


def _unslogan(label: str, title: str, text: str, lead: Sentence | None) -> str:
    """``label``, or where it is the headline's slogan (:func:`~kosum.pipeline.slogans.slogan`), the
    matter in the lead's words: its quoted programme that is the object of its act ("새솔군은 ‘주민
    자치 나눔 교육’을 실시했다"), else its object of its act on a noun the headline shares
    (:func:`lead_act`), else the headline's subject before its comma without the place words that lead
    it ("새솔 청년센터, 바다 예술의 거점 활약" → "청년센터"), where no word of it names who or where;
    ``label`` where none is found."""
    if not slogan(label, title):
        return label
    if lead is not None:
        quoted = [_quoted_name(name, cut=True) for name in _lead_quoted(lead)]
        acted = lead_act(lead, text)
        if any(quoted):
            return next(name for name in quoted if name)
        if acted and any(w in title for w in acted.split()):
            return acted
    actor = HEADLINE_ACTOR.match(title.split("\n", 1)[0])
    words = actor.group().rstrip(",， ").split() if actor else []
    while len(words) > 1 and names_where(words[0], text):
        words.pop(0)
    if not words or any(names_where(w, text) or who_or_where(w) for w in words) or not reads_as_noun(" ".join(words)):
        return label
    return " ".join(words)


def _shares(label: str, name: str) -> bool:
    """True where ``label`` and ``name`` share a noun of two letters or more, or a written word."""
    words = {w for w in HEADLINE_WORD.findall(name) if len(w) >= 2}
    return bool(_nouns(label) & _nouns(name)) or any(w in words for w in HEADLINE_WORD.findall(label))


def _nouns(phrase: str) -> set[str]:
    """The nouns of two letters or more of ``phrase``."""
    return {t.form for t in short_tokens(phrase) if t.tag.startswith(("NNG", "NNP", "SL")) and len(t.form) >= 2}


def _acted_on(lead: Sentence, end: int) -> bool:
    """True where the quoted name that closes at ``end`` of ``lead``'s text is the object of an act
    (:data:`HEADLINE_ACTS`): an object particle right after it, and the first predicate after that,
    with no other object before it, is the act's verb ("…’을 지난달 운영했다"); not a verb that
    qualifies a noun ("…’을 위한 성금 모으기"), nor one after another object ("…’을 주제로 그림 잔치를 개최"),
    nor an outcome's (:data:`OUTCOME_ACTS`: "‘…상’을 수상": what was won, not the matter). A time's
    adnominal ("지난 13일") is no predicate."""
    at = lead.start + end
    after = [m for m in lead.morphs if m.start >= at]
    if not after or after[0].start != at or after[0].tag != "JKO":
        return False
    for word in lead.text[end:].split()[1:]:
        tokens = [t for t in short_tokens(word) if not t.tag.startswith("S")]  # "개최했다.": the verb
        if not tokens or (tokens[0].form in TIME_ADNOMINALS and tokens[-1].tag == "ETM"):
            continue
        if tokens[-1].tag == "JKO":  # another object: the act is that one's
            return False
        if tokens[-1].tag.startswith("E"):
            return tokens[0].form in HEADLINE_ACTS and tokens[0].form not in OUTCOME_ACTS
    return False


def _quoted_name(inner: str, cut: bool = False) -> str:
    """A quoted name as a card's name: without the figures that lead it ("2025년"), within
    ``CARDS.topic_max_chars``, a noun phrase of a matter; "" otherwise. ``cut``: a longer one is cut
    from its front to fit, past a joining word left at its front ("가람 청소년수련관 및 해양캠프 지도교사
    안전교육 과정" → "해양캠프 지도교사 안전교육 과정"): the lead's event by its head, never a passing word."""
    name = bare_phrase(inner)
    words = name.split()
    while cut and len(words) > 2 and len(" ".join(words)) > CARDS.topic_max_chars:
        words.pop(0)
        while len(words) > 1 and (words[0] in JOINING_WORDS or words[0] in QUALIFIER_HEADS):  # "및 …", "기반 …"
            words.pop(0)  # the cut falls after the joining word, or the head of a qualifier cut from its phrase
    name = " ".join(words) if cut else name
    if len(name) < 3 or len(name) > CARDS.topic_max_chars or not reads_as_noun(name):
        return ""
    return "" if who_or_where(name) or names_who(name) else name


def quoted_whole(label: str, title: str, text: str = "") -> str:
    """``label``, or where it is a part of a name ``title`` writes in quotation marks, the whole
    quoted name ("새솔군, ‘푸른 바다 학교’ 운영" with ``label`` "바다 학교" → "푸른 바다 학교"): a quoted
    name is one name, and a part of it is a fragment. The words left out may be an edition, a year,
    a figure or a place (:data:`ORDINAL_WORD`, :data:`FIGURE_WORD`, :func:`names_where`: the name
    drops them anyway); a quotation that is a clause (a subject, a topic or a verb's ending inside:
    "‘바다가 돌아왔다’"), that does not end in a noun or is too long leaves ``label``."""
    if not label or not title:
        return label
    for match in HEADLINE_QUOTE.finditer(title):
        if title.startswith(VENUE_PARTICLES, match.end()):  # "‘…시상식’에서 …": where, not what
            continue
        inner = NAME_NOTE.sub("", match.group()[1:-1]).strip()
        at = inner.find(label)
        if at < 0 or inner == label or (at and not inner[at - 1].isspace()):
            continue
        end = at + len(label)
        if end < len(inner) and not inner[end].isspace():
            continue
        dropped = inner[:at].split() + inner[end:].split()
        if all(_droppable(word, text) for word in dropped):
            return label
        words = inner.split()
        while len(words) > 1 and ORDINAL_WORD.match(words[0]):  # "2025년", "제3회": never a name's
            words.pop(0)
        whole = " ".join(words)
        if whole == label or closes_inside(whole, CLAUSE_TAGS):  # a subject, topic or ending inside
            return label
        return _quoted_name(whole) or label
    return label


def _droppable(word: str, text: str) -> bool:
    """True for a word a name leaves out: an edition, a year, a figure or a place."""
    return bool(ORDINAL_WORD.match(word) or FIGURE_WORD.match(word)) or names_where(word, text)
