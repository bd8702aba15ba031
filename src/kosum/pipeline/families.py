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
* ``teaser``: series teasers ("<다음 편에 계속>", "[관련기사]", "▶ 관련기사 …");
* ``turn``: the turn markers of a broadcast script ("[앵커]", "◀ 리포트 ▶", "<인터뷰> 김하늘 / 한빛시 주민"):
  the marker goes, the turn's text stays; so do a transcript's stage directions inside a line ("(웃음)", "(울먹)").

News conventions (:mod:`kosum.pipeline.vocab.news`): outlet bylines and wire datelines at the start
of a line ("[한빛일보 김하늘 기자] …", "(서울=한빛뉴스) 김하늘 기자 = …", "[한빛뉴스] …") and lead
photo credits ("(사진=한빛시 제공) …") are cut off the line by :func:`cut_lead` and the rest stays;
sign-offs ("한빛일보 김하늘 기자 sky@example.com") are bylines; a caption closed by a credit
("… 하고 있다. 한빛법원·한빛뉴스") is a caption; outlet promotions and feedback widgets
("보내주신 소중한 의견은 …") are chrome.

:func:`line_family` names the family of a whole line; :func:`strip_inline` cuts families that
sit inside a body line (a trailing credit, end mark or contact sentence, a caption block run
into the last paragraph).
"""

from __future__ import annotations

import re

from .boilerplate import notice_tail, text_before_notice
from .tuning import LINES
from .vocab.common import WHITESPACE
from .vocab.lines import (
    AGENCY,
    ATTACHMENT_LINE,
    ATTACHMENT_SIZE,
    BARE_LABEL,
    CAPTION_BLOCK_HEAD,
    CAPTION_CREDIT,
    CAPTION_END,
    CAPTION_HEAD,
    CHROME_LINE,
    CONTACT_CLAUSE,
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
    LEAD_DATELINE,
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
from .vocab.news import (
    ASKING_TURNS,
    CAPTION_TAIL,
    INTERVIEW_TURN,
    INTERVIEW_TURN_HINTS,
    LEAD_CREDIT,
    LEAD_OUTLET_BYLINE,
    LEAD_OUTLET_TAG,
    PROGRAMME_OPENER,
    PROMO_LINE,
    RELATED_LINE,
    SIGN_OFF,
    SPEAKER_LABEL,
    STAGE_DIRECTION,
    STAGE_DIRECTION_WORDS,
    TURN_MARKER,
    WIDGET_LINE,
)

__all__ = ["FAMILIES", "cut_lead", "cut_marks", "line_family", "strip_inline_families"]

FAMILIES = ("caption", "byline", "copyright", "attachment", "contact", "endmark", "chrome", "teaser", "turn")
#: The marks cut off the start of a line, with their family, tried in this order (and again).
_LEAD_MARKS = (
    (LEAD_OUTLET_BYLINE, "byline"),
    (LEAD_OUTLET_TAG, "byline"),
    (LEAD_CREDIT, "caption"),
    (LEAD_DATELINE, "byline"),
    (TURN_MARKER, "turn"),
    (PROGRAMME_OPENER, "turn"),
)


def _squeezed(line: str) -> str:
    """ "작 성 팀: …" → "작성팀: …": spaces dropped from a short label before its colon."""
    m = SHORT_LABEL.match(line)
    return WHITESPACE.sub("", m.group(1)) + line[m.end(1) :] if m else line


def _contact_sentence(line: str) -> re.Match[str] | None:
    """The sentence that ends ``line`` and only asks readers to call a number, or ``None``: one
    with a clause before "문의" ("…가능하며, 기부 관련 문의는 …") says more and is text."""
    m = CONTACT_SENTENCE.search(line) if "문의" in line else None  # a costly pattern: 문의 first
    if m is None or CONTACT_CLAUSE.search(m.group(0)[: m.group(0).find("문의")]):
        return None
    return m


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
    m = TURN_MARKER.match(stripped)  # before menus: "<인터뷰> 김하늘 / 한빛시 주민" has their separators
    if m and (m.end() == len(stripped) or is_speaker_label(stripped[m.end() :])):
        return "turn"
    if PROGRAMME_OPENER.fullmatch(stripped):
        return "turn"
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
    if len(stripped) <= LINES.copyright_max_chars and COPYRIGHT.search(stripped) and not text_before_notice(stripped):
        return "copyright"
    m = _contact_sentence(stripped)
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
    return _news_family(stripped)


def _caption_sentence(text: str) -> bool:
    """True for one short caption sentence ("새솔시장이 인사말을 하고 있다.")."""
    return bool(CAPTION_END.search(text)) and not INNER_END.search(text)


def _news_family(line: str) -> str | None:
    """The family of a whole line by the news conventions, or ``None``."""
    if SIGN_OFF.match(line) or LEAD_OUTLET_BYLINE.fullmatch(line) or LEAD_OUTLET_TAG.fullmatch(line):
        return "byline"
    m = CAPTION_TAIL.search(line)
    if m and _caption_sentence(line[: m.start()]):
        return "caption"
    if RELATED_LINE.match(line):
        return "teaser"
    if PROMO_LINE.match(line) or WIDGET_LINE.match(line):
        return "chrome"
    return None


def is_speaker_label(line: str) -> bool:
    """True for the name and role of a speaker in a broadcast script ("김하늘 / 한빛시 주민")."""
    return bool(SPEAKER_LABEL.match(line.strip())) and not SENTENCE_END.search(line)


def cut_lead(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut the news marks that open a line (bylines, datelines, lead photo credits, turn
    markers) and return the rest and the ``(family, mark)`` pairs. A mark that is the whole
    line, or a credit before one caption sentence, stays: the whole line is then chrome.

    >>> cut_lead("[한빛일보 김하늘 기자] 한빛시가 예산을 늘린다.")
    ('한빛시가 예산을 늘린다.', [('byline', '[한빛일보 김하늘 기자]')])
    """
    pieces: list[tuple[str, str]] = []
    found = True
    while found:
        found = False
        for pattern, family in _LEAD_MARKS:
            m = pattern.match(line)
            rest = line[m.end() :].strip() if m else ""
            if m and family == "caption" and _caption_sentence(rest):
                return line, pieces  # "[사진=…] 한빛시장이 인사말을 하고 있다.": a caption line
            if not m or not rest or (family == "turn" and is_speaker_label(rest)):
                continue
            pieces.append((family, m.group(0).strip()))
            line, found = rest, True
            break
    return line, pieces


