"""Korean-news knowledge of lines: site chrome, bylines, dates, captions, press-release families."""

from __future__ import annotations

import re

from .common import (
    CAPTION_MARKS,
    END_TAIL,
    INLINE_MARKS,
    ITEM_LINE_MARKS,
    SERIES_CLOSE,
    SERIES_OPEN,
    STATEMENT_ENDINGS,
)

# Normalizing.
#: A run of spaces or tabs within a line (newlines stay).
SPACES = re.compile(r"[^\S\n]+")
#: A run of Hangul syllables repeating a pattern of 1 to 20 syllables at least three times
#: ("가가가…", "가나가나가나…"): no news text has one, and Kiwi spends 3 to 10 times longer per
#: character on such runs than on real text (every repeat is ambiguous again).
REPEATS = re.compile(r"([\uac00-\ud7a3]{1,20}?)\1{2,}")
#: A run of 1 to 5 Hangul words, each with its space, repeated at least three times ("가나다라 가나다라
#: 가나다라 …"): Kiwi reads each repeat again, at more than real text's cost per character.
REPEATED_WORDS = re.compile(r"(?<![\uac00-\ud7a3])((?:[\uac00-\ud7a3]{1,20} ){1,5}?)\1{2,}")

# Saved HTML pages.
#: Separators between a headline and the site name or breadcrumbs in a <title>/og:title.
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|::|:|<|>|»|›|/)\s+|\s*[|｜]\s*")
#: The arrows of a breadcrumb trail ("홈 > 뉴스 > 사회").
BREADCRUMB = re.compile(r"\s*(?:>|›|»)\s*")
#: HTML class or id names of the element that holds the headline.
HEADLINE_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:view_?tit(?:le)?|tit(?:le)?_?view|subject|headline|article_?tit(?:le)?|bbs_?tit(?:le)?|"
    r"board_?tit(?:le)?|tit|dev-title)(?:$|[\s_-])",
    re.IGNORECASE,
)
#: A part of a page title that names the site or office ("새솔시청 누리집", "새솔군").
SITE_WORDS = re.compile(r"누리집|홈페이지|포털|보도자료$|뉴스$|^(?:[가-힣]{2,8}(?:시|군|구|도|청|부|처))$")
#: Text that begins a breadcrumb trail ("홈 > …").
CRUMB_START = re.compile(r"^(?:홈|HOME|Home|home)(?:\s|>|›|$)")
#: A table row as trafilatura writes it ("| 구분 | 내용 |").
PIPES = re.compile(r"^\s*\|.*\|\s*$")
#: A date of a board entry ("2024-05-01", "2024.5.1").
LISTED_DATE = re.compile(r"(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}")
#: The pager of a list page ("1페이지 목록", "총 120건").
PAGER = re.compile(r"\d+\s*페이지\s*목록|총\s*[\d,]+\s*건|게시물\s*수?\s*[\d,]+\s*건")

