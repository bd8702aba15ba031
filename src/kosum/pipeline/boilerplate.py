"""Recognizers for the chrome that Korean news sites wrap an article in.

Each function looks at one normalized line. They are deliberately conservative: a line
is boilerplate only when it is short and matches a known shape, so a real sentence that
happens to mention "댓글" or "공유" is never dropped.
"""

from __future__ import annotations

import re

__all__ = [
    "BYLINE",
    "COPYRIGHT",
    "LineKind",
    "classify_line",
    "looks_like_sentence",
    "parse_date",
    "strip_inline",
]

LineKind = str  # "meta", "boiler", "caption" or "text"

_REPORTER_TITLES = (
    "대표기자|선임기자|수석기자|객원기자|인턴기자|사진기자|영상기자|취재기자|전문기자|편집기자|"
    "기자|특파원|논설위원|편집위원|통신원|에디터|리포터|칼럼니스트"
)
#: "홍길동 선임기자", "홍길동 기자 gildong@example.com", "[새솔일보=홍길동 기자]".
BYLINE = re.compile(
    rf"^[\[(<]?(?:(?P<site>[^\]=)>]{{1,20}})\s*=\s*)?(?P<name>[가-힣]{{2,4}})\s?"
    rf"(?P<title>{_REPORTER_TITLES})(?:\s*[\])>])?"
    r"(?:\s*[(<\[]?\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[)>\]]?)?\s*=?$"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LINE = re.compile(r"^[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?$")
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[./\-년]\s*(?P<m>\d{1,2})\s*[./\-월]\s*(?P<d>\d{1,2})\s*일?\.?"
    r"(?:\s*[\[(]?\s*(?:[가-힣]{1,2}\s*)?(?:오전|오후)?\s*(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})"
    r"(?:\s*[:분]\s*\d{2})?\s*[\])]?)?"
)
_TIMESTAMP = re.compile(
    r"^(?:기사\s*)?(?:최초\s*)?(?:입력|수정|등록|승인|발행|게재|업데이트|송고|작성|최종\s*수정|기사\s*입력)"
    r"(?:일|시간|일시|시각)?\s*[:：]?\s*(?:19|20)\d{2}"
)
#: Words that may follow a bare date on a timestamp line: a weekday, 오전/오후, a time.
_DATE_TAIL = re.compile(r"[월화수목금토일]요일|[(\[][월화수목금토일][)\]]|오전|오후|\d+\s*[시분초]")
_HANGUL = re.compile(r"[가-힣]")
#: Copyright, licence and redistribution notices (the ``copyright`` family).
COPYRIGHT = re.compile(
    r"재판매\s*및\s*DB\s*금지|무단\s*(?:전재|복제|배포)|재배포\s*금지|저작권자|공공누리|공공저작물|본\s*저작물|"
    r"copyright|all rights reserved|[ⓒ©]",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"도배\s*방지|기사\s*(?:더\s*)?보기|다른\s*기사|기사\s*목록|이전\s*기사|다음\s*기사|관련\s*기사|"
    r"공유\s*하기|URL\s*복사|링크\s*복사|글자\s*크기|글씨\s*크기|본문\s*듣기|기사\s*스크랩|"
    r"많이\s*본\s*(?:뉴스|기사)|인기\s*기사|댓글\s*(?:\d|쓰기|보기|달기)|구독\s*하기|"
    r"맨\s*위로|전체\s*메뉴|기사\s*제보|카카오톡\s*채널",
    re.IGNORECASE,
)
_MENU_WORDS = frozenset(
    [
        "홈",
        "뉴스",
        "정치",
        "경제",
        "사회",
        "문화",
        "국제",
        "스포츠",
        "연예",
        "오피니언",
        "사설",
        "칼럼",
        "인물",
        "포토",
        "영상",
        "지역",
        "전국",
        "로그인",
        "회원가입",
        "검색",
        "구독",
        "공유",
        "인쇄",
        "프린트",
        "스크랩",
        "댓글",
        "좋아요",
        "싫어요",
        "추천",
        "페이스북",
        "트위터",
        "카카오톡",
        "카카오스토리",
        "밴드",
        "네이버",
        "블로그",
        "메일",
        "이메일",
        "목록",
        "닫기",
        "확대",
        "축소",
        "가",
        "top",
        "TOP",
        "엑스",
        "X",
        "facebook",
        "twitter",
        "kakao",
        "band",
        "링크",
        "저장",
        "북마크",
        "신고",
        "전체",
        "메뉴",
        "이전",
        "다음",
    ]
)
_CAPTION_START = re.compile(r"^(?:[▲▶►▷]|[\[(<]\s*(?:사진|영상|그래픽|자료)\s*[=:\])>])")
_PHOTO_CREDIT = re.compile(
    r"\s*[\[(<]\s*(?:사진|사진제공|사진 제공|제공|그래픽|자료|출처)\s*[=:]?\s*[^\])>]{0,40}[\])>]"
)
_CAPTION_WORDS = re.compile(r"사진|제공|촬영|=|뉴스1|뉴시스|연합뉴스")
_LEAD_DATELINE = re.compile(
    r"^[\[(<][^\])>]{0,30}?=\s*[^\])>]{0,20}[\])>]\s*(?:[가-힣]{2,4}\s?(?:" + _REPORTER_TITLES + r")\s*=?\s*)?"
    r"|^[가-힣]{2,4}\s?(?:" + _REPORTER_TITLES + r")\s*=\s*"
)
_TRAILING_BYLINE = re.compile(
    r"\s*[/=]\s*[가-힣]{2,4}\s?(?:" + _REPORTER_TITLES + r")(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$"
)
_PUNCT_END = re.compile(r"[.!?。]\s*[\"'”’)\]]*\s*$")
_WORD_END = re.compile(r"[다요죠음함임됨까]\s*[\"'”’)\]]*\s*$")
_SYMBOLS_ONLY = re.compile(r"^[\W_]*$")


