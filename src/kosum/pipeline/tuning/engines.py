"""Thresholds of the engines: reduction, extractive choice, length, abstractive, ranking.

See :mod:`kosum.pipeline.tuning`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = [
    "ABSTRACTIVE",
    "COMPRESS",
    "EXTRACTIVE",
    "LENGTH",
    "RANKING",
    "AbstractiveTuning",
    "CompressTuning",
    "ExtractiveTuning",
    "LengthTuning",
    "RankingTuning",
]


@dataclass(frozen=True)
class CompressTuning:
    """Bullet compression (:mod:`kosum.engines.compress`).

    Attributes:
      max_bullet_chars: A bullet longer than this drops every clause before its main one.
      number_slack: A bullet over the limit by at most this many characters keeps its numbers
        (the facts).
      min_chunks: Fewest phrases of a clause for compression to drop any of them.
      min_content: Fewest content morphemes (nouns, stems, numbers) a compression may leave.
      light_bullet_chars: The limit instead of ``max_bullet_chars`` where the main clause only frames
        what the clauses before it say ("…안전 수칙을 익히는 시간을 가졌다"), or where a clause stayed because the
        rest would say almost nothing without it (``hollow_rest_content``): they stay up to this length.
      thin_main_content: Most content morphemes of a main clause (its topic aside) that keeps no fact or name
        while a clause before it does ("…5억 원을 받아 사업을 진행하고 있다"): such a main clause frames the clauses
        before it, which stay up to ``light_bullet_chars`` (at 3, too many dev bullets grew: median length 61).
      figureless_main_content: Most content morphemes of such a main clause where the clauses before it hold the
        sentence's figures (numbers with units) and it holds none: cut alone, every figure would go
        (:func:`kosum.engines.substance.says_little`).
      means_bullet_chars: Longest sentence (as kept) whose means clause naming the measure stays where
        nothing else says what the bullet is about ("또한 새 쉼터 건립을 통해 …할 방침이다"); a longer one
        drops it as before (the main clause alone is true, only less concrete).
      hollow_rest_content: Most content morphemes (its topic aside) a bullet may keep, with no fact or name, after a
        purpose or means clause goes ("누리군은 관리 법인을 세움"); at most this many, and the clause stays where it
        names what the rest lacks (:func:`kosum.engines.substance.hollow_rest`).
      carried_topic_chars: Longest topic phrase, with its modifiers, that opens a bullet again where the clause it
        was cut with held it and the kept clause has no subject of its own (:func:`kosum.engines.carried.with_topic`);
        a longer one is left out as before.
      min_connective_rest: Fewest characters a bullet keeps after the connective that opened it goes
        (:func:`kosum.engines.carried.opening_connective`).
      evaluation_content: Most content morphemes (its topic aside) a bullet may keep, with no fact or name, after
        a clause of the act with its object goes for length ("교사들은 사고 위험을 크게 줄임" where "…안전 교육을
        실시해" went): such a rest only evaluates, and the act stays (:func:`kosum.engines.standalone.stands_alone`).
      outweigh_margin: How many more figures, dates and quoted names (morphemes) a clause before the main one holds
        than the clauses after it for it to stay where the bullet is over the limit by at most twice
        ``number_slack`` (:func:`kosum.engines.substance.outweighs`): "…3월 4일과 11일 …모두 두 번 열리고 한 사람에게
        30분씩 배정" keeps its dates.
    """

    max_bullet_chars: int = 60
    light_bullet_chars: int = 110
    means_bullet_chars: int = 100
    hollow_rest_content: int = 6
    thin_main_content: int = 2
    figureless_main_content: int = 3
    number_slack: int = 10
    min_content: int = 4
    min_chunks: int = 3
    carried_topic_chars: int = 30
    min_connective_rest: int = 12
    evaluation_content: int = 4
    outweigh_margin: int = 3


@dataclass(frozen=True)
class ExtractiveTuning:
    """The extractive engine (:mod:`kosum.engines.extractive`).

    Attributes:
      mmr_pool: MMR looks at most at this many of the best candidates (keeps its cost flat).
      bullet_pool: Bullet candidates written out (compressed) per bullet asked for, the best by salience.
      min_chars: Shortest sentence (characters) that makes a bullet where the section has longer ones.
      summary_chars: The summary's character ceiling per summary sentence asked for (room for a
        fact-dense sentence of a release).
      bullet_fact_weight: Gain of a bullet candidate per fact it adds to the summary (x (1 + weight * facts)).
      bullet_fact_cap: Most new facts that count for a bullet candidate.
      figure_min_picks: Fewest summary sentences for which a headline's figure that no pick states brings in
        the first sentence that states it (a one-sentence summary keeps its lead).
      day_reach: Sentences after the summary's first searched for the day of the event (a day of the month)
        where no pick states one.
      held_most_facts: Most figures or names of a summary pick that gives way to a sentence further on that reports
        the event held on a day at a place (:func:`~kosum.engines.held.reports_held`): a pick of aims or background.
      purpose_weight: A summary sentence after the first that only says what the event was for gives way to a
        sentence that states news scoring above this share of its score.
      headline_min_words: Fewest content words of a headline's news (:func:`~kosum.engines.headlined.headline_news`)
        for which a summary that states none of its picks' worth brings in a sentence that does.
      headline_missed_share: The most of the headline's words that the summary's best pick may state for the
        summary to miss the headline's news (few of them).
      headline_stated_share: The fewest of the headline's words that a sentence states to state its news (most of
        them): the margin over ``headline_missed_share`` makes it a clear miss.
      speech_share: The share of an article's sentences in a voice nobody in them owns
        (:func:`~kosum.engines.unvoiced.unowned_voice`) above which the article is a speech given whole, its
        speaker named by the headline: its summary keeps them (most of them: a newscast's host lines are few).
    """

    mmr_pool: int = 40
    bullet_pool: int = 4
    min_chars: int = 10
    summary_chars: int = 180
    bullet_fact_weight: float = 2.0
    bullet_fact_cap: int = 2
    figure_min_picks: int = 2
    day_reach: int = 2
    held_most_facts: int = 1
    purpose_weight: float = 0.3
    headline_min_words: int = 3
    headline_missed_share: float = 1 / 3
    headline_stated_share: float = 2 / 3
    speech_share: float = 0.5


@dataclass(frozen=True)
class LengthTuning:
    """The summary length of ``sentences="auto"`` (:func:`kosum.pipeline.length.summary_length`):
    it follows the article's length, the way a person's summary does (the longer the article,
    the more of it a summary keeps).

    Attributes:
      min_sentences: Fewest summary sentences: what every article under
        ``(min_sentences + 0.5) * chars_per_sentence`` characters gets.
      chars_per_sentence: One summary sentence per this many characters of the cleaned article
        text (spaces included), rounded to the nearest.
      max_sentences: Most summary sentences, however long the article.
    """

    min_sentences: int = 3
    chars_per_sentence: int = 400
    max_sentences: int = 10


@dataclass(frozen=True)
class AbstractiveTuning:
    """The abstractive engine (:mod:`kosum.engines.abstractive`).

    Attributes:
      max_rounds: Map-reduce rounds before the first chunk is kept alone (with a warning).
      max_sources: Most sentences given as the sources of one generated sentence.
      min_terms: Fewest distinct content terms (nouns, stems, numbers) of a generated sentence kept as a bullet.
    """

    max_rounds: int = 6
    max_sources: int = 3
    min_terms: int = 2


def _cue_weights() -> Mapping[str, float]:
    return MappingProxyType(
        {
            "speech": 0.7,
            "promise": 0.4,
            "list": 0.3,
            "contact": 0.2,
            "caption": 0.2,
            "fragment": 0.3,
            "background": 0.7,
        }
    )


@dataclass(frozen=True)
class RankingTuning:
    """Sentence ranking (:mod:`kosum.engines.ranking`, :mod:`kosum.engines.cues`).

    Attributes:
      window: Sentences ranked in one graph; longer articles are ranked window by window.
      damping: Damping factor of the PageRank walk.
      position_weight: Gain of the first sentence after the lead (x (1 + weight)), decaying
        as 1/sqrt(distance + 1).
      title_weight: Gain of a sentence that carries the whole query (x (1 + weight)).
      number_weight: Weight of a number of the title or the lead in the query, against 1 for a
        title word.
      fact_weight: Gain of a sentence that states facts, quantities and quoted names (x (1 +
        weight) from ``fact_cap`` facts on, right after the lead; the part above ``fact_floor``
        decays like the position gain). Only where the headline or the lead states a fact itself.
      fact_cap: Facts that make a sentence's full fact gain.
      fact_floor: Share of the fact gain that does not decay with the distance from the lead.
      lead_gain: Gain of the lead (x weight).
      length_exponent: Information is raised to this power: 1 favours long sentences, 0 ignores
        length.
      mmr_lambda: Trade-off of relevance against redundancy in MMR (1.0 = no redundancy penalty).
      lead_min_chars: Fewest characters (spaces excluded) of a sentence that can be the lead.
      echo_lead_min_chars: Fewest characters (spaces excluded) of a shorter sentence that can be the
        lead where it repeats the headline's words (a news story's short first sentence, "…가 타결됐다.").
      feature_reach: Sentences after a feature opening (a scene, a question) searched for the
        sentence that states the news.
      lead_title_share: Share of the headline's two-letter pieces that a first sentence repeats
        to be the headline's news rather than a feature's scene.
      cue_weights: Weight of a sentence with each news cue (multiplied when it has several).
    """

    window: int = 300
    damping: float = 0.85
    position_weight: float = 2.0
    title_weight: float = 1.0
    number_weight: float = 2.0
    fact_weight: float = 5.0
    fact_cap: int = 3
    fact_floor: float = 0.5
    lead_gain: float = 2.0
    length_exponent: float = 0.75
    mmr_lambda: float = 0.7
    lead_min_chars: int = 30
    echo_lead_min_chars: int = 15
    feature_reach: int = 4
    lead_title_share: float = 0.3
    cue_weights: Mapping[str, float] = field(default_factory=_cue_weights)


#: Default thresholds of each stage.


COMPRESS = CompressTuning()
EXTRACTIVE = ExtractiveTuning()
LENGTH = LengthTuning()
ABSTRACTIVE = AbstractiveTuning()
RANKING = RankingTuning()