# Site chrome, bylines, dates and captions.
#: Titles after a reporter's name, as regex alternatives ("기자", "특파원", "논설위원" …).
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
#: An e-mail address ("gildong@example.com").
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A line that holds only an e-mail address, maybe in brackets.
EMAIL_LINE = re.compile(r"^[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?$")
#: A date with an optional time ("2024.05.01 14:30", "2024년 5월 1일 (수) 오후 2시 30분").
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[./\-년]\s*(?P<m>\d{1,2})\s*[./\-월]\s*(?P<d>\d{1,2})\s*일?\.?"
    r"(?:\s*[\[(]?\s*(?:[가-힣]{1,2}\s*)?(?:오전|오후)?\s*(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})"
    r"(?:\s*[:분]\s*\d{2})?\s*[\])]?)?"
)
#: A line that states when the article was published or edited ("입력 2024.05.01").
TIMESTAMP = re.compile(
    r"^(?:기사\s*)?(?:최초\s*)?(?:입력|수정|등록|승인|발행|게재|업데이트|송고|작성|최종\s*수정|기사\s*입력)"
    r"(?:일|시간|일시|시각)?\s*[:：]?\s*(?:19|20)\d{2}"
)
#: The desk that issued a release, named beside its date on a metadata line ("2024-05-01 | 홍보실",
#: "2024.5.1 | 관광정책과"): one word ending in a unit of an office.
ISSUING_DESK = re.compile(r"^[가-힣]{1,10}(?:실|과|팀|국|담당관|본부|센터|사업소)$")
#: Words that may follow a bare date on a timestamp line: a weekday, 오전/오후, a time.
DATE_TAIL = re.compile(r"[월화수목금토일]요일|[(\[][월화수목금토일][)\]]|오전|오후|\d+\s*[시분초]")
#: Copyright, licence and redistribution notices (the ``copyright`` family).
COPYRIGHT = re.compile(
    r"재판매\s*및\s*DB\s*금지|무단\s*(?:전재|복제|배포)|재배포\s*금지|저작권자|공공누리|공공저작물|본\s*저작물|"
    r"copyright|all rights reserved|[ⓒ©]",
    re.IGNORECASE,
)
#: Widgets of a news page ("기사 더보기", "URL 복사", "많이 본 뉴스").
WIDGET = re.compile(
    r"도배\s*방지|기사\s*(?:더\s*)?보기|다른\s*기사|기사\s*목록|이전\s*기사|다음\s*기사|관련\s*기사|"
    r"공유\s*하기|URL\s*복사|링크\s*복사|글자\s*크기|글씨\s*크기|본문\s*듣기|기사\s*스크랩|"
    r"많이\s*본\s*(?:뉴스|기사)|인기\s*기사|댓글\s*(?:\d|쓰기|보기|달기)|구독\s*하기|"
    r"맨\s*위로|전체\s*메뉴|기사\s*제보|카카오톡\s*채널",
    re.IGNORECASE,
)
#: Words of a site's menu bar ("홈", "정치", "로그인", "공유" …): a line of only these is chrome.
MENU_WORDS = frozenset((
    "홈", "뉴스", "정치", "경제", "사회", "문화", "국제", "스포츠", "연예", "오피니언", "사설", "칼럼", "인물",
    "포토", "영상", "지역", "전국", "로그인", "회원가입", "검색", "구독", "공유", "인쇄", "프린트", "스크랩", "댓글",
    "좋아요", "싫어요", "추천", "페이스북", "트위터", "카카오톡", "카카오스토리", "밴드", "네이버", "블로그", "메일",
    "이메일", "목록", "닫기", "확대", "축소", "가", "top", "TOP", "엑스", "X", "facebook", "twitter", "kakao",
    "band", "링크", "저장", "북마크", "신고", "전체", "메뉴", "이전", "다음",
))  # fmt: skip
#: Separators between the words of a menu bar ("홈 • 정치 | 경제").
MENU_WORD_SEPARATOR = re.compile(r"[\s•·|>/]+")
#: Characters trimmed from a menu line before it is split into words.
MENU_LINE_TRIM = "•·- "
#: Characters trimmed from both ends of a part of a metadata line.
META_PART_TRIM = " ·,"
#: Lines that are only an end mark ("(끝)", "<끝>").
END_MARK_LINES = ("(끝)", "<끝>", "[끝]", "끝")
#: The start of a photo caption ("▲ …", "[사진=…]").
CAPTION_START = re.compile(rf"^(?:[{CAPTION_MARKS}]|[\[(<]\s*(?:사진|영상|그래픽|자료)\s*[=:\])>])")
#: A photo credit in brackets ("(사진=새솔시 제공)").
PHOTO_CREDIT = re.compile(
    r"\s*[\[(<]\s*(?:사진|사진제공|사진 제공|제공|그래픽|자료|출처)\s*[=:]?\s*[^\])>]{0,40}[\])>]"
)
#: The words one of which every match of :data:`PHOTO_CREDIT` holds ("사진 제공" holds "제공"): a
#: line without one has no credit to look for.
PHOTO_CREDIT_WORDS = ("사진", "제공", "그래픽", "자료", "출처")
#: Where a person stands in the photo beside the text ("(오른쪽)", "(왼쪽 두 번째)", "(사진 가운데)"): the
#: photo is not in the text, so the bracket points at nothing.
PHOTO_POSITION = re.compile(
    r"\s*\((?:사진\s*)?(?:맨\s*)?(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|좌측|우측)"
    r"(?:\s*(?:에서\s*)?(?:첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d{1,2})\s*(?:번째|째))?\s*\)"
)
#: The words one of which every match of :data:`PHOTO_POSITION` holds.
PHOTO_POSITION_WORDS = ("왼쪽", "오른쪽", "가운데", "앞줄", "뒷줄", "좌측", "우측")
#: Words one of which a caption holds ("사진", "제공", "뉴스1").
CAPTION_WORDS = re.compile(r"사진|제공|촬영|=|뉴스1|뉴시스|연합뉴스")
#: A dateline that opens the lead ("[새솔=뉴스1] 홍길동 기자 = ").
LEAD_DATELINE = re.compile(
    r"^[\[(<][^\])>]{0,30}?=\s*[^\])>]{0,20}[\])>]\s*(?:[가-힣]{2,4}\s?(?:" + REPORTER_TITLES + r")\s*=?\s*)?"
    r"|^[가-힣]{2,4}\s?(?:" + REPORTER_TITLES + r")\s*=\s*"
)
#: A byline at the end of a line ("… / 홍길동 기자").
TRAILING_BYLINE = re.compile(
    r"\s*[/=]\s*[가-힣]{2,4}\s?(?:" + REPORTER_TITLES + r")(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$"
)
#: One character that is no Latin letter, digit or Hangul syllable.
NON_LETTER = re.compile(r"[^0-9A-Za-z가-힣]")
#: A line that ends with final punctuation, maybe before closing quotes or brackets.
PUNCT_END = re.compile(r"[.!?。]\s*[\"'”’)\]]*\s*$")
#: A line that ends with a final ending without a period ("…했다", "…함", "…까").
WORD_END = re.compile(r"[다요죠음함임됨까]\s*[\"'”’)\]]*\s*$")
#: A line of symbols and spaces only.
SYMBOLS_ONLY = re.compile(r"^[\W_]*$")

