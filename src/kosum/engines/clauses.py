"""Clauses of a sentence as compression sees them: the speech frame, the clauses, conditions, contrasts
and plans (:mod:`kosum.engines.arguments` says what a clause holds; :mod:`kosum.engines.compress`
decides what to drop)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.memo import TagTest
from ..pipeline.vocab.bullets import (
    AIM_STEMS,
    CONDITION_ENDINGS,
    CONDITION_NOUNS,
    COORDINATE_ENDINGS,
    FRAME_DATE_WORDS,
    HELD_NOUNS,
    INCLUSION_STEMS,
    ITSELF_ADVERBS,
    MANNER_PARTICLES,
    MEANS_CONNECTIVES,
    NOT_ONLY_ENDINGS,
    PASSIVE_STEMS,
    PLAN_NOUNS,
    REASON_ENDINGS,
    REASON_NOUN,
    RELATION_STEMS,
    UNDERGONE_STEMS,
)
from ..pipeline.vocab.sentences import CONTRAST_ENDINGS, SUBORDINATE_FORMS
from ..pipeline.vocab.voice import ANNOUNCE_STEMS, EXPECT_NOUNS
from ..types import Morph
from .arguments import CONTENT_TAGS, holds_subject, subordinate
from .spans import quoted

__all__ = [
    "CONTENT_TAGS",
    "bare_copula",
    "clauses",
    "condition",
    "contrast",
    "coordinated_means",
    "expects",
    "frame_date",
    "joins_reason",
    "last_word",
    "list_goes_on",
    "means_of_middle",
    "not_only",
    "planned",
    "relation",
    "run_on",
    "speech_end",
    "subjectless_copula",
]

#: Tags of content after a speech frame's contrast ending: the sentence turns (:func:`_turns`).
_GOES_ON_TAGS = ("NN", "NP", "VV", "VA", "MA", "XR", "SN", "SL")

#: Tags a clause may end on besides EC and SP: nouns ("가운데") and adverbial particles ("바탕으로").
_NOUN_OR_JKB = TagTest(("NN", "JKB"))


def speech_end(morphs: Sequence[Morph]) -> int:
    """Index one past the reported clause when the sentence ends in a frame that announces it
    ("…했다고 밝혔다" → up to "다고"), else ``len(morphs)`` (a claim keeps its frame: "…했다고 주장했다")."""
    n = len(morphs)
    for i in range(n - 2, 0, -1):
        m = morphs[i]
        if m.tag != "EC" and m.tag != "EF":
            continue  # only an ending reports: the tag first
        nxt = morphs[i + 1]
        quoted = m.tag == "EC" and m.form.endswith(("다고", "라고"))
        if m.tag == "EF" and m.form.endswith("다") and nxt.form == "고" and nxt.start == m.end:
            quoted, i = True, i + 1
        if not quoted:
            continue
        said = [r.form for r in morphs[i + 1 :] if r.tag.startswith(("VV", "VA", "NNG", "XSV"))]
        # a passive frame hedges ("…했다고 알려졌다": reportedly): it stays
        passive = any(r.tag == "VX" and r.form == "지" for r in morphs[i + 1 :])
        if (
            said
            and not passive
            and not _turns(morphs[i + 1 :])
            and ("".join(said) in ANNOUNCE_STEMS or said[0] in ANNOUNCE_STEMS)
        ):
            return i + 1
        return n
    return n


def _turns(frame: Sequence[Morph]) -> bool:
    """True where the sentence turns past its speech frame: a contrast ending on the frame's verb that a clause
    of content follows ("…예정이라고 밝혔으나, 더 늦어질 것으로 보인다"): the frame is no frame, and the report
    without what turns it would state the opposite of the sentence. Only up to the frame's final ending (a
    run-on's next sentence is not the frame's)."""
    stop = next((k for k, m in enumerate(frame) if m.tag in ("EF", "SF")), len(frame))
    return any(
        m.tag == "EC"
        and m.form in CONTRAST_ENDINGS
        and any(r.tag.startswith(_GOES_ON_TAGS) for r in frame[k + 1 : stop])
        for k, m in enumerate(frame[:stop])
    )


def clauses(morphs: Sequence[Morph], end: int) -> list[tuple[int, int]]:
    """Clause spans ``[start, stop)`` of ``morphs[:end]``: cut after a connective ending (or
    after "가운데") that a space follows, unless an auxiliary verb comes next, never inside a quoted name
    ("'함께 걷고 웃는 밤' 행사를 열어": the name's "-고" ends no clause, or the noun would lose its name)."""
    spans: list[tuple[int, int]] = []
    inside = quoted(morphs)
    if end and inside[end - 1]:
        inside = [False] * len(morphs)  # a quote never closed (an apostrophe): no name to keep whole
    nominal: list[int] = []  # spans that end in a verbal noun and a comma
    start = 0
    for i in range(end - 1):
        m = morphs[i]
        tag = m.tag
        if tag == "EC":
            nxt = morphs[i + 1]
            spaced = nxt.start > m.end or (nxt.tag == "SP" and nxt.form == ",")
            # "-게" makes an adverb or a complement ("동일하게 반영", "지급하게 된다"): no clause ends there
            boundary = spaced and not nxt.tag.startswith("VX") and m.form != "게"
            # "신속하고 체계적으로 수행", "공정하고 합리적인 체계": two modifiers of one word, no clause
            manner = m.form == "고" and i and morphs[i - 1].tag in ("VA", "XSA") and _manner(morphs, i + 1)
            boundary = boundary and not manner
            # "새솔2구," read as a copula after a number ("2이구"): a numbered name in a list, no clause
            boundary = boundary and not (i > 1 and morphs[i - 1].tag == "VCP" and morphs[i - 2].tag == "SN")
            # "31%가 일제 …" read as a verb ("가/VV 어/EC"): a stem glued to a figure is its subject's particle
            boundary = boundary and not (i > 1 and _glued_figure(morphs, i - 1))
        elif tag == "SP":
            nxt = morphs[i + 1]
            if spans and spans[-1][1] == i == start and nxt.start > m.end:
                spans[-1] = (spans[-1][0], i + 1)  # the comma after a clause's end is that clause's
                start = i + 1
            continue
        elif not _NOUN_OR_JKB[tag]:
            continue  # no clause ends on any other morpheme: the hot path, most of a sentence
        elif tag[0] == "N":
            nxt = morphs[i + 1]
            # "계획을 수립, …을 위해": a verbal noun that takes an object, then a comma, ends a clause where a
            # purpose or a means follows (:func:`_framed`): it is the next clause's, and dropping it keeps this one
            if tag == "NNG" and i and morphs[i - 1].tag == "JKO" and nxt.form == "," and not inside[i]:
                spans.append((start, i + 1))
                nominal.append(len(spans) - 1)
                start = i + 1
                continue
            # "참석한 가운데" ends a clause; "농업인 가운데 50명" (among) is a part of its noun phrase
            if m.form not in SUBORDINATE_FORMS or not subordinate(m) or morphs[i - 1].tag != "ETM":
                continue
            nxt = morphs[i + 1]
            boundary = nxt.start > m.end or (nxt.tag == "SP" and nxt.form == ",")
        else:  # "바탕으로", "일환으로", "계기로"
            if i == 0 or morphs[i - 1].form not in SUBORDINATE_FORMS or not subordinate(morphs[i - 1]):
                continue
            nxt = morphs[i + 1]
            boundary = nxt.start > m.end or (nxt.tag == "SP" and nxt.form == ",")
        if boundary and not inside[i]:
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, end))
    for k in reversed(nominal):
        if not _framed(morphs, spans[k + 1]):
            spans[k : k + 2] = [(spans[k][0], spans[k + 1][1])]
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
    if len(spans) > 1 and not _two_content(morphs, *spans[-1]):
        spans[-2:] = [(spans[-2][0], end)]  # "강조하고 나섰다": a lone verb is no clause of its own
    return spans


