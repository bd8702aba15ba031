"""Clauses of a sentence as compression sees them: the speech frame, the clauses and their
topics and subjects, conditions and contrasts (:mod:`kosum.engines.compress` decides what to drop)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..pipeline.memo import TagTest
from ..pipeline.vocab.bullets import (
    ADDITIVE_PARTICLES,
    ANNOUNCE_STEMS,
    CLAUSE_NOUNS,
    CONDITION_ENDINGS,
    CONDITION_NOUNS,
    EXPECT_NOUNS,
    FRAME_DATE_WORDS,
    INCLUSION_STEMS,
    LIGHT_NOUNS,
    MANNER_PARTICLES,
    MEANS_CONNECTIVES,
    NAMED_MEANS_KEYS,
    NOT_ONLY_ENDINGS,
    PASSIVE_STEMS,
    PLACE_PARTICLES,
    PLAN_NOUNS,
    POINTER_KEYS,
    TIME_ADNOMINALS,
    TIME_TOPIC_NOUNS,
    TIME_WORDS,
)
from ..pipeline.vocab.sentences import CONTRAST_ENDINGS, SUBORDINATE, SUBORDINATE_FORMS, TIME_NOUNS
from ..types import Morph
from .spans import quoted

__all__ = [
    "CONTENT_TAGS",
    "KEPT_WORDS",
    "NOUNISH",
    "SUBORDINATE",
    "adnominal_next",
    "clauses",
    "condition",
    "contrast",
    "expects",
    "frame_date",
    "gutted",
    "holds_subject",
    "key",
    "list_goes_on",
    "named_means",
    "own_subject",
    "planned",
    "points_back",
    "shared_subject",
    "speech_end",
    "stray_object",
    "subject",
    "subjectless_copula",
    "subordinate",
    "topic_after",
]

#: Tags of a content morpheme (nouns, stems, numbers).
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "SN", "SL", "SH", "XR", "VV", "VA"})
#: Tags of a noun-like morpheme (a topic or subject particle may follow it).
NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "SW", "XSN", "XR"})
#: Words that keep their phrase from shortening: a condition ("경우") or a time ("다음 달", "내년").
KEPT_WORDS = CONDITION_NOUNS | TIME_NOUNS | TIME_WORDS


#: Tags a clause may end on besides EC and SP: nouns ("가운데") and adverbial particles ("바탕으로").
_NOUN_OR_JKB = TagTest(("NN", "JKB"))


def key(m: Morph) -> str:
    return f"{m.form}/{m.tag[:3] if m.tag.startswith(('VV', 'VA')) else m.tag}"


def subordinate(m: Morph) -> bool:
    """True for a stem or noun of :data:`~kosum.pipeline.vocab.sentences.SUBORDINATE` (its form is
    looked at first: cheaper)."""
    return m.form in SUBORDINATE_FORMS and key(m) in SUBORDINATE


def speech_end(morphs: Sequence[Morph]) -> int:
    """Index one past the reported clause when the sentence ends in a frame that announces it
    ("…했다고 밝혔다" → up to "다고"), else ``len(morphs)`` (a claim keeps its frame: "…했다고 주장했다")."""
    n = len(morphs)
    for i in range(n - 2, 0, -1):
        m, nxt = morphs[i], morphs[i + 1]
        quoted = m.tag == "EC" and m.form.endswith(("다고", "라고"))
        if m.tag == "EF" and m.form.endswith("다") and nxt.form == "고" and nxt.start == m.end:
            quoted, i = True, i + 1
        if not quoted:
            continue
        said = [r.form for r in morphs[i + 1 :] if r.tag.startswith(("VV", "VA", "NNG", "XSV"))]
        # a passive frame hedges ("…했다고 알려졌다": reportedly): it stays
        passive = any(r.tag == "VX" and r.form == "지" for r in morphs[i + 1 :])
        if said and not passive and ("".join(said) in ANNOUNCE_STEMS or said[0] in ANNOUNCE_STEMS):
            return i + 1
        return n
    return n


def clauses(morphs: Sequence[Morph], end: int) -> list[tuple[int, int]]:
    """Clause spans ``[start, stop)`` of ``morphs[:end]``: cut after a connective ending (or
    after "가운데") that a space follows, unless an auxiliary verb comes next."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(end - 1):
        m = morphs[i]
        tag = m.tag
        if tag != "EC" and tag != "SP" and not _NOUN_OR_JKB[tag]:
            continue  # no clause ends on any other morpheme: the hot path, most of a sentence
        nxt = morphs[i + 1]
        if tag == "SP" and spans and spans[-1][1] == i == start and nxt.start > m.end:
            spans[-1] = (spans[-1][0], i + 1)  # the comma after a clause's end is that clause's
            start = i + 1
            continue
        spaced = nxt.start > m.end or (nxt.tag == "SP" and nxt.form == ",")
        # "-게" makes an adverb or a complement ("동일하게 반영", "지급하게 된다"): no clause ends there
        boundary = m.tag == "EC" and spaced and not nxt.tag.startswith("VX") and m.form != "게"
        # "신속하고 체계적으로 수행", "공정하고 합리적인 체계": two modifiers of one word, no clause
        manner = m.form == "고" and i and morphs[i - 1].tag in ("VA", "XSA") and _manner(morphs, i + 1)
        boundary = boundary and not manner
        # "새솔2구," read as a copula after a number ("2이구"): a numbered name in a list, no clause
        boundary = boundary and not (i > 1 and morphs[i - 1].tag == "VCP" and morphs[i - 2].tag == "SN")
        # "참석한 가운데" ends a clause; "농업인 가운데 50명" (among) is a part of its noun phrase
        boundary = boundary or (m.tag.startswith("NN") and spaced and subordinate(m) and morphs[i - 1].tag == "ETM")
        if not boundary and m.tag.startswith("JKB") and spaced and i > 0 and subordinate(morphs[i - 1]):
            boundary = True  # "바탕으로", "일환으로", "계기로"
        if boundary:
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, end))
    # "인재를 키우고 기회를 넓히기 위해": a clause joined by "-고" to a purpose "-기 위해" is part of it;
    # "A를 포함해 총 52편": what an inclusion takes is counted in the next clause, never cut from it
    for k in range(len(spans) - 2, -1, -1):
        inclusion = _last_stem(morphs, spans[k]) in INCLUSION_STEMS
        if inclusion or (_ends_in(morphs, spans[k], "고") and _purpose(morphs, spans[k + 1])):
            spans[k : k + 2] = [(spans[k][0], spans[k + 1][1])]
    # "…등급화해서 중점관리했으며,": a clause of one word (a predicate alone) is its argument's clause's end
    for k in range(len(spans) - 2, 0, -1):
        if _one_word(morphs, spans[k]):
            spans[k - 1 : k + 1] = [(spans[k - 1][0], spans[k][1])]
    if len(spans) > 1 and sum(morphs[j].tag in CONTENT_TAGS for j in range(*spans[-1])) < 2:
        spans[-2:] = [(spans[-2][0], end)]  # "강조하고 나섰다": a lone verb is no clause of its own
    return spans


