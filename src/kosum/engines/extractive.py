"""The extractive engine: kosum's embedded default, which needs no model weights.

The overall summary is the ``N`` most salient sentences (``N``: the ``sentences`` option, a count
or the article's length, :mod:`kosum.pipeline.length`; salience: :mod:`kosum.engines.ranking`:
the lead first), redundancy removed by MMR, in article order, within a character ceiling
(``EXTRACTIVE.summary_chars`` per sentence) that drops whole sentences, never cuts one: a
sentence that does not fit is replaced by the next best, fragments (a headline, a piece of an over-long run-on)
only when nothing else is there, a host's words to the audience or a wish or a guess nobody holds
(:mod:`kosum.engines.unvoiced`) never, but in a speech given whole. Each card of
:mod:`kosum.pipeline.cards` gets 1 to its ``bullets`` bullets from its own body sentences
(headings and reported speech excluded; contact lines, captions and fragments only where
nothing else is there), ranked the same way, turned into 개조식 bullets by :mod:`kosum.engines.bullets`.
A section made of an item list ("△A △B") takes its items as bullets, and so does a picked
sentence that lists items: each item is its own bullet. Bullet candidates that state facts
the summary lacks (quantities, dates, quoted names) rank higher. A pick whose bullet does not stand
alone (broken in form, leaning on another sentence, words or an intention without their owner:
:mod:`kosum.engines.form`) is traded for the next candidate whose bullet does; a sentence inside a
quotation is never a bullet, nor is one with no actor of its own whose actor is named only in an earlier
sentence, by names neither the card, the title nor the summary's actors show
(:func:`~kosum.engines.form.borrows_actor`), or whose first clause acts right after a definition of
something they do not show (:func:`~kosum.engines.definitions.borrows_defined`), or that points to a thing
named only in a sentence they do not show ("해당 부서에서 …": :func:`~kosum.engines.pointing.points_away`). A
bullet that keeps a definition's predicate keeps what it defines
(:func:`~kosum.engines.definitions.keep_defined`), and one that announces a list it does not give ("크게 세
갈래로 나뉨") is traded like a broken one (:func:`~kosum.engines.announced.announces_unlisted`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..options import SummaryOptions
from ..pipeline.cards import Card, for_bullets
from ..pipeline.items import list_items
from ..pipeline.length import summary_length
from ..pipeline.normalize import letters
from ..pipeline.structure import Structure
from ..pipeline.tuning import COMPRESS, EXTRACTIVE
from ..types import Bullet, Document, Section, Sentence
from .base import Article, Engine
from .bullets import bare_list, bullet_for, item_bullets, list_frame, office_topic, strip_connective
from .clauses import subjectless_copula, subjectless_passive
from .compress import compress
from .cues import echo_opening, fact_terms, find_lead, is_speech, sentence_cues
from .definitions import borrows_defined, keep_defined
from .elided import elided_at, framed
from .evented import HeadlineEvent, headline_event, with_headline_event
from .features import tfidf_matrix
from .filling import filled, lead_index
from .form import actor_names, borrows_actor, defect, unattributed, unbalanced
from .headlined import NO_NEWS, HeadlineNews, headline_news
from .outlook import keep_ground, ungrounded
from .owners import doer_dropped
from .pointing import points_away
from .ranking import WINDOW, rank_sentences, select
from .result import EngineResult
from .standing import (
    Picking,
    borrows,
    headline_figures,
    leans,
    opens_badly,
    stated,
    with_antecedents,
    with_day,
    with_echo,
    with_headline_figure,
    with_headline_news,
    with_news,
)
from .unvoiced import speakerless_quote, unowned_voice

__all__ = ["ExtractiveEngine", "extract"]


def _mmr(
    candidates: Sequence[int],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    k: int,
    rows: dict[int, np.ndarray] | None = None,
    max_chars: int | None = None,
) -> list[int]:
    """MMR over ``candidates``; ``rows`` holds sentences' TF-IDF vectors when already computed;
    ``max_chars`` is a ceiling on the picks' total length."""
    if len(candidates) > EXTRACTIVE.mmr_pool:
        candidates = sorted(sorted(candidates, key=lambda i: -scores[i])[: EXTRACTIVE.mmr_pool])
    if rows is not None:
        vectors = np.array([rows[i] for i in candidates])
    else:
        vectors = tfidf_matrix([sentences[i] for i in candidates])[0]
    lengths = [len(sentences[i].text) for i in candidates]
    return select(list(candidates), scores, vectors, k, lengths=lengths, max_chars=max_chars)


