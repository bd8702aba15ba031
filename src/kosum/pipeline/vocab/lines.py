"""Korean-news knowledge of lines: site chrome, bylines, dates, captions, press-release families."""

from __future__ import annotations

import re

# --- normalize ---
SPACES = re.compile(r"[^\S\n]+")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: A run of Hangul syllables repeating a pattern of 1 to 20 syllables at least three times
#: ("가가가…", "가나가나가나…"): no news text has one, and Kiwi spends 3 to 10 times longer per
#: character on such runs than on real text (every repeat is ambiguous again).
REPEATS = re.compile(r"([\uac00-\ud7a3]{1,20}?)\1{2,}")

# --- html ---
#: Separators between a headline and the site name or breadcrumbs in a <title>/og:title.
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|::|:|<|>|»|›|/)\s+|\s*[|｜]\s*")
BREADCRUMB = re.compile(r"\s*(?:>|›|»)\s*")
HEADLINE_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:view_?tit(?:le)?|tit(?:le)?_?view|subject|headline|article_?tit(?:le)?|bbs_?tit(?:le)?|"
    r"board_?tit(?:le)?|tit|dev-title)(?:$|[\s_-])",
    re.IGNORECASE,
)
SITE_WORDS = re.compile(r"누리집|홈페이지|포털|보도자료$|뉴스$|^(?:[가-힣]{2,8}(?:시|군|구|도|청|부|처))$")
HTML_HANGUL = re.compile(r"[가-힣]")
CRUMB_START = re.compile(r"^(?:홈|HOME|Home|home)(?:\s|>|›|$)")
PIPES = re.compile(r"^\s*\|.*\|\s*$")
DATE = re.compile(r"(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}")
PAGER = re.compile(r"\d+\s*페이지\s*목록|총\s*[\d,]+\s*건|게시물\s*수?\s*[\d,]+\s*건")