def looks_like_sentence(line: str) -> bool:
    """True for a line that reads like running text rather than a title or menu."""
    if _PUNCT_END.search(line):
        return len(line) >= 8
    return bool(_WORD_END.search(line)) and len(line) >= 15


def parse_date(text: str) -> str | None:
    """The first date (and time) in ``text`` as ``YYYY-MM-DD[ HH:MM]``, or ``None``."""
    m = _DATE.search(text)
    if not m:
        return None
    date = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["H"] is not None:
        date += f" {int(m['H']):02d}:{m['M']}"
    return date


def _bare_date(part: str) -> bool:
    """A date standing alone ("2023.08.03 17:46", "2024년 5월 7일 화요일"): at most a few
    Korean letters besides weekday and time words follow it, so a sentence that opens with
    a date ("2024년 5월 7일 시는 ...") is not one."""
    m = _DATE.match(part)
    return m is not None and len(_HANGUL.findall(_DATE_TAIL.sub("", part[m.end() :]))) <= 4


def _meta_part(part: str) -> bool:
    part = part.strip(" ·,")
    return bool(not part or BYLINE.match(part) or _TIMESTAMP.match(part) or _bare_date(part) or _EMAIL_LINE.match(part))


def classify_line(line: str) -> LineKind:
    """Tell what a normalized, non-empty line is.

    ``"meta"``: a byline, timestamp or e-mail (kept as metadata, removed from the text);
    ``"boiler"``: site chrome, widgets, copyright notices; ``"caption"``: a photo caption;
    ``"text"``: anything else.
    """
    if _SYMBOLS_ONLY.match(line):
        return "boiler"
    if len(line) <= 160 and all(_meta_part(p) for p in re.split(r"[|│]|\s/\s", line)):
        return "meta"
    if len(line) <= 200 and COPYRIGHT.search(line):
        return "boiler"
    if len(line) <= 60 and _WIDGET.search(line):
        return "boiler"
    words = re.split(r"[\s•·|>/]+", line.strip("•·- "))
    if len(line) <= 60 and all(w in _MENU_WORDS for w in words if w):
        return "boiler"
    if line in ("(끝)", "<끝>", "[끝]", "끝"):
        return "boiler"
    if _CAPTION_START.match(line) and (_CAPTION_WORDS.search(line) or looks_like_sentence(line)):
        return "caption"
    if len(line) <= 150 and _PHOTO_CREDIT.search(line) and not looks_like_sentence(_PHOTO_CREDIT.sub("", line)):
        return "caption"
    return "text"


def strip_inline(line: str) -> tuple[str, list[str]]:
    """Remove in-line chrome from a body line: the dateline prefix ("(서울=연합뉴스) 홍길동
    기자 ="), photo credits ("(사진=○○시)"), a trailing byline ("/홍길동 기자").

    Returns the cleaned line and the pieces removed.
    """
    removed: list[str] = []
    m = _LEAD_DATELINE.match(line)
    if m and m.end() < len(line):
        removed.append(m.group(0).strip())
        line = line[m.end() :]
    for credit in _PHOTO_CREDIT.findall(line):
        removed.append(credit.strip())
    line = _PHOTO_CREDIT.sub("", line)
    m = _TRAILING_BYLINE.search(line)
    if m and m.start() > 0:
        removed.append(m.group(0).strip())
        line = line[: m.start()]
    return line.strip(), removed
