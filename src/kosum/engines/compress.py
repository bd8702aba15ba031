"""개조식 compression of one sentence: a faithful reduction of one source clause.

A bullet is made of whole morphemes of its source sentence, in order; only the final predicate is nominalized,
keeping its modality ("착공할 예정", "늘어나지 않음"). What may go: an announcing speech frame and its speaker
(:mod:`kosum.engines.clauses` says when), parentheticals, purpose, means and background clauses, clauses before the
main one (never a middle one alone, never a condition, never one with a topic the main clause needs, never one
the rest needs to say the sentence's substance: :mod:`kosum.engines.standalone`, nor the act the rest only tells
the outcome of: :mod:`kosum.engines.acted`, nor one whose words the rest needs: :mod:`kosum.engines.belonging`), and
place phrases. Everything the kept predicate needs stays; where no safe cut is left, the caller falls back to the whole
clause (:func:`kosum.engines.bullets.make_bullet`). Example: "한빛시는 15일 가람기업과 누리중공업이 방역물품 800세트를
기부했다고 밝혔다." → "가람기업과 누리중공업이 방역물품 800세트 기부".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress as _select

from .._kiwi import get_kiwi
from ..pipeline.tuning import COMPRESS
from ..pipeline.vocab.bullets import COPULA_NOUN, SHORT_STEMS
from ..pipeline.vocab.efforts import RECEIVING_SUFFIXES
from ..pipeline.vocab.sentences import CONNECTIVE_ENDINGS
from ..pipeline.vocab.voice import WILL_ENDINGS
from ..types import Morph
from . import arguments as ar
from . import clauses as cl
from .ability import used_ability
from .acted import act_clause, may_end_on
from .actors import holds_actor
from .ahead import undated_ahead
from .anchored import keep_time_anchor, keep_time_topic
from .belonging import needed
from .bracketed import keep_hedges, keep_named_arguments, keep_qualifiers
from .circumstance import circumstance
from .claimed import claimed
from .efforts import frames_content, general_act
from .embedded import backdrop, embedded, eventless
from .equated import equated
from .grounds import leans_on, speaker_frame
from .lapsed import lapsed_plan
from .owners import orphaned_contrast, owns_rest
from .pointed import serves_next
from .reported import framed, reports
from .scoped import keep_figure_limits, scope_opening, scopes_over
from .shortening import content, shorten
from .spans import PUNCT as _PUNCT
from .spans import facts as _facts
from .spans import parentheticals as _parentheticals
from .spans import quoted as _quoted
from .spans import render as _render
from .speaking import can_speak, frame_kept, frame_stays
from .standalone import stands_alone
from .substance import hollow_rest, only_facts, outweighs, says_little

__all__ = ["compress"]

_PREDICATE = frozenset({"VV", "VA", "VX", "VCN"})
_LIGHT = frozenset({"XSV", "XSA"})


@lru_cache(maxsize=4096)
def _noun_form(stem: str, tag: str) -> str:
    """A predicate's stem nominalized by Kiwi ("맺" VV → "맺음"); the same few come back article
    after article, and a Kiwi call right after Python work costs far more than a lookup."""
    joined: str = get_kiwi().join([(stem, tag), ("음", "ETN")])
    return joined


def _nominal(
    morphs: Sequence[Morph],
    kept: list[int],
    text: str,
    base: int,
    keep: list[bool],
    irregular: dict[int, str],
    connective: bool = False,
) -> str | None:
    """Cut the kept morphemes at their final predicate and nominalize it; ``None`` where the grammar gives no safe
    cut (the sentence does not end in "-다", a "것이다" ending). With ``connective``, the kept morphemes end in a
    clause's connective ending ("참가해", "늘리고") instead."""
    tail = list(kept)
    while tail and morphs[tail[-1]].tag in _PUNCT:
        keep[tail.pop()] = False
    if not tail:
        return None
    last = morphs[tail[-1]]
    reported = last.tag == "EC" and last.form.endswith(("다고", "라고"))  # "…했다고 (밝혔다)"
    if reported or (last.form == "고" and len(tail) > 1 and morphs[tail[-2]].tag == "EF"):
        keep[tail.pop()] = False
    elif connective and last.tag == "EC" and last.form in CONNECTIVE_ENDINGS:
        pass
    elif connective and last.tag == "ETM":
        pass  # "선수가 참가한 (가운데)"
    elif last.tag.startswith("NN") and len(tail) > 1 and morphs[tail[-2]].tag == "ETM":
        return _render(text, morphs, keep, base)  # "…목표를 넘긴 것." → "…목표를 넘긴 것"
    elif last.tag != "EF" or not last.form.endswith("다"):
        return None
    i = len(tail) - 1
    while i >= 0 and morphs[tail[i]].tag in ("EP", "EF", "EC", "ETM"):
        i -= 1
    if i < 0:
        return None
    pred = morphs[tail[i]]
    will = next((j for j in tail[i + 1 :] if morphs[j].tag == "EP" and morphs[j].form in WILL_ENDINGS), None)
    will = will if will is not None else used_ability(morphs, tail, i)  # "…할 수 있었음" (engines/ability)
    lapsed = lapsed_plan(morphs, tail, i)  # "…할 계획이었음": a plan that was, never read as one now (engines/lapsed)
    if lapsed is not None and will is None:
        will = lapsed
    if will is not None and (pred.tag in _PREDICATE | _LIGHT or will == lapsed):
        # "…도모하겠다" → "…도모하겠음": an intention is never read as done ("…할 수 있었음": nor a past ability as now)
        for j in tail:
            keep[j] = j <= will
        return _render(text, morphs, keep, base) + "음"
    before = morphs[tail[i - 1]] if i > 0 else None
    attached = before is not None and before.end == pred.start and before.tag in ar.NOUNISH
    for j in tail[i:]:
        keep[j] = False
    light = pred.tag in _LIGHT and len(before.form if before else "") >= 2 and pred.form not in RECEIVING_SUFFIXES
    if attached and before is not None and (pred.tag == "VCP" or light):  # "인정받았다" → "인정받음", never "인정"
        if before.form == "것" and pred.tag == "VCP":
            keep[tail[i - 1]] = True  # "…넘긴 것이다" → "…넘긴 것임": the copula stays, nominalized
            return _render(text, morphs, keep, base) + COPULA_NOUN
        # "업무협약을 체결": an object particle before the final noun phrase goes
        j = i - 1
        while j > 0 and morphs[tail[j - 1]].tag in ar.NOUNISH:
            j -= 1
        if j > 0 and morphs[tail[j - 1]].tag == "JKO" and j > 1 and morphs[tail[j - 2]].tag in ar.NOUNISH | {"SW"}:
            keep[tail[j - 1]] = False
        return _render(text, morphs, keep, base)
    if cl.bare_copula(text, base, before, pred):
        return _render(text, morphs, keep, base)  # "오후 2시부터 5시까지다" → "…5시까지"
    if pred.tag in _PREDICATE or pred.tag in _LIGHT:
        tag = "VV" if pred.tag in _LIGHT else irregular.get(pred.start, pred.tag)
        stem = _noun_form(SHORT_STEMS.get(pred.form, pred.form) if tag == "VV" else pred.form, tag)
        head = _render(text, morphs, keep, base)
        glue = "" if before is not None and before.end == pred.start and head else " "
        return (head + glue + stem).strip() if head else stem
    return None