def _summary(
    whole: Sequence[int],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    k: int,
    rows: dict[int, np.ndarray] | None,
    max_chars: int,
    title: str = "",
    figures: frozenset[str] = frozenset(),
    opening: tuple[int | None, int | None] = (None, None),
    news: HeadlineNews = NO_NEWS,
    event: HeadlineEvent | None = None,
) -> list[int]:
    """The summary's picks by MMR, where a sentence that leans on the one before it
    (:func:`~kosum.engines.standing.leans`) stands only right after that one, one with no subject of its own
    only where the summary or the title names its actor (:func:`~kosum.engines.standing.borrows`), and a bare
    office topic ("군은 …") or a sentence that goes on from the one before it ("내용은 …":
    :func:`~kosum.engines.standing.opens_badly`) never opens the summary: such a pick is passed over for the next
    best (what it adds to, what it is about, or the office's name, is not shown). A pick after the first that only
    says what the event was for, or who attended, gives way to a sentence that states news
    (:func:`~kosum.engines.standing.with_news`). Where no pick states the headline's news (``news``: few of its
    words) and a sentence states most of them, the first that does comes in
    (:func:`~kosum.engines.standing.with_headline_news`), and where none states its ``event`` (its predicate's noun)
    the first sentence that does (:func:`~kosum.engines.evented.with_headline_event`).
    Where the headline states a figure that no pick states,
    the first sentence that does comes in
    (:func:`~kosum.engines.standing.with_headline_figure`), and so does a short first statement of the headline's
    news before the lead, ``opening`` (the two: :func:`~kosum.engines.standing.with_echo`)."""
    at = Picking(whole, sentences, scores, (k, max_chars), title)
    barred: set[int] = set()
    while True:
        candidates = [i for i in whole if i not in barred]
        picked = _mmr(candidates, sentences, scores, k, rows, max_chars) if candidates else []
        # ... so does one that goes on with the report before it, its speaker elided ("또한 …다고 전했다")
        lost = {i for i in picked if (leans(sentences[i]) or elided_at(sentences, i)) and i - 1 not in picked}
        lost |= {i for i in picked if borrows(i, picked, sentences, title)}
        if picked and office_topic(sentences[picked[0]].text):
            lost.add(picked[0])
        # ... nor one that goes on from the sentence before it ("내용은 …"), unless it is the lead the short first
        # statement of the news comes in before (:func:`~kosum.engines.standing.with_echo`)
        if picked and picked[0] != opening[1] and opens_badly(sentences[picked[0]]):
            lost.add(picked[0])
        if not lost:
            # a later pick set against, or pointing into, the sentence before it comes with that one or gives way
            picked, lost = with_antecedents(picked, at)
        if not lost:
            picked = with_news(picked, at)
            picked = with_headline_news(picked, at, news)
            picked = with_headline_event(picked, at, (event, news))
            picked = with_headline_figure(picked, at, figures)
            picked = with_day(picked, at)
            if opening[0] not in whole:
                opening = (None, None)
            return with_echo(picked, at, opening)
        barred |= lost
        if len(barred) >= len(whole):
            return _mmr(whole, sentences, scores, k, rows, max_chars)


def _opening(doc: Document, eligible: Sequence[int]) -> tuple[int | None, int | None]:
    """The indexes of the short first statement of the headline's news and of the lead after it, among the
    ``eligible`` sentences (:func:`~kosum.engines.cues.echo_opening`); ``(None, None)`` where there is none."""
    listed = [doc.sentences[i] for i in eligible]
    cues = [sentence_cues(s) for s in listed]
    lead = find_lead(listed, cues, doc.title)
    echo = echo_opening(listed, cues, lead, doc.title)
    return (None, None) if echo is None or lead is None else (eligible[echo], eligible[lead])


def _new_facts(
    i: int, sentences: Sequence[Sentence], said: frozenset[str], written: dict[int, str] | None
) -> frozenset[str]:
    """The facts of sentence ``i`` that ``said`` lacks; with ``written`` (a candidate's bullet
    text, needed only where it has such facts), only those its bullet keeps: a fact that
    compression drops adds nothing to the card."""
    fresh = fact_terms(sentences[i], dates=False) - said
    if written is None or not fresh:
        return fresh
    kept = letters(written[i])
    return frozenset(f for f in fresh if letters(f) in kept)