# Headline, subtitle and line joins.
#: "- 부제 -", "◇ 부제": a subtitle line under the headline.
SUBTITLE = re.compile(r"^(?:[-–]\s*\S.*|◇\s*\S.*|[-–]\s*\S.*\s[-–])$")
#: "새글 …", "… 새로운글", "…N", "…NEW": board badges glued to a headline.
TITLE_BADGES = re.compile(
    r"^(?:새\s*(?:로운\s*)?글|NEW|new)\s+|\s+새\s*(?:로운\s*)?글$|(?<=[가-힣\"'!?)’”])\s?(?:NEW|N|new)$"
)
#: The ending of a photo caption line: "… 하고 있다.", "… 모습".
CAPTION_END = re.compile(r"(?:고\s*있다|모습|전경)\s*\.?\s*(?:\([^)]*\))?\s*$")
#: A headline after a series or section name in brackets: "[기획] 청년이 떠난 마을 …".
SERIES_HEADLINE = re.compile(rf"^[{SERIES_OPEN}]\s*[^{SERIES_CLOSE}]{{1,30}}[{SERIES_CLOSE}]\s*\S.{{9,}}$")
#: An item line ("○ 청년 인턴 200명 선발").
ITEM_LINE = re.compile(rf"^[{ITEM_LINE_MARKS}]\s*\S.{{4,}}")
#: A sentence end inside a line: a teaser of the body, not a subtitle.
INNER_END = re.compile(r"[다요]\.\s")
#: A marker heading run into a line after a sentence end ("…편성했다. ■ 청년 일자리 …", "… 1. 도로 확충",
#: "… 둘째, …") opens a new line.
INLINE_MARKER = re.compile(
    rf"(?<=[.!?\"'”’)])\s+(?=(?:[{INLINE_MARKS}]\s*\S|【[^】]{{1,20}}】|"
    r"(?:첫째|둘째|셋째|넷째|다섯째)\s*,|\d{1,2}\.\s+[가-힣]))"
)

