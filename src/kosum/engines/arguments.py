"""Who and what a clause has, as compression sees them: its topic and subjects, the words that point
back, the object or measure it names, the adnominal forms that need it (:mod:`kosum.engines.clauses`
cuts a sentence into clauses; :mod:`kosum.engines.compress` decides what to drop)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..pipeline.vocab.bullets import (
    ADDING_NOUNS,
    ADDITIVE_PARTICLES,
    CLAUSE_NOUNS,
    CONDITION_NOUNS,
    DATE_WORDS,
    ENABLING_FRAME,
    FRAME_DATE_WORDS,
    GOAL_NOUNS,
    ITSELF_ADVERBS,
    LIGHT_NOUNS,
    MEANS_CONNECTIVES,
    MEANS_STEMS,
    NAMED_MEANS_KEYS,
    PLACE_PARTICLES,
    POINTER_KEYS,
    PREDICATE_BOUND_NOUNS,
    QUANTITY_HEDGES,
    RESOLVE_STEMS,
    TIME_ADNOMINALS,
    TIME_TOPIC_NOUNS,
    TIME_WORDS,
    TOPIC_IDIOM_NEXT,
    TOPIC_SUBJECT_PARTICLES,
)
from ..pipeline.vocab.sentences import DATE_UNITS, SUBORDINATE, SUBORDINATE_FORMS, TIME_NOUNS
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph
from .spans import quoted

__all__ = [
    "CONTENT_TAGS",
    "KEPT_WORDS",
    "NAME_TAGS",
    "NOUNISH",
    "SUBORDINATE",
    "adds_to",
    "adnominal_next",
    "adnominal_phrase",
    "any_subordinate",
    "dated",
    "gutted",
    "holds_subject",
    "key",
    "light_main",
    "named_means",
    "own_subject",
    "points_back",
    "repeated_topic",
    "shared_subject",
    "stray_object",
    "stray_subject",
    "subject",
    "subordinate",
    "thin_main",
    "topic_after",
]

#: Tags of a noun-like morpheme (a topic or subject particle may follow it).
NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "SW", "XSN", "XR"})
#: Tags a subject or topic particle may follow: a noun-like morpheme, a closing bracket, a pronoun.
_SUBJECT_HEADS = NOUNISH | {"SSC", "NP"}
_NOUN_OR_BRACKET = NOUNISH | {"SSC"}

#: Tags of a content morpheme (nouns, stems, numbers) and of a name (a proper noun, a foreign word).
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "SN", "SL", "SH", "XR", "VV", "VA"})
NAME_TAGS = frozenset({"NNP", "SL", "SH"})

#: Words that keep their phrase from shortening: a condition ("경우") or a time ("다음 달", "내년").
KEPT_WORDS = CONDITION_NOUNS | TIME_NOUNS | TIME_WORDS


#: The forms of :data:`POINTER_KEYS`, :data:`NAMED_MEANS_KEYS` and :data:`ENABLING_FRAME`: a morpheme of
#: another form has none of their keys, so its key is never made (the rules below look at the form first).
_POINTER_FORMS = frozenset(k.split("/")[0] for k in POINTER_KEYS)
_NAMED_MEANS_FORMS = frozenset(k.split("/")[0] for k in NAMED_MEANS_KEYS)
_ENABLING_FORMS = tuple(k.split("/")[0] for k in ENABLING_FRAME)


def key(m: Morph) -> str:
    return f"{m.form}/{m.tag[:3] if m.tag.startswith(('VV', 'VA')) else m.tag}"


def subordinate(m: Morph) -> bool:
    """True for a stem or noun of :data:`~kosum.pipeline.vocab.sentences.SUBORDINATE` (its form is
    looked at first: cheaper)."""
    return m.form in SUBORDINATE_FORMS and key(m) in SUBORDINATE


def any_subordinate(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where a morpheme of ``[start, stop)`` is :func:`subordinate` (in one loop: a clause's test)."""
    return any(morphs[j].form in SUBORDINATE_FORMS and key(morphs[j]) in SUBORDINATE for j in range(start, stop))


