"""The self-check a bullet passes before it is shown: the broken forms an editor strikes on sight.

A bullet that opens with a particle, an ending, a conjunction, a verb's adnominal form or a predicate
cut from its arguments, glues a line cut short to the next sentence, ends in
a means or purpose form ("…을 통함"), has two topic or two subject phrases in a row, an orphan
comma, unbalanced quotes or brackets, or is a bare name is refused; so is one that leans on another
sentence (a pointer in its first clause: "이 무렵 …", "그는 …", "이렇게 답함"; a counted point: "둘째, …";
a cause of nothing named; a quote alone) or copies a slip of its source (an object before a passive).
The caller falls back to a longer, safer reduction (:func:`kosum.engines.bullets.make_bullet`), then to
another sentence. :func:`unattributed` finds words, an intention or a decision that nobody in the bullet
owns ("…늘었다고 답함", "…하기로 함"); the bullet's chooser knows whether the source's actor was the office
that bullets leave unsaid. A speaker stands in a bullet's first clause or after its reported words, never
only in a later clause. :func:`borrows_actor` finds a sentence whose actor is named only in an earlier one,
which the chooser passes over where the reader is not shown that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..pipeline.labels import who_or_where
from ..pipeline.normalize import without_marks
from ..pipeline.vocab.bullets import (
    ABOUT_NOUNS,
    ANAPHORIC_OPENING,
    ASIDE_NOUNS,
    BACK_POINTERS,
    BACKGROUND_ENDINGS,
    BRACKET_PAIRS,
    COPULA_NOUN,
    COUNTED_OPENING,
    DANGLING_OPENING,
    EXPLAINED_COPULA,
    EXPLAINING_ADNOMINALS,
    EXPLAINING_END,
    EXPLAINING_TAIL,
    GLUE_OPENERS,
    JOINING_WORDS,
    LIST_POINTER_OPENING,
    MANNER_ENDINGS,
    MEANS_ENDINGS,
    MEANS_STEMS,
    ORPHAN,
    PASSIVE_STEMS,
    PAST_ADNOMINALS,
    PLAN_NOUNS,
    POINTER_DETERMINERS,
    POINTING_OPENING,
    QUESTION_MARKS,
    QUOTED_SPAN,
    RELATION_NOUNS,
    TIME_ADNOMINALS,
    TOPIC_SUBJECT_PARTICLES,
    TRAILING_MARK,
    WITH_PARTICLES,
)
from ..pipeline.vocab.layout import ALSO_PARTICLES
from ..pipeline.vocab.voice import (
    ACTOR_PARTICLES,
    DECISION_KEYS,
    ESTIMATE_KEYS,
    ESTIMATE_STEMS,
    EXPECT_NOUNS,
    INFORMAL_ENDINGS,
    OFFICE_SOURCE_PARTICLE,
    OWNERLESS_CUES,
    QUOTATIVE_ADNOMINAL,
    QUOTATIVE_ENDING,
    SPEECH_NOUNS,
    WILL_ENDINGS,
)
from ..types import Morph, Sentence
from .actors import opens_unowned
from .announced import announces_unlisted
from .arguments import holds_subject
from .conjecture import unowned_conjecture
from .firstperson import speaks_as_self
from .reading import analysis, kept, reading
from .speakers import asked, occasion_at, owns, quoted_by, source_at, speaker

__all__ = [
    "BARE_NAME",
    "NAME_TAGS",
    "actor_names",
    "borrows_actor",
    "defect",
    "names_only",
    "unattributed",
    "unbalanced",
]

#: The defect of a bullet that is only a name ("영어 뮤지컬"): no predicate, two nouns at most.
BARE_NAME = "a bare name"

#: Dashes that open a line of a list in the source ("- 2019년 …"), never a bullet's first character.
_DASHES = ("-", "–", "—")

#: Tags a phrase between two topics may hold for them to be "two subjects in a row" ("A는 B는").
_NOUN_RUN = ("NN", "SN", "SL", "SH", "XPN", "XSN", "NR", "NP", "JC", "MM")


def unbalanced(text: str) -> bool:
    """True where quotes or brackets do not pair up."""
    odd = text.count("'") % 2 == 1 or text.count('"') % 2 == 1
    return odd or any(text.count(pair[0]) != text.count(pair[1]) for pair in BRACKET_PAIRS)


@lru_cache(maxsize=4096)
def defect(text: str) -> str | None:
    """What is broken in a bullet's form, in a few English words, or ``None`` for a sound one.

    >>> defect("5개월간의 연구용역을 통함")
    'ends in a means or purpose form'
    """
    s = text.strip()
    if s.endswith(EXPLAINED_COPULA):
        s = s.removesuffix(COPULA_NOUN)  # "…어긴 것임" is judged as "…어긴 것": the copula adds no argument
    if not s:
        return "empty"
    if ORPHAN.search(s) or DANGLING_OPENING.match(s) or TRAILING_MARK.search(s):
        return "orphan comma or bracket"
    if unbalanced(s):
        return "unbalanced quotes or brackets"
    if s.endswith(QUESTION_MARKS):
        return "a question, no fact"
    if announces_unlisted(s):
        return "announces a list it does not give"
    if s[:1] in _DASHES and s[1:2].isspace():
        return "opens with a list marker"  # "- 2019년 …": a line of the source's own list
    if any(p.match(s) for p in (ANAPHORIC_OPENING, POINTING_OPENING, LIST_POINTER_OPENING, COUNTED_OPENING)):
        return "opens with a word pointing to another sentence"
    if QUOTED_SPAN.fullmatch(s):
        return "a quote alone"
    morphs = kept(s) or analysis(s)
    words = without_marks(morphs)
    if not words:
        return "no words"
    first = words[0]
    if first.tag.startswith(("J", "E", "MAJ")) or first.form in JOINING_WORDS:
        return "opens with a particle, an ending or a conjunction"
    adnominal = len(words) > 2 and first.tag.startswith("VV") and words[1].tag == "ETM" and words[2].tag != "SN"
    if adnominal and first.form not in TIME_ADNOMINALS:
        return "opens with an adnominal form"
    if _leans_on_pointer(s, words) or _pointer_subject(s, words):
        return "leans on a word pointing to another sentence"
    if _opens_with_predicate(s, words):
        return "opens with a predicate without its arguments"
    if any(
        m.form in GLUE_OPENERS and b.tag.startswith("JKB") and not s[b.end : m.start].strip()
        for b, m in pairwise(words)
    ):
        return "a line cut short glued to the next sentence"
    last_word = s.rfind(" ") + 1  # the stem of a means form stands in the last word ("통함")
    last_stem = next(
        (m for m in reversed(words) if m.tag.startswith(("VV", "VA", "XSV")) and m.start >= last_word), None
    )
    means = words[-1].tag == "ETN" and last_stem is not None and last_stem.form in MEANS_STEMS
    if means or s.endswith(MEANS_ENDINGS):
        return "ends in a means or purpose form"
    cut = words[-1].tag == "EC" or (words[-1].tag == "EF" and words[-1].form in INFORMAL_ENDINGS)
    if cut and len(words) > 1 and words[-2].tag.startswith(("VV", "VA", "XSV", "XSA", "EP")):
        return "ends in a connective ending"  # "… 전국에 알려": a clause cut before the one it leads to
    tail = tuple(m.form for m in words[-2:])
    topic = any(m.tag == "JX" and m.form in TOPIC_SUBJECT_PARTICLES for m in words)
    if EXPLAINING_END.search(s) or (
        tail[-1] == EXPLAINING_TAIL[-1] and words[-2].tag == "ETM" and tail[0] in EXPLAINING_ADNOMINALS and not topic
    ):
        return "explains a sentence not shown"
    if _relation_without_its_term(words) or _aside(s, words):
        return "explains a sentence not shown"
    if _object_of_a_passive(words):
        return "a suspected typo: an object of a passive"  # "계획을 수립될": the source's slip, never copied
    if _two_subjects(s, words):
        return "two topics or subjects in a row"
    if speaks_as_self(s, words):
        return "a first-person line with no speaker"
    if unowned_conjecture(words):
        return "a wish or a guess nobody owns"
    predicate = any(m.tag.startswith(_PREDICATE_TAGS) for m in words)
    if not predicate and len(words) <= 3 and sum(m.tag.startswith("NN") for m in words) <= 2:
        return BARE_NAME
    return None


#: Tags of a predicate: a text with none of them names things and says nothing about them.
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "EF", "ETN")


@lru_cache(maxsize=4096)
def names_only(text: str) -> bool:
    """True for a text that only names things ("소소한집밥(장성읍)", "영어 뮤지컬"): it ends in a noun."""
    words = without_marks(analysis(text))
    return bool(words) and words[-1].tag.startswith(_NOUN_RUN[:-2])


def _relation_without_its_term(words: Sequence[Morph]) -> bool:
    """True for a bullet ending on a cause or reason with nothing it is the cause of: no "의" phrase
    after its subject ("인력난의 주요 원인") and no clause of a verb ("주민이 줄어든 이유"), only an adjective
    ("기온 상승이 가장 큰 원인")."""
    if len(words) < 3 or words[-1].form not in RELATION_NOUNS or not words[-1].tag.startswith("NN"):
        return False
    last_subject = max((k for k, m in enumerate(words) if m.tag in ("JKS", "JX")), default=-1)
    of = any(m.tag == "JKG" for m in words[last_subject + 1 :])
    clause = words[-2].tag == "ETM" and not words[-3].tag.startswith(("VA", "XSA"))
    return not (of or clause)


def _aside(text: str, words: Sequence[Morph]) -> bool:
    """True for a bullet that comments on a sentence not shown: a past "…ㄴ 것" with no subject or topic
    ("…지침을 어긴 것") or after a background clause ("…높아졌는데, … 나선 것"), or an aside noun after an
    adnominal with no topic ("…인연이 떠오르는 대목"). A "…ㄴ 것" with its own subject states a result
    ("매출이 … 목표를 넘긴 것")."""
    if len(words) < 3 or words[-2].tag != "ETM":
        return False
    quoted = _quoted(text)
    outside = [m for m in words[:-2] if not any(a <= m.start < b for a, b in quoted)]
    topic = any(m.tag == "JX" and m.form in TOPIC_SUBJECT_PARTICLES for m in outside)
    if words[-1].form in ASIDE_NOUNS and words[-1].tag.startswith("NN"):
        return not topic
    if words[-1].form != EXPLAINING_TAIL[-1] or words[-2].form not in PAST_ADNOMINALS:
        return False
    if any(m.tag == "EC" and m.form in BACKGROUND_ENDINGS for m in outside):
        return True
    return not topic and not any(m.tag == "JKS" for m in outside)


def _object_of_a_passive(words: Sequence[Morph]) -> bool:
    """True for an object right before a passive that is the clause's own predicate ("쉼터를 마련될
    예정", "쉼터를 설치되며"); not one that modifies the next noun ("반찬을 마련된 탁자에 올림": the
    object is the later verb's)."""
    for k in range(len(words) - 3):
        a, b, c, d = words[k : k + 4]
        if a.tag != "JKO" or not b.tag.startswith("NN") or c.tag != "XSV" or c.form not in PASSIVE_STEMS:
            continue
        if d.tag != "ETM" or (k + 4 < len(words) and words[k + 4].form in PLAN_NOUNS):
            return True
    return False


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]


