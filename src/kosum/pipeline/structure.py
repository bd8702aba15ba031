"""Article structure: sections, one card per topic, named in the article's own words.

Chosen per article, first that applies:

* **Headings** (two or more): marker headings (■ □ ◇ ◆ ● ▶, 【…】, "1.", 첫째), even run into a
  paragraph ("■ 청년 일자리 지난 5일 시는 …"), "X 분야에서는"/"X 부문은" openers, bracket and
  "X 부문…" labels, or else unmarked subheads (short lines between paragraphs). Items
  (○ △ ▲ - ·) under marker headings stay in their section. What comes before the first
  heading is the intro; closing remarks after the last section are the closing.
* **Lead-in list**: a list in the intro ("요인으로 △A △B △C를 꼽았다") names the sections; each
  later paragraph goes to the item it speaks of, or goes on with the one before. Quoted names
  in one lead sentence, each the subject of a later paragraph, are such a list; a quoted second
  matter the lead adds ("또한 'B 사업'에서도 …") and a cued paragraph takes up makes a second part
  (:mod:`kosum.pipeline.named`). So are names the lead lists ("최우수상은 새솔군·한빛군, …") that
  each open one of a run of later paragraphs as its topic (:mod:`kosum.pipeline.entities`).
* **Sequence**: "먼저 …", then "이어 …", "끝으로 …", "X 또한 …", or a lead-in after a run of items.
  These cues and a headline's "A·B" are weak: their sections are taken only where at least two
  are carried by a noun of their own (:func:`~kosum.pipeline.cohesion.carried`); else they walk
  through one event ("먼저 축하 공연 …", "이어 시상 …").
* **Two matters**: a headline's "A 및 B", "A·B", "A하고 B" whose matters are each told in paragraphs of
  their own, by their words, with a margin (:mod:`kosum.pipeline.matters`); else one event.
* **Cohesion**: runs of paragraphs that share distinctive nouns, clearly apart from each other
  (:mod:`kosum.pipeline.cohesion`).

Otherwise the article is one topic and gets no sections (its one card is made in :mod:`kosum.pipeline.cards`):
policy-area words alone never make cards, for a release about one event passes through several areas' words
(on dev + extra pool releases they split 11 single-topic releases and found none of the multi-topic ones).

A card's label (``Segment.area``) is its heading's words, its list item, or its key noun phrase
(:mod:`kosum.pipeline.labels`); its ``policy`` tag comes from the lexicon. Cards with one label merge, in order
of first appearance. Intro, quotes and closing remarks belong to no card: they feed only the overall summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from math import fsum

from .._kiwi import get_kiwi
from ..types import Document, Sentence
from .arearuns import added_matter
from .boilerplate import looks_like_sentence
from .cohesion import after_last_item, aligned, carried, cohesive_parts, later_topics, named_parts, stray_parts
from .cohesion import paragraphs as _paragraphs
from .edges import within
from .entities import lead_entities
from .figures import section_name
from .headings import (
    Heading,
    area_opener,
    is_subhead,
    opening_heading,
    parse_heading,
    primary_marker,
    short_label,
)
from .items import item_label, list_items
from .labels import describes, key_phrase, quoted_subject, reads_as_noun, tidy_label, whole_phrase, whole_words
from .lexicon import Lexicon, load_lexicon
from .matters import matter_parts, one_act
from .nameable import clause_subject, no_name
from .named import lead_names, named_item, second_matter, words_of, written_words
from .normalize import without_marks
from .speech import is_reported_speech
from .tuning import STRUCTURE
from .vocab.common import WHITESPACE
from .vocab.layout import (
    BRACKETED,
    CLOSING,
    GO_ON,
    ITEM_PARAGRAPH,
    LATER,
    LONG_QUOTE,
    NEW_TOPIC,
    SAID_AFTER_QUOTE,
    SEQUENCE_FIRST,
    SEQUENCE_NEXT,
    TITLE_PAIR,
)

__all__ = ["ROLES", "Segment", "Structure", "find_structure"]

#: Roles of sentences: ``heading`` lines, ``body`` text of a section, ``intro`` before the
#: first section, ``closing`` after the last, ``quote`` (someone's words).
ROLES = ("heading", "body", "intro", "closing", "quote")


@dataclass(frozen=True)
class Segment:
    """A section before its bullets are written.

    ``items`` holds the texts of an item list ("△A △B") that make up this section, if any.
    """

    area: str
    heading: str | None
    heading_sentence: int | None
    sentences: tuple[int, ...]
    items: tuple[str, ...] = ()
    policy: str | None = None


@dataclass(frozen=True)
class Structure:
    """Sections of an article and the role of each of its sentences."""

    segments: tuple[Segment, ...]
    roles: tuple[str, ...]
    mode: str  # "headings" or "topics"


def is_quote(sentence: Sentence) -> bool:
    """True for reported speech: a sentence mostly inside double quotation marks, or one ending
    in a speech verb after a double-quoted text ("…"라고 말했다). A single-quoted name
    ("'○○ 축제'를 개최한다고 밝혔다") does not make a quote."""
    return is_reported_speech(sentence.text, LONG_QUOTE, SAID_AFTER_QUOTE)


def _named(doc: Document, segment: Segment, lexicon: Lexicon, label: str | None, heading: str = "") -> Segment:
    """``segment`` with its label (``label``, else its key noun phrase) and its policy tag."""
    indexes = segment.sentences
    if not label:
        chosen = set(indexes)
        rest = [s for s in doc.sentences if s.index not in chosen]
        part = [doc.sentences[i] for i in indexes]
        label = (key_phrase(part, rest, heading or segment.heading or "") if part else None) or segment.area
    label = tidy_label(label) if label else label
    if label and indexes and not lexicon.canonical(label):  # "평가" → "농정업무 종합평가"
        label = whole_phrase(label, [doc.sentences[i] for i in indexes])
        if not reads_as_noun(label, counted=True):  # "교육 넘어 나눔": a heading's clause, not a name
            label = _key_name(doc, segment, heading) or label
    if label and indexes and no_name(label):  # "둘째 날인 12일에는 …": a clause, not a name
        subject = clause_subject(label)  # "인명 피해는 없어": its subject
        label = subject if reads_as_noun(subject) else _key_name(doc, segment, heading) or label
    if label and heading:  # "장터" of a heading's "'알뜰장터'에": the heading's whole word first
        label = whole_words(label, heading)
    label = whole_words(label, doc.text) if label else label  # "농업 현황" of "친환경농업 현황": whole words
    if label and indexes:  # no event's head, a figure of speech: the section's event (figures.py)
        label = section_name(label, heading or segment.heading or "", doc.sentences[indexes[0]].text, doc.text)
    policy = lexicon.tag(label, [doc.sentences[i] for i in indexes]) if label else None
    return Segment(label, segment.heading, segment.heading_sentence, indexes, segment.items, policy)


def _key_name(doc: Document, segment: Segment, heading: str) -> str | None:
    """The key noun phrase of ``segment`` (:func:`key_phrase`) where it is a name; ``None`` otherwise."""
    chosen = set(segment.sentences)
    part = [doc.sentences[i] for i in segment.sentences]
    found = key_phrase(part, [s for s in doc.sentences if s.index not in chosen], heading or segment.heading or "")
    name = tidy_label(found) if found else ""
    return name if name and reads_as_noun(name, counted=True) and not no_name(name) else None


def _merged(segments: Sequence[Segment]) -> tuple[Segment, ...]:
    """One card per label: sections of the same topic merge, in order of first appearance."""
    out: dict[str, Segment] = {}
    for seg in segments:
        key = WHITESPACE.sub("", seg.area)
        if key in out:
            old = out[key]
            out[key] = Segment(
                old.area,
                old.heading,
                old.heading_sentence,
                tuple(sorted({*old.sentences, *seg.sentences})),
                (*old.items, *seg.items),
                old.policy or seg.policy,
            )
        else:
            out[key] = seg
    return tuple(out.values())


def _by_headings(doc: Document, found: list[tuple[list[int], Heading]], lexicon: Lexicon) -> Structure:
    sentences = doc.sentences
    roles = ["intro"] * len(sentences)
    first = found[0][0][0]
    counts = Counter(h.label for _, h in found if h.label)
    repeated = {label: counts[label] > 1 for label in counts}
    segments: list[Segment] = []
    for k, (group, heading) in enumerate(found):
        end = found[k + 1][0][0] if k + 1 < len(found) else len(sentences)
        heading_only = heading.standalone
        body_start = group[-1] + 1 if heading_only else group[0]
        if k + 1 == len(found):  # the last section stops where closing remarks begin
            for group2 in _paragraphs(sentences[body_start:end])[1:]:
                s = sentences[group2[0]]
                if CLOSING.match(s.text) or all(is_quote(sentences[i]) for i in group2):
                    end = group2[0]
                    break
        body = list(range(body_start, end))
        added = added_matter(
            sentences, group[0], body, bool(area_opener(sentences[group[0]].text)), k + 1 == len(found)
        )
        body = body[: len(body) - len(added)]
        if heading_only:
            for i in group:
                roles[i] = "heading"
        for i in body:
            roles[i] = "quote" if is_quote(sentences[i]) else "body"
        segment = Segment(
            area="",
            heading=heading.text or None,
            heading_sentence=group[0] if heading_only else None,
            sentences=tuple(body),
        )
        label = heading.label or (short_label(heading.text) if heading.text else None)
        if label and repeated.get(label):  # "[소식] …", "[소식] …": a category, not the section's topic
            rest = BRACKETED.sub("", heading.text).strip()
            label = short_label(rest) if rest and rest != heading.text else label
        if heading.text and body and describes(heading.text):  # "물살 가른 어린이들의 도전"
            label = quoted_subject(sentences[body[0]].text, heading.text) or label
        segments.append(_named(doc, segment, lexicon, label, heading.text))
        if added:
            for i in added:
                roles[i] = "quote" if is_quote(sentences[i]) else "body"
            segments.append(_named(doc, Segment("", None, None, tuple(added)), lexicon, None))
    for i in range(len(sentences)):
        if i >= first and roles[i] == "intro":
            roles[i] = "closing"
    return Structure(_merged(segments), tuple(roles), "headings")


def _nouns(sentence: Sentence) -> set[str]:
    return {m.form for m in sentence.morphs if m.tag.startswith(("NNG", "NNP", "SL")) and len(m.form) >= 2}


def _noun_words(text: str) -> bool:
    """True for words made of nouns only ("탄소중립 에듀센터"; not "국제기구와 협력")."""
    tokens = [t for t in get_kiwi().tokenize(text) if not t.tag.startswith("S") or t.tag in ("SL", "SN", "SH")]
    return bool(tokens) and all(t.tag.startswith(("NN", "SL", "SN", "SH", "XSN", "XPN")) for t in tokens)


def _title_words(item: str) -> set[str]:
    """The words of a topic named in the headline: its written words and its Kiwi nouns."""
    nouns = {t.form for t in get_kiwi().tokenize(item) if t.tag.startswith(("NNG", "NNP", "SL")) and len(t.form) >= 2}
    return written_words(item) | nouns


def _by_lead_in(doc: Document, roles: list[str], lexicon: Lexicon) -> tuple[Segment, ...]:
    """Sections announced by a list in the intro ("성과 요인으로 △A △B △C를 꼽았다"): the later
    paragraphs follow the items in their order, each going to the item it speaks of (shared
    words) or staying with the one before; "한편, …" opens a topic the list did not name."""
    sentences = doc.sentences
    limit = max(2, len(sentences) // 3)
    lead = next((s for s in sentences[:limit] if len(list_items(s.text)) >= 2), None)
    items = list_items(lead.text) if lead is not None else []
    named = None
    openings = [sentences[g[0]] for g in _paragraphs(sentences)]
    listed = lead_entities(sentences[:limit], openings) if lead is None else None  # names as written: kept
    if lead is None and (named := lead_names(sentences[:limit], openings) or listed):
        lead, items = named  # quoted names or listed names in the lead, each taken up by its own paragraphs
    pair = TITLE_PAIR.search(doc.title or "") if lead is None else None
    if lead is not None:
        item_words = words_of(lead, items)
        after = lead.index
    elif pair and all(_noun_words(pair[side]) for side in ("left", "right")) and not one_act(pair.groups(), sentences):
        items = [pair["left"], pair["right"]]
        item_words = [_title_words(item) for item in items]
        after = -1
    else:
        return ()
    spread = Counter(w for words in item_words for w in words)
    runs: list[list[list[int]]] = [[]]  # runs of paragraphs, cut at "한편, …"
    for group in _paragraphs(sentences):
        if group[0] <= after or all(roles[i] in ("quote", "closing") for i in group):
            continue
        if NEW_TOPIC.match(sentences[group[0]].text):
            runs.append([])
        runs[-1].append(group)
    owner: dict[int, list[int]] = {}
    for r, run in enumerate(runs):
        if not run:
            continue
        scores = []
        seen: set[str] = set()
        for group in run:
            opening = _nouns(sentences[group[0]]) | written_words(sentences[group[0]].text)
            later = {w for i in group[1:] for w in _nouns(sentences[i]) | written_words(sentences[i].text)} - opening

            # A word shared by several items tells less about which one the paragraph speaks of;
            # an item's word said for the first time since the list tells more.
            def weight(w: str) -> float:
                return (1.0 if w in seen else 2.0) / spread[w]  # noqa: B023 (used at once)

            scores.append(
                [
                    fsum(weight(w) for w in opening & words) + 0.5 * fsum(weight(w) for w in later & words)
                    for words in item_words
                ]
            )
            seen |= opening | later
        if r and max(scores[0]) < 2:  # after "한편, …": a topic the list did not name
            keys = [len(items) + run[0][0]] * len(run)
        else:
            claimed = {
                max(range(len(row)), key=row.__getitem__) for row in scores if max(row) >= STRUCTURE.lead_in_claim
            }
            if r == 0 and len(claimed) < 2:  # the paragraphs don't follow the list: it names no sections
                return ()
            subjects = [named_item(sentences[g[0]], item_words) for g in run]
            # after quoted names, a paragraph whose subject names none goes on with the one before
            stay = [
                (bool(GO_ON.match(sentences[g[0]].text)) or (named is not None and k is None)) and p > 0
                for p, (g, k) in enumerate(zip(run, subjects, strict=True))
            ]
            keys = aligned(scores, stay, subjects)
            first = next((p for p, row in enumerate(scores) if max(row) > 0), len(run))
            keys = [-1] * first + keys[first:]  # paragraphs before any item belong to the intro
            units = [[sentences[i] for i in g] for g in run]
            if lead is not None:  # after a headline's topics, the rest goes on with the last
                keys = after_last_item(keys, scores, units, len(items))
        for key, group in zip(keys, run, strict=True):
            # after the list, a part of fragments alone ("수상 단체의 경우") is no card
            if key >= len(items) and not any(looks_like_sentence(sentences[i].text) for i in group):
                continue
            if key >= 0:
                owner.setdefault(key, []).extend(i for i in group if roles[i] == "body")
    if len(owner) < 2 or (lead is None and _weak(doc, list(owner.values()))):
        return ()
    segments = [
        Segment(item_label(items[k]) if k < len(items) else "", None, None, tuple(owner[k]))
        for k in sorted(owner)
        if owner[k]
    ]
    return tuple(
        replace(seg, policy=lexicon.tag(seg.area, [sentences[i] for i in seg.sentences]))
        if listed and named is listed and seg.area
        else _named(doc, seg, lexicon, seg.area or None)
        for seg in sorted(segments, key=lambda seg: seg.sentences[0])
    )


def _by_sequence(doc: Document, roles: list[str], lexicon: Lexicon) -> tuple[Segment, ...]:
    """Sections that the article lays out in sequence: "먼저 …", then "이어 …", "둘째 날인 …", "끝으로 …"."""
    sections: list[list[int]] = []
    items_before = 0  # item paragraphs (‣ ○ ▲ - ·) in a row just before this one
    for group in _paragraphs(doc.sentences)[1:]:
        text = doc.sentences[group[0]].text
        body = [i for i in group if roles[i] == "body"]
        item = bool(ITEM_PARAGRAPH.match(text))
        if not sections:
            if SEQUENCE_FIRST.match(text) and body:
                sections.append(body)
            continue
        # The next topic: a sequence word, or a lead-in paragraph after a run of items.
        lead_in = not item and items_before >= 2 and not GO_ON.match(text) and not LATER.match(text)
        if (SEQUENCE_NEXT.match(text) or lead_in) and body:
            sections.append(body)
        else:
            sections[-1].extend(body)
        items_before = items_before + 1 if item else 0
    if len(sections) < 2 or _weak(doc, sections):
        return ()
    return tuple(_named(doc, Segment("", None, None, tuple(part)), lexicon, None) for part in sections if part)


def _weak(doc: Document, sections: Sequence[Sequence[int]]) -> bool:
    """True where sections told by weak cues (sequence words, a headline's "A·B") are one event
    told in steps: fewer than ``STRUCTURE.min_carried`` of them carried by a noun of their own
    (:func:`~kosum.pipeline.cohesion.carried`). "먼저 …", "이어 …" also walk through one
    ceremony, and "A·B 교육" names one course."""
    return carried([[doc.sentences[i] for i in part] for part in sections if part]) < STRUCTURE.min_carried


def _by_cohesion(doc: Document, roles: list[str], lexicon: Lexicon) -> tuple[Segment, ...]:
    """Parts of an article without cues: runs of paragraphs that share distinctive nouns, each
    named by the topic its opening sentence states, else by its key noun phrase. Taken only when
    the parts hold together with a margin: at least ``STRUCTURE.cohesion_min_held`` parts of two
    or more paragraphs each (two such parts are as often one release's story and its background),
    and a release whose paragraphs each go their own way is one topic. In prose (paragraphs of
    several sentences) a part must also name its topic (:func:`~kosum.pipeline.cohesion.named_parts`),
    and the named parts must hold together in the same way."""
    # Running text only: menu words and one-line fragments left by a page are no part of a topic.
    units = [
        [doc.sentences[i] for i in group if roles[i] == "body" and looks_like_sentence(doc.sentences[i].text)]
        for group in _paragraphs(doc.sentences)
    ]
    units = [unit for unit in units if unit]
    if len(units) < STRUCTURE.cohesion_min_paragraphs:
        return ()
    parts = cohesive_parts(units)
    held = [part for part in parts if len(part.units) >= 2]
    if len(held) < STRUCTURE.cohesion_min_held or len(parts) > STRUCTURE.cohesion_max_share * len(units):
        return ()
    parts = named_parts(units, parts)  # prose: a part names its topic, or it is the story's next step
    if sum(len(part.units) >= 2 for part in parts) < STRUCTURE.cohesion_min_held:
        return ()
    parts = stray_parts(units, parts)  # a lone paragraph that names nothing new goes on with the part before
    parts = later_topics(units, parts)  # named by the first topic it states; parts of one topic are one
    if sum(len(part.units) >= 2 for part in parts) < STRUCTURE.cohesion_min_held:
        return ()
    segments = [
        (Segment("", None, None, tuple(s.index for k in part.units for s in units[k])), part.topic) for part in parts
    ]
    return tuple(_named(doc, seg, lexicon, within(topic, STRUCTURE.max_label) or None) for seg, topic in segments)


def _by_second_matter(doc: Document, roles: list[str], lexicon: Lexicon) -> tuple[Segment, ...]:
    """Two parts: the lead's first matter, and a second one it names in quotes that a later
    paragraph takes up with a cue (:func:`~kosum.pipeline.named.second_matter`), named by its name."""
    groups = [[i for i in g if roles[i] == "body"] for g in _paragraphs(doc.sentences)]
    found = second_matter(doc.sentences, groups, max(2, len(doc.sentences) // 3))
    if found is None:
        return ()
    first, second, name = found
    return (
        _named(doc, Segment("", None, None, tuple(first)), lexicon, None),
        Segment(name, None, None, tuple(second), policy=lexicon.tag(name, [doc.sentences[i] for i in second])),
    )  # the quoted name as written: the article's own name of the matter, even a clause ("고쳐 쓰기")


def _by_matters(doc: Document, roles: list[str], lexicon: Lexicon) -> tuple[Segment, ...]:
    """Two parts where the headline joins two matters, each told apart (:mod:`kosum.pipeline.matters`)."""
    found = matter_parts(doc, roles) or []
    return tuple(_named(doc, Segment("", None, None, tuple(part)), lexicon, name) for name, part in found)


def _by_topics(doc: Document, lexicon: Lexicon) -> Structure:
    sentences = doc.sentences
    n = len(sentences)
    roles = ["quote" if is_quote(s) else "body" for s in sentences]
    if n >= STRUCTURE.lead_min_sentences:
        roles[0] = "intro"  # the lead sums up the whole article
    paragraphs = _paragraphs(sentences)
    if len(paragraphs) > 1:  # a closing quote paragraph
        last = paragraphs[-1]
        if all(roles[i] == "quote" for i in last):
            for i in last:
                roles[i] = "closing"
    announced = (
        _by_lead_in(doc, roles, lexicon)
        or _by_sequence(doc, roles, lexicon)
        or _by_second_matter(doc, roles, lexicon)
        or _by_matters(doc, roles, lexicon)
        or _by_cohesion(doc, roles, lexicon)
    )
    if announced:
        covered = {i for seg in announced for i in seg.sentences}
        for i in range(n):
            if roles[i] == "body" and i not in covered:
                roles[i] = "intro" if i < announced[0].sentences[0] else "closing"
        return Structure(_merged(announced), tuple(roles), "topics")
    return Structure((), tuple(roles), "topics")  # no sections: one topic, one card


def find_structure(doc: Document, lexicon: Lexicon | None = None) -> Structure:
    """Find the sections of ``doc`` and the role of each sentence."""
    lexicon = lexicon or load_lexicon()
    found: list[tuple[list[int], Heading]] = []
    for group in _paragraphs(doc.sentences):
        text = doc.text[doc.sentences[group[0]].start : doc.sentences[group[-1]].end]
        heading = parse_heading(text) or opening_heading(text)
        if heading is not None:
            found.append((group, heading))
    # "X 분야에서는 …" runs inside paragraphs open sections too, unless marker headings lead.
    if all(
        area_opener(doc.sentences[group[0]].text) for group, _ in found if primary_marker(doc.sentences[group[0]].text)
    ):
        at = {group[0] for group, _ in found}
        runs = [([s.index], h) for s in doc.sentences if s.index not in at and (h := area_opener(s.text))]
        if len(found) + len(runs) >= 2:
            found = sorted([*found, *runs], key=lambda f: f[0][0])
    # Items (○ △ ▲ - ·) under marker headings (■ □ ◇ 1. 첫째) stay in their section.
    primary = [(group, h) for group, h in found if primary_marker(doc.sentences[group[0]].text)]
    if len(primary) >= 2:
        found = primary
    if len(found) < 2:  # unmarked subheads: short lines between paragraphs of running text
        at = {group[0] for group, _ in found}
        found = sorted([*found, *((g, h) for g, h in _subheads(doc) if g[0] not in at)], key=lambda f: f[0][0])
    if len(found) >= 2:
        return _by_headings(doc, found, lexicon)
    return _by_topics(doc, lexicon)


def _subheads(doc: Document) -> list[tuple[list[int], Heading]]:
    """Paragraphs that are one short line with no sentence ending, after the intro and followed by
    running text: the article's own subheads ("'학교 밖 배움'을 넓히는 교육 생태계 구축")."""
    groups = _paragraphs(doc.sentences)
    found = []
    for k, group in enumerate(groups[1:-1], start=1):
        text = doc.sentences[group[0]].text
        after = doc.sentences[groups[k + 1][0]].text
        if (
            len(group) == 1
            and is_subhead(text)
            and looks_like_sentence(after)
            and not _leans_on(doc.sentences[group[0]])
        ):
            found.append((group, Heading(text=text, label=short_label(text), standalone=True)))
    return found


def _leans_on(sentence: Sentence) -> bool:
    """True for a line whose last word ends in a particle or an ending ("주요 협약 내용은",
    "이번 협약을 통해"): it leads into what follows, it names no section."""
    words = without_marks(sentence.morphs)
    return bool(words) and words[-1].tag.startswith(("J", "E"))
