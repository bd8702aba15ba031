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

import re

from .boilerplate import COPYRIGHT

__all__ = ["FAMILIES", "line_family", "strip_inline_families"]

FAMILIES = ("caption", "byline", "copyright", "attachment", "contact", "endmark", "chrome", "teaser")

_PHONE = r"(?:☎\s*)?(?:\(?0\d{1,2}[)\-.]\s?)?\d{3,4}\s?-\s?\d{4}"
_PHONE_RE = re.compile(_PHONE)
_FILE = r"\S\.(?:jpe?g|png|gif|bmp|hwpx?|pdf|docx?|xlsx?|pptx?|zip|mp4)\b"
_FILE_RE = re.compile(_FILE, re.IGNORECASE)
_SIZE = re.compile(
    r"\[\s*\d[\d.,]*\s*[kKmM]?[bB]\s*\]|\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)|\bhit\b|바로\s*보기|미리\s*보기|다운로드|DOWNLOAD",
    re.IGNORECASE,
)

#: "사진1)", "사진 설명)", "[사진설명]", "*사진설명 :", "<사진>", "(사진2)", "{사진2: …]".
_CAPTION_HEAD = re.compile(
    r"^[*※\s]*[\[({<]?\s*(?:사진|그림|포스터|영상)\s*(?:설명|\d{1,2})?\s*(?:\d{1,2})?\s*[\])}>:：=]"
)
_CREDIT = re.compile(
    r"[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처|제공)\s*[=:\-–]?\s*[^\])>]{0,30}[\])>]\s*$"
    r"|(?:^|\s)/\s*[^/\s][^/]{0,25}\s*제공\s*$"
)
_PHOTO_NOTE = re.compile(r"^[(\[]?[^()\[\]]{0,40}사진\s*\d*\s*(?:장|매)?\s*첨부\s*[)\]]?$|^※\s*(?:별첨|첨부)\s*[:：]")
_AGENCY = re.compile(r"^[\[(][A-Za-z가-힣·\s]{1,20}=\s*(?:연합뉴스|뉴시스|뉴스1|AP|AFP|로이터|EPA|신화)[^\])]*[\])]$")
#: Labels of contact/author fields; syllables may be spread out ("작 성 팀").
_CONTACT_LABELS = (
    "담당부서|관련부서|담당자|담당|연락처|작성과|작성팀|작성자|제공일|문의처|문의전화|문의|기관명|보도자료제공|"
    "최종수정일|전화번호|전화|부서|팩스|자료제공|보도일시|배포일시|추천수|조회수|작성일|등록일"
)
_LABEL_RE = re.compile(rf"^[\[(【〔]?\s*(?:{_CONTACT_LABELS})\s*[:：]")
_NOT_END = r"(?:[^.!?]|\.(?=\S))"  # a period inside a number or an address does not end a sentence
_CONTACT_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{_NOT_END}*?(?:{_PHONE}){_NOT_END}*?문의{_NOT_END}*?"
    rf"|{_NOT_END}*?문의{_NOT_END}*?(?:{_PHONE}){_NOT_END}*?)[.!?]?\s*$"
)
#: A caption line that ends with a "/○○시 제공" credit, however long it is.
_SLASH_CREDIT = re.compile(r"\s/\s*[^/\s][^/]{0,25}\s*제공\s*$")
_ENDMARK = re.compile(r"\s*[<(\[‹〈《]\s*끝\s*[>)\]›〉》]\s*")
_ENDMARK_LINE = re.compile(r"^[<(\[‹〈《]?\s*끝\s*[>)\]›〉》]?\.?$")
_CHROME = re.compile(
    r"^(?:목록|이전글|다음글|이전\s*글|다음\s*글|인쇄|인쇄\s*목록|목록\s*보기|프린트|공유|공유하기|만족도\s*조사|의견\s*[:：]?|"
    r"매우\s*만족.*|글자\s*(?:확대|축소).*|.*프린트\s*페이지\s*공유하기|.*인쇄\s*/\s*페이지\s*출력|"
    r"게시물\s*수?\s*[\d,]+\s*건|firstprev.*|.*nextlast|제목\s*내용\s*이름|"
    r"다음글이\s*(?:존재|없).*|이전글이\s*(?:존재|없).*|\[?평균\s*[\d.]+\s*점.*|.*\d+\s*자\s*이내로\s*입력.*|"
    r".*만족하(?:십니까|셨습니까)\??|QR\s*Code.*|.*QR\s*Code는|『[^』]{1,20}』의\s*정보를\s*담고\s*있습니다\.?|"
    r"자동으로\s*이\s*페이지로\s*연결됩니다.*|보도자료(?:\s*상세)?|Home|홈)$",
    re.IGNORECASE,
)
#: Lines announcing the next or the previous article: the line after them is that article's title.
_NEIGHBOUR = re.compile(r"^(?:이전글|다음글|이전\s*기사|다음\s*기사)\s*[:：]?\s*$")
_TEASER = re.compile(
    r"^[\[<(〈]\s*(?:관련\s*기사|다음\s*(?:편|회)|이어서|연재)[^\]>)〉]*[\]>)〉]"
    r"|^※?\s*(?:다음\s*(?:편|회)에서는|다음\s*(?:편|회)에\s*계속)"
)
#: A menu or category bar: several short words, most with a slash or an arrow between them.
_MENU_SEP = re.compile(r"\s*(?:>|/|›|»|\|)\s*")
_NUMERIC_JUNK = re.compile(r"^[\d,.:;\s/-]+$")
_INNER_SENTENCE = re.compile(r"[다요]\.\s")
_BARE_LABEL = re.compile(rf"^(?:{_CONTACT_LABELS})\s*[:：]+$")
_SENTENCE_END = re.compile(r"(?:[다요]|니다|했음|함|됨)\s*[.!?]?\s*[\"')\]]*$")