def _acting_place(morphs: Sequence[Morph], i: int, stop: int) -> bool:
    """True where ``morphs[i]`` is "에서" ending the sentence's first word, a name ("누리재단에서"),
    and no verb's adnominal form takes it ("광장에서 열린"), nor a topic or subject follows."""
    m = morphs[i]
    if m.tag != "JKB" or m.form not in PLACE_PARTICLES or i == 0 or morphs[i - 1].tag not in ("NNG", "NNP"):
        return False
    if any(morphs[j].start > morphs[j - 1].end for j in range(1, i + 1)):
        return False  # not the first word
    rest = range(i + 1, stop)
    if any(morphs[j].tag == "ETM" for j in rest if morphs[j - 1].tag.startswith(("VV", "XSV", "EP"))):
        return False
    return not holds_subject(morphs, [True] * len(morphs), i + 1, len(morphs), own=True)


def subject(morphs: Sequence[Morph], stop: int) -> int:
    """Index one past the sentence's opening topic with its modifiers ("새솔시는", "12월 2일 이후
    취득한 자동차는") or its opening "N에서" that no other topic follows ("누리재단에서 …"), else 0."""
    for i in range(stop):
        m = morphs[i]
        if m.tag == "JX" and m.form in TOPIC_PARTICLES and i > 0:
            return i + 1 if topic_after(morphs, i) else 0
        if _acting_place(morphs, i, stop):
            return i + 1  # "누리재단에서 … 위해 … 기탁했다": an organisation acts as the subject
        if m.tag == "EC":
            return 0
    return 0


def own_subject(
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    start: int,
    stop: int,
    subjects: bool,
    inside: Sequence[bool] | None = None,
    timeless: bool = False,
) -> bool:
    """True when the kept morphemes of ``[start, stop)`` hold a topic of their own ("남해안은"),
    outside quotes; with ``subjects``, a subject ("누리중공업이") counts too, unless an adnominal
    clause's ("주민이 참여하는 축제"); with ``timeless``, a time ("올해는") is no topic. ``inside``:
    :func:`~kosum.engines.spans.quoted` of ``morphs``, where the caller has it."""
    for i in range(max(start, 1), stop):
        m = morphs[i]
        if (m.tag != "JX" and m.tag != "JKS") or not keep[i]:
            continue  # only a topic or subject particle counts: the tag first, the cheapest test
        inside = quoted(morphs) if inside is None else inside  # read only once a particle is kept
        if inside[i]:
            continue
        before = morphs[i - 1].tag
        if m.tag == "JX" and m.form in TOPIC_PARTICLES and topic_after(morphs, i):
            if timeless and morphs[i - 1].form in TIME_TOPIC_NOUNS:
                continue
            return True
        if m.tag == "JKS" and subjects and before in _NOUN_OR_BRACKET and not adnominal_next(morphs, i + 1, stop):
            return True
    return False


def topic_after(morphs: Sequence[Morph], i: int) -> bool:
    """True for a topic particle ``morphs[i]`` after a noun, or after an adverbial particle that
    does not follow a time ("지표에서는" is a contrastive topic; "내년에는", "12월에는" say when; a number
    glued to letters, "NR500에는", is a model's name); never in the idiom "…는 물론" (as well as: "국내는 물론 해외
    관람객에게": what the clause adds to, not who acts)."""
    if i + 1 < len(morphs) and morphs[i + 1].form in TOPIC_IDIOM_NEXT:
        return False
    before = morphs[i - 1].tag
    if before in NOUNISH or before in ("SSC", "NP"):
        return True
    if not before.startswith("JKB") or i < 2:
        return False
    word = morphs[i - 2]
    named = i > 2 and morphs[i - 3].tag == "SL" and morphs[i - 3].end == word.start
    return (word.tag != "SN" or named) and word.form not in KEPT_WORDS and word.form not in FRAME_DATE_WORDS


def shared_subject(morphs: Sequence[Morph], start: int, stop: int, inside: Sequence[bool] | None = None) -> bool:
    """True when ``[start, stop)`` holds a subject whose clause links to the rest ("양 당이 …
    협상을 한 결과,"): whose the rest is cannot be told apart (``inside``: as for :func:`own_subject`)."""
    inside = quoted(morphs) if inside is None else inside
    for i in range(start, stop):
        if morphs[i].tag != "JKS" or inside[i]:
            continue
        j = next((j for j in range(i + 1, stop) if morphs[j].tag.startswith("E")), None)
        if j is not None and morphs[j].tag == "ETM" and j + 1 < stop and morphs[j + 1].form in CLAUSE_NOUNS:
            return True
    return False


