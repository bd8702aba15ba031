"""Korean-news knowledge of news conventions: outlet bylines, sign-offs, credited captions,
related-article and copyright tails, broadcast turn markers and page widgets."""

from __future__ import annotations

import re

from .lines import REPORTER_TITLES

#: An e-mail address, as a regex fragment ("sky@example.com").
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: How the name of a news outlet ends, as regex alternatives ("한빛일보", "한빛뉴스", "한빛방송").
OUTLET_ENDS = r"뉴스1|뉴스|뉴시스|일보|신문|방송|통신|경제|데일리|타임스|투데이|저널|미디어|TV|tv"

#: An outlet's byline in brackets at the start of a line ("[한빛일보 김하늘 기자] ", "[김하늘 기자] ").
LEAD_OUTLET_BYLINE = re.compile(
    rf"^\[\s*(?:[^\[\]=]{{1,20}}?\s+)?[가-힣]{{2,4}}\s?(?:{REPORTER_TITLES})(?:\s*{_EMAIL})?\s*\]\s*"
)
#: An outlet's name in brackets at the start of a line ("[한빛뉴스] ", "[한빛일보] ").
LEAD_OUTLET_TAG = re.compile(rf"^[\[【]\s*[가-힣A-Za-z0-9]{{0,12}}(?:{OUTLET_ENDS})\s*[\]】]\s*")
#: A photo credit at the start of a line ("(사진=한빛시 제공) ", "[자료=한빛시] ").
LEAD_CREDIT = re.compile(r"^[\[(<]\s*(?:사진|사진\s*제공|자료|그래픽|출처|영상)\s*[=:]\s*[^\])>]{1,40}[\])>]\s*")
#: A broadcast turn marker at the start of a line ("[앵커] ", "<기자 멘트> ", "◀ 리포트 ▶", "앵커: ").
TURN_MARKER = re.compile(
    r"^(?:[\[<(〈【]\s*(?:앵커|기자|리포트|리포터|인터뷰|녹취|현장음|스탠드업|클로징)(?:\s*멘트)?\s*[\]>)〉】]"
    r"|[◀◁]\s*(?:앵커|기자|리포트|인터뷰)(?:\s*멘트)?\s*[▶▷]"
    r"|(?:앵커|기자|리포트)(?:\s*멘트)?\s*[:：])\s*"
)
#: An interview transcript's turn marker where a line opens or a sentence has just ended ("문) ", "…다구요?답) ",
#: "질문: ", "Q. ", "A) "): who speaks next, no word of the text; it opens the interviewer's turn where its first
#: letter is one of :data:`ASKING_TURNS`.
INTERVIEW_TURN = re.compile(
    r"(?:^|(?<=[.?!。]))\s*(?:문|답|질문|답변)\s*[)）]\s*"
    r"|^\s*(?:문|답|질문|답변)\s*[:：]\s*"
    r"|^\s*[QA]\s*[.)）:：]\s+"
)
#: The letters one of which every match of :data:`INTERVIEW_TURN` holds (a line with none is not searched).
INTERVIEW_TURN_HINTS = ("문", "답", "Q", "A")
#: First letters of an interviewer's turn marker (:data:`INTERVIEW_TURN`: "문)", "질문:", "Q.").
ASKING_TURNS = ("문", "질", "Q")
#: A transcript's stage direction in brackets ("(웃음)", "(박수)", "(울먹)", "(일동 기립)"): what the room did
#: while a speech was given, no word of it. A closed list: a bracket with a gloss, a Hanja or a figure stays.
STAGE_DIRECTION = re.compile(
    r"\s*\((?:(?:일동|청중|좌중|장내|객석|방청석)\s*)?"
    r"(?:웃음|웃음소리|폭소|박수|박수갈채|기립|기립박수|환호|환호성|함성|야유|울먹|울먹임|오열|흐느낌|울음|한숨|침묵|정적)\)"
)
#: The words one of which every match of :data:`STAGE_DIRECTION` holds (no line without one is looked at).
STAGE_DIRECTION_WORDS = (
    "웃음",
    "폭소",
    "박수",
    "기립",
    "환호",
    "함성",
    "야유",
    "울먹",
    "오열",
    "흐느",
    "울음",
    "한숨",
    "침묵",
    "정적",
)
#: A broadcast's opening line that only starts the programme ("2031년 5월 2일 한빛뉴스 시작합니다. ",
#: "주간 브리핑을 시작하겠습니다."): the anchor's script, not news.
PROGRAMME_OPENER = re.compile(
    r"^(?:(?:19|20)\d{2}년\s*\d{1,2}월\s*\d{1,2}일\s*)?(?:[가-힣A-Za-z0-9·]{1,12}\s+){0,2}"
    r"[가-힣A-Za-z0-9·]{0,12}(?:뉴스|브리핑|진단|소식|뉴스룸|뉴스데스크)(?:을|를)?\s*"
    r"시작(?:합니다|하겠습니다)[.!]?\s*"
)
#: The speaker's name and role under an interview marker ("김하늘 / 한빛시 주민", "김하늘 한빛시 주민").
SPEAKER_LABEL = re.compile(r"^[가-힣]{2,4}\s*(?:/\s*)?[가-힣A-Za-z0-9·\s]{1,25}$")