def _said(sentences: Sequence[Sentence], summary: Sequence[int]) -> frozenset[str]:
    return frozenset().union(*(fact_terms(sentences[i], dates=False) for i in summary)) if summary else frozenset()


def _fact_weighted(
    candidates: Sequence[int],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    summary: Sequence[int],
    written: dict[int, str] | None = None,
) -> np.ndarray:
    """``scores`` with the candidates that state facts the summary lacks (numbers with units,
    quoted names: :func:`~kosum.engines.cues.fact_terms`, no dates) raised by ``EXTRACTIVE.bullet_fact_weight``
    per new fact, up to ``EXTRACTIVE.bullet_fact_cap`` of them: a card carries the figures and names
    that the summary left out. With ``written`` (a candidate's bullet text), only the facts its
    bullet keeps count."""
    said = _said(sentences, summary)
    weighted = scores.copy()
    for i in candidates:
        new = len(_new_facts(i, sentences, said, written))
        weighted[i] *= 1.0 + EXTRACTIVE.bullet_fact_weight * min(EXTRACTIVE.bullet_fact_cap, new)
    return weighted


def _with_a_fact(
    picked: list[int],
    candidates: Sequence[int],
    sentences: Sequence[Sentence],
    weighted: np.ndarray,
    summary: Sequence[int],
    written: dict[int, str],
) -> list[int]:
    """``picked`` with its weakest pick traded for the best candidate whose bullet keeps a fact
    the summary lacks, where no pick's bullet keeps one and a candidate's does: a card whose
    sentences state a figure or a name the summary left out carries at least one of them."""
    said = _said(sentences, summary)
    if not picked or any(_new_facts(i, sentences, said, written) for i in picked):
        return picked
    factual = [i for i in candidates if i not in picked and _new_facts(i, sentences, said, written)]
    if not factual:
        return picked
    best = max(factual, key=lambda i: weighted[i])
    weakest = min(picked, key=lambda i: weighted[i])
    return sorted([i for i in picked if i != weakest] + [best])


