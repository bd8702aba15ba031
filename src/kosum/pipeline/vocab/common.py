"""Knowledge shared by several rooms: Hangul, whitespace, marker characters, brackets, speech verbs."""

from __future__ import annotations

import re

#: One Hangul syllable (가 U+AC00 to 힣 U+D7A3).
HANGUL = re.compile(r"[가-힣]")
#: A run of whitespace ("새솔 \t시" → "새솔시" when removed).
WHITESPACE = re.compile(r"\s+")
#: A run of non-space characters: a written word ("새솔시는").
WORD = re.compile(r"\S+")
#: One character that is no letter, digit or underscore.
NON_WORD = re.compile(r"\W")
#: Parts of a metadata line: "홍길동 기자 | 2024.05.01", "홍길동 기자 / gildong@example.com".
META_SEPARATOR = re.compile(r"[|│]|\s/\s")

# Marker characters, as bodies of a regex character class.
#: Symbols that open a heading line ("■ 청년 일자리", "◇ 교통 분야").
HEADING_MARKS = "■□◆◇●○▶▷►△▲◎★☆◈▣◐◑※"
#: The symbols of a top-level heading (of an article written with headings).
PRIMARY_MARKS = "■□◆◇●▶►◈▣"
#: The primary marks that open a heading run into the line before ("…했다. ■ 교통 …").
INLINE_MARKS = "■□◆◇●▶►"
#: Marks of an item line ("○ 청년 인턴 200명", "- 버스 노선 개편").
ITEM_LINE_MARKS = "○▲△▶·ㆍ-"
#: Marks of an item paragraph: those of an item line and the typographic bullets.
ITEM_PARAGRAPH_MARKS = "‣•◦" + ITEM_LINE_MARKS
#: Marks of an item inside running text ("▲청년 인턴 ▲버스 노선").
INLINE_ITEM_MARKS = "△▲"
#: Marks that make a sentence read as a list ("▲ 청년 …", "● 버스 …").
LIST_MARKS = "▲△▶▷◆◇■□●○•"
#: Marks that open a photo caption ("▲ 새솔시청 전경").
CAPTION_MARKS = "▲▶►▷"

# Quotes and brackets.
#: Straight and curly quotation marks.
QUOTE_CHARS = "'\"‘’“”"
#: :data:`QUOTE_CHARS` as a set of single characters.
QUOTE_MARKS = frozenset(QUOTE_CHARS)
#: "등" between words: the end of an enumeration ("버스 노선 등 교통 과제").
ETC_WORD = " 등 "
# Brackets, as bodies of a regex character class.
#: Brackets that open a bracketed label ("[기획]", "【교통】", "<사진>", "「새솔법」").
BRACKET_OPEN = r"\[【<〈《「『"
#: The closing brackets of :data:`BRACKET_OPEN`, in the same order.
BRACKET_CLOSE = r"\]】>〉》」』"
#: Brackets that open a series name before a headline ("[기획] …", "《연재》 …").
SERIES_OPEN = r"\[【<〈《"
#: The closing brackets of :data:`SERIES_OPEN`.
SERIES_CLOSE = r"\]】>〉》"

# Speech verbs, in the past tense ("…라고 말했다").
#: The verbs that report speech in every room ("말했", "밝혔", "강조했" …).
SPEECH_VERBS = ("말했", "밝혔", "강조했", "전했", "덧붙였", "설명했", "당부했", "언급했")
#: Speech verbs of a promise ("…하겠다고 약속했다").
SPEECH_PROMISES = ("약속했", "다짐했")
#: Speech verbs, as modifiers or nouns, after a quote ("…라고 말한", "소감").
SPEECH_MODIFIERS = ("말한", "밝힌", "강조한")
#: Dictionary stems of the speech verbs, as Kiwi gives them ("밝히", "말하" …).
SPEECH_STEMS = frozenset(
    {"밝히", "말하", "전하", "강조하", "설명하", "덧붙이", "당부하", "언급하", "주장하", "소개하", "답하", "알리"}
)

# Sentence ends.
#: Final endings of a written statement, as regex alternatives ("…했다", "…합니다", "…함").
STATEMENT_ENDINGS = r"[다요]|니다|했음|함"
#: What may follow a final ending at the end of a line: a final mark, closing quotes or brackets.
END_TAIL = r"\s*[.!?]?\s*[\"')\]]*$"