def _leans_on_pointer(text: str, words: Sequence[Morph]) -> bool:
    """True for a pointer back to another sentence ("이 무렵 잰 수위는 …", "그는 …", "관장은 이렇게 답함")
    in a bullet's first clause, outside quotes: before any connective ending, nothing in the bullet
    is what it points to."""
    quoted = _quoted(text)
    for before, m, after in zip([None, *words[:-1]], words, [*words[1:], None], strict=True):
        if m.tag == "EC":
            return False
        key = f"{m.form}/{m.tag.split('-')[0]}"
        word_initial = m.start == 0 or not text[m.start - 1].isalnum()
        # a word of its own, or one with a particle or "들" ("이를", "이들"): not a name's first syllable
        # ("이산"), nor a word of a list ("이·반장")
        alone = m.end >= len(text) or text[m.end].isspace()
        whole = alone or (after is not None and after.start == m.end and after.tag.startswith(("J", "XS", "E")))
        if key not in BACK_POINTERS or not (word_initial and whole) or any(a <= m.start < b for a, b in quoted):
            continue
        if m.tag == "MM" and before is not None and (before.tag in ("ETM", "JC") or before.form in WITH_PARTICLES):
            continue  # "…이 함께한 이 모임은", "굴과 그 요리인 …": what it points to stands right before it
        # "이렇게 답함", not the connective "그럼에도 …", "이렇듯 …": its clause is the one that follows
        if not m.tag.startswith("VA") or (after is not None and (after.tag == "ETM" or after.form in MANNER_ENDINGS)):
            return True
    return False


