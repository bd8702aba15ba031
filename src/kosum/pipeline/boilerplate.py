"""Recognizers for the chrome that Korean news sites wrap an article in.

Each function looks at one normalized line. They are deliberately conservative: a line
is boilerplate only when it is short and matches a known shape, so a real sentence that
happens to mention "댓글" or "공유" is never dropped.
"""

from __future__ import annotations

import re

from .tuning import LINES
from .vocab.common import HANGUL, META_SEPARATOR
from .vocab.lines import (
    BYLINE,
    CAPTION_START,
    CAPTION_WORDS,
    COPYRIGHT,
    DATE,
    DATE_TAIL,
    EMAIL_LINE,
    END_MARK_LINES,
    ISSUING_DESK,
    LEAD_DATELINE,
    MENU_LINE_TRIM,
    MENU_WORD_SEPARATOR,
    MENU_WORDS,
    META_PART_TRIM,
    PHOTO_CREDIT,
    PHOTO_CREDIT_WORDS,
    PHOTO_POSITION,
    PHOTO_POSITION_WORDS,
    PUNCT_END,
    SYMBOLS_ONLY,
    TIMESTAMP,
    TRAILING_BYLINE,
    WIDGET,
    WORD_END,
)
from .vocab.news import COPYRIGHT_TAIL

__all__ = [
    "LineKind",
    "classify_line",
    "looks_like_sentence",
    "notice_tail",
    "parse_date",
    "strip_inline",
    "text_before_notice",
]

LineKind = str  # "meta", "boiler", "caption" or "text"
#: Characters one of which a line holds for :data:`COPYRIGHT_TAIL` to be tried on it.
_NOTICE_HINTS = ("ⓒ", "©", "무단", "opyright", "OPYRIGHT", "저작권")


def notice_tail(line: str) -> re.Match[str] | None:
    """The copyright notice that ends ``line`` ("… 밝혔다. ⓒ 한빛일보 무단 전재 금지"), or ``None``."""
    return COPYRIGHT_TAIL.search(line) if any(hint in line for hint in _NOTICE_HINTS) else None


def text_before_notice(line: str) -> bool:
    """True for a line of running text with a copyright notice run into its end: the notice
    goes, the text stays ("시는 공간을 늘린다. ⓒ 한빛일보 무단 전재 및 재배포 금지")."""
    m = notice_tail(line)
    return m is not None and looks_like_sentence(line[: m.start()].strip())


def looks_like_sentence(line: str) -> bool:
    """True for a line that reads like running text rather than a title or menu."""
    if PUNCT_END.search(line):
        return len(line) >= LINES.sentence_min_chars
    return bool(WORD_END.search(line)) and len(line) >= LINES.ending_min_chars


def parse_date(text: str) -> str | None:
    """The first date (and time) in ``text`` as ``YYYY-MM-DD[ HH:MM]``, or ``None``."""
    m = DATE.search(text)
    if not m:
        return None
    date = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["H"] is not None:
        date += f" {int(m['H']):02d}:{m['M']}"
    return date


def bare_date(part: str) -> bool:
    """A date standing alone ("2023.08.03 17:46", "2024년 5월 7일 화요일"): at most a few
    Korean letters besides weekday and time words follow it, so a sentence that opens with
    a date ("2024년 5월 7일 시는 ...") is not one."""
    m = DATE.match(part)
    return m is not None and len(HANGUL.findall(DATE_TAIL.sub("", part[m.end() :]))) <= LINES.date_tail_max_hangul


def _meta_part(part: str) -> bool:
    part = part.strip(META_PART_TRIM)
    return bool(not part or BYLINE.match(part) or TIMESTAMP.match(part) or bare_date(part) or EMAIL_LINE.match(part))


def _meta_line(line: str) -> bool:
    """True where every part of ``line`` is metadata (a byline, a timestamp, a date, an e-mail), the desk
    that issued a release allowed beside one of them ("2024-05-01 | 홍보실"), never alone."""
    parts = META_SEPARATOR.split(line)
    meta = [_meta_part(p) for p in parts]
    if all(meta):
        return True
    desk = [bool(ISSUING_DESK.match(p.strip(META_PART_TRIM))) for p in parts]
    return any(meta) and all(ok or at_desk for ok, at_desk in zip(meta, desk, strict=True))


def classify_line(line: str) -> LineKind:
    """Tell what a normalized, non-empty line is.

    ``"meta"``: a byline, timestamp or e-mail (kept as metadata, removed from the text);
    ``"boiler"``: site chrome, widgets, copyright notices; ``"caption"``: a photo caption;
    ``"text"``: anything else.
    """
    if SYMBOLS_ONLY.match(line):
        return "boiler"
    if len(line) <= LINES.meta_max_chars and _meta_line(line):
        return "meta"
    if len(line) <= LINES.copyright_max_chars and COPYRIGHT.search(line) and not text_before_notice(line):
        return "boiler"
    if len(line) <= LINES.widget_max_chars and WIDGET.search(line):
        return "boiler"
    if len(line) <= LINES.menu_max_chars and all(
        w in MENU_WORDS for w in MENU_WORD_SEPARATOR.split(line.strip(MENU_LINE_TRIM)) if w
    ):
        return "boiler"
    if line in END_MARK_LINES:
        return "boiler"
    if CAPTION_START.match(line) and (CAPTION_WORDS.search(line) or looks_like_sentence(line)):
        return "caption"
    if (
        len(line) <= LINES.photo_credit_max_chars
        and PHOTO_CREDIT.search(line)
        and not looks_like_sentence(PHOTO_CREDIT.sub("", line))
    ):
        return "caption"
    return "text"


def strip_inline(line: str) -> tuple[str, list[str]]:
    """Remove in-line chrome from a body line: the dateline prefix ("(서울=연합뉴스) 홍길동
    기자 ="), photo credits ("(사진=○○시)") and positions ("(오른쪽)"), a trailing byline ("/홍길동 기자").

    Returns the cleaned line and the pieces removed.
    """
    removed: list[str] = []
    m = LEAD_DATELINE.match(line)
    if m and m.end() < len(line):
        removed.append(m.group(0).strip())
        line = line[m.end() :]
    if any(word in line for word in PHOTO_CREDIT_WORDS):
        for credit in PHOTO_CREDIT.findall(line):
            removed.append(credit.strip())
        line = PHOTO_CREDIT.sub("", line)
    if any(word in line for word in PHOTO_POSITION_WORDS):
        for position in PHOTO_POSITION.findall(line):
            removed.append(position.strip())
        line = PHOTO_POSITION.sub("", line)
    m = TRAILING_BYLINE.search(line)
    if m and m.start() > 0:
        removed.append(m.group(0).strip())
        line = line[: m.start()]
    return line.strip(), removed
