"""Boilerplate families of Korean press releases and news pages, recognized by shape.

Each family is a *kind* of chrome, described by its form rather than by any site's words:

* ``caption``: photo captions ("사진1) …", "사진 설명) 1. … 2. …", "[사진설명] …", "*사진설명 : …"),
  photo credits ("(사진 제공-○○시)", "/○○시 제공"), photo notes ("(… 사진 2장 첨부)", "※ 별첨 : 사진");
* ``byline``: wire datelines and agency credits ("[AP=연합뉴스]"), reporters' lines;
* ``copyright``: copyright, licence and redistribution notices ("재판매 및 DB 금지", "공공누리");
* ``attachment``: attached files ("….png[120 kb] [바로보기]", "….hwp (88.10 Kb) Hit: 3", "0 hit / 64 KB");
* ``contact``: contact and author footers ("담당부서 : …", "작 성 팀: …", "〔○○과 ☎061-…〕",
  "자세한 사항은 ○○과(061-…)로 문의하면 된다.");
* ``endmark``: "<끝>", "(끝)";
* ``chrome``: page leftovers of government and news sites (목록, 이전글/다음글, 만족도 조사, QR code
  notes, board counters, category menus, print/share bars);
* ``teaser``: series teasers ("<다음 편에 계속>", "[관련기사]").

:func:`line_family` names the family of a whole line; :func:`strip_inline` cuts families that
sit inside a body line (a trailing credit, end mark or contact sentence, a caption block run
into the last paragraph).
"""

from __future__ import annotations

from .tuning import LINES
from .vocab.common import WHITESPACE
from .vocab.lines import (
    AGENCY,
    ATTACHMENT_LINE,
    ATTACHMENT_SIZE,
    BARE_LABEL,
    CAPTION_BLOCK_HEAD,
    CAPTION_CREDIT,
    CAPTION_HEAD,
    CHROME_LINE,
    CONTACT_OPENERS,
    CONTACT_SENTENCE,
    CONTACT_TRIM,
    COPYRIGHT,
    CREDIT_WORDS,
    ENDMARK,
    ENDMARK_LINE,
    FILE_RE,
    INLINE_CAPTION,
    INLINE_CREDIT,
    INNER_END,
    LABEL_RE,
    MENU_SEP,
    NEIGHBOUR,
    NUMBERED_LINE,
    NUMERIC_JUNK,
    PHONE_RE,
    PHOTO_NOTE,
    SENTENCE_END,
    SHORT_LABEL,
    SLASH_CREDIT,
    TEASER,
)

__all__ = ["FAMILIES", "line_family", "strip_inline_families"]

FAMILIES = ("caption", "byline", "copyright", "attachment", "contact", "endmark", "chrome", "teaser")


def _squeezed(line: str) -> str:
    """ "작 성 팀: …" → "작성팀: …": spaces dropped from a short label before its colon."""
    m = SHORT_LABEL.match(line)
    return WHITESPACE.sub("", m.group(1)) + line[m.end(1) :] if m else line


def _is_menu(line: str) -> bool:
    if len(line) > LINES.menu_bar_max_chars or SENTENCE_END.search(line):
        return False
    seps = len(MENU_SEP.findall(line))
    words = line.split()
    return (
        seps >= LINES.menu_bar_min_separators
        and len(words) >= LINES.menu_bar_min_words
        and max(len(w) for w in words) <= LINES.menu_bar_max_word
    )