# --- boilerplate ---
REPORTER_TITLES = (
    "대표기자|선임기자|수석기자|객원기자|인턴기자|사진기자|영상기자|취재기자|전문기자|편집기자|"
    "기자|특파원|논설위원|편집위원|통신원|에디터|리포터|칼럼니스트"
)
#: "홍길동 선임기자", "홍길동 기자 gildong@example.com", "[새솔일보=홍길동 기자]".
BYLINE = re.compile(
    rf"^[\[(<]?(?:(?P<site>[^\]=)>]{{1,20}})\s*=\s*)?(?P<name>[가-힣]{{2,4}})\s?"
    rf"(?P<title>{REPORTER_TITLES})(?:\s*[\])>])?"
    r"(?:\s*[(<\[]?\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[)>\]]?)?\s*=?$"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_LINE = re.compile(r"^[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?$")
BOILERPLATE_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[./\-년]\s*(?P<m>\d{1,2})\s*[./\-월]\s*(?P<d>\d{1,2})\s*일?\.?"
    r"(?:\s*[\[(]?\s*(?:[가-힣]{1,2}\s*)?(?:오전|오후)?\s*(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})"
    r"(?:\s*[:분]\s*\d{2})?\s*[\])]?)?"
)
TIMESTAMP = re.compile(
    r"^(?:기사\s*)?(?:최초\s*)?(?:입력|수정|등록|승인|발행|게재|업데이트|송고|작성|최종\s*수정|기사\s*입력)"
    r"(?:일|시간|일시|시각)?\s*[:：]?\s*(?:19|20)\d{2}"
)
#: Words that may follow a bare date on a timestamp line: a weekday, 오전/오후, a time.
DATE_TAIL = re.compile(r"[월화수목금토일]요일|[(\[][월화수목금토일][)\]]|오전|오후|\d+\s*[시분초]")
#: Copyright, licence and redistribution notices (the ``copyright`` family).
COPYRIGHT = re.compile(
    r"재판매\s*및\s*DB\s*금지|무단\s*(?:전재|복제|배포)|재배포\s*금지|저작권자|공공누리|공공저작물|본\s*저작물|"
    r"copyright|all rights reserved|[ⓒ©]",
    re.IGNORECASE,
)
WIDGET = re.compile(
    r"도배\s*방지|기사\s*(?:더\s*)?보기|다른\s*기사|기사\s*목록|이전\s*기사|다음\s*기사|관련\s*기사|"
    r"공유\s*하기|URL\s*복사|링크\s*복사|글자\s*크기|글씨\s*크기|본문\s*듣기|기사\s*스크랩|"
    r"많이\s*본\s*(?:뉴스|기사)|인기\s*기사|댓글\s*(?:\d|쓰기|보기|달기)|구독\s*하기|"
    r"맨\s*위로|전체\s*메뉴|기사\s*제보|카카오톡\s*채널",
    re.IGNORECASE,
)
MENU_WORDS = frozenset(
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
CAPTION_START = re.compile(r"^(?:[▲▶►▷]|[\[(<]\s*(?:사진|영상|그래픽|자료)\s*[=:\])>])")
PHOTO_CREDIT = re.compile(
    r"\s*[\[(<]\s*(?:사진|사진제공|사진 제공|제공|그래픽|자료|출처)\s*[=:]?\s*[^\])>]{0,40}[\])>]"
)
CAPTION_WORDS = re.compile(r"사진|제공|촬영|=|뉴스1|뉴시스|연합뉴스")
LEAD_DATELINE = re.compile(
    r"^[\[(<][^\])>]{0,30}?=\s*[^\])>]{0,20}[\])>]\s*(?:[가-힣]{2,4}\s?(?:" + REPORTER_TITLES + r")\s*=?\s*)?"
    r"|^[가-힣]{2,4}\s?(?:" + REPORTER_TITLES + r")\s*=\s*"
)
TRAILING_BYLINE = re.compile(
    r"\s*[/=]\s*[가-힣]{2,4}\s?(?:" + REPORTER_TITLES + r")(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$"
)
PUNCT_END = re.compile(r"[.!?。]\s*[\"'”’)\]]*\s*$")
WORD_END = re.compile(r"[다요죠음함임됨까]\s*[\"'”’)\]]*\s*$")
SYMBOLS_ONLY = re.compile(r"^[\W_]*$")

# --- cleaning ---
#: "- 부제 -", "◇ 부제": a subtitle line under the headline.
SUBTITLE = re.compile(r"^(?:[-–]\s*\S.*|◇\s*\S.*|[-–]\s*\S.*\s[-–])$")
#: "새글 …", "…N", "…NEW": board badges glued to a headline.
TITLE_BADGES = re.compile(r"^(?:새\s*글|NEW|new)\s+|(?<=[가-힣\"'!?)])\s?(?:NEW|N|new)$")
#: The ending of a photo caption line: "… 하고 있다.", "… 모습".
CAPTION_END = re.compile(r"(?:고\s*있다|모습|전경)\s*\.?\s*(?:\([^)]*\))?\s*$")
#: A headline after a series or section name in brackets: "[기획] 청년이 떠난 마을 …".
SERIES_HEADLINE = re.compile(r"^[\[【<〈《]\s*[^\]】>〉》]{1,30}[\]】>〉》]\s*\S.{9,}$")
ITEM_LINE = re.compile(r"^[○▲△▶·ㆍ-]\s*\S.{4,}")
#: A sentence end inside a line: a teaser of the body, not a subtitle.
INNER_END = re.compile(r"[다요]\.\s")
#: A marker heading run into a line after a sentence end ("…편성했다. ■ 청년 일자리 …", "… 1. 도로 확충",
#: "… 둘째, …") opens a new line.
INLINE_MARKER = re.compile(
    r"(?<=[.!?\"'”’)])\s+(?=(?:[■□◆◇●▶►]\s*\S|【[^】]{1,20}】|(?:첫째|둘째|셋째|넷째|다섯째)\s*,|\d{1,2}\.\s+[가-힣]))"
)

# --- families ---
PHONE = r"(?:☎\s*)?(?:\(?0\d{1,2}[)\-.]\s?)?\d{3,4}\s?-\s?\d{4}"
PHONE_RE = re.compile(PHONE)
FILE = r"\S\.(?:jpe?g|png|gif|bmp|hwpx?|pdf|docx?|xlsx?|pptx?|zip|mp4)\b"
FILE_RE = re.compile(FILE, re.IGNORECASE)
SIZE = re.compile(
    r"\[\s*\d[\d.,]*\s*[kKmM]?[bB]\s*\]|\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)|\bhit\b|바로\s*보기|미리\s*보기|다운로드|DOWNLOAD",
    re.IGNORECASE,
)
#: "사진1)", "사진 설명)", "[사진설명]", "*사진설명 :", "<사진>", "(사진2)", "{사진2: …]".
CAPTION_HEAD = re.compile(
    r"^[*※\s]*[\[({<]?\s*(?:사진|그림|포스터|영상)\s*(?:설명|\d{1,2})?\s*(?:\d{1,2})?\s*[\])}>:：=]"
)
CREDIT = re.compile(
    r"[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처|제공)\s*[=:\-–]?\s*[^\])>]{0,30}[\])>]\s*$"
    r"|(?:^|\s)/\s*[^/\s][^/]{0,25}\s*제공\s*$"
)
PHOTO_NOTE = re.compile(r"^[(\[]?[^()\[\]]{0,40}사진\s*\d*\s*(?:장|매)?\s*첨부\s*[)\]]?$|^※\s*(?:별첨|첨부)\s*[:：]")
AGENCY = re.compile(r"^[\[(][A-Za-z가-힣·\s]{1,20}=\s*(?:연합뉴스|뉴시스|뉴스1|AP|AFP|로이터|EPA|신화)[^\])]*[\])]$")
#: Labels of contact/author fields; syllables may be spread out ("작 성 팀").
CONTACT_LABELS = (
    "담당부서|관련부서|담당자|담당|연락처|작성과|작성팀|작성자|제공일|문의처|문의전화|문의|기관명|보도자료제공|"
    "최종수정일|전화번호|전화|부서|팩스|자료제공|보도일시|배포일시|추천수|조회수|작성일|등록일"
)
LABEL_RE = re.compile(rf"^[\[(【〔]?\s*(?:{CONTACT_LABELS})\s*[:：]")
NOT_END = r"(?:[^.!?]|\.(?=\S))"  # a period inside a number or an address does not end a sentence
CONTACT_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{NOT_END}*?(?:{PHONE}){NOT_END}*?문의{NOT_END}*?"
    rf"|{NOT_END}*?문의{NOT_END}*?(?:{PHONE}){NOT_END}*?)[.!?]?\s*$"
)
#: A caption line that ends with a "/○○시 제공" credit, however long it is.
SLASH_CREDIT = re.compile(r"\s/\s*[^/\s][^/]{0,25}\s*제공\s*$")
ENDMARK = re.compile(r"\s*[<(\[‹〈《]\s*끝\s*[>)\]›〉》]\s*")
ENDMARK_LINE = re.compile(r"^[<(\[‹〈《]?\s*끝\s*[>)\]›〉》]?\.?$")
CHROME = re.compile(
    r"^(?:목록|이전글|다음글|이전\s*글|다음\s*글|인쇄|인쇄\s*목록|목록\s*보기|프린트|공유|공유하기|만족도\s*조사|의견\s*[:：]?|"
    r"매우\s*만족.*|글자\s*(?:확대|축소).*|.*프린트\s*페이지\s*공유하기|.*인쇄\s*/\s*페이지\s*출력|"
    r"게시물\s*수?\s*[\d,]+\s*건|firstprev.*|.*nextlast|제목\s*내용\s*이름|"
    r"다음글이\s*(?:존재|없).*|이전글이\s*(?:존재|없).*|\[?평균\s*[\d.]+\s*점.*|.*\d+\s*자\s*이내로\s*입력.*|"
    r".*만족하(?:십니까|셨습니까)\??|QR\s*Code.*|.*QR\s*Code는|『[^』]{1,20}』의\s*정보를\s*담고\s*있습니다\.?|"
    r"자동으로\s*이\s*페이지로\s*연결됩니다.*|보도자료(?:\s*상세)?|Home|홈)$",
    re.IGNORECASE,
)
#: Lines announcing the next or the previous article: the line after them is that article's title.
NEIGHBOUR = re.compile(r"^(?:이전글|다음글|이전\s*기사|다음\s*기사)\s*[:：]?\s*$")
TEASER = re.compile(
    r"^[\[<(〈]\s*(?:관련\s*기사|다음\s*(?:편|회)|이어서|연재)[^\]>)〉]*[\]>)〉]"
    r"|^※?\s*(?:다음\s*(?:편|회)에서는|다음\s*(?:편|회)에\s*계속)"
)
#: A menu or category bar: several short words, most with a slash or an arrow between them.
MENU_SEP = re.compile(r"\s*(?:>|/|›|»|\|)\s*")
NUMERIC_JUNK = re.compile(r"^[\d,.:;\s/-]+$")
BARE_LABEL = re.compile(rf"^(?:{CONTACT_LABELS})\s*[:：]+$")
SENTENCE_END = re.compile(r"(?:[다요]|니다|했음|함|됨)\s*[.!?]?\s*[\"')\]]*$")
NUMBERED_LINE = re.compile(r"^\d{1,2}\s*[.)]\s*\S")
#: "사진 설명) 1. …" run into the end of a paragraph: everything from there on is the caption block.
INLINE_CAPTION = re.compile(r"(?:(?<=[.!?\"'”’])|^)\s*[*※]?\s*[\[({<]?\s*사진\s*설명\s*[\])}>:：].*$")
INLINE_CREDIT = re.compile(r"\s*[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처)\s*[=:\-–]\s*[^\])>]{1,30}[\])>]")
#: The words one of which every match of :data:`INLINE_CREDIT` holds.
CREDIT_WORDS = ("사진", "자료", "그래픽", "출처")
