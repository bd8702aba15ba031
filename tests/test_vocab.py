"""Table tests of the Korean-news knowledge (kosum.pipeline.vocab) and the stage thresholds."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kosum.pipeline import tuning
from kosum.pipeline.speech import is_reported_speech
from kosum.pipeline.vocab import areas, asides, bullets, common, efforts, layout, lines, news, sentences, voice

VOCAB = {
    **vars(common),
    **vars(lines),
    **vars(layout),
    **vars(sentences),
    **vars(news),
    **vars(bullets),
    **vars(voice),
    **vars(areas),
    **vars(asides),
    **vars(efforts),
}

# (pattern, text, whether the pattern finds something in it)
SEARCH = [
    ("POINTING_DETERMINER", "난방은 해당 시설에서 맡는다", True),
    ("POINTING_DETERMINER", "이같은 결정에", True),
    ("POINTING_DETERMINER", "저는 새솔에 산다", False),
    ("POINTING_DETERMINER", "대상에 해당하는 가구", False),
    # common
    ("HANGUL", "새솔시", True),
    ("HANGUL", "ABC 123", False),
    ("WHITESPACE", "새솔 시", True),
    ("WHITESPACE", "새솔시", False),
    ("META_SEPARATOR", "홍길동 기자 | 2024.05.01", True),
    ("META_SEPARATOR", "홍길동 기자 2024.05.01", False),
    # lines: normalizing and pages
    ("REPEATS", "가나가나가나가나", True),
    ("REPEATS", "가나다라마바사", False),
    ("REPEATED_WORDS", "가나다라 가나다라 가나다라 ", True),
    ("REPEATED_WORDS", "하하 하하 웃었다", False),
    ("SITE_WORDS", "새솔시청 누리집", True),
    ("SITE_WORDS", "청년 인턴 200명 뽑는다", False),
    ("CRUMB_START", "홈 > 뉴스 > 사회", True),
    ("CRUMB_START", "홍보 담당", False),
    ("LISTED_DATE", "등록일 2024-05-01", True),
    ("LISTED_DATE", "5월 1일", False),
    ("PAGER", "총 120건", True),
    ("PAGER", "참가자 120명", False),
    # lines: site chrome, bylines, dates, captions
    ("BYLINE", "홍길동 기자", True),
    ("BYLINE", "[새솔일보=홍길동 선임기자]", True),
    ("BYLINE", "홍길동 기자가 취재했다", False),
    ("EMAIL", "문의 gildong@example.com", True),
    ("EMAIL", "gildong 예제", False),
    ("EMAIL_LINE", "(gildong@example.com)", True),
    ("EMAIL_LINE", "담당 gildong@example.com 으로", False),
    ("DATE", "2024.05.01 14:30", True),
    ("DATE", "2024년 5월 1일", True),
    ("DATE", "오후 2시", False),
    ("TIMESTAMP", "입력 2024.05.01", True),
    ("TIMESTAMP", "최종 수정 2024-05-01", True),
    ("TIMESTAMP", "2024년 사업을 입력했다", False),
    ("ISSUING_DESK", "관광정책과", True),
    ("ISSUING_DESK", "홍보실", True),
    ("ISSUING_DESK", "전시회를 연다", False),
    ("DATE_TAIL", "수요일", True),
    ("DATE_TAIL", "청년", False),
    ("COPYRIGHT", "무단 전재 및 재배포 금지", True),
    ("COPYRIGHT", "ⓒ 새솔일보", True),
    ("COPYRIGHT", "새솔시는 축제를 연다", False),
    ("WIDGET", "기사 더보기", True),
    ("WIDGET", "많이 본 뉴스", True),
    ("WIDGET", "청년 기사 작성 교육", False),
    ("CAPTION_START", "▲ 새솔시청 전경", True),
    ("CAPTION_START", "[사진=새솔시]", True),
    ("CAPTION_START", "새솔시청 전경", False),
    ("PHOTO_CREDIT", "(사진=새솔시 제공)", True),
    ("PHOTO_CREDIT", "(새솔시)", False),
    ("PHOTO_POSITION", "한누리 대표(오른쪽)가", True),
    ("PHOTO_POSITION", "한누리 대표(왼쪽 두 번째)가", True),
    ("PHOTO_POSITION", "(사진 가운데)", True),
    ("PHOTO_POSITION", "(왼쪽 차로)", False),
    ("PHOTO_POSITION", "(오른쪽 그림 참조)", False),
    ("CAPTION_WORDS", "새솔시 제공", True),
    ("CAPTION_WORDS", "새솔시 청년", False),
    ("LEAD_DATELINE", "[새솔=뉴스1] 홍길동 기자 = 새솔시는", True),
    ("LEAD_DATELINE", "새솔시는 청년을 돕는다", False),
    ("TRAILING_BYLINE", "축제가 열린다. / 홍길동 기자", True),
    ("TRAILING_BYLINE", "축제가 열린다.", False),
    ("PUNCT_END", "축제가 열린다.", True),
    ("PUNCT_END", '축제가 열린다."', True),
    ("PUNCT_END", "축제가 열린다", False),
    ("WORD_END", "축제가 열린다", True),
    ("WORD_END", "축제 개최 안내", False),
    ("SYMBOLS_ONLY", "■ ■ ■", True),
    ("SYMBOLS_ONLY", "■ 청년", False),
    ("NON_LETTER", "새솔 시", True),
    ("NON_LETTER", "새솔시2024", False),
    ("MENU_WORD_SEPARATOR", "홈 • 정치", True),
    ("MENU_WORD_SEPARATOR", "홈정치", False),
    # lines: headline, subtitle and line joins
    ("SUBTITLE", "- 청년 인턴 200명 선발 -", True),
    ("SUBTITLE", "◇ 교통 분야", True),
    ("SUBTITLE", "청년 인턴 200명 선발", False),
    ("TITLE_BADGES", "새글 청년 인턴 모집", True),
    ("TITLE_BADGES", "청년 인턴 모집NEW", True),
    ("TITLE_BADGES", "청년 인턴 모집", False),
    ("TITLE_BADGES", "청년 인턴 모집 새로운글", True),
    ("TITLE_BADGES", "새솔군, ‘청년 인턴’ 모집NEW", True),
    ("LEADING_TAG", "[마을소식] 새솔군, 둘레길 개통", True),
    ("LEADING_TAG", "새솔군, [가칭] 둘레길 개통", False),
    ("CAPTION_END", "시민들이 축제를 즐기고 있다.", True),
    ("CAPTION_END", "새솔시청 전경", True),
    ("CAPTION_END", "시는 축제를 연다.", False),
    ("SERIES_HEADLINE", "[기획] 청년이 떠난 마을을 다시 찾다", True),
    ("SERIES_HEADLINE", "청년이 떠난 마을을 다시 찾다", False),
    ("ITEM_LINE", "○ 청년 인턴 200명 선발", True),
    ("ITEM_LINE", "청년 인턴 200명 선발", False),
    ("INNER_END", "축제를 연다. 올해는", True),
    ("INNER_END", "축제를 연다.", False),
    ("INLINE_MARKER", "예산을 편성했다. ■ 청년 일자리", True),
    ("INLINE_MARKER", "예산을 편성했다. 둘째, 교통", True),
    ("INLINE_MARKER", "예산을 편성했다. 청년 일자리", False),
    # lines: press-release families
    ("PHONE_RE", "☎ 031-123-4567", True),
    ("PHONE_RE", "2024년 5월", False),
    ("FILE_RE", "계획.hwp", True),
    ("FILE_RE", "계획 hwp", False),
    ("ATTACHMENT_SIZE", "[12KB]", True),
    ("ATTACHMENT_SIZE", "다운로드", True),
    ("ATTACHMENT_SIZE", "청년 인턴", False),
    ("CAPTION_HEAD", "사진 설명) 축제 모습", True),
    ("CAPTION_HEAD", "<사진>", True),
    ("CAPTION_HEAD", "사진을 찍었다", False),
    ("CAPTION_CREDIT", "축제 모습 (사진=새솔시 제공)", True),
    ("CAPTION_CREDIT", "축제 모습 / 새솔군 제공", True),
    ("CAPTION_CREDIT", "축제 모습", False),
    ("PHOTO_NOTE", "사진 2매 첨부", True),
    ("PHOTO_NOTE", "※ 별첨: 계획서", True),
    ("PHOTO_NOTE", "사진을 첨부해 주세요 바랍니다 오늘", False),
    ("AGENCY", "(새솔=연합뉴스)", True),
    ("AGENCY", "(새솔시 제공)", False),
    ("LABEL_RE", "담당부서: 청년정책과", True),
    ("LABEL_RE", "[문의] 031-123-4567", False),
    ("LABEL_RE", "청년정책과 담당", False),
    ("CONTACT_SENTENCE", "자세한 사항은 031-123-4567로 문의하면 된다.", True),
    ("CONTACT_SENTENCE", "자세한 사항은 누리집을 보면 된다.", False),
    ("SLASH_CREDIT", "축제 모습 / 새솔군 제공", True),
    ("SLASH_CREDIT", "새솔군 제공", False),
    ("ENDMARK", "축제를 연다. <끝>", True),
    ("ENDMARK", "축제를 끝낸다", False),
    ("ENDMARK_LINE", "(끝)", True),
    ("ENDMARK_LINE", "끝으로 인사", False),
    ("CHROME_LINE", "이전글", True),
    ("CHROME_LINE", "목록 보기", True),
    ("CHROME_LINE", "이전글에 이어 쓴다", False),
    ("NEIGHBOUR", "다음글", True),
    ("NEIGHBOUR", "다음글 청년 인턴", False),
    ("TEASER", "[관련기사] 청년 인턴", True),
    ("TEASER", "다음 편에서는 교통을 다룬다", True),
    ("TEASER", "청년 인턴을 뽑는다", False),
    ("MENU_SEP", "홈 > 뉴스", True),
    ("MENU_SEP", "홈 뉴스", False),
    ("NUMERIC_JUNK", "2024. 05. 01", True),
    ("NUMERIC_JUNK", "2024년", False),
    ("BARE_LABEL", "문의:", True),
    ("BARE_LABEL", "문의: 청년정책과", False),
    ("SENTENCE_END", "축제를 연다.", True),
    ("SENTENCE_END", "접수 완료됨", True),
    ("SENTENCE_END", "축제 개최", False),
    ("NUMBERED_LINE", "1. 청년 인턴", True),
    ("NUMBERED_LINE", "2024년 청년", False),
    ("INLINE_CAPTION", "축제가 열렸다. 사진 설명) 축제 모습", True),
    ("INLINE_CAPTION", "축제가 열렸다.", False),
    ("INLINE_CREDIT", "축제 모습(사진=새솔시)", True),
    ("INLINE_CREDIT", "축제 모습(새솔시)", False),
    ("SHORT_LABEL", "작 성 팀: 청년정책과", True),
    ("SHORT_LABEL", "청년 인턴을 뽑는다", False),
    ("ATTACHMENT_LINE", "첨부파일", True),
    ("ATTACHMENT_LINE", "파일 첨부", False),
    ("CAPTION_BLOCK_HEAD", "※ 사진 설명) 1. 축제", True),
    ("CAPTION_BLOCK_HEAD", "사진을 설명했다", False),
    # layout: headings
    ("BULLET", "■ 청년 일자리", True),
    ("BULLET", "청년 일자리", False),
    ("BRACKET", "[교통] 순환버스 신설", True),
    ("BRACKET", "교통 순환버스 신설", False),
    ("NUMBERED", "1. 교통", True),
    ("NUMBERED", "가) 청년", True),
    ("NUMBERED", "① 교통", True),
    ("NUMBERED", "교통 1.", False),
    ("ORDINAL", "첫째, 교통 분야", True),
    ("ORDINAL", "첫째 날에는 개막식", True),
    ("ORDINAL", "청년 분야", False),
    ("LABELLED", "교통 부문: 순환버스 신설", True),
    ("LABELLED", "교통 순환버스 신설", False),
    ("PLAIN_LABELLED", "교통 부문…순환버스 신설", True),
    ("PLAIN_LABELLED", "교통 부문", True),
    ("PLAIN_LABELLED", "새솔시, 세 분야 종합 계획", False),
    ("SEPARATED", "청년 일자리 … 인턴 200명", True),
    ("SEPARATED", "청년 일자리 인턴 200명", False),
    ("HEADING_FINISHED", "순환버스를 신설한다.", True),
    ("HEADING_FINISHED", "순환버스 신설", False),
    ("AREA_OPENER", "교통 분야에서는 순환버스를", True),
    ("AREA_OPENER", "교통 순환버스를", False),
    ("AREA_OPENER", "또한 복지 분야에서는 경로당을", True),
    ("AREA_OPENER", "새솔시는 귀농 교육 부문에서 ▲학교", True),
    ("AREA_OPENER", "새솔시가 상수도 분야에서 사업", True),
    ("AREA_OPENER", "특히 ‘안정성’ 부문에서 부채비율이", True),
    ("AREA_OPENER", "'교통'분야에서는 순환버스를", True),
    ("AREA_OPENER", "‘교통’ 순환버스를", False),
    ("AREA_OPENER", "새솔시는 이 분야에서 창업을", False),
    ("AREA_OPENER", "여러 분야에서 창업을", False),
    ("AREA_OPENER", "전 분야에서 고르게", False),
    ("LONG_AREA_OPENER", "주요 성과로는 먼저 주거 환경 및 생활의 안전 강화 분야에서 가로등을", True),
    ("LONG_AREA_OPENER", "보행 공간 및 쉼터 기반 확충 분야에서는 산책로를", True),
    ("LONG_AREA_OPENER", "새솔군이 올해 물 관리 평가 분야에서 뽑혔다", False),
    ("LONG_AREA_OPENER", "예전에 장부로 다루던 일 분야에서 새 기술이", False),
    ("POSSESSIVE_HEAD", "주거 환경 및 생활의 안전 강화", True),
    ("POSSESSIVE_HEAD", "안전 강화", False),
    ("ENTITY_TOPIC", "새솔군은 올해", True),
    ("ENTITY_TOPIC", "한빛중학교에서는 체험을", True),
    ("ENTITY_TOPIC", "새솔군 올해", False),
    ("AREA_RUN_END", "이날 회의에서는 계획을", True),
    ("EVENT_DAY", "이날 회의에는 위원이", True),
    ("EVENT_DAY", "이날짜 기준으로", False),
    ("AREA_RUN_END", "이와 함께 다리를", True),
    ("AREA_RUN_END", "이날짜 기준으로", False),
    ("TITLE_PAIR", "바다군, 갯벌센터·해양 체험관 착공", True),
    ("TITLE_PAIR", "바다군, 갯벌센터 착공", False),
    ("INNER_ETC", "갯벌 등 해안", True),
    ("INNER_ETC", "갯벌 등", False),
    ("RUN_ON", "■ 청년 일자리 새솔시는", True),
    ("RUN_ON", "【교통】 순환버스", True),
    ("RUN_ON", "청년 일자리", False),
    ("MARKED", "■ 청년 일자리", True),
    ("MARKED", "1. 청년 일자리", False),
    ("SENTENCE_OPENERS", "지난 8일 새솔시는", True),
    ("SENTENCE_OPENERS", "새솔시는 지난 8일", False),
    ("SUBHEAD_END", "축제를 엽니다", True),
    ("SUBHEAD_END", "축제 개최 계획", False),
    ("TOPIC_WORD", "새솔시는", True),
    ("TOPIC_WORD", "새솔시가", False),
    ("PARTICLE_WORD", "현대화와", True),
    ("PARTICLE_WORD", "현대화", False),
    ("OBJECT_PHRASE", "청년 일자리를 늘린다", True),
    ("OBJECT_PHRASE", "청년 일자리 확대", False),
    ("RUN_IN_BRACKET", "【교통】 순환버스", True),
    ("RUN_IN_BRACKET", "[교통] 순환버스", False),
    ("BEFORE_SUBJECT", "교통 새솔시는 순환버스를", True),
    ("BEFORE_SUBJECT", "교통 순환버스 신설", False),
    # layout: items
    ("ITEM_MARK", "▲청년 인턴 ▲버스 노선", True),
    ("ITEM_MARK", "청년 인턴, 버스 노선", False),
    ("ITEM_LABEL", "교통 분야: 순환버스 신설", True),
    ("ITEM_LABEL", "순환버스 신설", False),
    ("ITEM_TAIL", "버스 노선 등을 추진한다", True),
    ("ITEM_TAIL", "버스 노선 개편", False),
    ("ITEM_LEFTOVER", "청년 인턴 운영 등 기존 2개 과제와", True),
    ("ITEM_LEFTOVER", "청년 인턴 운영", False),
    ("DANGLING", "청년을 위한", True),
    ("DANGLING", "청년 인턴", False),
    ("ITEM_PREDICATE", "청년 인턴을 지원한다.", True),
    ("ITEM_PREDICATE", "청년 인턴 지원", False),
    ("ITEM_ETC", "청년 인턴 등을 지원", True),
    ("ITEM_ETC", "청년 인턴 지원", False),
    ("TRAILING_ETC", "청년 인턴 등", True),
    ("TRAILING_ETC", "청년 인턴", False),
    # layout: structure, cohesion, sentence splitting
    ("LONG_QUOTE", '"마을 도서관을 다시 열겠다"', True),
    ("LONG_QUOTE", "'새솔 축제'를 연다", False),
    ("SAID_AFTER_QUOTE", '"…"라고 말했다', True),
    ("SAID_AFTER_QUOTE", "축제를 연다고 했다", False),
    ("CLOSING", "이처럼 새솔시는", True),
    ("CLOSING", "새솔시는 이처럼", False),
    ("BRACKETED", "[교통] 순환버스", True),
    ("BRACKETED", "교통 순환버스", False),
    ("ITEM_PARAGRAPH", "• 청년 인턴", True),
    ("ITEM_PARAGRAPH", "청년 인턴", False),
    ("SEQUENCE_FIRST", "먼저, 교통 분야에서는", True),
    ("SEQUENCE_FIRST", "먼저하는 일", False),
    ("SEQUENCE_NEXT", "이어 청년 분야에서는", True),
    ("SEQUENCE_NEXT", "이어폰을 나눠 준다", False),
    ("WRITTEN_WORD", "새솔시·새솔군", True),
    ("WRITTEN_WORD", "…!", False),
    ("LATER", "향후 새솔시는", True),
    ("LATER", "새솔시는 향후", False),
    ("NEW_TOPIC", "한편, 새솔군은", True),
    ("NEW_TOPIC", "한편으로는", False),
    ("POINTS_BACK", "이는 해마다 되풀이되는 침수에 대비한 조치다", True),
    ("POINTS_BACK", "이러한 조치는 새솔시가 처음이다", True),
    ("POINTS_BACK", "이 제도는 올해 처음 시행됐다", True),
    ("POINTS_BACK", "이러한 가운데 새솔시는", False),
    ("POINTS_BACK", "이처럼 새솔시는", False),
    ("POINTS_BACK", "이와 함께 새솔시는", False),
    ("POINTS_BACK", "이번 축제는", False),
    ("ADD_ON", "이와 함께 새솔시는", True),
    ("ADD_ON", "함께 간다", False),
    ("ADDS_MATTER", "또한 별도로 추진하는 '바다 사업'에서도", True),
    ("ADDS_MATTER", "이와 함께 새솔시는", True),
    ("ADDS_MATTER", "특히 새솔시는", False),
    ("REGION_LED_ACTOR", "새솔군(군수 한누리)은 12일", True),
    ("REGION_LED_ACTOR", "새솔시는 12일", True),
    ("REGION_LED_ACTOR", "장학회", False),
    ("SENTENCE_ONLY_CONNECTIVE", "또한 참가자 전원에게", True),
    ("SENTENCE_ONLY_CONNECTIVE", "아울러 체험장에서도", True),
    ("SENTENCE_ONLY_CONNECTIVE", "또한의 뜻은", False),
    ("SENTENCE_ONLY_CONNECTIVE", "특히 청년 인턴은", False),
    ("GO_ON", "특히, 청년 인턴은", True),
    ("GO_ON", "특히나", False),
    ("ACTOR", "새솔시", True),
    ("ACTOR", "정부", True),
    ("ACTOR", "청년 인턴", False),
    ("ACTOR", "솔(松)도시", False),  # a name with a gloss in brackets: no office
    ("PLACE_WORD", "바다읍", True),
    ("PLACE_WORD", "갯마을리", True),
    ("PLACE_WORD", "생태학교", False),
    ("HEADLINE_ACTOR", "새솔군보건소, 건강 교실 운영", True),
    ("HEADLINE_ACTOR", "'바다, 마을' 공모전 개최", False),
    ("SOFT_BREAK", "연다, 그리고", True),
    ("SOFT_BREAK", "연다", False),
    ("QUOTATIVE", "고 말했다", True),
    ("QUOTATIVE", "그리고", False),
    ("QUOTE_OPENS_NEXT", "축제를 연다. '새솔 축제'", True),
    ("QUOTE_OPENS_NEXT", "축제를 연다.", False),
    ("QUOTATIVE", "등 작품 20점이", True),
    ("QUOTATIVE", "등산로를", False),
    ("QUOTATIVE", "은 마을 장터의 새 이름이다", True),
    ("QUOTATIVE", "은행나무 길을", False),
    ("QUOTE_OPENS_NEXT", "작품전을 연다. '봄빛', '물결'", True),
    ("QUOTE_OPENS_NEXT", "작품전을 연다. '봄빛', 물결", False),
    ("GLUED_OPENER", "'봄빛'은 사흘 동안", True),
    ("GLUED_OPENER", "2031년 봄", True),
    ("GLUED_OPENER", "' 라고", False),
    ("GLUED_OPENER", "그러나", False),
    ("QUOTED_ITEM_OPENING", "'비용 부담'은 30대에서", True),
    ("QUOTED_ITEM_OPENING", "'비용 부담'을 줄인다", False),
    # sentences: cues
    ("DOUBLE_QUOTED", "“마을을 지키겠다”", True),
    ("DOUBLE_QUOTED", "'새솔 축제'", False),
    ("SPEECH_FRAME", '"…"라며 소감을 밝혔다', True),
    ("SPEECH_FRAME", '"…"라며 웃었다', False),
    ("PROMISE", "최선을 다하겠다", True),
    ("PROMISE", "예산을 편성했다", False),
    ("LIST_MARK", "▲ 청년 인턴", True),
    ("LIST_MARK", "청년 인턴", False),
    ("CONTACT", "자세한 사항은 누리집 참고", True),
    ("CONTACT", "축제를 연다", False),
    ("CAPTION", "(사진=새솔시)", True),
    ("CAPTION", "기념촬영을 했다", True),
    ("CAPTION", "사진전을 연다", False),
    ("BACKGROUND", "앞서 새솔시는", True),
    ("BACKGROUND", "새솔시는 앞서", False),
    ("PURPOSE", "이번 장터는 농가 판로를 넓히고자 준비됐다.", True),
    ("PURPOSE", "이번 장터는 농가 판로를 넓히고자 준비됐으며, 사과를 팔았다.", False),
    ("BACK_CONNECTIVE", '그러면서 "더 늘리겠다"고 말했다.', True),
    ("BACK_CONNECTIVE", "그러던 중 소문이 퍼졌다.", True),
    ("BACK_CONNECTIVE", "그러나 요금은 그대로 둔다.", False),
    # a report continued with its speaker elided (report50)
    ("CONTINUED_REPORT_OPENING", "또한 누리구단은 3억 원을 내야 한다고 전했다.", True),
    ("CONTINUED_REPORT_OPENING", "이와 함께, 새솔시는 쉼터를 늘린다고 밝혔다.", True),
    ("CONTINUED_REPORT_OPENING", "또 다른 구단은 아무 말도 하지 않았다.", False),
    ("CONTINUED_REPORT_OPENING", "특히 누리구단은 3억 원을 내야 한다고 전했다.", False),
    ("REPORT_FRAME_END", "누리구단은 3억 원을 내야 한다고 전했다.", True),
    ("REPORT_FRAME_END", "새솔일보는 누리구단이 선수를 되찾았다고 보도했다.", True),
    ("REPORT_FRAME_END", "누리구단은 3억 원을 보상금으로 냈다.", False),
    ("FRAMED_BULLET_END", "누리구단은 3억 원을 내야 한다고 전함", True),
    ("FRAMED_BULLET_END", "누리구단은 3억 원을 내야 함", False),
    ("CONTINUING_OPENING", "이어 합창단이 캐럴을 부른다.", True),
    ("CONTINUING_OPENING", "이어서, 시상식이 열렸다.", True),
    ("CONTINUING_OPENING", "같은 마을에서 지진이 또 일어났다.", True),
    ("CONTINUING_OPENING", "주요 내용은 요금 동결이다.", True),
    ("CONTINUING_OPENING", "이유는 예산이 모자라서다.", True),
    ("CONTINUING_OPENING", '이어 "더 늘리겠다"고 말했다.', False),
    ("CONTINUING_OPENING", "이어 25일에는 결승전이 열린다.", False),
    ("CONTINUING_OPENING", "이어달리기 대회가 열렸다.", False),
    ("CONTINUING_OPENING", "특히 청년 가구가 많았다.", False),
    ("CONTINUING_FRAME", "요금 인상이 부담을 키운다는 것이다.", True),
    ("CONTINUING_FRAME", "처음 열린 설명회라는 점이다.", True),
    ("CONTINUING_FRAME", "주민이 직접 고른 것이다.", False),
    ("CONTINUING_FRAME", "접근성이 장점이다.", False),
    ("ANSWERING_OPENING", "이에 군은 비행 높이를 낮췄다.", True),
    ("ANSWERING_OPENING", "이에 따라 신청은 다음 달 마감된다.", True),
    ("ANSWERING_OPENING", "이에스 에너지가 공장을 지었다.", False),
    ("CONTRAST_OPENING", "그러나 요금은 그대로 둔다.", True),
    ("CONTRAST_OPENING", "반면에, 버스 요금은 올린다.", True),
    ("CONTRAST_OPENING", "그러면서 요금은 그대로 둔다고 했다.", False),
    ("SAID_END", "포부를 밝혔다.", True),
    ("SAID_END", "축제를 연다.", False),
    ("REPORTED", "축제를 개최한다고 밝혔다", True),
    ("REPORTED", "포부를 밝혔다", False),
    ("CONVEYED_END", "어르신들에게 온정을 전했다.", True),
    ("CONVEYED_END", "수상 소감을 전했다.", False),
    ("NAMED", "'새솔 축제'를 연다", True),
    ("NAMED", "「새솔법」 시행", True),
    ("NAMED", "새솔 축제를 연다", False),
    ("QUANTITY", "150명", True),
    ("QUANTITY", "7억원", True),
    ("QUANTITY", "2024년", False),
    ("DATE_LIKE", "60일", True),
    ("DATE_LIKE", "60명", False),
    ("YEAR_NUMBER", "2031대", True),
    ("YEAR_NUMBER", "1998학년도", True),
    ("YEAR_NUMBER", "2031명", True),
    ("YEAR_NUMBER", "20만명", False),
    ("YEAR_NUMBER", "2,031명", False),
    ("YEAR_NUMBER", "12031명", False),
    # news: outlet bylines, sign-offs, credited captions, tails, turn markers, widgets
    ("LEAD_OUTLET_BYLINE", "[한빛일보 김하늘 기자] 한빛시가", True),
    ("LEAD_OUTLET_BYLINE", "[기획] 한빛시가", False),
    ("LEAD_OUTLET_TAG", "[한빛뉴스] 한빛시가", True),
    ("LEAD_OUTLET_TAG", "[교통] 한빛시가", False),
    ("LEAD_CREDIT", "(사진=한빛시 제공) 시는", True),
    ("LEAD_CREDIT", "(서울=한빛뉴스) 시는", False),
    ("TURN_MARKER", "[앵커] 한빛시가", True),
    ("TURN_MARKER", "◀ 리포트 ▶", True),
    ("TURN_MARKER", "앵커링 효과가", False),
    ("INTERVIEW_TURN", "문) 언제 여나요?", True),
    ("INTERVIEW_TURN", "답변: 다음 달입니다.", True),
    ("INTERVIEW_TURN", "Q. 신청 자격은?", True),
    ("INTERVIEW_TURN", "문화(예술) 행사", False),
    ("INTERVIEW_TURN", "A.I. 교육을 한다.", False),
    ("STAGE_DIRECTION", "고맙습니다(울먹) 끝까지", True),
    ("STAGE_DIRECTION", "건넸다(일동 기립).", True),
    ("STAGE_DIRECTION", "웃음치료(웃음 요법) 교실", False),
    ("STAGE_DIRECTION", "인공지능(AI) 교실", False),
    ("PROGRAMME_OPENER", "2031년 5월 2일 한빛뉴스 시작합니다. 오늘", True),
    ("PROGRAMME_OPENER", "주간 브리핑을 시작하겠습니다.", True),
    ("PROGRAMME_OPENER", "한빛시는 내년부터 새 사업을 시작합니다.", False),
    ("SPEAKER_LABEL", "김하늘 / 한빛시 주민", True),
    ("SPEAKER_LABEL", "김하늘 주민이 말했다.", False),
    ("SIGN_OFF", "한빛일보 김하늘 기자 sky@example.com", True),
    ("SIGN_OFF", "한빛방송 뉴스 김하늘입니다.", True),
    ("SIGN_OFF", "김하늘 기자가 전합니다.", False),
    ("CAPTION_TAIL", "회의를 하고 있다. 한빛법원·한빛뉴스", True),
    ("CAPTION_TAIL", "회의를 하고 있다. 한빛시는 늘린다", False),
    ("RELATED_LINE", "▶ 관련기사", True),
    ("RELATED_LINE", "관계 기관과 협의", False),
    ("PROMO_LINE", "▶ 한빛일보 구독하기", True),
    ("PROMO_LINE", "▶ 청년 창업 지원", False),
    ("COPYRIGHT_TAIL", "늘린다. ⓒ 한빛일보 무단 전재 및 재배포 금지", True),
    ("COPYRIGHT_TAIL", "늘린다. 시는 공간도 늘린다.", False),
    ("WIDGET_LINE", "보내주신 소중한 의견은 기사에 반영하겠습니다.", True),
    ("WIDGET_LINE", "시민이 보내주는 제안", False),
    ("CONTACT_CLAUSE", "가능하며, 문의는", True),
    ("CONTACT_CLAUSE", "자세한 사항은 문의", False),
    ("PHONE_RE", "061-123-4567", True),
    ("PHONE_RE", "2025-2026절기", False),
    # sentences: numbers, bullets
    ("AMOUNT", "3억 5천만 원", True),
    ("AMOUNT", "억 원", False),
    ("AMOUNT_PIECE", "5천", True),
    ("AMOUNT_PIECE", "원", False),
    ("OPENING_CONNECTIVE", "이를 통해, 새솔시는", True),
    ("OPENING_CONNECTIVE", "통해 간다", False),
    ("OPENING_CONNECTIVE", "그러자 새솔호 선장이", True),
    ("OPENING_CONNECTIVE", "더불어서, 이번 행사는", True),
    ("OFFICE_TOPIC", "시는 청년을", True),
    ("QUOTATIVE_ADNOMINAL", "다는", True),
    ("QUOTATIVE_ADNOMINAL", "는", False),
    ("ASK_ENDING", "도록", True),
    ("ASK_ENDING", "도록이", False),
    ("OFFICE_TOPIC", "시민은 청년을", False),
    # bullets: what a sound bullet never looks like
    ("ANAPHORIC_OPENING", "이들은 모두 참석", True),
    ("ANAPHORIC_OPENING", "이들레 마을은 모두 참석", False),
    ("POINTING_OPENING", "그중에 2대는 돌아옴", True),
    ("POINTING_OPENING", "이 가운데에서 3명이 뽑힘", True),
    ("POINTING_OPENING", "여기에는 세 가지가 들어감", True),
    ("POINTING_OPENING", "저 방식은 널리 쓰임", True),
    ("POINTING_OPENING", "저는 참석함", False),
    ("POINTING_OPENING", "여기저기 꽃이 핌", False),
    ("POINTING_OPENING", "그중에서도", False),
    ("DANGLING_OPENING", ", 8곳을 제외한", True),
    ("DANGLING_OPENING", "8곳을 제외한, 112곳", False),
    ("POINTER_CONNECTIVE", "이 때 새솔군 대표가", True),
    ("POINTER_CONNECTIVE", "이때문에 일부에서는", True),
    ("POINTER_CONNECTIVE", "이에 대해 군은", False),
    ("POINTER_CONNECTIVE", "이에 군은 점검반을", True),
    ("POINTER_CONNECTIVE", "이때까지 접수된", False),
    ("POINTER_CONNECTIVE", "이에 반해 새솔군은", False),
    ("OPENING_CONNECTIVE", "또 다른 수상자는", False),
    ("POLITE_END", "새솔항 대합실이 문을 열었습니다.", True),
    ("POLITE_END", "새솔항 대합실이 문을 열었다.", False),
    ("OPENING_CONNECTIVE", "또 새솔군은", True),
    ("LEANING_OPENING", "이 밖에도 새솔군은 쉼터를", True),
    ("LEANING_OPENING", "이에 따라, 한빛구는 점검반을", True),
    ("LEANING_OPENING", "이 사고로 나루터 운항이", True),
    ("LEANING_OPENING", "이 제도는 귀농인이 빈집을", True),
    ("LEANING_OPENING", "이 사업을 통해 주민들이", True),
    ("LEANING_OPENING", "이번 행사는 주민들이", False),
    ("LEANING_OPENING", "이 대표는 회견에서", False),
    ("LEANING_OPENING", "이사회는 예산안을", False),
    ("LEANING_OPENING", "이 때문에 새솔항 여객선이", False),
    ("LEANING_OPENING", "그 다음날인 5일, 한빛군은", True),
    ("LEANING_OPENING", "이에 한빛군은 점검반을", False),
    ("LEANING_OPENING", "이외국어 강좌는", False),
    ("LEANING_OPENING", "이에 대해 새솔군은", True),
    ("LEANING_OPENING", "이에 반해 한빛시는", True),
    ("TIME_POINTER", "이날 기념식에는", True),
    ("TIME_POINTER", "같은 날 새솔시의회는", True),
    ("TIME_POINTER", "그 다음날인 3월 5일,", True),
    ("TIME_POINTER", "이날 오후 2시", False),
    ("TIME_POINTER", "이날의 행사", False),
    ("TIME_POINTER", "당일 접수도 가능", False),
    ("LIST_POINTER_OPENING", "아래는 올해 바뀌는 제도", True),
    ("LIST_POINTER_OPENING", "다음은 협약의 전문", True),
    ("LIST_POINTER_OPENING", "다음 달부터 시행", False),
    ("LIST_POINTER_OPENING", "아래 번호로 연락하면", True),
    ("DAY_AFTER_TOPIC", "새솔청은 이날 간담회를", True),
    ("DAY_AFTER_TOPIC", "새솔청은 이날 오전 8시", False),
    ("DAY_AFTER_TOPIC", "이날 간담회를", False),
    ("DAY_OF_MONTH", "20일 이전", True),
    ("DAY_OF_MONTH", "일부 이전", False),
    ("LIST_POINTER_OPENING", "아래층 주민은", False),
    ("EXPLAINING_END", "규정의 취지를 벗어났다는 것", True),
    ("EXPLAINING_END", "학생 수가 줄었기 때문", True),
    ("EXPLAINING_END", "목표를 넘긴 것", False),
    ("COUNTED_OPENING", "둘째, 새솔천 정비가 늦음", True),
    ("COUNTED_OPENING", "셋째로 예산이 모자람", True),
    ("COUNTED_OPENING", "관련 조례 개정을 서두를 계획", True),
    ("COUNTED_OPENING", "첫째 주 토요일마다 장터 운영", False),
    ("COUNTED_OPENING", "관련성 조사 착수", False),
    ("COUNTED_OPENING", "동아리 8곳이 참여", False),
    ("HOST_CLOSING", "오늘은 새솔시 버스 파업 소식을 자세히 다루겠습니다.", True),
    ("HOST_CLOSING", "첫 소식은 예산안 처리부터 전하겠음", True),
    ("HOST_CLOSING", "시는 내년에도 버스 노선을 늘리겠습니다.", False),
    ("HOST_CLOSING", "감사의 뜻을 전하겠다고 밝혔다.", False),
    ("QUOTATIVE_ENDING", "다고", True),
    ("QUOTATIVE_ENDING", "ᆫ다며", True),
    ("QUOTATIVE_ENDING", "며", False),
    ("TRAILING_MARK", "우수상에는 새솔면 '쉼터 운영',", True),
    ("TRAILING_MARK", "우수상에는 새솔면 '쉼터 운영', 장려상에는 누리면", False),
    ("FOIL_AFTER", "을 넘어 가정 방문을", True),
    ("FOIL_AFTER", "뿐만 아니라 교통비도", True),
    ("FOIL_AFTER", "는 물론 체험도", True),
    ("FOIL_AFTER", "을 넘어선다", False),
    ("BACK_REFERENCE", "본부는 이와 같은 계획을", True),
    ("BACK_REFERENCE", "이 같은 성과를 알리려고", True),
    ("BACK_REFERENCE", "교육청은 이달 과제를", False),
    ("SUBJECT_AFTER_QUOTE", "가 열렸다", True),
    ("SUBJECT_AFTER_QUOTE", "를 열었다", False),
    ("ORDINAL_WORD", "제3회", True),
    ("ORDINAL_WORD", "2025년", True),
    ("ORDINAL_WORD", "누리시장배", False),
    ("RANK_WORD", "모범 지자체", True),
    ("RANK_WORD", "으뜸기업", True),
    ("RANK_WORD", "우수사례집", False),
    ("FOIL_AFTER", "을 마쳤다", False),
    ("ANNOUNCED_LIST", "의견은 크게 세 갈래로 나뉨", True),
    ("ANNOUNCED_LIST", "바뀌는 노선은 다음과 같음", True),
    ("ANNOUNCED_LIST", "다음 6개월 동안 공사", False),
    ("ANNOUNCED_LIST", "체험 부스 3개 운영", False),
    ("OPENING_CONNECTIVE", "그럼에도 불구하고, 새솔군은", True),
    ("OPENING_CONNECTIVE", "참고로, 새솔축제는 올해로 5회째다", True),
    ("OPENING_CONNECTIVE", "끝으로 새솔군은", True),
    ("OPENING_CONNECTIVE", "다만 새솔군은", True),
    ("OPENING_CONNECTIVE", "다만큼 크다", False),
    ("OPENING_CONNECTIVE", "참고자료를 낸다", False),
    ("OPENING_CONNECTIVE", "그럼에도 주민들은", True),
    ("OPENING_CONNECTIVE", "그럼에도불구하고 한빛시는", True),
    ("OPENING_CONNECTIVE", "그렇게 모인 기금은", False),
    ("OPENING_CONNECTIVE", "반면 가람군은", True),
    ("OPENING_CONNECTIVE", "즉, 새 다리는", True),
    ("OPENING_CONNECTIVE", "사실 관계를", False),
    ("OPENING_CONNECTIVE", "실제로는 공사비가", False),
    ("ONWARD", "협의회는 앞으로도 봉사를", True),
    ("ONWARD", "향후 관광객이", True),
    ("ONWARD", "다만, 앞으로는 매달 연다", True),
    ("ONWARD", "청사 앞으로 모였다", False),
    ("AHEAD", "오는 5일 설명회를", True),
    ("AHEAD", "시는 내년부터 수당을", True),
    ("AHEAD", "다음 달 간담회에", True),
    ("AHEAD", "간담회에 참석", False),
    ("AHEAD", "다음으로 이어지는", False),
    ("SEEING_SYLLABLES", "늘어날 것으로 봤다", True),
    ("SEEING_SYLLABLES", "어려워 보여", True),
    ("SEEING_SYLLABLES", "새 다리를 놓았다", False),
    ("OWNERLESS_CUES", "도로가 좁다며 불만", True),
    ("OWNERLESS_CUES", "예산이 모자란다는 설명", True),
    ("OWNERLESS_CUES", '"길을 넓히자"하고 외침', True),
    ("OWNERLESS_CUES", "둑을 높여 나가겠음", True),
    ("OWNERLESS_CUES", "다리 공사를 올해 마치기로 함", True),
    ("OWNERLESS_CUES", "방문객이 늘어날 것으로 보임", True),
    ("OWNERLESS_CUES", "쓰레기 배출 자제를 당부", True),
    ("OWNERLESS_CUES", "수확량이 열 섬 정도라 모자람", True),
    ("OWNERLESS_CUES", "새 길이 생긴단다", True),
    ("OWNERLESS_CUES", "둑을 높이기론 함", True),
    ("OWNERLESS_CUES", "한빛구 체육관이 새 지붕을 얹음", False),
    ("OWNERLESS_CUES", "다양한 체험 행사를 엶", False),
]


@pytest.mark.parametrize(("name", "text", "found"), SEARCH)
def test_pattern_table(name: str, text: str, found: bool) -> None:
    pattern = VOCAB[name]
    assert isinstance(pattern, re.Pattern)
    assert bool(pattern.search(text)) is found


@pytest.mark.parametrize(
    ("name", "text", "group", "expected"),
    [
        ("BYLINE", "홍길동 기자 gildong@example.com", "name", "홍길동"),
        ("BYLINE", "[새솔일보=홍길동 선임기자]", "site", "새솔일보"),
        ("DATE", "2024.05.01 14:30", "m", "05"),
        ("BRACKET", "[교통] 순환버스 신설", "label", "교통"),
        ("LABELLED", "교통 부문: 순환버스 신설", "rest", "순환버스 신설"),
        ("ORDINAL", "둘째, 청년 분야", "ord", "둘째"),
        ("TITLE_PAIR", "바다군, 갯벌센터·해양 체험관 착공", "left", "갯벌센터"),
        ("TITLE_PAIR", "바다군, 갯벌센터·해양 체험관 착공", "right", "해양 체험관"),
        ("AREA_OPENER", "새솔시는 귀농 교육 부문에서 ▲학교", "label", "귀농 교육"),
        ("AREA_OPENER", "특히 ‘안정성’ 부문에서 부채비율이", "quoted", "안정성"),
        ("AREA_OPENER", "합창단은 민요 부문에서 무대를", "label", "민요"),
        ("AREA_OPENER", "이번 대회에서는 붕어 부문에서 기록이", "label", "붕어"),
        (
            "LONG_AREA_OPENER",
            "먼저 보행 공간 및 쉼터 기반 확충 분야에서는 산책로를",
            "label",
            "보행 공간 및 쉼터 기반 확충",
        ),
        ("POSSESSIVE_HEAD", "주거 환경 및 생활의 안전 강화", "head", "안전 강화"),
        ("ENTITY_TOPIC", "한빛중학교에서는 체험을", "name", "한빛중학교"),
        ("AMOUNT", "1,200여 명", "unit", "명"),
        ("AMOUNT", "1,200여 명", "approx", "여"),
    ],
)
def test_named_groups(name: str, text: str, group: str, expected: str) -> None:
    m = VOCAB[name].search(text)
    assert m is not None and m[group] == expected


# (word list, a member, a word that is no member)
MEMBERS = [
    ("MENU_WORDS", "로그인", "청년"),
    ("LINKING_STEMS", "따르", "위하"),
    ("TIME_SPAN_PARTICLES", "부터", "에서"),
    ("TIME_ADNOMINAL_STEMS", "오", "새"),
    ("TIME_TOPIC_OPENERS", "부터", "까지"),
    ("TIME_TOPIC_PARTICLES", "는", "가"),
    ("TIME_FROM_PARTICLE", "부터", "에"),
    ("END_MARK_LINES", "(끝)", "끝으로"),
    ("CREDIT_WORDS", "사진", "청년"),
    ("PHOTO_CREDIT_WORDS", "제공", "청년"),
    ("STAGE_DIRECTION_WORDS", "울먹", "청년"),
    ("WORD_EDGE", "，", "가"),
    ("INTERVIEW_TURN_HINTS", "문", ")"),
    ("ASKING_TURNS", "문", "답"),
    ("SUBJECT_PARTICLES", "에서는", "을"),
    ("LIST_JOIN_MARKS", "·", "."),
    ("LIST_JOIN_PARTICLES", "과", "의"),
    ("GENERIC", "관계자", "청년"),
    ("WHEN", "올해", "청년"),
    ("PASSING_LABELS", "평가", "도서관"),
    ("NAME_OPENERS", "「", '"'),
    ("CONNECTIVE_ENDINGS", "으며", "다"),
    ("CONTRAST_ENDINGS", "지만", "고"),
    ("CONTRAST_PROPER_ENDINGS", "으나", "는데"),
    ("TIME_NOUNS", "때", "청년"),
    ("SUBORDINATE", "위하/VV", "하/VV"),
    ("SUBORDINATE_FORMS", "위하", "하"),
    ("SPEECH_STEMS", "밝히", "열"),
    ("SPEECH_VERBS", "말했", "열었"),
    ("SPEECH_PROMISES", "다짐했", "말했"),
    ("SPEECH_MODIFIERS", "밝힌", "밝혔"),
    ("UNITS", "개월", "청년"),
    ("NAME_QUOTES", "「", "("),
    ("DATE_UNITS", "분기", "명"),
    ("OPEN_BRACKETS", "《", "》"),
    ("CLOSE_BRACKETS", "》", "《"),
    ("STOP_STEMS", "하/VV", "열/VV"),
    ("HEADING_MARKS", "■", "가"),
    ("PRIMARY_MARKS", "◈", "○"),
    ("INLINE_MARKS", "■", "◈"),
    ("ITEM_LINE_MARKS", "ㆍ", "•"),
    ("ITEM_PARAGRAPH_MARKS", "•", "■"),
    ("LIST_MARKS", "•", "-"),
    ("CAPTION_MARKS", "▲", "△"),
    ("QUOTE_MARKS", "“", "「"),
    ("NAME_OPENING_QUOTES", "「", "'"),
    ("CONTACT_OPENERS", "【", "■"),
    ("POINTER_KEYS", "이/NP", "이/JKS"),
    ("POINTER_KEYS", "여기/NP", "여기/NNG"),
    ("PLACE_PARTICLES", "에서", "에"),
    ("RECIPIENT_PARTICLES", "에게", "에서"),
    ("FIGURE_LIMIT_WORDS", "최대", "할인"),
    ("BRACKET_QUALIFIER_KEYS", "제외/NNG", "포함/NNG"),
    ("BRACKET_QUALIFIER_KEYS", "시/NNB", "시/NNG"),
    ("BRACKET_BOUND_KEYS", "이상/NNG", "제외/NNG"),
    ("BRACKET_HEDGE_KEYS", "추정/NNG", "계획/NNG"),
    ("BRACKET_GUESS_ADVERBS", "아마도", "반드시"),
    ("RELAY_STEMS", "전하", "밝히"),
    ("HARM_KEYS", "부상/NNG", "피해/NNG"),
    ("SUFFER_STEMS", "당하", "하"),
    ("INVESTIGATOR_ENDS", "경찰서", "시청"),
    ("JUDGEMENT_HEADS", "분명", "중요"),
    ("JUDGED_THINGS", "점", "수"),
    ("QUESTION_ENDINGS", "는지", "지"),
    ("JUDGEMENT_NOUNS", "가능성", "계획"),
    ("JUDGEMENT_NOUN_TAILS", "높", "하"),
    ("PROSPECTIVE_ADNOMINALS", "ᆯ", "ᆫ"),
    ("OBLIGED_KEY", "하/VX", "하/XSV"),
    ("OCCASION_NOUNS", "회견", "회의"),
    ("OCCASION_NOUNS", "질문", "시청"),
    ("SOURCE_FRAME_KEYS", "따르/VV 면/EC", "통하/VV 면/EC"),
    ("UNDERGONE_STEMS", "열리", "열"),
    ("HELD_NOUNS", "진행", "선정"),
    ("ACTING_GROUP_ENDS", "동아리", "과정"),
    ("PREDICATE_BOUND_NOUNS", "수", "것"),
    ("TIME_TOPIC_NOUNS", "올해", "부녀회"),
    ("EXPECT_NOUNS", "기대", "계획"),
    ("PASSIVE_STEMS", "되", "하"),
    ("WILL_ENDINGS", "겠", "었"),
    ("MANNER_PARTICLES", "으로", "에서"),
    ("FIELD_NOUNS", "분야", "전망대"),
    ("INCLUSION_STEMS", "포함하", "위하"),
    ("ADDITIVE_PARTICLES", "도", "는"),
    ("ADDING_NOUNS", "추가", "확대"),
    ("QUANTITY_HEDGES", "최소", "주민"),
    ("DATE_WORDS", "내년", "향후"),
    ("NAMED_MEANS_KEYS", "운영/NNG", "참여/NNG"),
    ("LIGHT_NOUNS", "성과", "표창"),
    ("GOAL_NOUNS", "제고", "추진"),
    ("GOAL_NOUNS", "노력", "개최"),
    ("RESOLVE_STEMS", "힘쓰", "높이"),
    ("LIGHT_NOUNS", "최선", "토론회"),
    ("ENABLING_FRAME", "도록/EC", "고/EC"),
    ("RELATION_STEMS", "대하", "위하"),
    ("LIGHT_NOUNS", "시간", "설명회"),
    ("SHORT_STEMS", "갖", "가지"),
    ("GLUE_OPENERS", "또한", "특히"),
    ("NOT_ONLY_ENDINGS", "라", "든"),
    ("EXPLAINING_TAIL", "것", "수"),
    ("PERSON_POSTS", "회장", "교실"),
    ("POSTS_BEFORE_NAME", "시장", "교실"),
    ("DAY_PARTS", "오전", "이날"),
    ("WORD_JOINERS", "-", "·"),
    ("WORD_JOINERS", "~", ","),
    ("PLURAL_SUFFIXES", "들", "계"),
    ("ALSO_PARTICLES", "도", "는"),
    ("TOPIC_JX_PARTICLES", "ᆫ", "부터"),
    ("TOPIC_JX_PARTICLES", "는", "까지"),
    ("PAIR_WORDS", "및", "등"),
    ("PAIR_MARKS", "·", ","),
    ("OFFICE_PAIR_MARKS", "-", ","),
    ("NAMED_MEANS_KEYS", "통하/VV", "위하/VV"),
    ("NAMED_MEANS_KEYS", "마련/NNG", "강화/NNG"),
    ("MEANS_CONNECTIVES", "어", "고"),
    ("COORDINATE_ENDINGS", "고", "어"),
    ("ALTERNATIVE_ENDINGS", "든", "고"),
    ("OPEN_ALTERNATIVE_ENDINGS", "거나", "든"),
    ("CHAINING_ENDINGS", "어", "고"),
    ("MOMENT_NOUNS", "순간", "기구"),
    ("BACKDROP_NOUNS", "와중", "뒤"),
    ("ABILITY_STEMS", "없", "하"),
    ("ABILITY_NOUN", "수", "것"),
    ("JOINING_NOUNS", "참여", "개최"),
    ("BACK_POINTERS", "이렇/VA", "이번/NNG"),
    ("BACK_POINTERS", "그/NP", "새/MM"),
    ("ACTOR_PARTICLES", "께서", "에서"),
    ("TOPIC_PARTICLES", "는", "가"),
    ("EXPLAINING_ADNOMINALS", "던", "ᆯ"),
    ("QUESTION_MARKS", "?", "."),
    ("MANNER_ENDINGS", "게", "듯"),
    ("RELATION_NOUNS", "원인", "결과"),
    ("WITH_PARTICLES", "와", "의"),
    ("POINTER_DETERMINERS", "해당", "이번"),
    ("ESTIMATE_STEMS", "보이", "밝히"),
    ("ESTIMATE_KEYS", "것/NNB", "수/NNB"),
    ("EXPECT_NOUNS", "기대", "계획"),
    ("PAST_ADNOMINALS", "ᆫ", "는"),
    ("BACKGROUND_ENDINGS", "는데", "는"),
    ("ASIDE_NOUNS", "대목", "계획"),
    ("FIRST_PERSON_PRONOUNS", "저희", "우리"),
    ("OWN_ONLY_PARTICLES", "만", "도"),
    ("CONTRACTED_TOPIC_PRONOUNS", "저", "나"),
    ("EMBEDDED_QUESTION_ENDINGS", "는지", "는데"),
    ("AUDIENCE_PRONOUNS", "여러분", "우리"),
    ("HUMBLE_TELLING", "말씀", "도움"),
    ("HUMBLE_TELLING", "알리", "나누"),
    ("HEARER_PARTICLES", "께", "에서"),
    ("HUMBLE_MEETING", "찾아뵙", "찾아가"),
    ("WISH_NOUNS", "바람", "계획"),
    ("THOUGHT_NOUNS", "생각", "바람"),
    ("WISH_VERB_NOUNS", "희망", "예정"),
    ("WISH_CONDITION_ENDINGS", "으면", "으며"),
    ("WISH_NOMINAL", "기", "음"),
    ("GUESS_ADVERBS", "어쩌면", "반드시"),
    ("DOUBT_ENDINGS", "ᆯ지", "는지"),
    ("DOUBT_STEM", "모르", "알"),
    ("INFORMAL_ENDINGS", "어", "고"),
    ("SPEECH_NOUNS", "설명", "계획"),
    ("ASK_NOUNS", "당부", "설명"),
    ("ASK_THING", "것", "수"),
    ("ABOUT_NOUNS", "경우", "때"),
    ("PARTITIVE_NOUNS", "가운데", "사업"),
    ("DEFINING_ENDINGS", "며", "라고"),
    ("OWN_EVENT_WORDS", "이번", "새솔"),
    ("GIVEN_LIST_MARKS", "·", "."),
    ("AUDIENCE_WORDS", "다문화가정", "체험교실"),
    ("AUDIENCE_WORDS", "노인", "노인대학"),
    ("AUDIENCE_ENDS", "가구", "교실"),
    ("OFFICE_ENDS", "복지관", "박물관"),
    ("REGION_NAMES", "경북", "새솔"),
    ("ITSELF_ADVERBS", "역시", "다시"),
    ("TOPIC_IDIOM_NEXT", "물론", "모두"),
    ("ACTOR_TOPIC_PARTICLES", "에서", "에"),
    ("ACTOR_TOPIC_PARTICLES", "에게", "으로"),
    ("TITLE_BRACKETS", "《", "("),
    ("NO_FACT_NOUNS", "분위기", "계획"),
    ("NO_FACT_NOUNS", "기대", "예정"),
    ("WISH_STEMS", "바라", "열"),
    ("LIKELY_STEMS", "높", "열"),
    ("REPORT_ENDINGS", "라고", "며"),
    ("NONPAST_REPORT_ENDINGS", "ᆫ다고", "다고"),
    ("NONPAST_REPORT_ENDINGS", "는다고", "었다고"),
    ("SPLIT_REPORT_ENDING", "EF", "EC/고"),
    ("QUOTE_LINK_ENDINGS", "라며", "하며"),
    ("HEDGE_STEMS", "알려지", "밝히"),
    ("HEDGE_STEMS", "추정", "확인"),
    ("REPORTED_THING_KEYS", "것/NNB", "수/NNB"),
    ("OUTLOOK_NOUNS", "가능성", "계획"),
    ("OUTLOOK_NOUNS", "우려", "기대"),
    ("OUTLOOK_TAIL_STEMS", "높", "밝히"),
    ("SEEMING_ENDINGS", "어/EC", "다/EC"),
    ("EVENT_KIND_WORDS", "교육", "학교"),
    ("AIM_STEMS", "위하", "따르"),
    ("EVENT_KIND_WORDS", "설명회", "축제"),
    ("BODY_KIND_WORDS", "업체", "축제"),
    ("BODY_KIND_WORDS", "기업", "기관"),
    ("BODY_KIND_PARTICLES", "으로서", "에서"),
    ("DOER_PARTICLES", "은/JX", "을/JKO"),
    ("DOER_LINK_PARTICLES", "과/JC", "에/JKB"),
    ("DOER_HEADS", "공장", "센터"),
    ("DOER_HEADS", "직원", "주민"),
    ("GIFT_CARD_ACTS", "기탁", "지원"),
    ("GIFT_CARD_ACTS", "나눔", "행사"),
    ("FUND_ENDS", "장학금", "상품권"),
    ("FUND_ENDS", "성금", "쌀"),
    ("STAFF_TRAINING_WORDS", "직무", "학교"),
    ("GROUP_SENSE_WORDS", "청년", "경찰"),
    ("PICKING_DETERMINERS", "세/MM", "모든/MM"),
    ("CARRIED_TO_PARTICLES", "으로/JKB", "에서/JKB"),
    ("CARRIED_STEMS", "이송", "치료"),
    ("PREVENTION_WORDS", "예방", "학교"),
    ("OFFICE_UNIT_WORDS", "과", "센터"),
    ("OFFICE_UNIT_WORDS", "정책관", "도서관"),
    ("OTHER_SENSE_CUES", "ai", "기술"),
    ("SPEAKER_ENDS", "관계자", "산책로"),
    ("SPEAKER_WORDS", "군", "한의원"),
    ("WITNESS_ENDS", "의원", "군수"),
    ("SCOPE_NOUNS", "경우", "때문"),
    ("REASON_ENDINGS", "으므로", "으며"),
    ("LOCAL_SUBJECT_ENDINGS", "자", "고"),
    ("LOCAL_SUBJECT_ENDINGS", "면", "어"),
    ("ADNOMINAL_TIME_NOUNS", "도중", "시설"),
    ("REASON_ENDINGS", "니까", "어서"),
    ("WITNESS_ENDS", "교수", "관계자"),
    ("ACTIVE_SUFFIXES", "하", "되"),
    ("DEFINIENDUM_ENDINGS", "이란", "이라"),
    ("DESTINATION_PARTICLES", "에", "에서"),
    ("EFFORT_STEMS", "돕", "열"),
    ("EFFORT_STEMS", "힘쓰", "운영하"),
    ("EFFORT_NOUNS", "기여", "개최"),
    ("EFFORT_NOUNS", "노력", "추진"),
    ("PRAISE_OBJECTS", ("평가", "받"), ("평가", "하")),
    ("PRAISE_OBJECTS", ("인기", "끌"), ("예산", "받")),
    ("EARNED_NOUNS", "평가", "지원"),
    ("EARNED_NOUNS", "인정", "예산"),
    ("RECEIVING_SUFFIXES", "받", "하"),
    ("LIST_CLOSER", "등", "및"),
    ("SETUP_NOUNS", "마련", "개최"),
    ("POINTING_PLACES", "여기", "현장"),
    ("PURPOSE_KEY", "위하/VV", "통하/VV"),
    ("LIST_HEADS", "등", "및"),
    ("LIST_HEADS", "들", "측"),
    ("HEAD_COUNTER", "명", "개"),
    ("EVENT_POINTED_NOUNS", "자리", "방식"),
    ("HEADLINE_ELLIPSIS", "…", "."),
    ("OBLIGING_ENDINGS", "어야", "어서"),
]


@pytest.mark.parametrize(("name", "member", "other"), MEMBERS)
def test_word_lists(name: str, member: str, other: str) -> None:
    assert member in VOCAB[name]
    assert other not in VOCAB[name]


def test_derived_lists_keep_their_base() -> None:
    assert set(common.INLINE_MARKS) <= set(common.PRIMARY_MARKS) <= set(common.HEADING_MARKS)
    assert set(common.ITEM_LINE_MARKS) <= set(common.ITEM_PARAGRAPH_MARKS)
    assert len(common.BRACKET_OPEN.replace("\\", "")) == len(common.BRACKET_CLOSE.replace("\\", ""))
    assert set(sentences.UNIT_ALIASES) <= set(sentences.UNITS)
    assert {key.split("/")[0] for key in sentences.SUBORDINATE} == sentences.SUBORDINATE_FORMS
    assert voice.EXPECT_NOUNS | voice.OUTLOOK_NOUNS <= voice.NO_FACT_NOUNS
    assert asides.BRACKET_QUALIFIER_KEYS.isdisjoint(asides.BRACKET_BOUND_KEYS | asides.BRACKET_HEDGE_KEYS)


# (pattern of vocab.headlines, text, whether it finds something in it)
HEADLINE_SEARCH = [
    ("HEADLINE_OPENER", "[새솔소식] 새솔군, 축제 개최", True),
    ("HEADLINE_OPENER", "■ 새솔군, 축제 개최", True),
    ("HEADLINE_OPENER", "새솔군, [축제] 개최", False),
    ("HEADLINE_BADGE", "새솔군, 축제 개최NEW", True),
    ("HEADLINE_BADGE", "새솔군, NEW 축제 개최", False),
    ("HEADLINE_NOTE", "새솔군, 축제 개최(관광과)", True),
    ("HEADLINE_NOTE", "새솔군(전남), 축제 개최", False),
    ("NAME_NOTE", "새솔 갯벌 축제(이하 축제)", True),
    ("NAME_NOTE", "새솔 갯벌 축제", False),
    ("HEADLINE_QUOTE", "새솔군, ′겨울 축제′ 개최", True),
    ("HEADLINE_QUOTE", "새솔군, 겨울 축제 개최", False),
    ("SAYING_QUOTE", '새솔시장 "9월까지 한빛군과 통합"', True),
    ("SAYING_QUOTE", "새솔군, ‘겨울 축제’ 개최", False),
    ("HEADLINE_CUT", "새솔군, ‘겨울 축제 성료...", True),
    ("HEADLINE_CUT", "새솔군, 겨울 축제 성료", False),
    ("DATED_COLUMN", "2031년 4월 9일 주간소식", True),
    ("DATED_COLUMN", "2031년 4월 9일 새솔 축제 개막", False),
    ("HEADLINE_BREAK", "축제 성료…나눔 확산", True),
    ("HEADLINE_BREAK", "축제 성료, 나눔 확산", False),
    ("HEADLINE_CLAUSE", "연휴 날씨, 단풍 못 봐", True),
    ("HEADLINE_CLAUSE", "연휴 날씨.. 단풍 못 봐", True),
    ("HEADLINE_CLAUSE", "연휴 날씨 단풍 못 봐", False),
    ("HEADLINE_DOTS", "축제 성료..나눔", True),
    ("HEADLINE_DOTS", "2.5배 늘어", False),
    ("FIGURE_WORD", "100만", True),
    ("FIGURE_WORD", "갯벌축제", False),
    ("COUNTED_WORD", "12대", True),
    ("COUNTED_WORD", "1,500여명", True),
    ("COUNTED_WORD", "2027년", False),
    ("COUNTED_WORD", "15%", False),
    ("CLOCK_WORD", "8시", True),
    ("CLOCK_WORD", "2025년", False),
    ("EXTENT_WORD", "7년째", True),
    ("EXTENT_WORD", "3번째", False),
    ("MONEY_WORD", "150억", True),
    ("MONEY_WORD", "150명", False),
    ("PEOPLE_COUNT", "4명", True),
    ("PEOPLE_COUNT", "4개", False),
    ("EDITION_WORD", "제12회", True),
    ("EDITION_WORD", "12명", False),
]


@pytest.mark.parametrize(("name", "text", "found"), HEADLINE_SEARCH)
def test_headline_patterns(name: str, text: str, found: bool) -> None:
    from kosum.pipeline.vocab import headlines

    assert bool(getattr(headlines, name).search(text)) is found


def test_headline_words() -> None:
    from kosum.pipeline.vocab import headlines

    assert [m.group() for m in headlines.HEADLINE_WORD.finditer("새솔군, ‘겨울 축제’ 1~2일 발표·확정")] == [
        "새솔군",
        "겨울",
        "축제",
        "1~2일",
        "발표·확정",
    ]
    glossed = [m.group() for m in headlines.HEADLINE_WORD.finditer("새솔시, 차(茶)마루 (사진) 개최")]
    assert glossed == ["새솔시", "차(茶)마루", "사진", "개최"]  # a Hanja gloss inside a word, not a note
    assert "개최" in headlines.HEADLINE_ACTS and "축제" not in headlines.HEADLINE_ACTS
    assert "고" in headlines.JOINING_ENDINGS and "은" not in headlines.JOINING_ENDINGS
    assert "본격" in headlines.TOPIC_TAIL_WORDS and "축제" not in headlines.TOPIC_TAIL_WORDS
    assert "성공리" in headlines.TOPIC_TAIL_WORDS and "성과" not in headlines.TOPIC_TAIL_WORDS
    assert "대부분" in headlines.TOPIC_LEAD_WORDS and "대표" not in headlines.TOPIC_LEAD_WORDS
    assert headlines.COMPARED_WORD == "대비"
    assert "전년" in headlines.COMPARED_PERIODS and "재난" not in headlines.COMPARED_PERIODS
    assert "·" in headlines.PAIR_DOTS and "," not in headlines.PAIR_DOTS
    assert "선정" in headlines.VERDICT_ACTS and "수상" not in headlines.VERDICT_ACTS
    assert headlines.VERDICT_ACTS < headlines.OUTCOME_ACTS and "수상" in headlines.OUTCOME_ACTS
    assert "개최" not in headlines.OUTCOME_ACTS
    assert "기탁" in headlines.GIFT_ACTS and "개최" not in headlines.GIFT_ACTS
    assert "동참" in headlines.HEADLINE_ACTS
    assert headlines.BEFALLING_ACTS < headlines.HEADLINE_ACTS
    assert "별세" in headlines.BEFALLING_ACTS and "개최" not in headlines.BEFALLING_ACTS
    assert "선출" in headlines.MAKING_ACTS and "연기" not in headlines.MAKING_ACTS
    assert "직후" in headlines.SETTING_NOUNS and "광장" not in headlines.SETTING_NOUNS
    assert "휩싸이" in headlines.BEFALLING_VERBS and "오르" not in headlines.BEFALLING_VERBS
    assert "에" in headlines.BEFALLING_PARTICLES and "로" not in headlines.BEFALLING_PARTICLES
    assert "연속" in headlines.EXTENT_WORDS and "축제" not in headlines.EXTENT_WORDS
    assert "최초" in headlines.SUPERLATIVE_WORDS and "최우수" not in headlines.SUPERLATIVE_WORDS
    assert "유일" in headlines.UNIQUE_WORDS and "최초" not in headlines.UNIQUE_WORDS
    assert "형" in headlines.MODIFIER_SUFFIXES and "들" not in headlines.MODIFIER_SUFFIXES
    assert "서비스" in headlines.KIND_WORDS and "축제" not in headlines.KIND_WORDS
    assert "전국" in headlines.SCOPE_WORDS and "축제" not in headlines.SCOPE_WORDS
    assert "규모" in headlines.MEASURE_WORDS and "축제" not in headlines.MEASURE_WORDS
    assert "연" in headlines.RATE_WORDS and "년" not in headlines.RATE_WORDS
    assert "투입" in headlines.MONEY_ACTS and "개최" not in headlines.MONEY_ACTS
    assert "대" in headlines.RANK_COUNTERS and "명" not in headlines.RANK_COUNTERS
    assert "억" in headlines.MONEY_MAGNITUDES and "명" not in headlines.MONEY_MAGNITUDES
    assert "차례" in headlines.BOUND_OPENERS and "축제" not in headlines.BOUND_OPENERS
    assert "ETM" in headlines.BOUND_QUALIFIERS and "NNG" not in headlines.BOUND_QUALIFIERS
    assert "선착순" in headlines.ACT_MANNERS and "모집" not in headlines.ACT_MANNERS
    assert "기반" in headlines.QUALIFIER_HEADS and "수업" not in headlines.QUALIFIER_HEADS
    assert "거점" in headlines.ROLE_METAPHORS and "센터" not in headlines.ROLE_METAPHORS
    assert "』" in headlines.WORD_CLOSERS and "의" not in headlines.WORD_CLOSERS
    assert "새솔마을공동체".endswith(headlines.COMMUNITY_ENDS) and not "새솔축제".endswith(headlines.COMMUNITY_ENDS)
    assert "로" in headlines.ROLE_PARTICLES and "의" not in headlines.ROLE_PARTICLES
    assert "됐" in headlines.EVENT_VERB_ENDS and "의" not in headlines.EVENT_VERB_ENDS
    assert "지원" in headlines.SUPPLY_ACTS and "개최" not in headlines.SUPPLY_ACTS
    assert "제공" not in headlines.SUPPLY_ACTS  # a photo credit's marker word in a label
    assert {"JKS", "JX", "EC"} <= headlines.CLAUSE_TAGS and "ETM" not in headlines.CLAUSE_TAGS
    assert "에서 대상을 받았다".startswith(headlines.VENUE_PARTICLES)
    assert not "을 열었다".startswith(headlines.VENUE_PARTICLES)
    assert "봉사회".endswith(headlines.GROUP_ENDS) and not "텃밭은행".endswith(headlines.GROUP_ENDS)
    assert "장관표창".endswith(headlines.AWARD_ENDS) and not "표창장 전달식".endswith(headlines.AWARD_ENDS)
    assert "주간브리핑".endswith(headlines.PROGRAMME_ENDS) and not "브리핑룸".endswith(headlines.PROGRAMME_ENDS)
    assert "과" in layout.JOINING_PARTICLES and "를" not in layout.JOINING_PARTICLES
    assert "상당" in headlines.AMOUNT_WORDS and "겨울점퍼" not in headlines.AMOUNT_WORDS
    assert "총" in headlines.AMOUNT_LEADS and "쌀" not in headlines.AMOUNT_LEADS
    assert headlines.GENITIVE == "의"
    assert "별세" in headlines.PERSON_ACTS and "개최" not in headlines.PERSON_ACTS
    assert "40%".endswith(headlines.SHARE_MARKS) and not "200kg".endswith(headlines.SHARE_MARKS)
    assert "협력" in headlines.PARTNER_WORDS and "특별전" not in headlines.PARTNER_WORDS
    assert "위하" in headlines.FRAME_VERBS and "맞" in headlines.FRAME_VERBS and "열" not in headlines.FRAME_VERBS
    assert "한울문화재단".endswith(headlines.ORGANISATION_ENDS)
    assert not "숲길 걷기 주간".endswith(headlines.ORGANISATION_ENDS)
    assert "당하" in headlines.VERB_ACT_STEMS and "위하" not in headlines.VERB_ACT_STEMS
    assert "…”!".rstrip(headlines.SAYING_CLOSE) == "…”" and "가" not in headlines.SAYING_CLOSE
    assert "참여자".endswith(headlines.PERSON_NOUN_ENDS) and not "바다숲".endswith(headlines.PERSON_NOUN_ENDS)
    assert "생" in headlines.PERSON_SUFFIXES and "들" not in headlines.PERSON_SUFFIXES
    assert "교수" in headlines.PERSON_TITLES and "대표팀" not in headlines.PERSON_TITLES
    assert "대상" in headlines.TARGET_WORDS and "대상자" not in headlines.TARGET_WORDS
    assert "논란" in headlines.DISPUTE_NOUNS and "확대" not in headlines.DISPUTE_NOUNS
    assert headlines.QUESTIONED_NOUN == "여부"
    assert "징역" in headlines.PENALTY_WORDS and "선고" not in headlines.PENALTY_WORDS
    assert "‘심야 영업’ ".strip(" " + headlines.PHRASE_QUOTES) == "심야 영업" and "," not in headlines.PHRASE_QUOTES
    assert "NNG" in headlines.ACT_NOUN_TAGS and "NNP" not in headlines.ACT_NOUN_TAGS
    assert "XSV".startswith(headlines.ACT_TAIL_TAGS) and "EF".startswith(headlines.ACT_TAIL_TAGS)
    assert not "JKB".startswith(headlines.ACT_TAIL_TAGS)
    assert {"SN", "SH", "NR"} <= headlines.BARE_NOUN_TAGS and "JKO" not in headlines.BARE_NOUN_TAGS
    assert "됐다".startswith(headlines.ACT_VERB_STARTS) and not "으로".startswith(headlines.ACT_VERB_STARTS)
    assert "JKS" in headlines.OTHER_ACTOR_TAGS and "JKB" not in headlines.OTHER_ACTOR_TAGS
    assert "갯벌축제".endswith(headlines.TOPIC_HEADS) and "결의대회".endswith(headlines.TOPIC_HEADS)
    assert not "주민들의 함성".endswith(headlines.TOPIC_HEADS) and not "보름달".endswith(headlines.TOPIC_HEADS)
    assert "함성" in headlines.FIGURE_NOUNS and "축제" not in headlines.FIGURE_NOUNS


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ('"마을 도서관을 꼭 다시 열겠다"고 말했다.', True),
        ('"청년이 돌아오는 마을을 만들겠습니다. 함께해 주세요"', True),
        ("새솔시는 '새솔 축제'를 개최한다고 밝혔다.", False),
        ("새솔시는 청년 인턴 200명을 뽑는다.", False),
    ],
)
def test_reported_speech_structure(text: str, speech: bool) -> None:
    assert is_reported_speech(text, layout.LONG_QUOTE, layout.SAID_AFTER_QUOTE) is speech


@pytest.mark.parametrize(
    ("trim", "text", "expected"),
    [
        ("SHORT_LABEL_TRIM", "■ “청년 일자리” ", "청년 일자리"),
        ("HEADING_LABEL_TRIM", "'청년 일자리', ", "청년 일자리"),
        ("PHRASE_TRIM", ' "새솔 축제" ', "새솔 축제"),
        ("MENU_LINE_TRIM", "• 홈 · 뉴스 -", "홈 · 뉴스"),
        ("META_PART_TRIM", " 홍길동 기자, ", "홍길동 기자"),
        ("CONTACT_TRIM", "【청년정책과】 ", "청년정책과"),
        ("LABEL_STRIP", "교통 부문 …", "교통 부문"),
    ],
)
def test_trim_sets(trim: str, text: str, expected: str) -> None:
    assert text.strip(VOCAB[trim]) == expected


def test_etc_word_cuts_an_enumeration() -> None:
    text = "버스 노선 등 교통 과제"
    assert text[: text.find(common.ETC_WORD)] == "버스 노선"


def test_reported_speech_unquoted() -> None:
    def said(text: str) -> bool:
        return bool(sentences.SAID_END.search(text)) and not sentences.REPORTED.search(text)

    assert is_reported_speech("홍길동 시장은 포부를 밝혔다.", sentences.DOUBLE_QUOTED, sentences.SPEECH_FRAME, said)
    assert not is_reported_speech(
        "새솔시는 축제를 개최한다고 밝혔다.", sentences.DOUBLE_QUOTED, sentences.SPEECH_FRAME, said
    )
    assert not is_reported_speech("홍길동 시장은 포부를 밝혔다.", sentences.DOUBLE_QUOTED, sentences.SPEECH_FRAME)


def test_tuning_is_frozen_and_documented() -> None:
    stages = [getattr(tuning, name) for name in tuning.__all__ if name.isupper()]
    assert stages
    for stage in stages:
        doc = type(stage).__doc__ or ""
        for field in dataclasses.fields(stage):
            assert f"{field.name}:" in doc, (type(stage).__name__, field.name)
        first = dataclasses.fields(stage)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(stage, first, 0)


def test_no_knowledge_outside_its_home() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "count_knowledge.py"
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout
    assert "0 compiled regexes, 0 inline re calls with literal patterns, 0 Korean word lists" in out


def test_every_photo_credit_holds_one_of_its_words() -> None:
    """Boilerplate looks for photo credits only on lines with one of PHOTO_CREDIT_WORDS: each
    alternative of the pattern holds one, and so does every credit it finds."""
    alternatives = re.search(r"\(\?:([^)]*)\)", VOCAB["PHOTO_CREDIT"].pattern)
    assert alternatives is not None
    for word in alternatives[1].split("|"):
        assert any(w in word for w in VOCAB["PHOTO_CREDIT_WORDS"]), word
    line = "새솔시가 꽃길을 열었다(사진=새솔시 제공) [그래픽: 바다일보] <자료:바다군>"
    found = VOCAB["PHOTO_CREDIT"].findall(line)
    assert len(found) == 3
    assert all(any(w in credit for w in VOCAB["PHOTO_CREDIT_WORDS"]) for credit in found)


def test_every_stage_direction_holds_one_of_its_words() -> None:
    """Cleaning looks for stage directions only on lines with one of STAGE_DIRECTION_WORDS."""
    alternatives = VOCAB["STAGE_DIRECTION"].pattern.rsplit("(?:", 1)[1].split(")")[0]
    for word in alternatives.split("|"):
        assert any(w in word for w in VOCAB["STAGE_DIRECTION_WORDS"]), word


def test_every_interview_turn_holds_one_of_its_letters() -> None:
    """Cleaning looks for interview turns only on lines with one of INTERVIEW_TURN_HINTS."""
    for marker in ("문) 언제", "답) 네", "질문: 왜", "답변: 네", "Q. 왜", "A) 네", "…나요?답) 네"):
        m = VOCAB["INTERVIEW_TURN"].search(marker)
        assert m is not None, marker
        assert any(h in m.group(0) for h in VOCAB["INTERVIEW_TURN_HINTS"]), marker


def test_site_ends() -> None:
    from kosum.pipeline.vocab import headlines

    assert "하천정비현장".endswith(headlines.SITE_ENDS)
    assert "다리인근".endswith(headlines.SITE_ENDS)
    assert not "수질점검".endswith(headlines.SITE_ENDS)