def _pointer_subject(text: str, words: Sequence[Morph]) -> bool:
    """True for a subject or topic headed by a pointer ("…하고, 해당 요원들은 …") anywhere outside
    quotes, after a connective ending too: the bullet does not say which it is."""
    quoted = _quoted(text)
    for k, m in enumerate(words):
        if m.form not in POINTER_DETERMINERS or any(a <= m.start < b for a, b in quoted):
            continue
        if (m.start and text[m.start - 1].isalnum()) or m.end >= len(text) or not text[m.end].isspace():
            continue  # a part of a word, or a word with its own particle ("해당되는", "해당하는")
        for n in words[k + 1 :]:
            if n.tag in ("JX", "JKS") and n.form in TOPIC_SUBJECT_PARTICLES:
                return True
            if not n.tag.startswith(_NOUN_RUN[:-2]) and n.tag != "XSN":
                break
    return False


def _actors(text: str, words: Sequence[Morph]) -> list[Morph]:
    """The particles that name an actor outside quotes: a subject ("주민이"), a topic after a noun
    ("새솔시는", "센터도"), or an office as source ("새솔시에서는"); not a topic after a clause ("…에 관해서도")
    or an occasion of speaking ("간담회에서는": :func:`~kosum.engines.speakers.occasion_at`)."""
    quoted = _quoted(text)
    actors = []
    for k, (before, m) in enumerate(pairwise(words)):
        if m.form not in ACTOR_PARTICLES or any(a <= m.start < b for a, b in quoted):
            continue
        # not after an ending ("…에 관해서도": a clause, nobody) nor an occasion ("간담회에서는": where, not who)
        after_noun = not before.tag.startswith(("J", "E")) or (
            before.form == OFFICE_SOURCE_PARTICLE and not occasion_at(words, k)
        )
        if f"{before.form}/{before.tag}" in BACK_POINTERS:
            continue  # "이는", "그것이": a pointer names nobody the bullet shows
        if m.tag == "JKS" or (m.tag == "JX" and after_noun):
            actors.append(m)
    return actors


