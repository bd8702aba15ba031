"""Thresholds of reading and cleaning text: input checks, saved pages, lines, sentences, headings.

See :mod:`kosum.pipeline.tuning`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "HEADINGS",
    "INPUT",
    "LINES",
    "PAGES",
    "SENTENCES",
    "HeadingTuning",
    "InputTuning",
    "LineTuning",
    "PageTuning",
    "SentenceTuning",
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
      header_block_lines: Most lines of a headline and its subtitles set apart by a blank line at the
        top of the text, read as the header where none ends in a period.
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
    header_block_lines: int = 3
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
      punctuated_min_ends: Fewest other sentence ends with punctuation in a paragraph that make its
        writer one who ends sentences with a period, so that Kiwi's one end there on a bare final
        ending ("…쉰다") is read as inside a sentence; fewer, and Kiwi's end stands (a short post).
    """

    max_sentence_chars: int = 400
    block_chars: int = 1500
    parallel_chars: int = 10_000
    punctuated_min_ends: int = 2


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
      min_items: Fewest items of an in-paragraph list ("△A △B": 2).
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
    min_items: int = 2


INPUT = InputTuning()
PAGES = PageTuning()
LINES = LineTuning()
SENTENCES = SentenceTuning()
HEADINGS = HeadingTuning()