def is_neighbour_marker(line: str) -> bool:
    """True for "이전글"/"다음글": the next line is another article's title."""
    return bool(NEIGHBOUR.match(line.strip()))


def caption_block_start(line: str) -> bool:
    """True for the head of a caption block whose numbered lines follow ("사진 설명) 1. …")."""
    return bool(CAPTION_BLOCK_HEAD.match(line.strip()))


def caption_head_alone(line: str) -> bool:
    """True for a caption's head with nothing after it on its line ("사진 설명)", "[사진설명]"): the caption is
    the line under it."""
    m = CAPTION_HEAD.match(line.strip())
    return m is not None and not line.strip()[m.end() :].strip()


def is_numbered_line(line: str) -> bool:
    return bool(NUMBERED_LINE.match(line.strip()))


def cut_marks(line: str) -> tuple[str, list[tuple[str, str]]]:
    """:func:`cut_lead`, and an end mark or a copyright notice run into the end of running text.

    >>> cut_marks("시는 공간을 늘린다. ⓒ 한빛일보 무단 전재 금지")
    ('시는 공간을 늘린다.', [('copyright', 'ⓒ 한빛일보 무단 전재 금지')])
    """
    line, pieces = cut_lead(line)
    end = _closing_endmark(line)
    if end is not None:  # "…할 계획이다. <끝>": the release's end mark after its last sentence
        pieces.append(("endmark", line[end:].strip()))
        line = line[:end].strip()
    m = notice_tail(line)
    if m and text_before_notice(line):
        pieces.append(("copyright", m.group(0).strip()))
        line = line[: m.start()].strip()
    return line, pieces


def _closing_endmark(line: str) -> int | None:
    """Where an end mark that closes ``line`` after text starts ("…계획이다. <끝>"), or ``None``."""
    if "끝" not in line:
        return None
    marks = list(ENDMARK.finditer(line))
    last = marks[-1] if marks else None
    return last.start() if last is not None and last.end() == len(line) and last.start() > 0 else None


def _without_directions(line: str, removed: list[tuple[str, str]]) -> str:
    """``line`` without a transcript's stage directions ("…고맙습니다(울먹) 끝까지 …"), each listed in
    ``removed``; the words on either side keep a space between them."""

    def cut(m: re.Match[str]) -> str:
        removed.append(("turn", m.group(0).strip()))
        after = line[m.end() : m.end() + 1]
        return " " if m.start() > 0 and after.isalnum() else ""

    return STAGE_DIRECTION.sub(cut, line)


def _answers_only(line: str, removed: list[tuple[str, str]]) -> str:
    """``line`` of an interview without its turn markers and without the interviewer's turns, each listed in
    ``removed``: the answers carry the text ("문) 언제 여나요?답) 다음 달에 엽니다." → "다음 달에 엽니다.")."""
    marks = list(INTERVIEW_TURN.finditer(line))
    if not marks:
        return line
    kept = [line[: marks[0].start()]]
    for m, after in zip(marks, [*marks[1:], None], strict=True):
        marker, turn = m.group(0).strip(), line[m.end() : after.start() if after else len(line)]
        if marker.startswith(ASKING_TURNS):
            removed.append(("turn", f"{marker} {turn.strip()}"))
        else:
            removed.append(("turn", marker))
            kept.append(turn)
    return " ".join(part.strip() for part in kept if part.strip())


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
    if any(word in line for word in STAGE_DIRECTION_WORDS):
        line = _without_directions(line, removed)
    if any(mark in line for mark in INTERVIEW_TURN_HINTS):  # an interview: "문) …?답) …", "Q. …"
        line = _answers_only(line, removed)
    m = ENDMARK.search(line) if "끝" in line else None
    while m:
        tail = line[m.end() :]
        removed.append(("endmark", m.group(0).strip()))
        if tail.strip() and line_family(tail.strip()) == "contact":
            removed.append(("contact", tail.strip()))
            tail = ""
        line = (line[: m.start()] + " " + tail).strip() if tail.strip() else line[: m.start()]
        m = ENDMARK.search(line)
    m = _contact_sentence(line)
    if m and m.start() > 0:
        removed.append(("contact", m.group(0).strip()))
        line = line[: m.start()]
    m = notice_tail(line)
    if m and m.start() > 0:
        removed.append(("copyright", m.group(0).strip()))
        line = line[: m.start()]
    m = CAPTION_TAIL.search(line)
    if m and m.start() > 0:
        removed.append(("caption", m.group(0).strip()))
        line = line[: m.start()]
    return line.strip(), removed