#: A reporter's sign-off on its own line ("한빛일보 김하늘 기자 sky@example.com", "한빛방송 뉴스 김하늘입니다.").
SIGN_OFF = re.compile(
    rf"^(?:[가-힣A-Za-z0-9]{{2,12}}\s+)?[가-힣]{{2,4}}\s?(?:{REPORTER_TITLES})\s*(?:[(<\[]?\s*{_EMAIL}\s*[)>\]]?)?\s*$"
    rf"|^[가-힣A-Za-z0-9 ]{{0,15}}(?:{OUTLET_ENDS})\s*[가-힣]{{2,4}}(?:입니다|이었습니다|였습니다)\.?$"
)
#: The credit after a photo caption ("… 하고 있다. 한빛법원·한빛뉴스", "… 모습. 2024.5.1/한빛뉴스").
CAPTION_TAIL = re.compile(
    r"(?<=[.다])\s+(?:(?:19|20)\d{2}[./]\d{1,2}[./]\d{1,2}\.?\s*/?\s*)?(?:[가-힣A-Za-z0-9]{1,15}\s*[·/]\s*)?"
    rf"[가-힣A-Za-z0-9]{{0,12}}(?:{OUTLET_ENDS}|제공|DB)\s*$"
)
#: A related-article line ("▶ 관련기사", "[관련 기사] …", "▷ 관련뉴스: …").
RELATED_LINE = re.compile(r"^[▶►▷☞■]?\s*[\[<(〈【]?\s*관련\s*(?:기사|뉴스)")
#: A promotion line of the outlet ("▶ 한빛일보 구독하기", "☞ 제보는 카카오톡").
PROMO_LINE = re.compile(r"^[▶►▷☞]\s*.{0,60}(?:구독|바로\s*가기|클릭|제보|채널\s*추가|앱\s*설치)")
#: A copyright notice run into the end of a body line ("… 밝혔다. ⓒ 한빛일보 무단 전재 및 재배포 금지").
COPYRIGHT_TAIL = re.compile(
    r"(?:(?<=[.!?\"'”’])|^)\s*(?:[<\[(]\s*)?(?:저작권자\s*)?(?:[ⓒ©]|Copyright\b)[^.!?]{0,100}$"
    r"|(?:(?<=[.!?\"'”’])|^)\s*[^.!?]{0,40}무단\s*(?:전재|복제|배포)[^.!?]{0,60}$",
    re.IGNORECASE,
)
#: Widgets of a news page read as whole lines, however long ("보내주신 소중한 의견은 …", "이 기사를 추천합니다").
WIDGET_LINE = re.compile(
    r"^(?:보내주신\s*(?:소중한\s*)?(?:의견|제보)|이\s*기사를\s*(?:추천|공유)|기사\s*(?:추천|평가|제보)|"
    r"추천\s*기사|좋아요\s*\d|(?:이\s*)?기사(?:가|에)\s*(?:도움|만족)|독자\s*의견|댓글\s*\d|"
    r"(?:네이버|다음|카카오)에서\s*.{0,20}(?:구독|채널))"
)
#: A reporter's byline run into the end of a headline element ("… 못 느껴” 김하늘 기자 sky@example.com").
HEADLINE_BYLINE = re.compile(rf"\s+[가-힣]{{2,4}}\s?(?:{REPORTER_TITLES})(?:\s*{_EMAIL})?\s*$")