def _manner(morphs: Sequence[Morph], at: int) -> bool:
    """True when the word from ``at`` is an adverbial of manner ("체계적으로", "정확하게", "철저히") or
    an adjective's adnominal form ("합리적인", "쾌적한"): after "-고", a pair of modifiers, no clause."""
    word = [morphs[at]]
    while at + len(word) < len(morphs) and morphs[at + len(word)].start <= word[-1].end:
        word.append(morphs[at + len(word)])
    last = word[-1] if not word[-1].tag.startswith("S") or len(word) == 1 else word[-2]
    if last.tag in ("MAG", "XSM") or (last.tag == "EC" and last.form == "게"):
        return True
    if last.tag == "ETM" and any(m.tag in ("VA", "XSA", "VCP") for m in word):
        return True  # "공정하고 합리적인 체계": two adjectives of one noun
    at = word.index(last)
    return last.tag == "JKB" and at > 0 and word[at - 1].tag == "XSN" and last.form in MANNER_PARTICLES


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


def _ends_in(morphs: Sequence[Morph], span: tuple[int, int], ending: str) -> bool:
    """True for a clause whose last word ends in the connective ``ending``."""
    last = _last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form == ending


def _last_stem(morphs: Sequence[Morph], span: tuple[int, int]) -> str:
    """The form of the clause's last verb stem, when its last word ends in a connective ("포함해" → "포함하")."""
    words = [m for m in morphs[span[0] : span[1]] if not m.tag.startswith("S")]
    if len(words) < 2 or words[-1].tag != "EC":
        return ""
    if words[-2].tag == "XSV" and len(words) > 2 and words[-3].tag == "NNG":
        return words[-3].form + words[-2].form  # "포함/NNG 하/XSV"
    return words[-2].form if words[-2].tag.startswith("VV") else ""


