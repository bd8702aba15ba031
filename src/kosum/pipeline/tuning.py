"""Thresholds of each stage, grouped in frozen dataclasses with one default instance per stage.

They are tuned on the development halves and are no user options: a room reads its stage's
default instance (``LINES.meta_max_chars``), so that every number with a meaning has a name
and one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = [
    "COMPRESS",
    "HEADINGS",
    "INPUT",
    "LENGTH",
    "LINES",
    "PAGES",
    "RANKING",
    "SENTENCES",
    "SPEECH",
    "STRUCTURE",
    "CompressTuning",
    "HeadingTuning",
    "InputTuning",
    "LengthTuning",
    "LineTuning",
    "PageTuning",
    "RankingTuning",
    "SentenceTuning",
    "SpeechTuning",
    "StructureTuning",
]


@dataclass(frozen=True)
class InputTuning:
    """What text :func:`kosum.pipeline.normalize.check_text` accepts.

    Attributes:
      min_hangul: Fewest Hangul syllables of a Korean text.
      odd_chars_floor: Control or replacement characters always allowed.
      odd_chars_per: One more odd character is allowed per this many characters.
    """

    min_hangul: int = 2
    odd_chars_floor: int = 8
    odd_chars_per: int = 50


@dataclass(frozen=True)
class PageTuning:
    """Reading saved HTML pages (:mod:`kosum.pipeline.html`).

    Attributes:
      headline_min_chars: Shortest headline candidate.
      headline_max_chars: Longest headline candidate.
      list_items: A list page lists at least this many items that each link a headline.
      list_linked_share: Least share of a list's items that link a headline on a list page.
      link_min_chars: Shortest link text that reads like a headline.
      link_max_chars: Longest link text that reads like a headline.
      link_min_hangul: Fewest Hangul syllables of a headline link.
      entry_min_hangul: Fewest Hangul syllables of a dated board entry.
      max_markup_chars: Longest page read, in characters of markup (the readers' byte limit is lower).
      max_tags: Most tags a page may hold (the largest real pages seen hold about 4,000).
      max_tag_attributes: Most attributes on one tag (parsing them costs their count squared).
      max_attributes: Most attributes in the whole page.
      fallback_max_tags: Most tags of a page on which trafilatura may try its fallback extractors
        (jusText, readability: their cost grows with the square of the paragraphs); larger pages
        are read by its main extractor alone.
      max_depth: Deepest nesting of elements that must be closed (``p``, ``li``, ``td``… close themselves).
      read_cpu_seconds: CPU time (of the reading thread) a page may take to read before it is refused.
      entry_key_chars: Letters of a list item looked up in the page's main text.
      article_min_sentences: Fewest running-text lines of a main text that is one article.
      headline_agreement: Share of a headline's words that the body repeats for it to be taken
        at once (the first such candidate).
      headline_min_agreement: Least share, for the best of candidates none of which reaches
        ``headline_agreement`` (a feature's headline, worded apart from its body).
      keyword_list_parts: Fewest comma-separated parts of a keyword list ("경북도청, 경상북도, 경북").
    """

    headline_min_chars: int = 6
    headline_max_chars: int = 200
    list_items: int = 5
    list_linked_share: float = 0.8
    link_min_chars: int = 15
    link_max_chars: int = 300
    link_min_hangul: int = 8
    entry_min_hangul: int = 12
    max_markup_chars: int = 20_000_000
    max_tags: int = 40_000
    max_tag_attributes: int = 1_000
    max_attributes: int = 120_000
    max_depth: int = 200
    fallback_max_tags: int = 5_000
    read_cpu_seconds: float = 4.0
    entry_key_chars: int = 12
    article_min_sentences: int = 3
    headline_agreement: float = 0.5
    headline_min_agreement: float = 0.2
    keyword_list_parts: int = 3


@dataclass(frozen=True)
class LineTuning:
    """Line cleaning (:mod:`~kosum.pipeline.boilerplate`, :mod:`~kosum.pipeline.families`,
    :mod:`~kosum.pipeline.cleaning`); a ``*_max_chars`` is the longest line a family's pattern
    is trusted on (a longer line is running text that happens to match).

    Attributes:
      sentence_min_chars: Shortest line with final punctuation that reads like a sentence.
      ending_min_chars: Shortest line without final punctuation that reads like a sentence.
      date_tail_max_hangul: Most Hangul syllables after a date on a timestamp line.
      meta_max_chars: Longest metadata line (bylines, dates, e-mail).
      copyright_max_chars: Longest copyright notice.
      widget_max_chars: Longest widget line ("기사 더보기").
      menu_max_chars: Longest line of menu words.
      photo_credit_max_chars: Longest caption line with a photo credit.
      slash_credit_max_chars: Longest caption with a "/○○시 제공" credit.
      caption_credit_max_chars: Longest caption that ends in a credit.
      attachment_max_chars: Longest line naming an attached file.
      attachment_size_max_chars: Longest line with an attachment size or link.
      contact_max_chars: Longest line that is one contact sentence.
      contact_field_max_chars: Longest contact or author field line.
      phone_line_max_chars: Longest line with a telephone number that is a contact line.
      phone_rest_max_chars: Most characters besides the number on a contact line.
      chrome_max_chars: Longest board chrome line.
      menu_bar_max_chars: Longest menu or category bar.
      menu_bar_min_separators: Fewest separators of a menu bar.
      menu_bar_min_words: Fewest words of a menu bar.
      menu_bar_max_word: Longest word of a menu bar.
      title_max_chars: Longest subtitle line under the headline.
      repeat_min_chars: Fewest characters of a headline line whose repeat opening the next line goes
        ("[소식] 새솔군, 장터 개장" over "새솔군, 장터 개장 주민 500명 …").
      title_subject_max_chars: Longest subject of such a headline (before its comma) that splits the
        subtitle glued to the preview from the lead that names it again ("… 새솔군은 …").
      symbol_end_chars: Longest line whose end is decided without Kiwi: well under Kiwi's 2,000
        morphemes per sentence (at most 3 per character), past which it drops the rest.
      removed_warning_share: Share of an article's letters that cleaning may remove before the
        summary warns about it.
      table_min_cells: Fewest cell lines of a table after the last sentence (kept as text).
      table_cell_max_chars: Longest cell line of such a table.
      table_cell_share: Share of such a table's cells that hold a figure (a number, an address),
        and share that are one-word labels without one ("구분", "주소").
    """

    sentence_min_chars: int = 8
    ending_min_chars: int = 15
    date_tail_max_hangul: int = 4
    meta_max_chars: int = 160
    copyright_max_chars: int = 200
    widget_max_chars: int = 60
    menu_max_chars: int = 60
    photo_credit_max_chars: int = 150
    slash_credit_max_chars: int = 500
    caption_credit_max_chars: int = 80
    attachment_max_chars: int = 120
    attachment_size_max_chars: int = 40
    contact_max_chars: int = 200
    contact_field_max_chars: int = 120
    phone_line_max_chars: int = 100
    phone_rest_max_chars: int = 30
    chrome_max_chars: int = 60
    menu_bar_max_chars: int = 90
    menu_bar_min_separators: int = 2
    menu_bar_min_words: int = 4
    menu_bar_max_word: int = 12
    title_max_chars: int = 120
    repeat_min_chars: int = 10
    title_subject_max_chars: int = 20
    symbol_end_chars: int = 600
    removed_warning_share: float = 0.4
    table_min_cells: int = 8
    table_cell_max_chars: int = 40
    table_cell_share: float = 0.25


@dataclass(frozen=True)
class SentenceTuning:
    """Sentence splitting (:mod:`kosum.pipeline.preprocess`).

    Attributes:
      max_sentence_chars: Sentences longer than this (an unpunctuated run-on, a table) are cut at
        spaces.
      block_chars: Paragraphs are handed to Kiwi in blocks of at most this many characters (Kiwi
        analyses at most 2,000 morphemes per sentence and silently drops the rest).
      parallel_chars: Text of at least this many characters is analysed by Kiwi's worker threads,
        its blocks in parallel; shorter text (a news article) block by block in the calling thread,
        which costs less CPU time than handing the blocks over to the threads and back.
    """

    max_sentence_chars: int = 400
    block_chars: int = 1500
    parallel_chars: int = 10_000


@dataclass(frozen=True)
class HeadingTuning:
    """Headings and items (:mod:`kosum.pipeline.headings`, :mod:`kosum.pipeline.items`).

    Attributes:
      max_heading_chars: The longest line taken for a heading, in characters.
      line_factor: A line longer than this many times ``max_heading_chars`` is read as no heading.
      run_in_max_chars: The longest run-in heading looked for, in characters.
      label_max_chars: Longest label taken from a heading line.
      labelled_max_chars: Longest "… 부문: …" label.
      short_rest_chars: A marked line this short, not ending like a sentence, is all label.
      subhead_min_chars: Shortest unmarked subhead.
      subhead_max_chars: Longest unmarked subhead.
      item_label_chars: The longest card label taken from a list item, in characters.
      min_items: Fewest items of a list.
    """

    max_heading_chars: int = 70
    line_factor: int = 3
    run_in_max_chars: int = 60
    label_max_chars: int = 20
    labelled_max_chars: int = 15
    short_rest_chars: int = 12
    subhead_min_chars: int = 6
    subhead_max_chars: int = 50
    item_label_chars: int = 28
    min_items: int = 3


@dataclass(frozen=True)
class SpeechTuning:
    """Reported speech (:mod:`kosum.pipeline.speech`).

    Attributes:
      quote_share: A sentence with at least this share of its characters inside quotes is speech.
    """

    quote_share: float = 0.4


@dataclass(frozen=True)
class StructureTuning:
    """Article structure and topic cards (:mod:`~kosum.pipeline.structure`,
    :mod:`~kosum.pipeline.cohesion`, :mod:`~kosum.pipeline.labels`).

    Attributes:
      lead_min_sentences: Fewest sentences of an article whose first sentence is taken as its intro.
      lead_in_claim: The least score (shared words) by which a paragraph clearly speaks of one
        item of a lead-in list; a list whose items are not so spoken of by two paragraphs names
        no sections.
      cohesion_min_paragraphs: The fewest body paragraphs for cohesion to find the parts of an
        article.
      policy_margin: How many times the next area's score a card's text must score for its
        policy tag (from its nouns; a label that names an area needs none): below it, no tag.
      policy_min_score: The least score of a card's policy tag (one keyword of its sentences weighs 1,
        more for a longer one): below it the card says too little of any area, no tag.
      policy_label_weight: How many times a keyword of a card's label counts against one of its
        sentences' (the label names the card's topic; one generic label word alone does not tag it).
      policy_lead_sentences: A card's first sentences, which say what it is about: an area named in
        only one place of a card tags it where that place is one of these (issue #19).
      cohesion_min_held: The fewest parts of two or more paragraphs each for cohesion's parts to
        be taken (chosen by 5-fold CV over dev + extra pool releases, issue #19).
      cohesion_max_share: The most parts, as a share of the body paragraphs, for cohesion's parts
        to be taken.
      prose_sentences: The least mean number of sentences per body paragraph of prose (a story,
        an opinion piece), where a part found by cohesion must name its topic: its paragraphs each
        bring new nouns, a new topic is told by a named subject (a release's paragraph is a sentence
        or two).
      carried_sentences: The fewest sentences of a section that say a noun of its own (said in no
        other section) for the section to be carried by it.
      min_carried: The fewest sections carried by a noun of their own for sections told by weak
        cues (sequence words, a headline's "A·B") to be taken; below it, one event told in steps.
      spread: A noun found in more than this share of the parts' paragraphs is the article's, not
        a part's.
      min_link: The least cohesion (sum of noun weights) that keeps a paragraph in the part
        before it.
      min_topic: The shortest topic phrase (letters) taken as a part's label; a shorter one may be
        a word cut by its particle ("지방도" read as 지방 + 도).
      step: Cost of moving on to a later list item in the alignment of paragraphs to the items of
        a lead-in list: a paragraph that speaks of no item stays with the one before.
      max_label: Shown labels are cut to this many characters.
      headline_shared: The fewest nouns a phrase of the lead shares with the headline to name the
        one card of a single-topic article.
      label_keep_share: A label candidate within this share of the best one's score is kept.
    """

    lead_min_sentences: int = 4
    lead_in_claim: float = 3.0
    cohesion_min_paragraphs: int = 3
    cohesion_min_held: int = 3
    policy_margin: float = 1.5
    policy_label_weight: float = 2.0
    policy_min_score: float = 1.5
    policy_lead_sentences: int = 3
    cohesion_max_share: float = 0.6
    prose_sentences: float = 2.0
    carried_sentences: int = 2
    min_carried: int = 2
    spread: float = 0.5
    min_link: float = 1.0
    min_topic: int = 3
    step: float = 0.01
    max_label: int = 16
    headline_shared: int = 2
    label_keep_share: float = 0.5


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
        what the clauses before it say ("…안전 수칙을 익히는 시간을 가졌다"): they stay up to this length.
      thin_main_content: Most content morphemes of a main clause (its topic aside) that keeps no fact or name
        while a clause before it does ("…5억 원을 받아 사업을 진행하고 있다"): such a main clause frames the clauses
        before it, which stay up to ``light_bullet_chars`` (at 3, too many dev bullets grew: median length 61).
      means_bullet_chars: Longest sentence (as kept) whose means clause naming the measure stays where
        nothing else says what the bullet is about ("또한 새 쉼터 건립을 통해 …할 방침이다"); a longer one
        drops it as before (the main clause alone is true, only less concrete).
    """

    max_bullet_chars: int = 60
    light_bullet_chars: int = 110
    means_bullet_chars: int = 100
    thin_main_content: int = 2
    number_slack: int = 10
    min_content: int = 4
    min_chunks: int = 3


@dataclass(frozen=True)
class CardTuning:
    """Cards (:mod:`kosum.pipeline.cards`).

    Attributes:
      min_sentences: Fewest body sentences of a single-topic article that make its one card.
      sole_card_factor: The one card of a single-topic article takes up to this many times the
        ``bullets`` option (no other card shares its key points).
      run_in_min_chars: Fewest characters a sentence keeps after its run-in heading is cut off.
      topic_max_chars: Longest name of a single-topic card taken from its headline
        (:func:`~kosum.pipeline.topic.headline_topic`): a whole noun phrase, not one cut to
        ``STRUCTURE.max_label``.
    """

    min_sentences: int = 3
    sole_card_factor: int = 2
    run_in_min_chars: int = 10
    topic_max_chars: int = 20


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
    """

    mmr_pool: int = 40
    bullet_pool: int = 4
    min_chars: int = 10
    summary_chars: int = 180
    bullet_fact_weight: float = 2.0
    bullet_fact_cap: int = 2


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
    feature_reach: int = 4
    lead_title_share: float = 0.3
    cue_weights: Mapping[str, float] = field(default_factory=_cue_weights)


#: Default thresholds of each stage.
INPUT = InputTuning()
PAGES = PageTuning()
LINES = LineTuning()
SENTENCES = SentenceTuning()
HEADINGS = HeadingTuning()
SPEECH = SpeechTuning()
STRUCTURE = StructureTuning()
COMPRESS = CompressTuning()
RANKING = RankingTuning()
CARDS = CardTuning()
EXTRACTIVE = ExtractiveTuning()
LENGTH = LengthTuning()
ABSTRACTIVE = AbstractiveTuning()