def line_family(line: str) -> str | None:
    """The boilerplate family a whole (normalized, non-empty) line belongs to, or ``None``."""
    stripped = line.strip()
    if not stripped:
        return None
    if ENDMARK_LINE.match(stripped):
        return "endmark"
    if CAPTION_HEAD.match(stripped) or PHOTO_NOTE.match(stripped):
        return "caption"
    if len(stripped) <= LINES.slash_credit_max_chars and SLASH_CREDIT.search(stripped):
        return "caption"
    if (
        len(stripped) <= LINES.caption_credit_max_chars
        and CAPTION_CREDIT.search(stripped)
        and not SENTENCE_END.search(CAPTION_CREDIT.sub("", stripped))
    ):
        return "caption"
    if FILE_RE.search(stripped) and (ATTACHMENT_SIZE.search(stripped) or len(stripped) <= LINES.attachment_max_chars):
        return "attachment"
    if (
        len(stripped) <= LINES.attachment_size_max_chars
        and ATTACHMENT_SIZE.search(stripped)
        and not SENTENCE_END.search(stripped)
    ):
        return "attachment"
    if ATTACHMENT_LINE.match(stripped):
        return "attachment"
    if AGENCY.match(stripped):
        return "byline"
    if len(stripped) <= LINES.copyright_max_chars and COPYRIGHT.search(stripped):
        return "copyright"
    m = CONTACT_SENTENCE.search(stripped) if "문의" in stripped else None  # a costly pattern: 문의 first
    if m and m.start() == 0 and len(stripped) <= LINES.contact_max_chars:
        return "contact"
    squeezed = _squeezed(stripped)
    if len(stripped) <= LINES.contact_field_max_chars and LABEL_RE.match(squeezed):
        return "contact"
    if len(stripped) <= LINES.phone_line_max_chars and PHONE_RE.search(stripped) and not INNER_END.search(stripped):
        rest = PHONE_RE.sub("", stripped)
        if (
            stripped[0] in CONTACT_OPENERS
            or not SENTENCE_END.search(rest)
            or len(rest.strip(CONTACT_TRIM)) <= LINES.phone_rest_max_chars
        ):
            return "contact"
    if len(stripped) <= LINES.chrome_max_chars and CHROME_LINE.match(stripped):
        return "chrome"
    if NUMERIC_JUNK.match(stripped) or BARE_LABEL.match(_squeezed(stripped + ":")):
        return "chrome"
    if _is_menu(stripped):
        return "chrome"
    if TEASER.match(stripped):
        return "teaser"
    return None


def is_neighbour_marker(line: str) -> bool:
    """True for "이전글"/"다음글": the next line is another article's title."""
    return bool(NEIGHBOUR.match(line.strip()))


def caption_block_start(line: str) -> bool:
    """True for the head of a caption block whose numbered lines follow ("사진 설명) 1. …")."""
    return bool(CAPTION_BLOCK_HEAD.match(line.strip()))


def is_numbered_line(line: str) -> bool:
    return bool(NUMBERED_LINE.match(line.strip()))


def strip_inline_families(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut the families that sit inside a body line; returns the line and ``(family, text)`` pairs."""
    removed: list[tuple[str, str]] = []
    # each pattern runs only on a line with its literal word (사진, 끝, 문의): most lines have none
    m = INLINE_CAPTION.search(line) if "사진" in line else None
    if m and m.start() > 0:
        removed.append(("caption", m.group(0).strip()))
        line = line[: m.start()]
    if any(word in line for word in CREDIT_WORDS):
        for credit in INLINE_CREDIT.findall(line):
            removed.append(("caption", credit.strip()))
        line = INLINE_CREDIT.sub("", line)
    m = ENDMARK.search(line) if "끝" in line else None
    while m:
        tail = line[m.end() :]
        removed.append(("endmark", m.group(0).strip()))
        if tail.strip() and line_family(tail.strip()) == "contact":
            removed.append(("contact", tail.strip()))
            tail = ""
        line = (line[: m.start()] + " " + tail).strip() if tail.strip() else line[: m.start()]
        m = ENDMARK.search(line)
    m = CONTACT_SENTENCE.search(line) if "문의" in line else None
    if m and m.start() > 0:
        removed.append(("contact", m.group(0).strip()))
        line = line[: m.start()]
    return line.strip(), removed
