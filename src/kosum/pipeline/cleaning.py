"""Line cleaning: from normalized lines to title, subtitle, metadata and body paragraphs.

Every line is classified (:mod:`kosum.pipeline.boilerplate` for site chrome and metadata,
:mod:`kosum.pipeline.families` for the boilerplate families of press releases); what is
removed is listed with its family. The headline is the first line set apart above the
body, whether or not it ends like a sentence ("…높인다"); the lines right under it
("- … -", "◇ …") are the subtitle. Lines of one sentence broken by the scraper are joined.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._kiwi import get_kiwi
from ..types import Metadata, Removed
from .boilerplate import bare_date, classify_line, looks_like_sentence, parse_date, strip_inline
from .families import (
    caption_block_start,
    caption_head_alone,
    cut_marks,
    is_neighbour_marker,
    is_numbered_line,
    is_speaker_label,
    line_family,
    strip_inline_families,
)
from .headings import parse_heading
from .normalize import analysis_view
from .tuning import LINES
from .vocab.bullets import COORDINATE_ENDINGS, TOPIC_SUBJECT_PARTICLES
from .vocab.common import HANGUL, META_SEPARATOR, QUOTE_MARKS
from .vocab.headlines import HEADLINE_ACTS
from .vocab.layout import LABEL_STRIP, PROVINCE_NAMES, REGION_LED_ACTOR, REGION_NAMES
from .vocab.lines import (
    BYLINE,
    CAPTION_END,
    EMAIL,
    INLINE_MARKER,
    INNER_END,
    ITEM_LINE,
    LABEL_RE,
    LEADING_TAG,
    META_PART_TRIM,
    NON_LETTER,
    SENTENCE_ONLY_CONNECTIVE,
    SENTENCE_OPENER,
    SERIES_HEADLINE,
    SUBTITLE,
    TITLE_BADGES,
)

__all__ = ["Cleaned", "clean_lines", "clean_title", "lead_after_subtitle"]

#: Kiwi tags of a predicate: verb, adjective and auxiliary stems and sentence-final endings.
_PREDICATE_TAGS = ("VV", "VA", "VX", "EF")
#: A line that stops in the middle of a sentence: after a particle or a connective ending.
_OPEN_TAGS = ("J", "EC", "ETM", "MM", "XPN")
_TITLE_MAX = LINES.title_max_chars
#: Fewest characters of a headline whose repeat at the start of the next line goes.
_REPEAT_MIN = LINES.repeat_min_chars
#: Longest subject of a headline ("새솔군", before its comma) looked for again as a lead's topic.
_TITLE_SUBJECT_MAX = LINES.title_subject_max_chars
#: Families that metadata lines come from, by :func:`classify_line` kind.
_KIND_FAMILY = {"meta": "byline", "caption": "caption", "boiler": "chrome"}


@dataclass(frozen=True)
class Cleaned:
    """What cleaning kept: title, subtitle, metadata, body paragraphs, and what it removed."""

    title: str | None
    subtitle: str | None
    metadata: Metadata
    body: list[str]
    removed: tuple[Removed, ...]


def _running_text(text: Sequence[bool], lines: Sequence[str]) -> list[bool]:
    """Which lines read like running text rather than a title, menu or name.

    A text line that ends like a sentence, or is long, does. Where no line does (a post or
    chat written without final punctuation, dialect endings), there is no news header to
    tell apart: then every text line with a predicate (a verb or adjective, or a final
    ending, by Kiwi) does, and only text without one (names, labels) is all chrome.
    """
    flags = [ok and (looks_like_sentence(line) or len(line) >= 100) for ok, line in zip(text, lines, strict=True)]
    if any(flags):
        return flags
    candidates = [i for i, ok in enumerate(text) if ok]
    analysed = get_kiwi().tokenize([analysis_view(lines[i]) for i in candidates]) if candidates else []
    for i, tokens in zip(candidates, analysed, strict=True):
        flags[i] = any(t.tag.startswith(_PREDICATE_TAGS) for t in tokens)
    return flags


def _headline_first(text: Sequence[bool], running: list[bool], lines: Sequence[str], blank: Sequence[bool]) -> None:
    """The first text line, set apart by a blank line and not ending in a period, is the
    headline even when it ends like a sentence ("…높인다", "…왔다!"); so are the lines under it
    up to that blank line (its subtitles, at most :attr:`~kosum.pipeline.tuning.LineTuning.
    header_block_lines` in all), where none of them ends in a period either."""
    first = next((i for i, ok in enumerate(text) if ok), None)
    if first is None or not running[first]:
        return
    last = first  # the block: text lines up to a blank line or a line of another family (a caption)
    while not blank[last] and last + 1 < len(lines) and text[last + 1]:
        last += 1
    if last + 1 >= len(lines) or (last + 1 - first) > LINES.header_block_lines:
        return
    if not blank[last] and last == first:
        return  # a headline alone, run into what follows: no block of its own
    block = range(first, last + 1)
    if all(len(lines[i]) <= _TITLE_MAX and _unended(lines[i]) for i in block) and any(running[last + 1 :]):
        for i in block:
            running[i] = False


def _unended(line: str) -> bool:
    """True for a line that does not end in a period (an ellipsis aside): a headline's or a subtitle's end."""
    end = line.rstrip("\"')]")
    return not end.endswith(".") or end.endswith("..")


def clean_title(title: str) -> str:
    """A headline on one line without the board's badges and the lines a board pastes with it (a
    time, a date, a view count, the headline again with its preview), e.g.
    ``clean_title("14:05\\n\\n새글 새솔군, 갯벌 학교 개최\\n조회수 : 12")`` -> "새솔군, 갯벌 학교 개최"."""
    lines = [TITLE_BADGES.sub("", " ".join(line.split())).strip() for line in title.splitlines()]
    kept = [
        x
        for x in lines
        if HANGUL.search(TITLE_BADGES.sub("", f" {x}")) and not LABEL_RE.match(x) and classify_line(x) == "text"
    ]
    kept = kept[:1] + [line for line in kept[1:] if not line.startswith(kept[0])]
    line = " ".join(title.split())
    return " ".join(kept) or TITLE_BADGES.sub("", line).strip() or line


def _pick_title(header: list[str], counts: Counter[str]) -> tuple[str | None, list[str], str | None]:
    """Title, subtitle lines and site name among the lines above the body."""
    if not header:
        return None, [], None
    plain = [line for line in header if not SUBTITLE.match(line)]
    if not plain:  # "- … -" alone: a subtitle, never the title
        return None, [line for line in header if len(line) <= _TITLE_MAX], None
    repeated = [line for line in plain if counts[line] > 1 and len(line) >= 6]
    spaced = [line for line in plain if len(line) >= 6 and " " in line]
    title = (repeated or spaced or plain)[0]
    at = header.index(title)
    site = next((line for line in header[:at] if len(line) <= 30), None)
    key = _letters(title)
    subtitle = [
        line
        for line in header[at + 1 :]
        if _letters(line) != key and len(line) >= 4 and len(line) <= _TITLE_MAX and not INNER_END.search(line)
    ]
    return title, subtitle, site


def _letters(text: str) -> str:
    return NON_LETTER.sub("", text)


def _metadata(meta_lines: list[str], site: str | None, extra: list[str]) -> Metadata:
    reporter = email = date = None
    for line in meta_lines + extra:
        for part in META_SEPARATOR.split(line):
            part = part.strip(META_PART_TRIM)
            # "[한빛일보 김하늘 기자]": the outlet's name before the reporter's
            m = BYLINE.match(part) or BYLINE.match(part.strip("[]").split(" ", 1)[-1])
            if m and reporter is None:
                reporter = f"{m['name']} {m['title']}"
                site = site or (m["site"].strip() if m["site"] else None)
            e = EMAIL.search(part)
            if e and email is None:
                email = e.group(0)
            if date is None:
                date = parse_date(part)
    return Metadata(reporter=reporter, email=email, date=date, site=site)


def _families(lines: Sequence[str]) -> list[str | None]:
    """The boilerplate family of every line, ``None`` for text."""
    families: list[str | None] = []
    for line in lines:
        kind = classify_line(line)
        families.append("byline" if kind == "meta" else line_family(line) or _KIND_FAMILY.get(kind))
    block = False  # inside a caption block: its numbered lines are captions too
    for i, line in enumerate(lines):
        if families[i] == "caption" and caption_block_start(line):
            block = True
        elif block and (is_numbered_line(line) or caption_head_alone(lines[i - 1])) and families[i] is None:
            families[i] = "caption"  # a numbered line of the block, or the line under a head alone ("사진 설명)")
        else:
            block = False
        if is_neighbour_marker(line) and i + 1 < len(lines):
            families[i + 1] = "chrome"
        # "[인터뷰]" alone: the speaker's name and role on the next line go with it.
        if families[i] == "turn" and i + 1 < len(lines) and is_speaker_label(lines[i + 1]):
            families[i + 1] = "turn"
        # "/○○시 제공" alone: the caption line above it goes with it.
        credit_only = families[i] == "caption" and line.lstrip().startswith("/")
        if credit_only and i > 0 and families[i - 1] is None and CAPTION_END.search(lines[i - 1]):
            families[i - 1] = "caption"
    return families


def _broken(line: str) -> bool:
    """True for a line that stops inside a sentence (the scraper broke it)."""
    if looks_like_sentence(line) or parse_heading(line) is not None or len(line) < 20:
        return False
    if line.endswith(","):
        return True
    view = analysis_view(line)
    if len(view) <= _SYMBOL_END_CHARS and _symbol_end(view):
        return False  # Kiwi's last token is that symbol, number or Latin word: no particle or ending
    return _open_end(get_kiwi().tokenize(view))


_SYMBOL_END_CHARS = LINES.symbol_end_chars


def _symbol_end(text: str) -> bool:
    """True where ``text`` ends (spaces aside) in ASCII or in a punctuation mark or symbol
    ("…했다.[3]", "…(연합뉴스)"), which Kiwi never reads as part of a Korean morpheme."""
    rest = text.rstrip()
    return bool(rest) and (rest[-1].isascii() or unicodedata.category(rest[-1])[0] in "PS")


def _split_markers(body: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for line, blank in body:
        pieces = INLINE_MARKER.split(line)
        out.append((pieces[0], blank))
        out.extend((piece, True) for piece in pieces[1:] if piece)
    return out


def _join_broken(body: list[tuple[str, bool]]) -> list[str]:
    """Join body lines that one sentence was broken across (no blank line between them)."""
    out: list[str] = []
    for line, blank_before in body:
        # _broken (Kiwi) last: asked only of a line that the next could be joined to
        joinable = parse_heading(line) is None and line[:1] not in "\"'" and not SENTENCE_OPENER.match(line)
        if out and SENTENCE_ONLY_CONNECTIVE.match(line) and not out[-1].endswith(","):
            joinable = False
        if out and not blank_before and joinable and _broken(out[-1]) and not _own_topic(line, out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _topic_at(tokens: Sequence[Any]) -> int | None:
    """The index of the last noun's topic particle of ``tokens`` ("표창은"; not "오후에는", after another particle)."""
    found = [k for k in range(1, len(tokens)) if tokens[k].tag == "JX" and tokens[k - 1].tag.startswith("N")]
    return next((k for k in reversed(found) if tokens[k].form in TOPIC_SUBJECT_PARTICLES), None)


