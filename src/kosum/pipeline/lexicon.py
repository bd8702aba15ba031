"""The policy-area lexicon shipped as ``kosum/data/areas.json``.

Each area has a display name ("일자리·고용"), aliases that headings use for it
("일자리", "고용") and keywords. A text scores an area by the keywords it contains;
a keyword weighs more the longer (more specific) it is. Matching is on Kiwi morphemes:
a keyword counts when it is a whole noun of the text, or a run of nouns written together
("청년일자리" = 청년+일자리 counts once, for the longest keyword), never a substring of a
longer word ("약" is not found in "약속", "산단" not in "악취지도"). A one-syllable alias says too
little and is dropped; a one-syllable keyword is listed only where the noun has one sense ("쌀").

Some areas are no policy (``"policy": false`` in the file): party politics and elections, whose
news ("연정", "대선", "시위") names a policy word in passing (one pledge, one protester taken to
hospital), and news of a person or a star (a death: "별세", "향년", "빈소"; show business: "배우",
"가수", "소속사", "팬클럽"), whose one concrete thing (the hospital, the bus) is no topic; and a
criminal case and its trial ("혐의", "기소", "재판부", "징역", "피의자"), whose victim or weapon (a
pregnancy, a hospital, a drug) is a detail of the case, not a policy the card is about; and defence
and diplomacy ("무인기", "국방부", "특사", "대사관"), whose alert or envoy's concert names a disaster
or a culture word in passing. Their words count like any area's, against a policy area's margin,
but never tag: a card about them gets no tag rather than the passing word's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .._kiwi import short_tokens
from ..types import Morph, Sentence
from .doers import not_counted, subject_words
from .giving import given, givers, is_gift_card
from .memo import TagTest
from .tuning import STRUCTURE
from .vocab.areas import (
    BODY_KIND_PARTICLES,
    BODY_KIND_WORDS,
    EVENT_KIND_WORDS,
    OFFICE_UNIT_WORDS,
    OTHER_SENSE_CUES,
)
from .vocab.common import WHITESPACE, WORD

__all__ = ["Area", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Area:
    name: str
    aliases: tuple[str, ...]
    keywords: tuple[tuple[str, float], ...]
    policy: bool = True  # False: a subject that is no policy area (it only counts against the margin)


class Lexicon:
    """Scores texts against the policy areas."""

    def __init__(self, areas: tuple[Area, ...]) -> None:
        self.areas = areas
        self._owner: dict[str, tuple[int, float]] = {}
        for i, area in enumerate(areas):
            for word, weight in area.keywords:
                self._owner.setdefault(_key(word), (i, weight))
            for word in (*area.aliases, area.name):
                key = _key(word)
                if len(key) >= 2:
                    self._owner.setdefault(key, (i, 1.0))
        self._longest = max((len(k) for k in self._owner), default=0)
        self._alias = {
            WHITESPACE.sub("", w.lower()): i for i, a in enumerate(areas) if a.policy for w in (a.name, *a.aliases)
        }

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.areas)

    def scores(self, text: str) -> list[float]:
        """One score per area: the weighted count of its keywords among the nouns of ``text``."""
        tokens = short_tokens(text)
        return self.scores_morphs([Morph(t.form, t.tag, t.start, t.start + t.len) for t in tokens])

    def scores_morphs(self, morphs: Sequence[Morph], ignore: frozenset[str] = frozenset()) -> list[float]:
        """:meth:`scores` on morphemes already analysed; a keyword in ``ignore`` is found (a longer
        one is not sought inside it) but counts nothing; an office's name (:meth:`_office`) counts nothing."""
        out = [0.0] * len(self.areas)
        for run in _noun_runs(morphs):
            if self._office(run):
                continue
            for word in self._found(run):
                if word not in ignore:
                    area, weight = self._owner[word]
                    out[area] += weight * (1.0 + 0.25 * max(0, len(word) - 2))
        return out

    def _found(self, run: Sequence[str]) -> list[str]:
        """The keywords of a run of nouns, leftmost-longest, each made of whole nouns of the run
        (["청년", "일자리", "센터"] → ["청년일자리"])."""
        if len(run) == 1:  # most runs: one noun (the same test as below, without the loops)
            word = run[0]
            return [word] if len(word) <= self._longest and word in self._owner else []
        found: list[str] = []
        i = 0
        while i < len(run):
            for j in range(len(run), i, -1):
                word = "".join(run[i:j])
                if len(word) <= self._longest and word in self._owner:
                    found.append(word)
                    i = j
                    break
            else:
                i += 1
        return found

    def kinds(self, texts: Sequence[Sequence[Morph]]) -> frozenset[str]:
        """:meth:`keywords` of ``texts`` and the keywords their nouns end in, the kind a name says its
        body is ("일오삼유치원" → {"유치원"})."""
        ends = {
            m.form[i:] for morphs in texts for m in morphs for i in range(1, len(m.form) - 1) if m.tag.startswith("NN")
        }
        return self.keywords(texts) | frozenset(word for word in ends if word in self._owner)

    def keywords(self, texts: Sequence[Sequence[Morph]]) -> frozenset[str]:
        """The keywords the morphemes of ``texts`` hold ("쌀 기부" → {"쌀"})."""
        return frozenset(word for morphs in texts for run in _noun_runs(morphs) for word in self._found(run))

    def _office(self, run: Sequence[str]) -> bool:
        """True where a run of nouns is an office's name, its last noun a unit of an office
        (``OFFICE_UNIT_WORDS``: "도시+재생+과", "관광+정책+팀") and the whole no keyword ("연구+팀"
        is one): the name says who acts, not what about, and counts for no area."""
        return len(run) >= 2 and run[-1] in OFFICE_UNIT_WORDS and "".join(run) not in self._owner

    def best(self, text: str | Sequence[Morph], minimum: float = 1.0, margin: float = 1.0) -> str | None:
        """The display name of the best-scoring area of ``text`` (or of its morphemes), if it
        scores ``minimum`` and at least ``margin`` times the next area (else no tag rather than a
        wrong one), e.g. ``best("어촌 수산물 축제", margin=1.5)`` → "해양·수산"."""
        scores = self.scores(text) if isinstance(text, str) else self.scores_morphs(text)
        return self._top(scores, minimum, margin)

    def tag(self, label: str, sentences: Sequence[Sentence]) -> str | None:
        """A card's policy tag: the area its label names ("청년일자리" → 청년), else the one the card's
        nouns are about, its label's counting ``STRUCTURE.policy_label_weight`` times one of its
        sentences', with a margin of ``STRUCTURE.policy_margin`` times the next area's score, else
        no tag rather than a wrong one (``tag("광어 양식장 지원", [])`` → "해양·수산"). The area must
        also stand where the card's topic stands (:func:`_carried`): a word that one late sentence
        of a long card names in passing ("…, 주차장 확충 등을 논의했다") tags nothing. The kind of
        gathering a label ends in (:func:`_event_kind`: "…예방 교육") tags nothing: in all of the
        card's words it counts against the margin, as an area that is none does. A sentence that
        says what kind of body an actor is (:func:`_says_body`) counts for no area, nor do the words
        of a subject that names the doer or of a staff training (:func:`~kosum.pipeline.doers.not_counted`),
        nor the label's words of an area that only such words name in the sentences. A label whose
        last word, the head of its noun phrase, is a word of an area that is none ("…농민 별세")
        tags nothing (:meth:`_no_policy_head`). A keyword the card means in another sense
        (:func:`_other_senses`: "AI" of a bird flu) counts for no area, nor, in a card about giving,
        the thing given (:func:`~kosum.pipeline.giving.given`) nor a subject's words."""
        named = self.canonical(label)
        if named:
            return named
        morphs = [Morph(t.form, t.tag, t.start, t.start + t.len) for t in short_tokens(label)]
        other = _other_senses([morphs, *(s.morphs for s in sentences)])
        gift = is_gift_card(label, morphs)
        if gift:
            other |= self.keywords([given(label, morphs)]) | self.kinds(givers([s.morphs for s in sentences]))
        ignore = _event_kind(label, morphs) | other
        words = self._word_scores(label, morphs, ignore)
        if words and self._no_policy_head(words[-1]):
            return None
        full = [None if _says_body(s.morphs) else s.morphs for s in sentences]
        counted = [None if m is None else _without_doers(m, gift) for m in full]
        each = self._sentence_scores(counted, ignore)
        own, body = self._summed(words), self._summed(each)
        doing = self._summed(self._sentence_scores(full, ignore))  # a label that names the doer too
        own = [0.0 if b == 0 < d else a for a, b, d in zip(own, body, doing, strict=True)]
        weight = STRUCTURE.policy_label_weight
        scores = [weight * a + b for a, b in zip(own, body, strict=True)]
        kind = 0.0  # the event kind's own weight: it counts against the margin, like an area that is none
        if ignore - other:
            whole = self._summed(self._word_scores(label, morphs, other))
            whole = [0.0 if b == 0 < d else a for a, b, d in zip(whole, body, doing, strict=True)]
            every = self._summed(self._sentence_scores(counted, other))
            kind = sum(weight * a + b for a, b in zip(whole, every, strict=True)) - sum(scores)
        found = self._top(scores, STRUCTURE.policy_min_score, STRUCTURE.policy_margin, kind)
        if found is None or not each:
            return found
        area = self.names.index(found)
        return found if _carried([one[area] for one in words], [one[area] for one in each]) else None

    def _no_policy_head(self, head: Sequence[float]) -> bool:
        """True where a label's last word (``head``: its score per area), the head of its noun phrase,
        is a word of an area that is none ("…농민 별세", "…전 장관 기소", "…북한 무인기"): the card is a
        death, a trial, an incursion, whatever policy word the words before it name."""
        best = max(range(len(head)), key=head.__getitem__)
        return head[best] > 0 and not self.areas[best].policy

    def _sentence_scores(self, counted: Sequence[Sequence[Morph] | None], ignore: frozenset[str]) -> list[list[float]]:
        """:meth:`scores_morphs` of each sentence's morphemes in ``counted``; zeros for one left out (``None``)."""
        return [[0.0] * len(self.areas) if m is None else self.scores_morphs(m, ignore) for m in counted]

    def _summed(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Per area, the sum of ``rows`` (one score per area each); zeros for no rows."""
        return [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.areas)

    def _word_scores(self, text: str, morphs: Sequence[Morph], ignore: frozenset[str]) -> list[list[float]]:
        """:meth:`scores` of each word of ``text`` (its ``morphs`` between two spaces)."""
        return [
            self.scores_morphs([m for m in morphs if w.start() <= m.start < w.end()], ignore)
            for w in WORD.finditer(text)
        ]

    def _top(self, scores: Sequence[float], minimum: float, margin: float, rival: float = 0.0) -> str | None:
        """The best area's name where it scores ``minimum`` and ``margin`` times the next area (or
        ``rival``, a score that is no area's) and is a policy area (an area that is none, party
        politics, tags nothing)."""
        top = max(range(len(scores)), key=scores.__getitem__)
        second = max([x for k, x in enumerate(scores) if k != top] + [rival])
        if not self.areas[top].policy or scores[top] < minimum or scores[top] < margin * second:
            return None
        return self.areas[top].name

    def canonical(self, label: str) -> str | None:
        """The display name of the area a heading label names ("청년 일자리" → "청년")."""
        key = WHITESPACE.sub("", label.lower())
        if key in self._alias:
            return self.areas[self._alias[key]].name
        return None


def _carried(label: Sequence[float], sentences: Sequence[float]) -> bool:
    """True where an area's words stand where a card's topic stands: in two places of the card
    (words of its label, its sentences; ``label`` and ``sentences`` are the area's score in each),
    or in one of its first ``STRUCTURE.policy_lead_sentences`` sentences, which say what it is
    about. One word that only the label writes ("사고" of "창의적 사고 교실", which no sentence takes
    up) or only one later sentence, a detail, an effect or a passing item, does not carry it."""
    carriers = [k for k, score in enumerate(sentences) if score > 0]
    if len(carriers) + sum(score > 0 for score in label) >= 2:
        return True
    return bool(carriers) and carriers[0] < STRUCTURE.policy_lead_sentences


_NOUN_TAGS = ("NNG", "NNP", "SL", "SN", "XSN")
_IS_NOUN = TagTest(_NOUN_TAGS)


def _event_kind(label: str, morphs: Sequence[Morph]) -> frozenset[str]:
    """The kind of gathering a label ends in, written as its last word after words that say what
    it is about (``EVENT_KIND_WORDS``: "교육" of "전화사기 예방 교육"), else nothing: such a card is
    about those words, and "이번 교육은 …" in its sentences names the event, not its area. A label
    that is the word alone ("교육") or writes it onto another noun ("새솔교육") keeps it."""
    words = label.rstrip().split()
    start = len(label.rstrip()) - len(words[-1]) if len(words) >= 2 else len(label)
    tail = [m for m in morphs if m.start >= start]
    if len(tail) == 1 and tail[0].form in EVENT_KIND_WORDS and tail[0].end == start + len(words[-1]):
        return frozenset({tail[0].form})
    return frozenset()


def _other_senses(texts: Sequence[Sequence[Morph]]) -> frozenset[str]:
    """The keywords that a card's words (``texts``: its label's morphemes and each sentence's) show
    it means in their other sense (``OTHER_SENSE_CUES``: "AI" beside "고병원성", "백신" beside
    "악성코드"): they count for no area there."""
    nouns = {m.form.lower() for morphs in texts for m in morphs if _IS_NOUN[m.tag]}
    return frozenset(word for word, cues in OTHER_SENSE_CUES.items() if word in nouns and not cues.isdisjoint(nouns))


_BODY_KINDS = tuple(BODY_KIND_WORDS)


def _says_body(morphs: Sequence[Morph]) -> bool:
    """True where a sentence says what kind of body someone is (``BODY_KIND_WORDS`` as a copula's
    noun or a noun ending in one, "…을 만드는 전문 업체다", "…선정 마을기업으로, …", or before a
    particle of being one, "…을 추구하는 기업으로서 …"): it tells who the donor, sponsor or maker is
    (their trade, their field), not what the card is about.
    "…기업으로 선정됐다" (a verb after the particle: what it was made) is no such sentence."""
    for k in range(len(morphs) - 1):
        m, after = morphs[k], morphs[k + 1]
        if m.tag not in ("NNG", "NNP") or not m.form.endswith(_BODY_KINDS) or after.start != m.end:
            continue
        if after.tag == "VCP":
            return True
        if after.tag == "JKB" and after.form in BODY_KIND_PARTICLES:
            rest = morphs[k + 2 : k + 4]
            verb = any(r.tag in ("VV", "XSV") for r in rest)
            if not verb:
                return True
    return False


def _without_doers(morphs: Sequence[Morph], gift: bool = False) -> list[Morph]:
    """``morphs`` with the words that count for no area (:func:`~kosum.pipeline.doers.not_counted`:
    a doer's, a staff training's; on a card about ``gift``, every subject's,
    :func:`~kosum.pipeline.doers.subject_words`) made no noun."""
    drop = not_counted(morphs) | (subject_words(morphs) if gift else frozenset())
    if not drop:
        return list(morphs)
    return [m._replace(tag="DOER") if k in drop else m for k, m in enumerate(morphs)]


def _key(word: str) -> str:
    return WHITESPACE.sub("", word.lower())


def _noun_runs(morphs: Sequence[Morph]) -> list[list[str]]:
    """Runs of nouns written together (one word, or joined by nothing but the run); a prefix
    stays on its noun ("친" + "환경" → "친환경": not the keyword "환경"). An office's unit "과" that
    the analyser reads as a particle before another one, after two nouns or more ("도시+재생+과/JKB
    는/JX"), stays on its name: "과는" ("with") follows no compound in a release, "과로" follows none."""
    runs: list[list[str]] = []
    previous_end = -2
    prefix, prefix_end = "", -2
    for k, m in enumerate(morphs):
        if _unit_read_as_particle(morphs, k, previous_end, runs):
            runs[-1].append(m.form)
            previous_end = -2
            continue
        if m.tag == "XPN":
            prefix, prefix_end = m.form.lower(), m.end
            previous_end = -2
            continue
        if not _IS_NOUN[m.tag]:
            previous_end = -2
            prefix = ""
            continue
        form = (prefix if m.start == prefix_end else "") + m.form.lower()
        prefix = ""
        if runs and m.start == previous_end:
            runs[-1].append(form)
        else:
            runs.append([form])
        previous_end = m.end
    return runs


def _unit_read_as_particle(morphs: Sequence[Morph], k: int, previous_end: int, runs: Sequence[list[str]]) -> bool:
    """True where ``morphs[k]`` is "과" read as a particle (JC, JKB) right after a run of two nouns
    or more and right before another particle: the office unit of a name ("기후+환경+정책+과/JKB
    로/JKB" is "기후환경정책과로")."""
    m = morphs[k]
    if m.form not in OFFICE_UNIT_WORDS or m.tag not in ("JC", "JKB") or m.start != previous_end:
        return False
    if not runs or len(runs[-1]) < 2 or k + 1 >= len(morphs):
        return False
    after = morphs[k + 1]
    return after.tag.startswith("J") and after.start == m.end


@cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with kosum (read once per process)."""
    raw = json.loads(resources.files("kosum").joinpath("data/areas.json").read_text("utf-8"))
    areas = tuple(
        Area(
            a["name"],
            tuple(a.get("aliases", ())),
            tuple((k, 1.0) if isinstance(k, str) else (k[0], float(k[1])) for k in a.get("keywords", ())),
            bool(a.get("policy", True)),
        )
        for a in raw["areas"]
    )
    return Lexicon(areas)