def _squeezed(line: str) -> str:
    """ "작 성 팀: …" → "작성팀: …": spaces dropped from a short label before its colon."""
    m = re.match(r"^([^:：]{1,14})([:：])", line)
    return re.sub(r"\s+", "", m.group(1)) + line[m.end(1) :] if m else line


def _is_menu(line: str) -> bool:
    if len(line) > 90 or _SENTENCE_END.search(line):
        return False
    seps = len(_MENU_SEP.findall(line))
    words = line.split()
    return seps >= 2 and len(words) >= 4 and max(len(w) for w in words) <= 12


def line_family(line: str) -> str | None:
    """The boilerplate family a whole (normalized, non-empty) line belongs to, or ``None``."""
    stripped = line.strip()
    if not stripped:
        return None
    if _ENDMARK_LINE.match(stripped):
        return "endmark"
    if _CAPTION_HEAD.match(stripped) or _PHOTO_NOTE.match(stripped):
        return "caption"
    if len(stripped) <= 500 and _SLASH_CREDIT.search(stripped):
        return "caption"
    if len(stripped) <= 80 and _CREDIT.search(stripped) and not _SENTENCE_END.search(_CREDIT.sub("", stripped)):
        return "caption"
    if _FILE_RE.search(stripped) and (_SIZE.search(stripped) or len(stripped) <= 120):
        return "attachment"
    if len(stripped) <= 40 and _SIZE.search(stripped) and not _SENTENCE_END.search(stripped):
        return "attachment"
    if re.match(r"^첨부\s*파일", stripped):
        return "attachment"
    if _AGENCY.match(stripped):
        return "byline"
    if len(stripped) <= 200 and COPYRIGHT.search(stripped):
        return "copyright"
    m = _CONTACT_SENTENCE.search(stripped) if "문의" in stripped else None  # a costly pattern: 문의 first
    if m and m.start() == 0 and len(stripped) <= 200:
        return "contact"
    squeezed = _squeezed(stripped)
    if len(stripped) <= 120 and _LABEL_RE.match(squeezed):
        return "contact"
    if len(stripped) <= 100 and _PHONE_RE.search(stripped) and not _INNER_SENTENCE.search(stripped):
        rest = _PHONE_RE.sub("", stripped)
        if stripped[0] in "【〔[(<" or not _SENTENCE_END.search(rest) or len(rest.strip(" ()[]【】〔〕,")) <= 30:
            return "contact"
    if len(stripped) <= 60 and _CHROME.match(stripped):
        return "chrome"
    if _NUMERIC_JUNK.match(stripped) or _BARE_LABEL.match(_squeezed(stripped + ":")):
        return "chrome"
    if _is_menu(stripped):
        return "chrome"
    if _TEASER.match(stripped):
        return "teaser"
    return None


def is_neighbour_marker(line: str) -> bool:
    """True for "이전글"/"다음글": the next line is another article's title."""
    return bool(_NEIGHBOUR.match(line.strip()))


def caption_block_start(line: str) -> bool:
    """True for the head of a caption block whose numbered lines follow ("사진 설명) 1. …")."""
    return bool(re.match(r"^[*※\s]*[\[({<]?\s*사진\s*설명", line.strip()))


_NUMBERED_LINE = re.compile(r"^\d{1,2}\s*[.)]\s*\S")
#: "사진 설명) 1. …" run into the end of a paragraph: everything from there on is the caption block.
_INLINE_CAPTION = re.compile(r"(?:(?<=[.!?\"'”’])|^)\s*[*※]?\s*[\[({<]?\s*사진\s*설명\s*[\])}>:：].*$")
_INLINE_CREDIT = re.compile(r"\s*[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처)\s*[=:\-–]\s*[^\])>]{1,30}[\])>]")
#: The words one of which every match of :data:`_INLINE_CREDIT` holds.
_CREDIT_WORDS = ("사진", "자료", "그래픽", "출처")


def is_numbered_line(line: str) -> bool:
    return bool(_NUMBERED_LINE.match(line.strip()))


def strip_inline_families(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut the families that sit inside a body line; returns the line and ``(family, text)`` pairs."""
    removed: list[tuple[str, str]] = []
    # each pattern runs only on a line with its literal word (사진, 끝, 문의): most lines have none
    m = _INLINE_CAPTION.search(line) if "사진" in line else None
    if m and m.start() > 0:
        removed.append(("caption", m.group(0).strip()))
        line = line[: m.start()]
    if any(word in line for word in _CREDIT_WORDS):
        for credit in _INLINE_CREDIT.findall(line):
            removed.append(("caption", credit.strip()))
        line = _INLINE_CREDIT.sub("", line)
    m = _ENDMARK.search(line) if "끝" in line else None
    while m:
        tail = line[m.end() :]
        removed.append(("endmark", m.group(0).strip()))
        if tail.strip() and line_family(tail.strip()) == "contact":
            removed.append(("contact", tail.strip()))
            tail = ""
        line = (line[: m.start()] + " " + tail).strip() if tail.strip() else line[: m.start()]
        m = _ENDMARK.search(line)
    m = _CONTACT_SENTENCE.search(line) if "문의" in line else None
    if m and m.start() > 0:
        removed.append(("contact", m.group(0).strip()))
        line = line[: m.start()]
    return line.strip(), removed