def _own_topic(line: str, broken: str) -> bool:
    """True for a sentence that opens on a topic of its own ("새솔시는 …했다.") after a broken line whose topic still
    waits for its predicate ("이번 표창은 … 시·군을 대상으로"; not "…의혹은 커졌고 심지어 …에서", whose clause
    ended with it): the scraper lost that line's end; joined, they would read as one sentence with two topics."""
    if not looks_like_sentence(line):
        return False
    kiwi = get_kiwi()
    if _topic_at(kiwi.tokenize(analysis_view(line.split(maxsplit=1)[0]))) is None:
        return False
    tokens = kiwi.tokenize(analysis_view(broken))
    at = _topic_at(tokens)
    return at is not None and not any(t.tag == "EF" or t.form in COORDINATE_ENDINGS for t in tokens[at:])


#: Families a table cell can be read as: text, a bare telephone number, a one-word label ("전화번호").
_CELL_FAMILIES = (None, "contact", "chrome")


def _table_end(lines: Sequence[str], families: Sequence[str | None], last: int) -> int:
    """The last line of a table that follows the last sentence, read cell by cell, one line each
    (a list of places with their addresses and numbers); else ``last``. A table is a run of at
    least ``LINES.table_min_cells`` short lines that are no sentence, most of them text, a share of
    them with a figure and a share of them one-word labels (the header's "구분", "주소", a row's
    "읍"); it ends at the first line of another family (an attachment, a byline). Related
    headlines have few figures and no one-word lines; a survey's options no figure; a pager's
    lines ("누리집 3페이지 목록") all a figure and no one-word label."""
    end = last
    cells = texts = figures = labels = 0
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if families[i] not in _CELL_FAMILIES or len(line) > LINES.table_cell_max_chars or looks_like_sentence(line):
            break
        figure = any(ch.isdigit() for ch in line)
        cells += 1
        texts += families[i] is None
        figures += figure
        labels += not figure and " " not in line.strip()
        end = i
    share = LINES.table_cell_share * cells
    table = cells >= LINES.table_min_cells and 2 * texts >= cells and figures >= share and labels >= share
    return end if table else last