def _glued_figure(morphs: Sequence[Morph], stem: int) -> bool:
    """True for a verb stem written right after a number or a unit sign ("31%가" read as "가/VV 어/EC"): Kiwi's
    misreading of a figure's subject particle, no predicate."""
    before = morphs[stem - 1]
    return morphs[stem].tag == "VV" and before.tag in ("SN", "SW") and before.end == morphs[stem].start


def _two_content(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where ``[start, stop)`` holds two content morphemes or more (counted up to two)."""
    count = 0
    for j in range(start, stop):
        if morphs[j].tag in CONTENT_TAGS:
            count += 1
            if count == 2:
                return True
    return False


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


def coordinated_means(morphs: Sequence[Morph], spans: Sequence[tuple[int, int]], k: int) -> bool:
    """True where clause ``k`` joins clause ``k + 1`` as two halves of one means and the clause after
    them counts what both do with a subject of its own ("강좌 30개를 열고 동아리 5곳을 운영해 해마다 900명이
    이용"): neither half goes alone, or the count would be the other half's."""
    if k + 2 >= len(spans):
        return False
    last, means = last_word(morphs, spans[k]), last_word(morphs, spans[k + 1])
    counted = spans[k + 2]
    return (
        last is not None
        and means is not None
        and last.tag == "EC"
        and last.form in COORDINATE_ENDINGS
        and means.tag == "EC"
        and means.form in MEANS_CONNECTIVES
        and any(m.tag == "SN" for m in morphs[counted[0] : counted[1]])
        and any(m.tag == "JKS" for m in morphs[counted[0] : counted[1]])
    )


def means_of_middle(morphs: Sequence[Morph], spans: Sequence[tuple[int, int]], k: int) -> bool:
    """True where clause ``k`` ends in a means connective ("…장비를 빌려줘", "…을 나눠") and the clause it is the
    means of is not the main clause but one before it: dropped alone, it would leave that clause saying what was
    achieved ("…구입 비용을 줄였고, …") without how."""
    if k + 2 >= len(spans):
        return False
    last = last_word(morphs, spans[k])
    return last is not None and last.tag == "EC" and last.form in MEANS_CONNECTIVES


def _ends_in(morphs: Sequence[Morph], span: tuple[int, int], ending: str) -> bool:
    """True for a clause whose last word ends in the connective ``ending``."""
    last = last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form == ending


def _tail(morphs: Sequence[Morph], start: int, stop: int, most: int, skip: str | tuple[str, ...]) -> list[Morph]:
    """The last ``most`` morphemes of ``morphs[start:stop]`` whose tag does not start with ``skip``,
    the last first: what the rules below read of a clause's end, without a scan of all of it."""
    out: list[Morph] = []
    for j in range(min(stop, len(morphs)) - 1, start - 1, -1):
        m = morphs[j]
        if not m.tag.startswith(skip):
            out.append(m)
            if len(out) == most:
                break
    return out


def _last_stem(morphs: Sequence[Morph], span: tuple[int, int]) -> str:
    """The form of the clause's last verb stem, when its last word ends in a connective ("포함해" → "포함하")."""
    words = _tail(morphs, span[0], span[1], 3, "S")  # the last three, the last first
    if len(words) < 2 or words[0].tag != "EC":
        return ""
    if words[1].tag == "XSV" and len(words) > 2 and words[2].tag in ("NNG", "XR"):
        return words[2].form + words[1].form  # "포함/NNG 하/XSV", "비롯/XR 하/XSV"
    return words[1].form if words[1].tag.startswith("VV") else ""


def _purpose(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a verb's purpose form ("넓히기 위해")."""
    words = _tail(morphs, span[0], span[1], 3, "S")  # the last three, the last first
    if len(words) < 3 or words[0].tag != "EC":
        return False
    return subordinate(words[1]) and words[2].tag == "ETN"


def _framed(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a purpose or a means frame (:data:`AIM_STEMS`) after its object or
    a verb's noun form ("협업을 위해", "넓히기 위해", "협약을 통해"): a frame of the clause after it."""
    words = _tail(morphs, span[0], span[1], 3, "S")  # the last three, the last first
    return len(words) == 3 and words[0].tag == "EC" and words[1].form in AIM_STEMS and words[2].tag in ("ETN", "JKO")


def _one_word(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that is one word ending in a predicate ("중점관리했으며,")."""
    last: Morph | None = None  # the word's morpheme before (punctuation and symbols aside, numbers kept)
    verb = False
    for m in morphs[span[0] : span[1]]:
        if m.tag.startswith("S") and m.tag != "SN":
            continue
        if last is not None and m.start > last.end:
            return False  # a second word
        verb = verb or m.tag.startswith(("VV", "VA", "XSV", "XSA"))
        last = m
    return verb


def last_word(morphs: Sequence[Morph], span: tuple[int, int]) -> Morph | None:
    """The last morpheme of ``span`` that is no punctuation or symbol, if any."""
    for j in range(span[1] - 1, span[0] - 1, -1):
        if not morphs[j].tag.startswith("S"):
            return morphs[j]
    return None


def contrast(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a contrast ("…이었으나,", "…할 계획이지만,")."""
    last = last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form in CONTRAST_ENDINGS


def condition(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a condition or concession ("못하면", "늘어나도"), or holds a phrase of
    one or of the time of what follows ("…를 지을 때", "…할 경우")."""
    last = last_word(morphs, span)
    if last is not None and last.tag == "EC" and last.form in CONDITION_ENDINGS:
        return True
    return any(
        morphs[j].tag == "ETM" and morphs[j + 1].form in CONDITION_NOUNS and morphs[j + 1].tag.startswith("NN")
        for j in range(span[0], min(span[1], len(morphs)) - 1)
    )


def joins_reason(morphs: Sequence[Morph], span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """True where ``span`` ends in a "-고" or "-며" conjunct (:data:`COORDINATE_ENDINGS`) and the clause after it
    gives a reason ("물가가 오르고, 임대료가 뛰었기 때문에 가게가 문을 닫았다", "…뛰었으므로"): the conjunct is half
    of that reason, and cut off alone it leaves the other half's subject as the reading of the main predicate
    (#18, faith39). Compression keeps the clauses from it on whole, as it does a condition."""
    last = last_word(morphs, span)
    after = next((s for s in spans if s[0] == span[1]), None)
    if last is None or after is None or last.tag != "EC" or last.form not in COORDINATE_ENDINGS:
        return False
    end = last_word(morphs, after)
    if end is not None and end.tag == "EC" and end.form in REASON_ENDINGS:
        return True
    return any(
        (morphs[j].form, morphs[j + 1].form) == REASON_NOUN and morphs[j].tag == "ETN"
        for j in range(after[0], after[1] - 1)
    )


def gives_reason(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where the clause ``span`` ends in a reason (:data:`REASON_ENDINGS`): what follows holds because of it,
    and without it the main clause is a bare claim. Example: "…하더라도 적발되므로" → True; "…확인하고" → False."""
    last = last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form in REASON_ENDINGS


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
    words = _tail(morphs, start, stop, 1, ("S", "E", "VCP"))
    return bool(words) and (
        words[0].form in PLAN_NOUNS or (words[0].form == "것" and _future_before(morphs, start, stop))
    )


def expects(morphs: Sequence[Morph], stop: int) -> bool:
    """True for a sentence whose predicate is a passive of expectation ("…마련이 기대된다")."""
    words = _tail(morphs, 0, stop, 2, ("S", "E"))  # the last two, the last first
    return len(words) > 1 and words[0].form in PASSIVE_STEMS and words[1].form in EXPECT_NOUNS


def _future_before(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the last "것" of the clause follows a future adnominal ending ("할 것")."""
    at = max(i for i in range(start, stop) if morphs[i].form == "것")
    return at > start and morphs[at - 1].tag == "ETM" and morphs[at - 1].form in ("ᆯ", "을", "를")


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
    words = _tail(morphs, 0, len(morphs), 2, ("S", "E"))  # the last two, the last first
    if len(words) < 2 or words[0].tag != "VCP" or words[1].tag not in ("NNG", "NNP"):
        return False
    if words[1].form in PLAN_NOUNS:
        return False  # "…지급할 계획이다": a plan's subject is the office that plans
    return not holds_subject(morphs, [True] * len(morphs), 0, len(morphs))


def subjectless_passive(morphs: Sequence[Morph]) -> bool:
    """True for a sentence that says what was done to something ("오는 5일까지 열린다", "펼쳐질 예정이다") with no
    subject or topic of its own: what was held stood in an earlier sentence, and an office that bullets leave unsaid
    acts, it is not acted on. Its last predicate is a passive stem (:data:`UNDERGONE_STEMS`).

    >>> from kosum.engines.reading import reading
    >>> subjectless_passive(reading("오는 5일까지 열린다.")), subjectless_passive(reading("사진전도 열린다."))
    (True, False)
    """
    verbs = [k for k, m in enumerate(morphs) if m.tag.startswith(("VV", "XSV"))]
    if not verbs:
        return False
    k = verbs[-1]
    held = morphs[k].form in PASSIVE_STEMS and k > 0 and morphs[k - 1].form in HELD_NOUNS  # "진행된다"
    if not (held or morphs[k].form in UNDERGONE_STEMS) or any(m.tag.startswith("VX") for m in morphs[k + 1 :]):
        return False  # "…에 쓰이도록 했다": the passive is what the office made happen, no subject of its own left out
    n = len(morphs)
    # "부대행사도 열렸다", "교육 역시 진행된다": a noun with an additive "도" or "역시" is the sentence's own subject
    if any(
        m.form in ITSELF_ADVERBS and m.tag == "MAG" and morphs[i - 1].tag.startswith("NN")
        for i, m in enumerate(morphs)
        if i
    ):
        return False
    return not holds_subject(morphs, [True] * n, 0, n) and not holds_subject(morphs, [True] * n, 0, n, own=True)


def not_only(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for clauses that hold a negative copula's connective ("…사용법뿐만 아니라", "A가 아니라"):
    what follows adds to it ("…에 대해서도") or is set against it, so it never goes, alone or with others."""
    stop = min(span[1], len(morphs))
    for j in range(span[0], stop):
        if morphs[j].tag != "VCN":
            continue
        # the next word's morpheme (punctuation and symbols aside) is the connective
        b = next((morphs[k] for k in range(j + 1, stop) if not morphs[k].tag.startswith("S")), None)
        if b is not None and b.tag == "EC" and b.form in NOT_ONLY_ENDINGS:
            return True
    return False


def run_on(morphs: Sequence[Morph], end: int) -> int:
    """Index one past a sentence's final "-다" that a comma and another sentence follow ("…공익 기구다, 올해는
    …에 중점을 둔다"), where what comes before it holds a subject or topic of its own; else 0."""
    inside: Sequence[bool] | None = None
    for i in range(1, end - 2):
        m = morphs[i]
        if m.tag == "EC" and m.form == "다" and morphs[i - 1].tag in ("VCP", "EP") and morphs[i + 1].form == ",":
            inside = quoted(morphs) if inside is None else inside
            if inside[i]:
                continue  # "'꿈이다, 희망이다'": a quoted name
            if holds_subject(morphs, [True] * len(morphs), 0, i, own=True):
                return i + 1
            return 0
    return 0


def relation(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a relation ("…지적에 대해", "…에 관해"): it names the argument of the
    predicate after it."""
    return _last_stem(morphs, span) in RELATION_STEMS


def bare_copula(text: str, base: int, before: Morph | None, pred: Morph) -> bool:
    """True for a final copula that the bullet drops after what it closes: a particle, a number or a bracket
    ("오후 2시부터 5시까지다" → "…5시까지"), or a parenthetical the bullet leaves out ("인구는 5만 명(남성 2만
    6천 명)이다" → "인구는 5만 명": ``before`` is the kept morpheme before it, ``base`` the offset of ``text``)."""
    if pred.tag != "VCP" or before is None:
        return False
    closes = pred.start > base and text[pred.start - base - 1] == ")"
    return before.tag.startswith("J") or before.tag in ("SSC", "SN") or closes