def _in_quote(doc: Document, i: int) -> bool:
    """True for a sentence that a quotation opened before it on its line holds ("…" 수입산을 섞는다.
    라고 하는데 …"): a piece of someone's words, never a bullet of its own."""
    sentence = doc.sentences[i]
    before = doc.text[doc.text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _bullet_worthy(sentence: Sentence) -> bool:
    """True for a sentence that makes a good bullet: long enough and no quote, contact line,
    caption, fragment or copula without a subject. A list (▲A ▲B), weak in a summary, is what
    bullets are for: each of its items becomes a bullet."""
    cues = sentence_cues(sentence)
    weak = cues.speech or cues.contact or cues.caption or cues.fragment
    # "…실시한 설문조사였다": what it names stood in an earlier sentence, which a bullet does not show
    weak = weak or subjectless_copula(sentence.morphs) or subjectless_passive(sentence.morphs)  # "…열린다": what?
    return not weak and len(sentence.text) >= EXTRACTIVE.min_chars and not unbalanced(sentence.text)


def _section_bullets(
    card: Card,
    doc: Document,
    structure: Structure,
    scores: np.ndarray,
    options: SummaryOptions,
    rows: dict[int, np.ndarray],
    summary: Sequence[int] = (),
    count: int | None = None,
    shown: Sequence[Sentence] = (),
) -> tuple[Bullet, ...]:
    """The bullets of one card: at most ``count`` (default: the ``bullets`` option), made from
    ``shown`` (the sentences as a summary states them, default: the article's)."""
    count = count or options.bullets
    shown = shown or doc.sentences
    if card.items:
        source = card.sentences[:1]
        return tuple(Bullet(text, source) for text in item_bullets(card.items)[:count])
    # reported speech is never a bullet; contact lines, captions, fragments last; a short card's lead is (cards._facts)
    spoken = {i for i in card.sentences if is_speech(doc.sentences[i].text) or _in_quote(doc, i)}
    # "또한 …다고 전했다": a report whose speaker is elided, where the bullet keeps the frame
    elided = [i for i in card.sentences if elided_at(doc.sentences, i)]
    spoken |= {i for i in elided if framed(_sentence_bullets(shown[i], options.bullet_style))}
    body = [i for i in card.fits or card.sentences if structure.roles[i] in ("intro", "body") and i not in spoken]
    names = (" ".join(sorted(actor_names(doc.sentences[k]) or ())) for k in summary)
    known = " ".join((doc.title or "", card.area, *names))
    strong = _standing(doc, body, known, summary, options.bullet_style)
    # bullets add what the summary does not say, where the section has enough else to say
    fresh = [i for i in strong if i not in summary]
    candidates = (fresh if len(fresh) >= count else strong) or body
    candidates = candidates or [i for i in card.sentences if i not in spoken]
    if not candidates:
        return ()
    # only the best candidates are written out (compression is the costly step): enough for the
    # fact weighting to change the order among those that could win
    ranked = sorted(candidates, key=lambda i: -scores[i])
    best = set(ranked[: EXTRACTIVE.bullet_pool * count])
    candidates = [i for i in candidates if i in best]
    # only candidates with facts the summary lacks need their bullets before the picks (for the
    # fact weighting); the others are written out only when picked
    said = _said(doc.sentences, summary)
    factual = [i for i in candidates if fact_terms(doc.sentences[i], dates=False) - said]
    made = {i: _sentence_bullets(shown[i], options.bullet_style) for i in factual}
    written = {i: " ".join(b.text for b in made[i]) for i in factual}
    weighted = _fact_weighted(candidates, doc.sentences, scores, summary, written)
    picked = _mmr(candidates, doc.sentences, weighted, count, rows if set(candidates) <= rows.keys() else None)
    picked = _with_a_fact(picked, candidates, doc.sentences, weighted, summary, written)
    for i in picked:
        if i not in made:
            made[i] = _sentence_bullets(shown[i], options.bullet_style)
    # a pick that does not stand alone is traded for the next best that does, among all candidates
    spare = sorted(candidates, key=lambda i: -weighted[i]) + [i for i in ranked if i not in best]
    picked = _sound(picked, spare, weighted, made, shown, options.bullet_style)
    # where none of them is sound, nor the pick's whole clause: the card's other bullet-worthy sentences,
    # even less salient or in the summary; where none of those is either, the card keeps its one pick
    others = sorted((i for i in strong if i not in candidates), key=lambda i: -scores[i])
    if len(picked) == 1 and (_unsound(made[picked[0]], shown[picked[0]]) or _echoes(made[picked[0]], card.area)):
        # a card's only bullet that repeats its label says nothing the label does not: the next sound one
        pool = others if _unsound(made[picked[0]], shown[picked[0]]) else spare + others
        # never at the cost of a figure or a name the summary lacks and the pick's bullet keeps
        kept = len(_new_facts(picked[0], doc.sentences, said, _texts(made, picked[0])))
        other = next(
            (
                i
                for i in pool
                if i not in picked
                and _fit(i, made, shown, card.area, options)
                and len(_new_facts(i, doc.sentences, said, _texts(made, i))) >= kept
            ),
            None,
        )
        picked = [other] if other is not None else picked
    if not structure.segments and sum(len(made[i]) for i in picked) < options.bullets:
        # the one card of a single-topic article left with one bullet: the lead's, then the next sound ones
        lead = lead_index(doc, structure)
        reported = lead is None or is_speech(doc.sentences[lead].text) or _in_quote(doc, lead)
        first = _standing(doc, [] if lead is None or reported else [lead], known, summary, options.bullet_style)
        pool = first + sorted((i for i in strong if i not in picked), key=lambda i: -scores[i])
        picked = filled(
            picked, pool, lambda i: _fit(i, made, shown, card.area, options), lambda i: len(made[i]), options.bullets
        )
    return tuple(b for i in picked for b in made[i])[:count]


def _standing(doc: Document, indexes: Sequence[int], known: str, summary: Sequence[int], style: str) -> list[int]:
    """Of the sentences ``indexes`` (none of them reported speech), those whose bullet can stand alone
    in a card: bullet-worthy, and none that leans on what the card and the summary (``known``, the
    sentences ``summary``) do not show."""
    strong = [i for i in indexes if _bullet_worthy(doc.sentences[i])]
    # a sentence whose actor stands in an earlier one, not the card's nor the article's, is no bullet
    strong = [i for i in strong if not borrows_actor(doc.sentences[i], doc.sentences[:i], known)]
    # ... and so is one that acts after a definition of something neither shows ("…거점은 늘봄터다. 점심을 차리고 …")
    strong = [i for i in strong if not borrows_defined(doc.sentences[i], doc.sentences[:i], known, summary)]
    # ... and so is one that points to a thing named in a sentence not shown ("해당 부서에서 …")
    seen = " ".join((known, *(doc.sentences[k].text for k in summary)))
    strong = [i for i in strong if not points_away(doc.sentences[i], seen, i - 1 in summary)]
    # ... and so is one whose bullet cuts an outlook from whose, where or about what it is ("…착공이 어려워 보임")
    strong = [i for i in strong if not ungrounded(doc.sentences[i], known, style)]
    return strong


def _texts(made: dict[int, tuple[Bullet, ...]], i: int) -> dict[int, str]:
    """The text of sentence ``i``'s bullets, as :func:`_new_facts` reads it."""
    return {i: " ".join(b.text for b in made[i])}


def _echoes(bullets: Sequence[Bullet], label: str) -> bool:
    """True for a lone bullet that opens with its card's label, word for word (across spacing)."""
    return len(bullets) == 1 and bool(letters(label)) and letters(bullets[0].text).startswith(letters(label))


def _fit(
    i: int, made: dict[int, tuple[Bullet, ...]], shown: Sequence[Sentence], label: str, options: SummaryOptions
) -> bool:
    """True where sentence ``i``'s bullets (written out into ``made`` if they are not yet) are sound
    and do not repeat ``label``."""
    if i not in made:
        made[i] = _sentence_bullets(shown[i], options.bullet_style)
    return bool(made[i]) and not _unsound(made[i], shown[i]) and not _echoes(made[i], label)


def _unsound(bullets: Sequence[Bullet], sentence: Sentence) -> bool:
    """True where a bullet of ``sentence`` is broken in form (:func:`~kosum.engines.form.defect`), drops the body
    that acted (:func:`~kosum.engines.owners.doer_dropped`), or reports words, an intention or a decision that
    nobody in it owns (:func:`~kosum.engines.form.unattributed`) and the sentence's actor was not the office that
    a bullet leaves unsaid ("시는 …")."""
    if any(defect(b.text) or doer_dropped(sentence, b.text) for b in bullets):
        return True
    return any(unattributed(b.text) for b in bullets) and not office_topic(sentence.text)


def _sound(
    picked: Sequence[int],
    candidates: Sequence[int],
    weighted: np.ndarray,
    made: dict[int, tuple[Bullet, ...]],
    shown: Sequence[Sentence],
    style: str,
) -> list[int]:
    """``picked`` with each pick whose bullet is unsound (:func:`_unsound`) traded for the first spare
    of ``candidates`` (best first) whose bullets are sound; one with none left to trade for is
    dropped, and where none is sound the card keeps its best pick alone, but for quoted words nobody in it says."""
    spare = [i for i in candidates if i not in picked]
    out: list[int] = []
    for i in picked:
        choice = i
        if _unsound(made[i], shown[i]):
            while spare:
                j = spare.pop(0)
                if j not in made:
                    made[j] = _sentence_bullets(shown[j], style)
                if not _unsound(made[j], shown[j]):
                    choice = j
                    break
        out.append(choice)
    sound = [i for i in out if not _unsound(made[i], shown[i])]
    if sound or not out:
        return sorted(sound)
    # none is sound: the best pick's whole clause where that is sound and short enough, else the pick
    best = max(out, key=lambda i: weighted[i])
    whole = _whole_bullet(shown[best])
    if whole is not None:
        made[best] = whole
    return [] if whole is None and speakerless_quote(made[best]) else [best]  # never words nobody says


def _whole_bullet(sentence: Sentence) -> tuple[Bullet, ...] | None:
    """The bullet of ``sentence`` that drops no clause, only a leading connective, the speech frame and
    parentheticals (:func:`~kosum.engines.compress.compress` ``whole``), where it is sound
    (:func:`_unsound`) and at most ``COMPRESS.max_bullet_chars`` long; else ``None``."""
    text = sentence.text.strip()
    rest, cut = strip_connective(text)
    base = sentence.start + (len(sentence.text) - len(sentence.text.lstrip())) + cut
    whole = compress(rest, sentence.morphs, base, whole=True)
    if not whole or len(whole) > COMPRESS.max_bullet_chars:
        return None
    bullets = (Bullet(whole, (sentence.index,)),)
    return None if _unsound(bullets, sentence) else bullets


def _sentence_bullets(sentence: Sentence, style: str) -> tuple[Bullet, ...]:
    """The bullets of one picked sentence: one per list item it carries (``noun`` style), else
    its own bullet (so too where the items only name things: a bare list says nothing alone)."""
    items = list_items(sentence.text) if style == "noun" else []
    listed = tuple(Bullet(text, (sentence.index,)) for text in item_bullets(items))
    # an item becomes its own bullet, after the figure that frames the list
    if listed and not bare_list(b.text for b in listed):
        frame = list_frame(sentence.text, sentence.morphs, sentence.start)
        return ((Bullet(frame, (sentence.index,)),) if frame else ()) + listed
    # a definition's predicate keeps what it defines ("한솔문고는 …바꿔 읽는 작은 도서관")
    bullet = bullet_for(sentence, style)
    # ... and an outlook keeps the clause that says whose it is or what it is about, where that fits
    return (Bullet(keep_defined(keep_ground(bullet.text, sentence), sentence), bullet.sources),)


def _owned(whole: Sequence[int], sentences: Sequence[Sentence]) -> list[int]:
    """``whole`` less a host's words to the audience and a wish or a guess nobody holds
    (:func:`~kosum.engines.unvoiced.unowned_voice`): the next pick comes in. An article most of whose sentences are
    such is a speech given whole (``EXTRACTIVE.speech_share``), its speaker named by the headline: it keeps them."""
    owned = [i for i in whole if not unowned_voice(sentences[i])]
    if len(whole) - len(owned) > EXTRACTIVE.speech_share * len(whole):
        return list(whole)
    return owned or list(whole)


def extract(article: Article, options: SummaryOptions) -> EngineResult:
    """Run the extractive engine on a preprocessed, structured article whose cards are found."""
    doc, structure = article.doc, article.structure
    sentences = doc.sentences
    eligible = [s.index for s in sentences if structure.roles[s.index] != "heading"] or [s.index for s in sentences]
    scores = np.zeros(len(sentences))
    # One TF-IDF matrix serves ranking and every MMR pick (long articles are ranked in windows).
    features = tfidf_matrix([sentences[i] for i in eligible]) if len(eligible) <= WINDOW else None
    rows = dict(zip(eligible, features[0], strict=True)) if features is not None else {}
    ranked = rank_sentences([sentences[i] for i in eligible], doc.title, features, doc.title_morphs)
    for j, i in enumerate(eligible):
        scores[i] = ranked[j]
    whole = [i for i in eligible if not sentence_cues(sentences[i]).fragment] or eligible
    whole = _owned(whole, sentences)
    length = summary_length(options.sentences, doc)
    ceiling = EXTRACTIVE.summary_chars * length
    figures = headline_figures(doc)
    opening = _opening(doc, eligible)
    news = headline_news(doc), headline_event(doc)  # the headline's news: its words, and its event
    summary = tuple(
        _summary(whole, sentences, scores, length, rows or None, ceiling, doc.title or "", figures, opening, *news)
    )
    shown = article.cards.shown
    sections = tuple(
        Section(
            area=card.area,
            heading=card.heading,
            sentences=card.sentences,
            bullets=_section_bullets(
                card, doc, structure, scores, options, rows, summary, card.bullets, for_bullets(card, shown)
            ),
            heading_sentence=card.heading_sentence,
            policy=card.policy,
        )
        for card in article.cards.cards
    )
    text = stated(shown, summary)
    return EngineResult(text, summary, sections, (), scores)


class ExtractiveEngine:
    """The extractive engine behind the :class:`~kosum.engines.base.Engine` interface; it needs
    no fallback (``ExtractiveEngine().summarize(articles, SummaryOptions())``)."""

    name = "extractive"

    def summarize(
        self, articles: Sequence[Article], options: SummaryOptions, fallback: Engine | None = None
    ) -> list[EngineResult]:
        """One :func:`extract` result per article; ``fallback`` is not used."""
        return [extract(article, options) for article in articles]