def _listed_under(lines: Sequence[str], families: list[str | None]) -> None:
    """Mark as chrome the headlines of other articles listed under the body, each over its date
    ("새솔군, 장터 개장" then "2031-05-02"): links to the previous and the next release, not sentences
    of this one. Only the tail is read, from the last line up, while lines are chrome or such pairs;
    a headline carries no end punctuation and is no longer than a headline line."""
    i = len(lines) - 1
    while i > 0 and families[i] is not None:
        above = lines[i - 1].rstrip()
        if (
            bare_date(lines[i].strip())
            and families[i - 1] is None
            and len(above) <= _TITLE_MAX
            and above[-1:] not in ".!?"
        ):
            families[i - 1] = "chrome"
            i -= 1
        i -= 1


def clean_lines(raw: list[str]) -> Cleaned:
    """Split normalized lines (blank ones included) into title, subtitle, metadata and body."""
    blank_before: list[bool] = []
    blank_after: list[bool] = []
    lines: list[str] = []
    previous_blank = True
    for k, line in enumerate(raw):
        if not line:
            previous_blank = True
            continue
        lines.append(line)
        blank_before.append(previous_blank)
        blank_after.append(k + 1 >= len(raw) or not raw[k + 1])
        previous_blank = False
    # Marks that open a line (a byline, a dateline, a photo credit, a turn marker) or end it (a
    # copyright notice) are cut off it, and the rest of the line stays: a mark never takes the sentences after it along.
    removed: list[Removed] = []
    for k, line in enumerate(lines):
        rest, cut = cut_marks(line)
        if cut:
            lines[k] = rest
            removed.extend(Removed(family, piece) for family, piece in cut)
    families = _families(lines)
    _listed_under(lines, families)
    text = [family is None for family in families]
    counts = Counter(line for line, ok in zip(lines, text, strict=True) if ok)
    running = _running_text(text, lines)
    _headline_first(text, running, lines, blank_after)
    first = next((i for i, ok in enumerate(text) if ok), None)
    # "[기획] 헤드라인 …" set apart on the first line is the headline, not a bracket heading.
    headline = first if first is not None and blank_after[first] and SERIES_HEADLINE.match(lines[first]) else None

    def opens_body(i: int) -> bool:
        return running[i] or (text[i] and i != headline and parse_heading(lines[i]) is not None)

    start = next((i for i in range(len(lines)) if opens_body(i)), len(lines))
    # Subtitle forms right under the headline stay in the header, even "◇ …" that reads as a heading.
    while start < len(lines) and text[start] and SUBTITLE.match(lines[start]) and not running[start]:
        start = next((i for i in range(start + 1, len(lines)) if opens_body(i)), len(lines))
    header = [line for line, ok in zip(lines[:start], text[:start], strict=True) if ok]
    title, subtitle, site = _pick_title(header, counts)
    for i in range(start):
        if lines[i] in (title, site) or lines[i] in subtitle or _letters(lines[i]) == _letters(title or ""):
            if lines[i] == site or (lines[i] == title and counts[title] > 1):
                removed.append(Removed("header", lines[i]))
            continue
        removed.append(Removed(families[i] or "header", lines[i]))
    meta_lines = [line for line, kind in zip(lines, families, strict=True) if kind == "byline"]
    meta_lines += [r.text for r in removed if r.family == "byline" and r.text not in lines]

    # Text after the last line that reads like a sentence is site chrome (menus, related links).
    last = max((i for i in range(start, len(lines)) if running[i]), default=start - 1)
    while last + 1 < len(lines) and text[last + 1] and ITEM_LINE.match(lines[last + 1]):
        last += 1  # items (○ ▲ △ - ·) right after the last sentence belong to it
    last = _table_end(lines, families, last)
    body: list[tuple[str, bool]] = []
    inline_removed: list[str] = []
    for i in range(start, len(lines)):
        line = lines[i]
        keep = text[i] and line != title and (i <= last or parse_heading(line) is not None)
        if keep:
            line, pieces = strip_inline(line)
            inline_removed.extend(pieces)
            removed.extend(Removed("byline" if "기자" in p else "caption", p) for p in pieces)
            line, found = strip_inline_families(line)
            removed.extend(Removed(family, piece) for family, piece in found)
            keep = bool(line)
        if keep:
            body.append((line, blank_before[i]))
        else:
            removed.append(Removed(families[i] or ("header" if line == title else "chrome"), lines[i]))
    # A trailing heading with no text under it is chrome too.
    while (
        body
        and parse_heading(body[-1][0])
        and not looks_like_sentence(body[-1][0])
        and not ITEM_LINE.match(body[-1][0])
    ):
        removed.append(Removed("chrome", body.pop()[0]))
    metadata = _metadata(meta_lines, site, inline_removed)
    named = clean_title(title) if title else None
    body = _unrepeated(body, removed)
    return Cleaned(named, "\n".join(subtitle) or None, metadata, _join_broken(_split_markers(body)), tuple(removed))


