"""Who can say it: the sentence-initial topic a cut speech frame takes with it (#18, faith38).

"…했다고 밝혔다" is cut before (:func:`kosum.engines.clauses.speech_end`), and where the reported clause
has a subject of its own, the sentence's opening topic goes with the frame as its speaker ("새솔군은 15일
주민 300명이 성금을 기부했다고 밝혔다" → "주민 300명이 성금을 기부"). But a thing cannot speak: where the
topic names a road, a project or a figure's noun ("둘레길은 4월 2만3천명, 5월 2만8천명이 걸어 이용객이
40% 늘었다고 밝혔다", the office in an earlier sentence), it is the reported clause's own subject, and
without it the bullet moves the figures onto whatever the card is named for. So the topic goes only where it
can be the speaker (:func:`can_speak`): an office, a place, a person or a post, a people noun, a name, or a
body (:data:`~kosum.pipeline.vocab.voice.SPEAKER_ENDS`, :data:`~kosum.pipeline.vocab.voice.SPEAKER_WORDS`).
Where that cannot be told, it stays: a longer true bullet beats a short false one.

Where the reported clause has no subject of its own, the topic stays as its subject and only the frame goes:
an office or its head telling its own act or plan ("누리시는 올해 월세 지원을 두 배로 늘렸다고 밝혔다" → "누리시는
… 늘림"). But a person who speaks for no office, telling a past act ("푸른당 김바다 의원은 교재 지도 가운데 3분의 1을
무료 누리집에서 옮겨왔다고 밝혔다": a textbook's, named in an earlier sentence), is no actor of it: without
the frame, the bullet makes the speaker the one who did it. There the frame stays (:func:`tells_others`, #18
faith39).

Two more reported clauses are never the speaker's acts (faith40). A frame that relays ("…고 전했다") passes on news
the speaker learned, most often of others ("박모 씨는 공방을 운영해 왔고, 새솔경찰서는 도장까지 정교하게 새겨
구별하기 힘들었다고 전했다": the police carved no seal): it stays wherever its speaker would stay in the bullet
(:func:`relays`). And a clause that tells what befell people ("새솔군은 산불로 스무 명 남짓 크게 다쳤다고
알렸다": :func:`befell`) is no act of an office, nor of whoever speaks of it.

Nor is a judgement (faith41). "새솔경찰서는 외지인을 노린 범행이라는 점은 명백하나 …했는지는 불분명하다고
밝혔다", cut to "새솔경찰서는 … 명백하나 … 불분명함", makes the police the ones who aimed, or unsure of themselves;
and "새솔군은 강물이 넘칠 가능성이 크다고 밝혔다", cut to "강물이 넘칠 가능성이 큼", states the county's assessment
as a fact. Where the reported clause judges a thing ("…한 점은", "…했는지는") or how likely or needed a clause with a
subject of its own is, the speaker and the frame stay (:func:`judged`), even after a contrast ("…명백하나") or where no
opening topic is found; so they do where the speaker is named only by the occasion ("회견에서는 …라고 밝혔다":
:func:`said_at`), and where the speaker's first words had a frame of their own ("누리시는 …치를 예정이라고 알리며,
…펼쳐질 것이라고 알렸다": :func:`said_before`): cut, the bullet would keep the first frame and state the rest
as a fact, "누리시는 …" left with no verb of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..pipeline.labels import names_where, who_or_where
from ..pipeline.people import names_people
from ..pipeline.vocab.asides import (
    HARM_KEYS,
    INVESTIGATOR_ENDS,
    JUDGED_THINGS,
    JUDGEMENT_HEADS,
    JUDGEMENT_NOUN_TAILS,
    JUDGEMENT_NOUNS,
    OCCASION_NOUNS,
    QUESTION_ENDINGS,
    RELAY_STEMS,
    SUFFER_STEMS,
)
from ..pipeline.vocab.sentences import PAST_FORMS
from ..pipeline.vocab.voice import ANNOUNCE_STEMS, SPEAKER_ENDS, SPEAKER_WORDS, TOPIC_PARTICLES, WITNESS_ENDS
from ..types import Morph
from .arguments import key, shared_subject, topic_after

__all__ = [
    "befell",
    "can_speak",
    "frame_kept",
    "frame_stays",
    "judged",
    "relayed",
    "relays",
    "said_at",
    "said_before",
    "tells_others",
]

_NAME_TAGS = frozenset({"NNP", "SL"})


def can_speak(text: str, morphs: Sequence[Morph], subject: int, base: int) -> bool:
    """True where the opening topic ``morphs[:subject]`` (its particle last, ``subject`` one past it) of
    ``text`` (starting at offset ``base``) can be who announces the sentence: its last word, or the words
    of its noun phrase, name an office, a place, a person, people or a body, or one of its nouns is a
    proper name ("김바다 군수는", "새솔군은", "누리재단은"); not a thing ("둘레길은", "올해 매출은"), nor a
    word the analyser reads as a name only in its sentence and as two common nouns alone ("둘레/길")."""
    if subject < 2:
        return True
    particle = morphs[subject - 1]
    head = text[: particle.start - base]
    words = head.split()
    if not words:
        return True
    word = words[-1]
    nouns = [m for m in morphs[: subject - 1] if m.start - base >= len(head) - len(word)]
    alone = short_tokens(word)
    common = len(alone) > 1 and all(t.tag == "NNG" for t in alone)  # "둘레/NNG 길/NNG": a compound, no name
    if any(m.tag in _NAME_TAGS for m in nouns) and not common:
        return True  # a name, Korean or in Latin letters ("김바다", "NRS")
    bare = word.removesuffix("들")
    return (
        who_or_where(" ".join(words[-2:]))
        or names_where(bare, text)
        or names_people(bare)
        or bare.endswith(SPEAKER_ENDS)
        or bare in SPEAKER_WORDS
    )


def tells_others(text: str, morphs: Sequence[Morph], subject: int, end: int, base: int) -> bool:
    """True where the opening topic ``morphs[:subject]`` of ``text`` (from offset ``base``) is a person who
    speaks for no office (:data:`~kosum.pipeline.vocab.voice.WITNESS_ENDS`: "김바다 의원은", "이가람 교수는"),
    or an authority that investigates others' acts (:data:`~kosum.pipeline.vocab.asides.INVESTIGATOR_ENDS`:
    "새솔경찰서는"), and the reported clause ending at ``end`` (one past its "다고") tells a past act
    ("…내려받았다고"): who did it is not said, so the frame stays. Not a plan or a state now ("…늘리겠다고",
    "…필요하다고")."""
    if subject < 2 or end < 2 or end > len(morphs):
        return False
    words = text[: morphs[subject - 1].start - base].split()
    if not words or not words[-1].endswith(WITNESS_ENDS + INVESTIGATOR_ENDS):
        return False
    return morphs[end - 2].tag == "EP" and morphs[end - 2].form in PAST_FORMS


def relays(morphs: Sequence[Morph], end: int) -> bool:
    """True where the frame after the reported clause ending at ``end`` relays news ("…다고 전했다":
    :data:`~kosum.pipeline.vocab.asides.RELAY_STEMS`)."""
    stem = next((m for m in morphs[end:] if m.tag.startswith("VV")), None)
    return stem is not None and stem.form in RELAY_STEMS


def relayed(
    text: str, morphs: Sequence[Morph], keep: Sequence[bool], subject: int, end: int, base: int, inside: Sequence[bool]
) -> bool:
    """True where the frame has its speaker in the reported part ``[subject, end)`` of ``text`` (from offset
    ``base``), a kept topic there that can speak (:func:`can_speak`; not a thing, "…되는 시기는"), and what it reports
    is not its own act: the frame relays (:func:`relays`: "박모 씨는 …꾸려 왔으며, 새솔경찰서는 …새겨 …힘들었다고
    전했다"), or the speaker tells a past act of others (:func:`tells_others`: "…, 새솔경찰서는 …새겨 팔았다고
    밝혔다"). The speaker stays in the bullet, and so does the frame."""
    if end >= len(morphs):
        return False
    relay = relays(morphs, end)
    return any(
        morphs[i].tag == "JX"
        and morphs[i].form in TOPIC_PARTICLES
        and keep[i]
        and not inside[i]
        and topic_after(morphs, i)
        and can_speak(text, morphs, i + 1, base)
        and (relay or tells_others(text, morphs, i + 1, end, base))
        for i in range(max(subject, 1), end)
    )


def befell(morphs: Sequence[Morph], end: int) -> bool:
    """True where the reported clause ending at ``end`` (one past its "다고") ends in what befell people
    (:data:`~kosum.pipeline.vocab.asides.HARM_KEYS`: "…숨졌다고", "…부상을 당했다고", "…사망했다고")."""
    j = end - 1
    while j > 0 and morphs[j].tag.startswith(("E", "XSV")):
        j -= 1  # the endings, and "하"/"되" of a verbal noun ("사망했다고")
    if j > 1 and morphs[j].form in SUFFER_STEMS and morphs[j].tag.startswith("VV") and morphs[j - 1].tag == "JKO":
        j -= 2  # "부상을 당했다고": what was suffered
    return key(morphs[j]) in HARM_KEYS


def frame_stays(text: str, morphs: Sequence[Morph], subject: int, end: int, base: int, inside: Sequence[bool]) -> bool:
    """True where whose act the reported clause ``[subject, end)`` tells cannot be told from it, so its frame
    stays: its subject is shared with a clause that links to it ("A는 양 당이 … 협상을 한 결과, … 합의했다고
    밝혔다": :func:`~kosum.engines.arguments.shared_subject`), a person who speaks for no office tells a past
    act (:func:`tells_others`), the frame relays news (:func:`relays`), or the clause tells what befell people
    (:func:`befell`)."""
    return (
        shared_subject(morphs, subject, end, inside)
        or tells_others(text, morphs, subject, end, base)
        or relays(morphs, end)
        or befell(morphs, end)
    )


def judged(morphs: Sequence[Morph], subject: int, end: int) -> bool:
    """True where the reported clause ``[subject, end)`` (``end`` one past its "다고") ends in a judgement: a head of
    :data:`~kosum.pipeline.vocab.asides.JUDGEMENT_HEADS` whose topic or subject is a thing an adnominal clause names
    ("…노린 것은 분명하다", "…늘린 점은 명백하다") or an embedded question ("…했는지는 확실치 않다"), or a noun of
    :data:`~kosum.pipeline.vocab.asides.JUDGEMENT_NOUNS` after a clause with a subject of its own ("물이 불어날
    가능성이 크다"; not "요금을 올릴 가능성이 있다", the speaker's own)."""
    if end > len(morphs) or end - subject < 4:
        return False
    j = end - 1
    while j > subject and morphs[j].tag.startswith(("E", "VX", "XSA", "XSV")):
        j -= 1  # "확실/XR 하/XSA 지/EC 않/VX 다고/EC": the head
    if morphs[j].form in JUDGEMENT_HEADS:
        h = j - 1 if morphs[j - 1].tag == "XPN" else j  # "불/XPN 분명/MAG"
        while h > subject and morphs[h - 1].tag == "MAG":
            h -= 1  # "…했는지는 아직 불분명하다"
        if h - subject < 3 or morphs[h - 1].tag not in ("JX", "JKS"):
            return False
        thing = morphs[h - 2]
        if thing.tag == "EC" and thing.form in QUESTION_ENDINGS:
            return True
        return thing.form in JUDGED_THINGS and thing.tag.startswith("NN") and morphs[h - 3].tag == "ETM"
    if j - subject < 3 or morphs[j - 1].tag not in ("JX", "JKS"):
        return False
    if morphs[j].form not in JUDGEMENT_NOUN_TAILS or not morphs[j].tag.startswith("VA"):
        return False
    k = j - 2
    noun = morphs[k].form
    if morphs[k].tag == "XSN" and k > subject:
        k -= 1  # "가능/NNG 성/XSN"
        noun = morphs[k].form + noun
    if noun not in JUDGEMENT_NOUNS or k <= subject or morphs[k - 1].tag != "ETM":
        return False
    return any(m.tag == "JKS" for m in morphs[subject : k - 1])


def said_at(morphs: Sequence[Morph], subject: int) -> bool:
    """True where the sentence's topic ``morphs[:subject]`` is an occasion of speaking
    (:data:`~kosum.pipeline.vocab.asides.OCCASION_NOUNS`) with "에서는" ("인터뷰에서는"): it stands where the speaker
    would, and what is reported is someone's words, not the occasion's fact."""
    if subject < 3 or subject > len(morphs):
        return False
    topic, place, noun = morphs[subject - 1], morphs[subject - 2], morphs[subject - 3]
    at = topic.tag == "JX" and place.tag == "JKB" and place.form == "에서"
    return at and noun.tag.startswith("NN") and noun.form in OCCASION_NOUNS


def frame_kept(
    text: str, morphs: Sequence[Morph], keep: Sequence[bool], subject: int, end: int, base: int, inside: Sequence[bool]
) -> bool:
    """True where the frame stays, and the speaker with it, even over a reported clause with a subject of its own:
    its speaker stands in the reported part (:func:`relayed`), the clause is a judgement (:func:`judged`), or the
    speaker is named only by the occasion (:func:`said_at`)."""
    return (
        relayed(text, morphs, keep, subject, end, base, inside)
        or judged(morphs, subject, end)
        or said_at(morphs, subject)
        or said_before(morphs, keep, subject, end)
    )


def said_before(morphs: Sequence[Morph], keep: Sequence[bool], start: int, end: int) -> bool:
    """True where the kept reported part ``[start, end)`` opens on a frame of its own that goes on ("…연다고 알리며,
    …곁들인다고 알렸다"): the speaker says both, and the last frame stays, never the first alone. A frame
    after a clause of other acts ("…모여 간담회를 열었고, 양측은 …라고 알리면서") is not the speaker's first."""
    for i in range(max(start, 1), end - 1):
        m, nxt = morphs[i], morphs[i + 1]
        if m.tag == "EC" and not m.form.endswith(("다고", "라고")):
            return False  # a clause of its own before any frame
        if not keep[i] or m.tag != "EC":
            continue
        said = next((j for j in range(i + 1, end) if morphs[j].tag.startswith("E")), None)
        if nxt.tag.startswith("VV") and nxt.form in ANNOUNCE_STEMS and said is not None and morphs[said].tag == "EC":
            return True
    return False