def adnominal_next(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True when the first ending from ``start`` on is an adnominal one ("참여하는"; past an auxiliary's
    connective, "챙겨야 할"): the subject before it is an adnominal clause's, not the reported clause's. A date's
    ("한빛상회가 지난 5일 …": :data:`TIME_ADNOMINALS` before a number) is none."""
    for j in range(start, stop):
        dated = j > 0 and morphs[j - 1].form in TIME_ADNOMINALS and j + 1 < stop and morphs[j + 1].tag == "SN"
        if morphs[j].tag == "ETM" and not _noun_modifier(morphs, j) and not dated:
            return True
        auxiliary = morphs[j].tag == "EC" and j + 1 < stop and morphs[j + 1].tag.startswith("VX")
        if morphs[j].tag in ("EF", "EC", "ETN") and not auxiliary:
            return False
    return False


def itself_opening(morphs: Sequence[Morph], i: int) -> bool:
    """True for "역시" (:data:`ITSELF_ADVERBS`) at ``i`` after a noun phrase that opens its clause ("…열었고, 올해 공연
    역시 …"): it names what the clause is about, as a topic does, whatever adnominal follows."""
    if i < 1 or morphs[i].tag != "MAG" or morphs[i].form not in ITSELF_ADVERBS:
        return False
    j = i - 1
    while j >= 0 and (morphs[j].tag in NOUNISH or morphs[j].tag == "MM"):
        j -= 1
    return j < i - 1 and (j < 0 or morphs[j].tag in ("SP", "EC"))


def _noun_modifier(morphs: Sequence[Morph], j: int) -> bool:
    """True for an adnominal ending ``morphs[j]`` of a copula glued to a noun ("효율적인", "전문가인"): a
    modifier inside a noun phrase, no adnominal clause."""
    return (
        j > 1
        and morphs[j - 1].tag == "VCP"
        and morphs[j - 2].end == morphs[j - 1].start
        and morphs[j - 2].tag in NOUNISH
    )


def holds_subject(
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    start: int,
    stop: int,
    own: bool = False,
    inside: Sequence[bool] | None = None,
) -> bool:
    """True when the kept morphemes of ``[start, stop)`` hold a subject ("회원들이") or a topic
    ("사업은"), outside quotes (``inside``: :func:`~kosum.engines.spans.quoted` of ``morphs``, where
    the caller has it); with ``own``, only a subject of the clause itself, not of an adnominal
    clause ("회원들이 준비한 공연"), a topic, and a noun with an additive "도" ("상인회도")."""
    for i in range(max(start, 1), stop):
        m = morphs[i]
        if (m.tag != "JX" and m.tag != "JKS") or not keep[i]:
            continue  # only a particle counts, kept and outside quotes: the tag first, the cheapest test
        inside = quoted(morphs) if inside is None else inside  # read only once a particle is kept
        if inside[i]:
            continue
        if m.tag == "JX" and m.form in TOPIC_PARTICLES and topic_after(morphs, i):
            return True
        if own and m.tag == "JX" and m.form in ADDITIVE_PARTICLES and morphs[i - 1].tag in _SUBJECT_HEADS:
            return True  # "상인회도 …을 통해": the subject the next clause adds (as the clause's own only)
        subject_particle = m.tag == "JKS" and morphs[i - 1].tag in _SUBJECT_HEADS
        if subject_particle and (not own or not adnominal_next(morphs, i + 1, stop)):
            return True
    return False


def points_back(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> bool:
    """True when the kept morphemes of ``[start, stop)`` hold a word pointing back ("이를", "이러한")."""
    return any(
        keep[i] and morphs[i].form in _POINTER_FORMS and key(morphs[i]) in POINTER_KEYS for i in range(start, stop)
    )


def adds_to(
    morphs: Sequence[Morph], keep: Sequence[bool], after: range, additive: bool, inside: Sequence[bool]
) -> bool:
    """True when the kept morphemes of ``after`` add to something said before them: a noun of
    :data:`ADDING_NOUNS` opening its phrase ("추가 지원", "관련 지침") or, with ``additive``, a noun with an
    additive "도" ("추가 지원도 기대") or a topic or subject of a bare quantity ("최소 40명은": a part of
    what was counted before), outside quotes (``inside``: as for :func:`holds_subject`)."""
    for i in range(max(after.start, 1), after.stop):
        m = morphs[i]
        if (m.tag != "JX" and m.tag != "JKS" and m.tag != "NNG") or not keep[i] or inside[i]:
            continue  # only a particle or a noun counts, kept and outside quotes: the tag first
        before = morphs[i - 1].tag
        if additive and m.tag == "JX" and m.form in ADDITIVE_PARTICLES and before in NOUNISH:
            return True
        if (
            additive
            and m.tag in ("JX", "JKS")
            and m.form in TOPIC_SUBJECT_PARTICLES
            and _bare_quantity(morphs, keep, i)
        ):
            return True
        verb = i + 1 < len(morphs) and morphs[i + 1].tag == "XSV"  # "모드를 추가한", "A와 관련해": no pointer
        if m.tag == "NNG" and m.form in ADDING_NOUNS and before not in NOUNISH and not verb:
            return True
    return False


def _bare_quantity(morphs: Sequence[Morph], keep: Sequence[bool], i: int) -> bool:
    """True where the particle ``morphs[i]`` follows a number and its counter ("40명은") that no kept noun
    names, at most a hedge ("최소 40명은"; not "참가자 40명은")."""
    if i < 2 or morphs[i - 1].tag != "NNB" or morphs[i - 2].tag != "SN":
        return False
    head = morphs[i - 3] if i > 2 and keep[i - 3] else None
    return head is None or not head.tag.startswith("NN") or head.form in QUANTITY_HEDGES


def dated(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> bool:
    """True when the kept morphemes of ``[start, stop)`` date something: a number with a date unit ("2028년부터")
    or a word of :data:`DATE_WORDS` ("내년 상반기에는")."""
    for i in range(start, stop):
        m = morphs[i]
        if keep[i] and (m.form in DATE_WORDS or (m.form in DATE_UNITS and i and morphs[i - 1].tag == "SN")):
            return True
    return False


def named_means(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause ``span`` that names a measure as the means of what follows: an object, no
    pointer ("이를", "이 협의체"), before a means or set-up verb ended by a connective ("새 쉼터 건립을
    통해", "돌봄센터를 마련해")."""
    if any(morphs[j].form in _POINTER_FORMS and key(morphs[j]) in POINTER_KEYS for j in range(*span)):
        return False
    for j in range(max(span[0], 2), span[1] - 1):
        named = morphs[j].form in _NAMED_MEANS_FORMS and key(morphs[j]) in NAMED_MEANS_KEYS
        if not named or morphs[j - 1].tag != "JKO":
            continue
        if not morphs[j - 2].tag.startswith(("NN", "SN", "SL", "SH", "XSN", "SSC")):
            continue  # the object is a noun phrase ("…을 통해"), not a nominalized clause
        ending = j + 2 if morphs[j].tag.startswith("NN") and morphs[j + 1].tag == "XSV" else j + 1
        if ending < span[1] and morphs[ending].form in MEANS_CONNECTIVES and not _modifies(morphs, ending + 1):
            return True
    return False


def _modifies(morphs: Sequence[Morph], at: int) -> bool:
    """True where the first verb from ``at`` on ends in an adnominal form whose noun phrase is an item
    of a list ("그림책을 통해 어휘력을 넓히는 '교실', …": the means is that item's, not the main clause's);
    not where the noun phrase is an argument ("…을 통해 인력 부족으로 인한 문제를 …")."""
    for i in range(at, len(morphs) - 1):
        if not morphs[i].tag.startswith(("VV", "VA", "XSV", "XSA")):
            continue
        ending = next((j for j in range(i + 1, len(morphs)) if not morphs[j].tag.startswith(("EP", "VX"))), i + 1)
        if ending >= len(morphs) or morphs[ending].tag != "ETM":
            return False
        for m in morphs[ending + 1 :]:
            if m.tag == "SP" and m.form == ",":
                return True
            if m.tag.startswith(("JKS", "JKO", "JKB", "JX", "JKC", "V", "E")):
                return False
        return False
    return False


def stray_object(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a means or purpose clause ("…을 위해", "…을 통해") that holds an object of the verb
    after it ("도시에서 쓰이던 관리 앱을 농가를 위해 도입하여"): with no predicate between that object
    and the clause's stem, the object is the next verb's, and never goes with the clause."""
    stem = next((j for j in range(span[1] - 1, span[0] - 1, -1) if subordinate(morphs[j])), None)
    if stem is None or not morphs[stem].tag.startswith("VV"):
        return False
    own = stem - 1 if stem > span[0] and morphs[stem - 1].tag == "JKO" else stem
    for j in range(own - 1, span[0] - 1, -1):
        m = morphs[j]
        if m.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E")):
            return False
        if m.tag == "JKO":
            return True
    return False


def stray_subject(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause ended by a relation or means stem ("…에 의해", "…에 따라", "…을 통해") that holds
    a subject with no predicate between it and that stem ("새 둑이 장마철 물살에 의해 무너지는 …"): the
    stem names no subject, so the subject is the next verb's, and never goes with the clause."""
    # the stem ends a clause ("…에 의해 "), never an adnominal with its own subject ("공기가 통하는 …")
    stem = next(
        (
            j
            for j in range(span[1] - 2, span[0] - 1, -1)
            if morphs[j].form in MEANS_STEMS and morphs[j].tag == "VV" and morphs[j + 1].tag == "EC"
        ),
        None,
    )
    if stem is None:
        return False
    for j in range(stem - 1, span[0], -1):
        m = morphs[j]
        if m.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E")) or m.form == ",":
            return False  # "소유자가 납세의무자로, …에 따라": a comma ends a clause whose verb is left out
        if m.tag == "JKS" and morphs[j - 1].tag in _SUBJECT_HEADS:
            return True
    return False


def adnominal_phrase(morphs: Sequence[Morph], chunks: Sequence[Sequence[int]], at: int) -> bool:
    """True where the first predicate in the phrases ``chunks[at:]`` is a verb's adnominal form ("열린 행사에",
    "문을 연 5개의 공간", "개최된 3개의"), not a time phrase ("지난 4월"): a place phrase right before them is
    that verb's argument ("남부 권역에서 문을 연 …"), not the main clause's. An adnominal before a bound noun
    ("예약할 수 있다", "참여한 바 있다") is the main predicate's own form, and the last phrase is the predicate."""
    for chunk in chunks[at:-1]:
        words = [morphs[j] for j in chunk if not morphs[j].tag.startswith("S")]
        after = morphs[chunk[-1] + 1] if chunk[-1] + 1 < len(morphs) else None
        if words and words[-1].tag == "ETM" and after is not None and after.form in PREDICATE_BOUND_NOUNS:
            return False
        verb = next((n for n, m in enumerate(words) if m.tag.startswith(("VV", "VA", "XSV", "XSA", "VCP"))), None)
        if verb is None and words and words[-1].form in PLACE_PARTICLES:
            return False  # "이 자리에서 각 분야에서 우수한 …": the nearer place is the adnominal's
        if verb is None:
            continue
        if words[0].form in TIME_ADNOMINALS:
            return False
        # the verb's first ending that no auxiliary follows ("지어진": 짓+어+지+ㄴ) says how the clause goes on
        for n in range(verb, len(words)):
            if words[n].tag.startswith("E") and not (n + 1 < len(words) and words[n + 1].tag.startswith(("VX", "VV"))):
                return words[n].tag == "ETM"
        return False
    return False


def gutted(morphs: Sequence[Morph], keep: Sequence[bool], at: int) -> bool:
    """True when the first kept word from ``at`` on is a verb's adnominal form ("운영되는", "마련한"), one with its
    auxiliary ("해결해 온"), or a noun's copula ("고향인", "출신인"): the clause before it is that verb's argument
    or the noun's owner ("화가의 … 고향인 새솔"), and the modifier would be left without it. An adverb before
    the verb is the verb's own ("먼저 공개된": the verb after it is looked at)."""
    word = _kept_word(morphs, keep, at)
    if len(word) == 1 and morphs[word[0]].tag == "MAG":  # "…을 통해 먼저 공개된": the adverb leans on the verb too
        verb = _kept_word(morphs, keep, word[0] + 1)  # (not on an adjective: "더 많은 …" is a phrase of its own)
        word = verb if any(morphs[j].tag.startswith(("VV", "XSV")) for j in verb) else word
    if len(word) < 2 or morphs[word[0]].form in TIME_ADNOMINALS:
        return False
    last = morphs[word[-1]]
    if last.tag == "EC" and any(morphs[j].tag.startswith(("VV", "XSV")) for j in word):
        after = _kept_word(morphs, keep, word[-1] + 1)  # "해결해 온 과정": the auxiliary's adnominal is the verb's
        return len(after) > 1 and morphs[after[0]].tag == "VX" and morphs[after[-1]].tag == "ETM"
    if last.tag != "ETM":
        return False
    # "고향인 새솔": one common noun's copula (not a name's, "김가람인", nor an adjective's, "종합적인")
    copula = len(word) == 3 and morphs[word[1]].tag == "VCP" and morphs[word[0]].tag in ("NNG", "NNB")
    return copula or any(morphs[j].tag.startswith(("VV", "VA", "XSV", "XSA")) for j in word)


def _kept_word(morphs: Sequence[Morph], keep: Sequence[bool], at: int) -> list[int]:
    """The indices of the morphemes of the first kept word (eojeol) from ``at`` on."""
    word: list[int] = []
    for i in range(at, len(morphs)):
        if not keep[i]:
            continue
        if word and morphs[i].start > morphs[word[-1]].end:
            break
        word.append(i)
    return word


def light_main(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True for a main clause ``[start, stop)`` whose last object or subject is a light noun ("…이해를
    익히는 시간을 가졌다", "…관심이 높아지고 있다", "…에 최선을 다할 계획"), whose predicate names only a goal
    ("…건강 수준을 증진해 나갈 계획") or a generic resolve ("…에 힘쓸 계획") or what a means makes possible
    ("…할 수 있도록 했다"): it frames what the clauses before it say."""
    first, second = _ENABLING_FORMS
    if any(
        a.form == first and b.form == second and (key(a), key(b)) == ENABLING_FRAME
        for a, b in pairwise(morphs[start:stop])
    ):
        return True  # "…시간을 확보해 교사들이 … 논의할 수 있도록 했다": the means is what was done
    stem = next((m for m in reversed(morphs[start:stop]) if m.tag.startswith(("VV", "XSV"))), None)
    if stem is not None and stem.form in RESOLVE_STEMS:
        return True  # "…펌프장을 늘려 침수 피해 줄이기에 힘쓸 계획": a generic resolve frames the facts before it
    for i in range(stop - 2, max(start, 1) - 1, -1):
        if morphs[i].form in GOAL_NOUNS and morphs[i].tag == "NNG" and morphs[i + 1].tag == "XSV":
            return True
        if morphs[i].tag in ("JKO", "JKS"):
            return morphs[i - 1].form in LIGHT_NOUNS
    return False


def thin_main(
    morphs: Sequence[Morph], keep: Sequence[bool], facts: Sequence[bool], start: int, stop: int, most: int
) -> bool:
    """True for a main clause ``[start, stop)`` (its topic before ``start`` aside) that keeps no fact, no name
    and at most ``most`` content morphemes ("…국비 5억 원을 받아 사업을 진행하고 있다", "…두 반으로 나눠
    수업을 열었다"), where a clause before it keeps a fact or a name: alone it would say nothing the facts
    before it do not, so they stay (the whole clause is a longer true bullet)."""
    main = [j for j in range(start, stop) if keep[j]]
    if any(facts[j] or morphs[j].tag in NAME_TAGS for j in main):
        return False
    if sum(morphs[j].tag in CONTENT_TAGS for j in main) > most:
        return False
    return any(keep[j] and (facts[j] or morphs[j].tag in NAME_TAGS) for j in range(start))


def repeated_topic(morphs: Sequence[Morph], keep: Sequence[bool], topic: int, start: int, stop: int) -> bool:
    """True where the noun of the topic that ends before ``topic`` (one past its particle) comes again
    as a verb in the kept ``[start, stop)`` ("온라인 예약은 …부터 가능하며, … 예약할 수 있다"): the topic is
    the clause's before it, and never joined to that one's predicate."""
    if topic < 2 or not morphs[topic - 2].tag.startswith("NN"):
        return False
    head = morphs[topic - 2].form
    return any(
        keep[j] and morphs[j].form == head and morphs[j].tag.startswith("NN") and morphs[j + 1].tag == "XSV"
        for j in range(start, min(stop, len(morphs) - 1))
    )