#: Tags that open a predicate: a topic after one of them is inside a clause, not the clause's own.
_PREDICATE_OPENERS = ("VV", "VA", "VX", "VCP", "XSV", "XSA", "EC", "ETM", "EF")


def _bracketed(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool]) -> None:
    """Parentheticals go from ``keep``, but a named argument, a figure's limit ("10%(최대 2만 원)"), a qualifier
    ("전 구간(지하 구간 제외)": an exception, a limit, a condition) and a guess ("(아마도)") stay (engines/bracketed,
    scoped)."""
    _parentheticals(morphs, keep, inside)
    keep_named_arguments(morphs, keep, inside)
    keep_figure_limits(morphs, keep, inside)
    keep_qualifiers(morphs, keep, inside)
    keep_hedges(morphs, keep, inside)  # "(아마도)": the writer's guess


def compress(
    text: str,
    morphs: Sequence[Morph],
    base: int,
    limit: int = COMPRESS.max_bullet_chars,
    skip: tuple[int, int] | None = None,
    whole: bool = False,
    office: bool = False,
) -> str | None:
    """The 개조식 bullet of a sentence ``text`` (starting at offset ``base``) with its Kiwi ``morphs`` (only those
    from ``base`` on are used), or ``None`` where the grammar gives no safe ending. ``skip``: a span of ``text`` left
    out (an in-sentence list); ``whole``: no clause or phrase dropped, only the speech frame and parentheticals;
    ``office``: the sentence's subject was the office, cut before ("시는 …"): no means clause stands in for it."""
    stop = base + len(text)
    own = [m for m in morphs if m.start >= base and m.end <= stop]
    if not own:
        return None
    irregular = {m.start: m.tag for m in own if "-" in m.tag}  # "VV-R", "VV-I": kept for the ending
    morphs = [m._replace(tag=m.tag.split("-")[0]) if "-" in m.tag else m for m in own]
    end = cl.speech_end(morphs)
    run_on = cl.run_on(morphs, end)
    if run_on:  # "누리재단은 … 공익 기구다, 올해는 …": the first sentence, ended where it ends, is the bullet
        morphs[run_on - 1] = morphs[run_on - 1]._replace(tag="EF")
        end = run_on
    inside = _quoted(morphs)  # the morphemes of quoted names, asked for by several tests below
    if skip:
        keep = [i < end and not skip[0] <= m.start - base < skip[1] for i, m in enumerate(morphs)]
    else:
        keep = [True] * end + [False] * (len(morphs) - end)
    _bracketed(morphs, keep, inside)
    spans = cl.clauses(morphs, end)
    subject = lead = ar.subject(morphs, spans[0][1])
    relay = frame_kept(text, morphs, keep, subject, end, base, inside)  # "…며, 경찰은 …다고 전했다": speaker stays
    relay = relay or claimed(text, morphs, keep, subject, end, base, inside)  # another's duty (engines/claimed)
    relay = relay or undated_ahead(text, morphs, keep, subject, end, base)  # "…참석한다고 밝힘" (engines/ahead)
    if len(spans) > 1 and cl.contrast(morphs, spans[0]) and not relay:
        subject = 0  # "단가는 … 이었으나, 올해 단가가 … 인상되어": the topic is the contrast's
    if subject and end < len(morphs) and ar.own_subject(morphs, keep, subject, end, True, inside) and not relay:
        # "시는 15일 A와 B가 … 기부했다고 밝혔다": the reported clause has its own subject; the
        # speaker (and the date of the announcement) go with the frame, where the topic can speak
        # (engines/speaking: "둘레길은 … 2만8천명이 걸었다고 밝혔다" keeps the trail)
        if can_speak(text, morphs, subject, base):
            for j in range(cl.frame_date(morphs, subject, end)):
                keep[j] = False
            subject = 0
    elif end < len(morphs) and (relay or (subject and frame_stays(text, morphs, subject, end, base, inside))):
        # "A는 양 당이 … 협상을 한 결과, … 합의했다고 밝혔다": whose clause is unclear; the frame stays,
        # so that the speaker is never read as the one who did it (nor a person telling a past act, engines/speaking)
        end = len(morphs)
        keep = [not (skip and skip[0] <= m.start - base < skip[1]) for m in morphs]
        _bracketed(morphs, keep, inside)
        spans = cl.clauses(morphs, end)
    main_topic = len(spans) > 1 and ar.own_subject(morphs, keep, spans[-1][0], end, False, inside)
    if subject and main_topic and owns_rest(morphs, keep, spans[-2], end, end, inside):
        subject = 0  # "X는 3.0㎜…이고, Z는 2.6㎜…": the main clause's subject is its own (engines/owners)

    expects = cl.expects(morphs, end)
    scope = scope_opening(morphs)

    def nominal() -> str | None:
        return _nominal(morphs, list(_select(range(len(keep)), keep)), text, base, list(keep), irregular)

    def drop(span: tuple[int, int]) -> bool:
        """Drop a clause (keeping the topic, unless the clause sets it against the next one);
        undo it when too little would be left. A clause with a topic of its own after the
        sentence's ("X는 …하는 제도로, 곡성군은 … 통해") stays: the kept topic would not be the main
        clause's."""
        nonlocal subject
        if expects and ar.any_subordinate(morphs, *span):
            return False  # "…등을 통해 … 기반 마련이 기대된다": what is expected comes from the means
        if frames_content(morphs, keep, facts, spans, lead, span[1], end):
            return False  # "…▲A ▲B 등을 추진하며 … 성장을 돕고 있다": an effort alone says nothing (engines/efforts)
        relation = cl.relation(morphs, span) and not ar.points_back(morphs, keep, *span)  # "이에 대해" goes
        if ar.stray_object(morphs, span) or ar.stray_subject(morphs, span) or cl.not_only(morphs, span) or relation:
            return False
        leans = leans_on(morphs, keep, span, subject, _fits(COMPRESS.light_bullet_chars))  # engines/grounds
        if reports(morphs, span) or cl.joins_reason(morphs, span, spans) or leans:
            return False  # "A는 …했다고 B가 발표했다"; "A하고 B하기 때문에"; "…한 점을" (engines/reported)
        if equated(morphs, span, spans) or needed(morphs, keep, span, subject, end):
            return False  # "A는 B에 바탕을 두며, … 차대이며": the copula may be B's (engines/equated, belonging)
        # a contrast's topic goes with it, an adverbial one ("…으로는", "과정에서") with its clause; where or to whom
        # ("전망대에서는", "주민에게는") stays, unless the main clause names its own ("B에서도 …": engines/scoped)
        adverbial = subject > 1 and not scopes_over(morphs, subject, span[1], end)
        # "A에서는 …했으며, B는 …": the next clause opens (no predicate before it) with a topic of its own, so the first
        # is not its (with none, "A는 …하며 …했고, C는 …", still its own; "…평가하는 제도로, B는": A's own clause)
        following = next((b for a, b in spans if a == span[1]), end)
        opening = next(
            (j for j in range(span[1], following) if morphs[j].tag.startswith(_PREDICATE_OPENERS)), following
        )
        alone = subject > 0 and not any(keep[j] for j in range(subject, span[0]))  # the topic's clauses all gone
        owned = alone and owns_rest(morphs, keep, span, opening, end, inside)  # engines/owners
        apart = cl.contrast(morphs, span) or (span[0] == 0 and adverbial) or owned  # the topic goes with the clause
        if span[0] == 0 < lead and speaker_frame(text, morphs, keep, span[1], end, base):
            return False  # "A는 …했으나, …다고 지적했다": A's words from its topic on, under a frame that stays
        # it stays alone before the main one, where the clauses between went before ("…발령했고, B도 …함에 따라")
        lone = subject if alone and not apart and not any(keep[span[1] : spans[-1][0]]) else 0
        past = max(span[0], subject if span[0] == 0 else 0)  # "…했지만, 석 달 만에 …": nobody's (engines/owners)
        if holds_actor(morphs, keep, span, past, end, inside, lone) or orphaned_contrast(
            morphs, keep, span, end, inside
        ):
            return False  # "A가 …하고, … 팔게 한": the rest's act is A's; "A는 …하며, 특히 B가 …": A's (engines/actors)
        if not main_topic and ar.own_subject(morphs, keep, max(span[0], lead), span[1], False, inside):
            return False
        if ar.named_means(morphs, span) and not _anchored(span) and _fits(COMPRESS.means_bullet_chars):
            return False  # "또한 새 쉼터 건립을 통해 … 넓힐 방침이다": the measure is all the bullet names
        if not _safe_cut(span, subject if span[0] == 0 else span[0]):
            return False
        before, topic = list(keep), subject
        if apart:
            for j in range(subject):
                keep[j] = False
            subject = 0
        for j in range(max(span[0], subject if span[0] == 0 else 0), span[1]):
            keep[j] = before[j] and scope[0] <= j < scope[1]  # "가람초의 경우" stays (engines/scoped)
        if span[1] == spans[-1][0]:  # "5월부터 조례에 따라 운영" → "5월부터 운영": the main clause's date
            keep_time_anchor(morphs, keep, span)
        repeated = span[0] == 0 and subject > 0 and ar.repeated_topic(morphs, keep, subject, span[1], end)
        if repeated or content(morphs, keep) < COMPRESS.min_content:
            keep[:], subject = before, topic
            return False
        return True

    def _fits(chars: int) -> bool:
        return len(_render(text, morphs, keep, base)) <= chars

    def _anchored(span: tuple[int, int]) -> bool:
        """True where the kept rest, ``span`` dropped (the topic kept), holds a subject or topic of its own."""
        if office:
            return True
        rest = list(keep)
        for j in range(max(span[0], subject if span[0] == 0 else 0), span[1]):
            rest[j] = False
        return ar.holds_subject(morphs, rest, 0, end, own=True, inside=inside)

    def _safe_cut(span: tuple[int, int], first: int) -> bool:
        """False where dropping ``span`` (from ``first``, the topic kept) would leave what follows
        without what it needs: the subject it shares ("멘토가 소통하며 배우고 …"), or any subject at all
        ("회원들이 준비한 공연을 통해 … 가졌다"), the clause a pointer points to, even one cut before ("…정함에
        따라, 군의회도 이를 받아들여"), the first items of a list ("A, B, C 등 10개") or an adnominal verb's argument
        ("…이용할 수 있도록 운영되는 곳")."""
        after = range(span[1], end)
        owns = ar.holds_subject(morphs, keep, first, span[1], own=True, inside=inside)
        if owns and not ar.holds_subject(morphs, keep, span[1], end, inside=inside):
            return False
        rest = list(keep)  # the kept morphemes but ``[first, span[1])``
        rest[first : span[1]] = [False] * len(rest[first : span[1]])
        if ar.holds_subject(morphs, keep, first, span[1], inside=inside) and not ar.holds_subject(
            morphs, rest, 0, end, inside=inside
        ):
            return False
        # "설명회에는 세무사가 나와 … 안내하고, 상인이 챙겨야 할 서류를 소개": the rest's only subject is an
        # adnominal clause's (an adverbial topic, "설명회에는", is none), so the dropped clause's is the one it shares
        adverbial = first > 1 and morphs[first - 2].tag.startswith("JKB")
        if owns and not ar.holds_subject(morphs, rest, first if adverbial else 0, end, own=True, inside=inside):
            return False
        # "2028년부터 순찰 차량을 늘려 … 이어갈 계획": a planned event keeps its date
        if planned and ar.dated(morphs, keep, first, span[1]) and not ar.dated(morphs, rest, 0, end):
            return False
        if ar.points_back(morphs, kept, after.start, after.stop) or cl.list_goes_on(morphs, span, end):
            return False
        # "…1억 원을 배정받았고, 추가 지원도 기대": what it adds to stays (a purpose or means clause is no item
        # a "도" adds to: "…을 위해 … 점검도 실시")
        coordinate = not ar.any_subordinate(morphs, *span)
        if ar.adds_to(morphs, keep, after, coordinate, inside):
            return False
        return not ar.gutted(morphs, keep, span[1])

    planned = cl.planned(morphs, spans[-1][0], end)
    general = len(spans) > 1 and general_act(morphs, spans[-1][0], end)  # "…에 힘쓰고 있다" (engines/efforts)
    if whole:
        return nominal()
    facts = _facts(morphs, inside)
    # the facts that are figures (a number with its unit), not a number inside a quoted name ("'제5회 …'")
    figures = [f and m.tag == "SN" and not q for f, m, q in zip(facts, morphs, inside, strict=True)]
    kept = list(keep)
    hollow = False  # a clause stayed because the rest would say almost nothing without it
    for span in spans[:-1]:
        if ar.any_subordinate(morphs, *span) and not cl.condition(morphs, span) and not only_facts(figures, keep, span):
            if hollow_rest(morphs, keep, facts, span, subject, COMPRESS.hollow_rest_content):
                hollow = True
            else:
                drop(span)  # a background clause with the sentence's only figures stays ("600여 명이 참가한 가운데")
    result = nominal()
    # still too long: the clauses before the main one go, from the first on (never one in the middle alone: what
    # is left must not join one clause's subject to another's predicate); a clause that states a fact (a number with
    # its unit, a quoted name) stays where the bullet is near the limit, and one with the sentence's only figures a
    # little further; a clause that may not go alone ("…다고 답한 운전자는") goes with the next one, or not at all
    first: int | None = None  # the start of the run of clauses kept so far
    # "…설명회를 열고, 안전 수칙을 익히는 시간을 가졌다": a main clause that only frames keeps the clauses before it
    light = len(spans) > 1 and ar.light_main(morphs, spans[-1][0], end)
    # "…국비 5억 원을 받아 사업을 진행하고 있다": a main clause that says almost nothing alone keeps the facts before
    # it, where they are its own topic's (no other topic or subject before it) and no relation ("…에 대해") frames it
    main = len(spans) - 1
    while main > 1 and cl.relation(morphs, spans[main - 1]):
        main -= 1
    thin = (
        main > 0
        and not ar.own_subject(morphs, kept, lead, spans[main][0], True, inside)
        and says_little(morphs, kept, facts, figures, max(spans[main][0], lead), end)
    )
    light = light or thin or hollow  # ... and so does one kept for what a hollow rest lacks (its length aside)
    room = max(limit, COMPRESS.light_bullet_chars) if light else limit
    half = False  # the clause just dropped is half of a coordinated means: its other half goes too
    for k, span in enumerate(spans[:-1]):
        run = (span[0] if first is None else first, span[1])
        if result is None or (
            not half
            and (
                cl.condition(morphs, span)
                or cl.joins_reason(morphs, span, spans)
                or cl.gives_reason(morphs, span)
                or len(result) <= room
                or (len(result) <= room + COMPRESS.number_slack and only_facts(facts, keep, run))
                or (len(result) <= room + 2 * COMPRESS.number_slack and only_facts(figures, keep, run))
                or (len(result) <= room + 2 * COMPRESS.number_slack and outweighs(morphs, keep, facts, run, lead))
            )
        ):
            break
        if light and not half and cl.means_of_middle(morphs, spans, k):  # "…빌려줘 비용을 줄였고, …": keeps its means
            first = run[0]
            continue
        if serves_next(morphs, kept, spans, k):
            first = run[0]  # "…제공하고 이를 통해 …하고자 …": the pointer's clause goes only with what it serves
            continue
        half = False
        held, topic = list(keep), subject
        if drop(run) and stands_alone(morphs, held, keep, spans, run, lead, facts, inside):  # engines/standalone
            first = None
            result = nominal() or result
            half = cl.coordinated_means(morphs, spans, k)
        else:
            keep[:], subject = held, topic  # the rest would not say the sentence's substance alone: the clause stays
            first = run[0]
    # "A 분야에서는 …하며 …돕고, B 분야에서는 …": where the opening topic went and the main clause has its
    # own, what is left of the clauses before it was the opening topic's: it goes too, never spliced on
    spliced = main_topic and lead and not any(keep[j] for j in range(lead)) and any(keep[: spans[-1][0]])
    spliced = spliced and not ar.own_subject(morphs, keep, lead, spans[-1][0], False, inside)  # "B는 …하고, C는 …"
    if spliced and not any(cl.condition(morphs, span) for span in spans[:-1]) and drop((0, spans[-1][0])):
        result = nominal() or result
    if result is not None and len(result) > room:
        shorten(text, morphs, keep, base, spans[-1][0], end, room)
        result = nominal() or result
    # "…체조 교실을 운영해 … 참여를 넓혔다": where the cut took the act and the rest only tells what came of it, the
    # act comes back, or the bullet ends on it (engines/acted)
    act = (
        None
        if result is None
        else act_clause(morphs, kept, keep, spans, lead, facts, inside, COMPRESS.hollow_rest_content)
    )
    acted = None if act is None else _acted(text, morphs, base, room, kept, keep, spans, act, lead, irregular)
    if acted is not None:
        return acted
    if result is not None and keep_time_topic(morphs, keep):  # "내년부터는 …": when the kept clause holds (anchored)
        result = nominal() or result
    # a non-final clause never stands alone under a main clause that plans ("…이뤄지며 … 공급될 예정이다") or one of
    # general effort (engines/efforts); else the clause with the figures ends the bullet where the main clause lost
    # them or what was kept for them is long ("모임")
    if (
        result is not None
        and not (planned or general)
        and any(figures)
        and (
            not any(f and k for f, k in zip(figures, keep, strict=True))
            or len(result) > room + 2 * COMPRESS.number_slack
        )
    ):
        result = _fact_clause(text, morphs, base, limit, facts, kept, spans, irregular) or result
    return result