@lru_cache(maxsize=4096)
def unattributed(text: str) -> bool:
    """True for a bullet that reports words or an intention with nobody to own them: a speech verb
    after a quotative ending ("…늘었다고 답함", "…난다며 비판"), an intention ("…해 나가겠음") or a
    decision ("…하기로 함"), and no subject or topic. A reported clause not in quotes may hold its own
    subject ("소음이 크다며 …"): its speaker is then a topic or a second subject. Sound where the source's
    generic office subject ("시는 …") was dropped; the caller knows that, not this check.

    >>> unattributed("주민 불편을 줄여 나가겠음"), unattributed("새솔시는 주민 불편을 줄여 나가겠음")
    (True, False)
    >>> unattributed("상인들이 겪는 주차난을 덜어 가겠음")
    True
    """
    text = text.strip()
    if not OWNERLESS_CUES.search(text):
        return False  # none of the morphemes read below: no words, intention, decision, guess or hope
    words = without_marks(reading(text))
    quoted = _quoted(text)
    outside = [m for m in words if not any(a <= m.start < b for a, b in quoted)]
    actors = _actors(text, words)
    quotatives = [k for k, m in enumerate(outside[:-1]) if m.tag == "EC" and QUOTATIVE_ENDING.match(m.form)]
    if len(outside) > 1 and outside[-1].form in SPEECH_NOUNS and QUOTATIVE_ADNOMINAL.match(outside[-2].form):
        quotatives.append(len(outside) - 2)  # "…불분명하다는 설명": words reported as a quotative ending does
    ask = asked(outside)  # "…하도록 당부": what was asked, reported as a quotative ending does
    if ask is not None:
        quotatives.append(ask)
    if quotatives:
        return not speaker(outside, actors, max(quotatives))
    # a subject inside an adnominal clause ("주민이 겪는 …") owns no intention, decision or hope
    owners = [m for a, m in enumerate(actors) if owns(outside, actors, a)]
    voiced = quoted_by(outside, actors)
    # an office or a body as the source of words or a plan ("대통령실에서 "…"라고 함")
    sources = [m for k, m in enumerate(outside) if source_at(outside, k)]
    actors += sources
    owners += sources
    will = any(m.tag == "EP" and m.form in WILL_ENDINGS for m in outside)
    keys = [f"{m.form}/{m.tag}" for m in outside]
    decided = any(tuple(keys[k : k + 2]) == DECISION_KEYS for k in range(len(keys) - 1))
    reported = any(m.tag == "JKQ" for m in outside[:-1])
    if (reported and not voiced) or ((will or decided) and not owners):
        return True
    return _guessed(outside, keys, actors) or _hoped(outside, owners)