# Boilerplate families of press releases.
#: A telephone number, as a regex fragment ("☎ 031-123-4567").
#: A span of years ("2025-2026") is none.
PHONE = r"(?:☎\s*)?(?:\(?0\d{1,2}[)\-.]\s?)?(?<!\d)(?!(?:19|20)\d\d\s?-\s?(?:19|20)\d\d(?!\d))\d{3,4}\s?-\s?\d{4}"
#: :data:`PHONE`, compiled.
PHONE_RE = re.compile(PHONE)
#: An attached file's name, as a regex fragment ("계획.hwp", "사진.jpg").
FILE = r"\S\.(?:jpe?g|png|gif|bmp|hwpx?|pdf|docx?|xlsx?|pptx?|zip|mp4)\b"
#: :data:`FILE`, compiled.
FILE_RE = re.compile(FILE, re.IGNORECASE)
#: The size or download link of an attachment ("[12KB]", "바로 보기", "다운로드").
ATTACHMENT_SIZE = re.compile(
    r"\[\s*\d[\d.,]*\s*[kKmM]?[bB]\s*\]|\(\s*\d[\d.,]*\s*[kKmMgG][bB]\s*\)|\bhit\b|바로\s*보기|미리\s*보기|다운로드|DOWNLOAD",
    re.IGNORECASE,
)
#: "사진1)", "사진 설명)", "[사진설명]", "*사진설명 :", "<사진>", "(사진2)", "{사진2: …]".
CAPTION_HEAD = re.compile(
    r"^[*※\s]*[\[({<]?\s*(?:사진|그림|포스터|영상)\s*(?:설명|\d{1,2})?\s*(?:\d{1,2})?\s*[\])}>:：=]"
)
#: A credit at the end of a caption ("(사진=새솔시 제공)", "/새솔군 제공").
CAPTION_CREDIT = re.compile(
    r"[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처|제공)\s*[=:\-–]?\s*[^\])>]{0,30}[\])>]\s*$"
    r"|(?:^|\s)/\s*[^/\s][^/]{0,25}\s*제공\s*$"
)
#: A note that photos are attached ("사진 2매 첨부", "※ 별첨: …").
PHOTO_NOTE = re.compile(r"^[(\[]?[^()\[\]]{0,40}사진\s*\d*\s*(?:장|매)?\s*첨부\s*[)\]]?$|^※\s*(?:별첨|첨부)\s*[:：]")
#: A news agency credit line ("(새솔=연합뉴스)").
AGENCY = re.compile(r"^[\[(][A-Za-z가-힣·\s]{1,20}=\s*(?:연합뉴스|뉴시스|뉴스1|AP|AFP|로이터|EPA|신화)[^\])]*[\])]$")
#: Labels of contact/author fields; syllables may be spread out ("작 성 팀").
CONTACT_LABELS = (
    "담당부서|관련부서|담당자|담당|연락처|작성과|작성팀|작성자|제공일|문의처|문의전화|문의|기관명|보도자료제공|"
    "최종수정일|전화번호|전화|부서|팩스|자료제공|보도일시|배포일시|추천수|조회수|작성일|등록일"
)
#: A line that opens with a contact or author field ("담당부서: …", "[문의] …").
LABEL_RE = re.compile(rf"^[\[(【〔]?\s*(?:{CONTACT_LABELS})\s*[:：]")
#: A character that does not end a sentence: a period inside a number or an address does not.
NOT_END = r"(?:[^.!?]|\.(?=\S))"
#: A sentence that asks readers to call a number ("자세한 사항은 031-123-4567로 문의하면 된다.").
CONTACT_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{NOT_END}*?(?:{PHONE}){NOT_END}*?문의{NOT_END}*?"
    rf"|{NOT_END}*?문의{NOT_END}*?(?:{PHONE}){NOT_END}*?)[.!?]?\s*$"
)
#: A caption line that ends with a "/○○시 제공" credit, however long it is.
SLASH_CREDIT = re.compile(r"\s/\s*[^/\s][^/]{0,25}\s*제공\s*$")
#: The end mark of a press release ("<끝>", "(끝)").
ENDMARK = re.compile(r"\s*[<(\[‹〈《]\s*끝\s*[>)\]›〉》]\s*")
#: A line that is only an end mark.
ENDMARK_LINE = re.compile(r"^[<(\[‹〈《]?\s*끝\s*[>)\]›〉》]?\.?$")
#: Lines of board chrome ("목록", "이전글", "만족도 조사", "QR Code …").
CHROME_LINE = re.compile(
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
#: A teaser of a related or the next article ("[관련기사] …", "다음 편에서는 …").
TEASER = re.compile(
    r"^[\[<(〈]\s*(?:관련\s*기사|다음\s*(?:편|회)|이어서|연재)[^\]>)〉]*[\]>)〉]"
    r"|^※?\s*(?:다음\s*(?:편|회)에서는|다음\s*(?:편|회)에\s*계속)"
)
#: A menu or category bar: several short words, most with a slash or an arrow between them.
MENU_SEP = re.compile(r"\s*(?:>|/|›|»|\|)\s*")
#: A line of digits and separators only.
NUMERIC_JUNK = re.compile(r"^[\d,.:;\s/-]+$")
#: A contact label with nothing after its colon ("문의:").
BARE_LABEL = re.compile(rf"^(?:{CONTACT_LABELS})\s*[:：]+$")
#: A clause joined by a comma ("…가능하며, "): a sentence with one before "문의" says more than a contact.
CONTACT_CLAUSE = re.compile(r"(?:며|고|서|나|만|면),\s")
#: A line that ends like a sentence ("…했다.", "…함", "…됨").
SENTENCE_END = re.compile(rf"(?:{STATEMENT_ENDINGS}|됨){END_TAIL}")
#: A numbered line ("1. …", "2) …").
NUMBERED_LINE = re.compile(r"^\d{1,2}\s*[.)]\s*\S")
#: "사진 설명) 1. …" run into the end of a paragraph: everything from there on is the caption block.
INLINE_CAPTION = re.compile(r"(?:(?<=[.!?\"'”’])|^)\s*[*※]?\s*[\[({<]?\s*사진\s*설명\s*[\])}>:：].*$")
#: A photo credit inside a line ("(사진=새솔시)").
INLINE_CREDIT = re.compile(r"\s*[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처)\s*[=:\-–]\s*[^\])>]{1,30}[\])>]")
#: The words one of which every match of :data:`INLINE_CREDIT` holds.
CREDIT_WORDS = ("사진", "자료", "그래픽", "출처")
#: First characters of a contact line with a telephone number ("【문의】 …", "(☎ …)").
CONTACT_OPENERS = "【〔[(<"
#: Brackets and commas trimmed from what a contact line holds besides its number.
CONTACT_TRIM = " ()[]【】〔〕,"
#: A short label before its colon ("작 성 팀:"), to be read with its spaces dropped.
SHORT_LABEL = re.compile(r"^([^:：]{1,14})([:：])")
#: A line that introduces attached files ("첨부파일", "첨부 파일 1").
ATTACHMENT_LINE = re.compile(r"^첨부\s*파일")
#: The head of a caption block whose numbered lines follow ("사진 설명) 1. …", "※[사진설명").
CAPTION_BLOCK_HEAD = re.compile(r"^[*※\s]*[\[({<]?\s*사진\s*설명")
#: A line that opens a sentence of its own: a connective set off by a comma ("특히, …", "한편, …").
#: A line before it that ends without punctuation is cut short, not broken: the two are never joined.
SENTENCE_OPENER = re.compile(
    r"^(?:특히|또한|한편|아울러|이어|이와\s*함께|이에\s*따라|그러나|하지만|따라서|이\s*밖에도?|또)\s*,"
)
#: A line that opens on a connective that only ever opens a sentence, comma or not ("또한 …", "아울러 …",
#: "그러나 …"). A line before it that ends in neither punctuation nor a comma ("주요 행사는") was cut short:
#: the two are not joined. One that ends in a comma ("…접수했으며,") goes on into it.
SENTENCE_ONLY_CONNECTIVE = re.compile(r"^(?:또한|한편|아울러|이와\s*함께|이에\s*따라|그러나|하지만|따라서)\s")
#: A bracketed tag that opens a headline line of a listing ("[행정/교육] 새솔군, …"): the line's
#: preview under it repeats the headline without it.
LEADING_TAG = re.compile(r"^\s*[\[【<][^\]】>]{1,20}[\]】>]\s*")