def _unrepeated(body: list[tuple[str, bool]], removed: list[Removed]) -> list[tuple[str, bool]]:
    """``body`` without a headline that the line under it repeats at its start, glued to its preview
    ("[소식] 새솔군, 장터 개장" then "새솔군, 장터 개장 주민 500명 찾아 … 새솔군은 …"): the repeat goes
    (a ``header``), so the headline without end punctuation is not read into the lead's sentence."""
    out: list[tuple[str, bool]] = []
    for line, blank in body:
        before = LEADING_TAG.sub("", out[-1][0]).strip() if out else ""
        rest = line[len(before) :].strip()
        headline = len(before) >= _REPEAT_MIN and not looks_like_sentence(before) and before[-1] not in ".!?"
        if headline and line.startswith(before) and rest:
            removed.append(Removed("header", before))
            line = rest
            # a subtitle without end punctuation before the lead, which names the headline's subject
            # again ("… 500명 찾아 새솔군은 …"): the lead is its own paragraph
            lead = _lead_start(before, line)
            if lead:
                out.append((line[:lead].strip(), blank))
                line, blank = line[lead:], True
        out.append((line, blank))
    return out


def _lead_start(headline: str, text: str) -> int:
    """Where in ``text`` a sentence opens with the headline's subject as its topic or subject
    (the headline "새솔군, 장터 개장" and "… 새솔군은 …"), after its first word; 0 where none does."""
    comma = headline.find(",")
    subject = headline[:comma].strip() if comma > 0 else ""
    if len(subject) < 2 or len(subject) > _TITLE_SUBJECT_MAX:
        return 0
    found = [text.find(f" {subject}{p} ") for p in TOPIC_SUBJECT_PARTICLES]
    noted = text.find(f" {subject}(")  # "새솔군(군수 한누리)은": a note between the name and its particle
    close = text.find(")", noted) if noted > 0 else -1
    if close > 0 and any(text.startswith(f"{p} ", close + 1) for p in TOPIC_SUBJECT_PARTICLES):
        found.append(noted)
    at = min((k + 1 for k in found if k > 0), default=0)
    before = text[:at].rstrip()
    region = before.rsplit(" ", 1)[-1] if at else ""
    if region in REGION_NAMES and len(region) < len(before):  # "… 경기도 새솔군은": the region is the lead's
        at = len(before) - len(region)
    return at