def _guessed(outside: Sequence[Morph], keys: Sequence[str], actors: Sequence[Morph]) -> bool:
    """True for a guess ("…늘어날 것으로 보임") with no topic to make it: a subject of the guessed
    clause ("물놀이객이") is not who guesses."""
    stem = next((k for k in range(len(outside) - 1, -1, -1) if outside[k].tag.startswith("VV")), None)
    if (
        stem is None
        or outside[stem].form not in ESTIMATE_STEMS
        or tuple(keys[max(0, stem - 2) : stem]) != ESTIMATE_KEYS
    ):
        return False
    if any(m.tag.startswith(("VV", "VA", "NN")) for m in outside[stem + 1 :]):
        return False  # the guess is not the bullet's last predicate
    return (
        not any(m.tag == "JX" and m.form not in ALSO_PARTICLES for m in actors)
        and sum(m.tag == "JKS" for m in actors) < 2
    )


def _hoped(outside: Sequence[Morph], actors: Sequence[Morph]) -> bool:
    """True for an expectation ("…효과도 기대", "…기대됨") whose only actor is an "also" phrase, or none:
    who hopes, or what else is hoped for, stands in another sentence."""
    nouns = [k for k, m in enumerate(outside) if m.tag.startswith("NN")]
    if not nouns or outside[nouns[-1]].form not in EXPECT_NOUNS:
        return False
    if any(m.tag.startswith(("VV", "VA", "NN")) for m in outside[nouns[-1] + 1 :]):
        return False
    return all(m.form in ALSO_PARTICLES for m in actors)


def _opens_with_predicate(text: str, words: Sequence[Morph]) -> bool:
    """True for a bullet whose first word is a verb with a connective ending ("확장하고 있으며, …",
    "운영해 온 …"): what it predicates of was cut. Not an adjective ("맛있고 건강한 식단"), nor a verb
    joined by "-고" to the adnominal after it ("배우고 즐기는 축제")."""
    space = text.find(" ")
    first = [m for m in words if space < 0 or m.start < space]
    tags = [m.tag.split("-")[0] for m in first]  # "VV-R": an irregular verb is a verb
    # "보기에는", "전시함으로써": a nominalized verb (or noun + 하다) with a particle
    k = 2 if tags[:2] == ["VV", "ETN"] else 3 if tags[:3] == ["NNG", "XSV", "ETN"] else 0
    if k and len(tags) > k and tags[k].startswith("J"):
        return len(first) < len(words)  # "보기에는 …": a verb's object or complement was cut
    if len(first) < 2 or tags[-1] != "EC" or len(first) == len(words):
        return False
    rest = words[len(first) :]
    gap = text.find(" ", rest[0].start)
    second = [m for m in rest if gap < 0 or m.start < gap]
    if second[0].tag.startswith("VX") and tags[0] != "VA":
        return True  # "운영해 온 …", "확장하고 있으며": an auxiliary continues the same predicate
    if first[-1].form == "고" and second[-1].tag == "ETM":
        return False
    stems = [tag for tag in tags[:-1] if tag != "EP"]
    return stems == ["VV"] or (len(stems) == 2 and stems[0].startswith("NN") and stems[1] == "XSV")


def _two_subjects(text: str, words: Sequence[Morph]) -> bool:
    """True for two topic (or two subject) phrases with only nouns between ("A는 B는 …")."""
    quoted = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    marks = [
        k
        for k, m in enumerate(words)
        if m.tag in ("JX", "JKS") and m.form in TOPIC_SUBJECT_PARTICLES and not any(a <= m.start < b for a, b in quoted)
    ]
    for a, b in pairwise(marks):
        if words[a].tag != words[b].tag or (a and words[a - 1].tag.startswith(("JKB", "E"))):
            continue
        if "," in text[words[a].end : words[b].start]:
            continue
        between = list(words[a + 1 : b])
        # nouns only, or a noun phrase with a copula's adnominal ("판결은 주범인 A씨는"): no predicate of its own
        copula = [k for k, m in enumerate(between) if m.tag == "VCP"]
        if copula and len(copula) == 1 and 0 < copula[0] < len(between) - 2 and between[copula[0] + 1].tag == "ETM":
            between = between[: copula[0]] + between[copula[0] + 2 :]
        if between and all(m.tag.startswith(_NOUN_RUN) for m in between):
            return True
    return False


