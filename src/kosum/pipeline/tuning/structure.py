"""Thresholds of finding an article's structure: reported speech, sections, cards.

See :mod:`kosum.pipeline.tuning`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CARDS",
    "SPEECH",
    "STRUCTURE",
    "CardTuning",
    "SpeechTuning",
    "StructureTuning",
]


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
      twin_margin: How many times the words of one of a headline's two matters a paragraph says
        must outnumber the other's for it to speak of that one (:mod:`~kosum.pipeline.matters`).
      twin_mixed_share: The most paragraphs that speak of both matters alike, as a share of those
        that speak of one, for the two matters to be told apart; above it, "A 및 B" is one event.
      twin_min_paragraphs: The fewest paragraphs that speak of each of a headline's two matters
        for it to be a card of its own; one paragraph is a matter said in passing.
      twin_claimed_share: The least share of the paragraphs (from the first that speaks of one
        matter on) that speak of one of the two matters; below it, the story goes its own way.
      lead_name_chars: Longest quoted name (letters) of a lead that may name a card of its own
        (:mod:`~kosum.pipeline.named`); a longer quote is a slogan or a saying.
      entity_run_gap: Most paragraphs between two that open with names the lead lists for those
        names to be its parts (:mod:`~kosum.pipeline.entities`); farther apart, they are offices
        that now and then open a paragraph.
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
    lead_name_chars: int = 20
    entity_run_gap: int = 1
    twin_margin: float = 2.0
    twin_mixed_share: float = 0.34
    twin_claimed_share: float = 0.5
    twin_min_paragraphs: int = 2


@dataclass(frozen=True)
class CardTuning:
    """Cards (:mod:`kosum.pipeline.cards`).

    Attributes:
      min_sentences: Fewest body sentences of a single-topic article that make its one card.
      short_min_sentences: Fewest body sentences of a single-topic article that make its one card
        where one of them lies past the sentences its summary opens with (a fact it leaves).
      short_min_facts: Fewest lead and body sentences stating a fact (no quote, outlook, wish or
        pledge) that make the one card of a single-topic article with fewer than ``min_sentences``.
      sole_card_factor: The one card of a single-topic article takes up to this many times the
        ``bullets`` option (no other card shares its key points).
      run_in_min_chars: Fewest characters a sentence keeps after its run-in heading is cut off.
      topic_max_chars: Longest name of a single-topic card taken from its headline
        (:func:`~kosum.pipeline.topic.headline_topic`): a whole noun phrase, not one cut to
        ``STRUCTURE.max_label``.
      topic_whole_chars: Longest headline phrase kept whole as such a name where cutting it from
        its front to ``topic_max_chars`` would drop the noun that says which matter it is
        (:func:`~kosum.pipeline.naming.too_long`).
      report_frame_morphs: Most morphemes of a speech verb's frame after the clause it reports
        ("…라고 밝혔다": 밝히/었/다/.), read as that clause's frame where a short card's left-over
        sentence is judged to state no fact (:mod:`kosum.pipeline.nofact`).
      person_noun_min_chars: Fewest letters of a noun ending in a person's letter
        (:data:`~kosum.pipeline.vocab.headlines.PERSON_NOUN_ENDS`) that names a person
        ("참여자"), not a thing ("의자", "투자"; :mod:`kosum.pipeline.people`).
      topical_min_share: Least share of a single-topic card's sentences that must speak of its
        topic for the others to be left out of its bullets (:mod:`kosum.pipeline.fits`): fewer, and
        the topic's words are too few to tell what is off it.
      other_run_sentences: Fewest sentences of a paragraph, none of them on a single-topic card's
        topic, that make it a run about another matter (:mod:`kosum.pipeline.fits`).
      opening_sentences: Opening sentences of a single-topic article read, after its headline and
        subtitle, for the event that names it in place of a headline's figure of speech
        (:mod:`kosum.pipeline.figures`).
      passing_min_sentences: Fewest sentences of a single-topic article whose card name, written
        in few of them and not in its lead, is a word in passing, no name for its card
        (:mod:`kosum.pipeline.passing`).
      passing_max_share: Largest share of such an article's sentences that may speak of a card
        name's head noun, none of them its lead, for the name to be a word in passing
        (:mod:`kosum.pipeline.passing`); one sentence always may.
      matter_min_share: Least share of a single-topic article's sentences that must speak of the
        head of a lead's phrase for it to name the card in place of a word in passing
        (:mod:`kosum.pipeline.leadmatter`).
      gift_head_min_chars: Fewest letters of the head noun that names a headline's thing given where
        the article does not write the compound it closes ("한빛장학금" → "장학금"; :mod:`kosum.pipeline.giftname`).
    """

    min_sentences: int = 3
    short_min_sentences: int = 2
    short_min_facts: int = 2
    sole_card_factor: int = 2
    run_in_min_chars: int = 10
    topic_max_chars: int = 20
    topic_whole_chars: int = 24
    report_frame_morphs: int = 5
    person_noun_min_chars: int = 3
    topical_min_share: float = 0.5
    other_run_sentences: int = 2
    opening_sentences: int = 3
    passing_min_sentences: int = 6
    passing_max_share: float = 0.2
    matter_min_share: float = 0.3
    gift_head_min_chars: int = 2


SPEECH = SpeechTuning()
STRUCTURE = StructureTuning()
CARDS = CardTuning()