def _purpose(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a verb's purpose form ("넓히기 위해")."""
    words = [m for m in morphs[span[0] : span[1]] if not m.tag.startswith("S")]
    if len(words) < 3 or words[-1].tag != "EC":
        return False
    return subordinate(words[-2]) and words[-3].tag == "ETN"


def _one_word(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that is one word ending in a predicate ("중점관리했으며,")."""
    words = [m for m in morphs[span[0] : span[1]] if not m.tag.startswith("S") or m.tag == "SN"]
    if not words or not any(m.tag.startswith(("VV", "VA", "XSV", "XSA")) for m in words):
        return False
    return all(b.start <= a.end for a, b in pairwise(words))


def subject(morphs: Sequence[Morph], stop: int) -> int:
    """Index one past the sentence's opening topic with its modifiers ("새솔시는", "12월 2일 이후
    취득한 자동차는") or its opening "N에서" that no other topic follows ("누리재단에서 …"), else 0."""
    for i in range(stop):
        m = morphs[i]
        if m.tag == "JX" and m.form in ("은", "는") and i > 0:
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
    inside = quoted(morphs) if inside is None else inside
    for i in range(max(start, 1), stop):
        m, before = morphs[i], morphs[i - 1].tag
        if not keep[i] or inside[i]:
            continue
        if m.tag == "JX" and m.form in ("은", "는") and topic_after(morphs, i):
            if timeless and morphs[i - 1].form in TIME_TOPIC_NOUNS:
                continue
            return True
        if m.tag == "JKS" and subjects and before in NOUNISH | {"SSC"} and not adnominal_next(morphs, i + 1, stop):
            return True
    return False


def topic_after(morphs: Sequence[Morph], i: int) -> bool:
    """True for a topic particle ``morphs[i]`` after a noun, or after an adverbial particle that
    does not follow a time ("지표에서는" is a contrastive topic; "내년에는", "12월에는" say when)."""
    before = morphs[i - 1].tag
    if before in NOUNISH or before in ("SSC", "NP"):
        return True
    if not before.startswith("JKB") or i < 2:
        return False
    word = morphs[i - 2]
    return word.tag != "SN" and word.form not in KEPT_WORDS and word.form not in FRAME_DATE_WORDS


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
    """True when the first ending from ``start`` on is an adnominal one ("참여하는"): the subject
    before it is an adnominal clause's, not the reported clause's."""
    for j in range(start, stop):
        if morphs[j].tag == "ETM":
            return True
        if morphs[j].tag in ("EF", "EC", "ETN"):
            return False
    return False


def _last_word(morphs: Sequence[Morph], span: tuple[int, int]) -> Morph | None:
    """The last morpheme of ``span`` that is no punctuation or symbol, if any."""
    for j in range(span[1] - 1, span[0] - 1, -1):
        if not morphs[j].tag.startswith("S"):
            return morphs[j]
    return None


def contrast(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a contrast ("…이었으나,", "…할 계획이지만,")."""
    last = _last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form in CONTRAST_ENDINGS


def condition(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a condition or concession ("못하면", "늘어나도")."""
    last = _last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form in CONDITION_ENDINGS


def frame_date(morphs: Sequence[Morph], start: int, stop: int) -> int:
    """Index one past the date words right after a speech frame's speaker ("15일", "지난 3일"),
    else ``start``."""
    j = start
    while j < stop:
        word_end = j
        while word_end + 1 < stop and morphs[word_end + 1].start == morphs[word_end].end:
            word_end += 1
        if not all(m.tag == "SN" or m.form in FRAME_DATE_WORDS for m in morphs[j : word_end + 1]):
            return j
        j = word_end + 1
    return j


def planned(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True for a clause whose predicate plans or foresees ("…할 예정이다", "…할 계획이다", "…할 것이다")."""
    words = [m for m in morphs[start:stop] if not m.tag.startswith(("S", "E", "VCP"))]
    return bool(words) and (
        words[-1].form in PLAN_NOUNS or (words[-1].form == "것" and _future_before(morphs, start, stop))
    )


def expects(morphs: Sequence[Morph], stop: int) -> bool:
    """True for a sentence whose predicate is a passive of expectation ("…마련이 기대된다")."""
    words = [m for m in morphs[:stop] if not m.tag.startswith(("S", "E"))]
    return len(words) > 1 and words[-1].form in PASSIVE_STEMS and words[-2].form in EXPECT_NOUNS


def _future_before(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the last "것" of the clause follows a future adnominal ending ("할 것")."""
    at = max(i for i in range(start, stop) if morphs[i].form == "것")
    return at > start and morphs[at - 1].tag == "ETM" and morphs[at - 1].form in ("ᆯ", "을", "를")


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
    inside = quoted(morphs) if inside is None else inside
    for i in range(max(start, 1), stop):
        m = morphs[i]
        if not keep[i] or inside[i]:
            continue
        if m.tag == "JX" and m.form in ("은", "는") and topic_after(morphs, i):
            return True
        if own and m.tag == "JX" and m.form in ADDITIVE_PARTICLES and morphs[i - 1].tag in NOUNISH | {"SSC", "NP"}:
            return True  # "상인회도 …을 통해": the subject the next clause adds (as the clause's own only)
        subject_particle = m.tag == "JKS" and morphs[i - 1].tag in NOUNISH | {"SSC", "NP"}
        if subject_particle and (not own or not adnominal_next(morphs, i + 1, stop)):
            return True
    return False


def points_back(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> bool:
    """True when the kept morphemes of ``[start, stop)`` hold a word pointing back ("이를", "이러한")."""
    return any(keep[i] and key(morphs[i]) in POINTER_KEYS for i in range(start, stop))


def named_means(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause ``span`` that names a measure as the means of what follows: an object, no
    pointer ("이를", "이 협의체"), before a means or set-up verb ended by a connective ("새 쉼터 건립을
    통해", "돌봄센터를 마련해")."""
    if any(key(morphs[j]) in POINTER_KEYS for j in range(*span)):
        return False
    for j in range(max(span[0], 2), span[1] - 1):
        if key(morphs[j]) not in NAMED_MEANS_KEYS or morphs[j - 1].tag != "JKO":
            continue
        if not morphs[j - 2].tag.startswith(("NN", "SN", "SL", "SH", "XSN", "SSC")):
            continue  # the object is a noun phrase ("…을 통해"), not a nominalized clause
        ending = j + 2 if morphs[j].tag.startswith("NN") and morphs[j + 1].tag == "XSV" else j + 1
        if ending < span[1] and morphs[ending].form in MEANS_CONNECTIVES and not _modifies(morphs, ending + 1):
            return True
    return False


def _modifies(morphs: Sequence[Morph], at: int) -> bool:
    """True where the first verb from ``at`` on ends in an adnominal form whose noun phrase is an item
    of a list ("명언을 통해 표현력을 키우는 '강좌', …": the means is that item's, not the main clause's);
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


def list_goes_on(morphs: Sequence[Morph], span: tuple[int, int], stop: int) -> bool:
    """True when the clause ``span`` ends in a comma and what follows it, before any predicate, is
    the rest of a list that "등" closes ("…, 누리면 새솔2구, 한빛3구 등 8개 모임"): the clause holds
    the list's first items (a list of one item there, "A·B 등으로", is the next clause's own)."""
    if span[1] == 0 or morphs[span[1] - 1].form != ",":
        return False
    commas = 0
    for m in morphs[span[1] : stop]:
        commas += m.form == ","
        if m.tag == "NNB" and m.form == "등":
            return commas > 0
        if m.tag.startswith(("V", "E", "XS", "J")) and m.tag not in ("JC", "JKG"):
            return False
    return False


def subjectless_copula(morphs: Sequence[Morph]) -> bool:
    """True for a sentence that names what something is ("…을 대상으로 실시한 설문조사였다") with no
    subject or topic of its own: what it is about stood in an earlier sentence. A plan ("…할 계획이다")
    or a bound noun ("운영 중이다", "…할 것이다") is no such naming."""
    words = [m for m in morphs if not m.tag.startswith(("S", "E"))]
    if len(words) < 2 or words[-1].tag != "VCP" or words[-2].tag not in ("NNG", "NNP"):
        return False
    if words[-2].form in PLAN_NOUNS:
        return False  # "…지급할 계획이다": a plan's subject is the office that plans
    return not holds_subject(morphs, [True] * len(morphs), 0, len(morphs))


def stray_object(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a means or purpose clause ("…을 위해", "…을 통해") that holds an object of the verb
    after it ("운영되던 교육 프로그램을 학생들을 위해 도입하여"): with no predicate between that object
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


def gutted(morphs: Sequence[Morph], keep: Sequence[bool], at: int) -> bool:
    """True when the first kept word from ``at`` on is a verb's adnominal form ("운영되는", "마련한"):
    the clause before it is that verb's argument, and the modifier would be left without it."""
    word: list[Morph] = []
    for i in range(at, len(morphs)):
        if not keep[i]:
            continue
        if word and morphs[i].start > word[-1].end:
            break
        word.append(morphs[i])
    if len(word) < 2 or word[-1].tag != "ETM" or word[0].form in TIME_ADNOMINALS:
        return False
    return any(m.tag.startswith(("VV", "VA", "XSV", "XSA")) for m in word)


def light_main(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True for a main clause ``[start, stop)`` whose last object or subject is a light noun ("…이해를
    익히는 시간을 가졌다", "…관심이 높아지고 있다"): it frames what the clauses before it say."""
    for i in range(stop - 1, max(start, 1) - 1, -1):
        if morphs[i].tag in ("JKO", "JKS"):
            return morphs[i - 1].form in LIGHT_NOUNS
    return False


def not_only(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for clauses that hold a negative copula's connective ("…사용법뿐만 아니라", "A가 아니라"):
    what follows adds to it ("…에 대해서도") or is set against it, so it never goes, alone or with others."""
    words = [m for m in morphs[span[0] : span[1]] if not m.tag.startswith("S")]
    return any(a.tag == "VCN" and b.tag == "EC" and b.form in NOT_ONLY_ENDINGS for a, b in pairwise(words))


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