def _region_led(text: str) -> int:
    """Where in ``text`` a sentence opens with a region and its actor ("… 전라남도 새솔군(군수 한누리)은 …"),
    within a subtitle's length; 0 where none does. A lead names its region first even where the headline
    opens with another subject ("○○ 대표, 새솔군에 기부")."""
    for k in range(_REPEAT_MIN, min(len(text), _TITLE_MAX)):
        if text[k - 1] != " ":
            continue
        word, _, rest = text[k:].partition(" ")
        if word in PROVINCE_NAMES and REGION_LED_ACTOR.match(rest):
            return k
    return 0


def lead_after_subtitle(line: str, headline: str) -> int:
    """Where the lead opens in a first body line that a subtitle without end punctuation runs into,
    the lead naming the headline's subject (``lead_after_subtitle("주민 500명 찾아 성황 새솔군은 장터를
    열었다.", "새솔군, 장터 개장")`` → 15); 0 where the line opens with its sentence."""
    at, region_at = _lead_start(headline, line), _region_led(line)
    # a lead that opens with its province and actor before any sentence names the headline's subject
    led_by_region = 0 < region_at < (at or len(line))
    at = region_at if led_by_region else at
    subtitle = line[:at].strip()
    if (
        not _REPEAT_MIN <= len(subtitle) <= _TITLE_MAX
        or looks_like_sentence(subtitle)
        or INNER_END.search(f"{subtitle} ")
    ):
        return 0
    # a headline's form: "…" between its phrases, or a last word that is a quote or a headline's act
    # ("… 본격 추진", "… ‘후끈’"), never the opening of the lead's own sentence ("2031년 3월 2일,", "…의 애니메이션")
    last = subtitle.rsplit(" ", 1)[-1]
    headline_form = "…" in subtitle or last[-1] in QUOTE_MARKS or last in HEADLINE_ACTS
    # or a lead that opens with its region ("… 경기도 새솔군은"), after a subtitle that ends in a noun, not a comma
    regional = line[at:].split(" ", 1)[0] in REGION_NAMES and last[-1] not in LABEL_STRIP
    if not (headline_form or regional):
        return 0
    tokens = get_kiwi().tokenize(analysis_view(subtitle))
    if led_by_region and any(t.tag == "JX" and t.form in TOPIC_SUBJECT_PARTICLES for t in tokens):
        return 0  # "새솔군은 16일 … 제5회": the line is the lead, naming its region again further on
    return 0 if _open_end(tokens) else at


def _open_end(tokens: Sequence[Any]) -> bool:
    """True where ``tokens`` (Kiwi's, of an :func:`~kosum.pipeline.normalize.analysis_view`) end in a particle or a
    connective or adnominal ending, inside a sentence ("…생산지인"): a line the scraper broke, not a subtitle."""
    return bool(tokens) and tokens[-1].tag.startswith(_OPEN_TAGS)