def _acted(
    text: str,
    morphs: Sequence[Morph],
    base: int,
    room: int,
    kept: Sequence[bool],
    keep: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    act: tuple[int, int],
    lead: int,
    irregular: dict[int, str],
) -> str | None:
    """The bullet with the act clause ``act`` a length cut took back: with the clauses after it up to the main one
    (``kept`` holds them), where that fits ``room``; else, where the main clause lets it (engines/acted), ended on
    the act ("…정례회의를 열고 … 논의했다" → "…정례회의를 엶"), where that fits ``room`` and
    :attr:`COMPRESS.number_slack` (a place phrase dropped first); else ``None``. ``keep``: the morphemes the cut
    left."""
    main = spans[-1][0]
    back = [k or (act[0] <= j < main and c) for j, (k, c) in enumerate(zip(keep, kept, strict=True))]
    out = _nominal(morphs, list(_select(range(len(back)), back)), text, base, list(back), irregular)
    if out is not None and len(out) <= room:
        return out
    if not may_end_on(morphs, keep, spans, act, lead):
        return None
    trial = [j < act[1] and (k or (act[0] <= j and c)) for j, (k, c) in enumerate(zip(keep, kept, strict=True))]
    if len(_render(text, morphs, trial, base)) > room:
        shorten(text, morphs, trial, base, act[0], act[1], room)
    out = _nominal(morphs, list(_select(range(len(trial)), trial)), text, base, list(trial), irregular, True)
    return out if out is not None and len(out) <= room + COMPRESS.number_slack else None