#: Tags of the nouns of an actor's phrase ("새솔 청년회는"), with the particle that joins two ("새솔과 한빛이").
_ACTOR_NOUNS = ("NNG", "NNP", "NNB", "SL", "SH", "SN", "XSN", "NR", "JC")
#: Tags of the names in an actor's phrase, by which it is matched to the names a reader is shown.
NAME_TAGS = ("NNP", "SL")


def actor_names(sentence: Sentence) -> frozenset[str] | None:
    """The names (proper nouns, Latin words) of a sentence's first subject or topic outside quotes
    ("누리호는 …" -> {"누리호"}); ``None`` where it has none; empty where the phrase has no name
    ("이번 행사는") or a pointer stands there ("그는", "이들은"): such a phrase names nobody in
    particular."""
    words = without_marks(sentence.morphs)
    quoted = _quoted(sentence.text)
    for k, m in enumerate(words):
        if k == 0 or m.form not in ACTOR_PARTICLES or m.tag not in ("JKS", "JX"):
            continue
        if any(a <= m.start - sentence.start < b for a, b in quoted):
            continue
        run = []
        for n in reversed(words[:k]):
            if not n.tag.startswith(_ACTOR_NOUNS) and f"{n.form}/{n.tag}" not in BACK_POINTERS:
                break
            run.append(n)
        if not run:
            continue
        if any(f"{n.form}/{n.tag}" in BACK_POINTERS or n.tag == "NP" for n in run):
            return frozenset()
        return frozenset(n.form for n in run if n.tag in NAME_TAGS)
    return None


def _about_whom(sentence: Sentence) -> bool:
    """True where ``sentence`` names who it is about before "의 경우" (:data:`ABOUT_NOUNS`): a name, an office or a
    place ("새솔시의 경우 …", "백두산호의 경우 …"); not a thing ("쌀의 경우 …최대 생산량을 기록했다": whose record, the
    sentence before says)."""
    morphs = sentence.morphs
    for k in range(1, len(morphs) - 1):
        if morphs[k].tag != "JKG" or morphs[k + 1].form not in ABOUT_NOUNS:
            continue
        words = sentence.text[: morphs[k].start - sentence.start].split()
        word = words[-1] if words else ""
        begin = morphs[k].start - len(word)
        if who_or_where(word) or any(m.tag == "NNP" and m.start >= begin for m in morphs[:k]):
            return True
    return False


def borrows_actor(sentence: Sentence, before: Sequence[Sentence], known: str) -> bool:
    """True for a sentence with no subject or topic of its own whose actor is named in an earlier one
    (``before``, nearest last) by names none of which ``known`` holds (the text of the card's name, the
    article's title and the summary's actors): "1997년 새솔항에 들어왔고, … 운항에 성공했다" after "누리호는 …",
    under a card that names the fleet. A bullet of it would say what somebody not shown did; one whose
    actor is the card's own or the article's main actor stands, and so does one whose actor names
    nobody in particular ("이번 행사는"): a release's office acts in most of its sentences. A later
    clause's subject is no actor of an opening contrast that has none ("곧이어 …하려 했으나, 회원들이
    …": :func:`~kosum.engines.actors.opens_unowned`)."""
    whole = holds_subject(sentence.morphs, [True] * len(sentence.morphs), 0, len(sentence.morphs))
    if whole and not opens_unowned(sentence.morphs):
        return False  # a later clause's subject is no actor of a first clause that has none (engines/actors)
    if _about_whom(sentence):
        return False  # "새솔시의 경우 …": who it is about, named as a topic is
    if not any(m.tag.startswith(("VV", "XSV")) or m.tag == "ETN" for m in sentence.morphs):
        return False  # no verb: a naming or a state, no act of anybody
    for earlier in reversed(before):
        names = actor_names(earlier)
        if names is not None:
            return bool(names) and not any(name in known for name in names)
    return False