def _fact_clause(
    text: str,
    morphs: Sequence[Morph],
    base: int,
    limit: int,
    facts: Sequence[bool],
    keep: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    irregular: dict[int, str],
) -> str | None:
    """Where the main clause states no fact, the bullet of the sentence up to its first
    clause that does, ended on that clause's predicate ("농가와 소비자 등 320여 명이 모여 …
    생각을 주고받았다" → "농가와 소비자 등 320여 명이 모임"; a background clause ends on its
    predicate: "600여 명이 참가한 가운데" → "600여 명이 참가"), shortened to fit ``limit`` as the
    main clause would be; ``keep``: the morphemes left after parentheticals and the speech frame."""
    for at, span in enumerate(spans[:-1]):
        if not any(f and k for f, k in zip(facts[span[0] : span[1]], keep[span[0] : span[1]], strict=True)):
            continue
        if framed(morphs, spans, at):
            return None  # "A는 …를 받고 …한 것으로 알려졌다": a part of the reported words is no statement
        if embedded(morphs, span) or eventless(morphs, span) or backdrop(morphs, span):
            return None  # "봉사자가 …만들어 …살핀 '사업'을": the clause modifies a noun (engines/embedded)
        stem = next((morphs[j] for j in range(span[1] - 1, span[0] - 1, -1) if morphs[j].tag.startswith("V")), None)
        if cl.condition(morphs, span) or (stem is not None and ar.subordinate(stem)):
            return None  # "…을 통해", "…하면": a means or a condition is no statement of its own
        if circumstance(morphs, keep, span):
            return None  # "…에 대응하여 9억 원, …": the circumstance of the act after it (engines/circumstance)
        trial = [k and j < span[1] for j, k in enumerate(keep)]
        stop = span[1]
        if stop >= 2 and ar.key(morphs[stop - 1]) in ar.SUBORDINATE and morphs[stop - 2].tag == "ETM":
            trial[stop - 1] = False  # "선수가 참가한 가운데" ends on its predicate
        if content(morphs, trial) < COMPRESS.min_content:
            return None
        if len(_render(text, morphs, trial, base)) > limit:
            shorten(text, morphs, trial, base, 0, stop, limit)
        kept = list(_select(range(len(trial)), trial))
        pred = max((j for j in kept if not morphs[j].tag.startswith(("E", "S"))), default=0)
        if pred and morphs[pred - 1].tag in ("SN", "SW") and morphs[pred - 1].end == morphs[pred].start:
            return None  # "12.5%가" read as a verb: no predicate to end on
        out = _nominal(morphs, kept, text, base, list(trial), irregular, connective=True)
        return out if out is not None and len(out) <= limit else None
    return None
