"""News-aware ranking and faithful 개조식 bullets, on own-written releases and sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kosum import summarize
from kosum.engines.bullets import make_bullet
from kosum.engines.cues import number_terms
from kosum.engines.features import analyze

RELEASE = "\n\n".join(
    [
        "한솔군, 청년 농업인 120명에게 정착지원금 지급",
        "(사진) 청년 농업인 정착 지원 협약식 모습\n【농업정책과 ☎ 061-000-0000】",
        "한솔군은 올해 청년 농업인 120명에게 1인당 월 100만 원의 정착지원금을 지급한다고 3일 밝혔다.",
        "지원 대상은 만 18세 이상 40세 미만으로 영농 경력 3년 이하인 청년 농업인이다.",
        "군은 정착지원금과 함께 ▲스마트팜 교육 ▲농지 임대 알선 ▲판로 컨설팅 ▲영농 멘토링 "
        "▲농기계 임대료 감면 등 청년 농업인 지원 사업을 함께 운영한다.",
        '김하늘 한솔군수는 "청년 농업인이 한솔군 농업의 미래"라며 "청년 농업인이 안정적으로 '
        '정착할 수 있도록 정착지원금과 교육 지원을 아끼지 않겠다"고 말했다.',
        "신청 방법 등 자세한 사항은 한솔군 누리집을 참고하거나 농업정책과로 문의하면 된다.",
    ]
)


def test_the_lead_beats_quotes_lists_and_contact_lines() -> None:
    result = summarize(RELEASE, engine="extractive", sentences=2)
    chosen = [result.sentences[i].text for i in result.summary_sources]
    assert chosen[0].startswith("한솔군은 올해 청년 농업인 120명에게")
    assert not any("말했다" in s or "▲" in s or "문의" in s for s in chosen)


def test_no_summary_is_cut_mid_sentence() -> None:
    items = " ".join(f"▲제{n}회 바다마을 주민 한마당 행사 운영" for n in range(1, 40))
    text = (
        "바다군, 주민 행사 지원 계획 발표\n\n"
        "바다군은 올해 주민 행사 40건에 예산 2억 원을 지원한다고 5일 밝혔다.\n\n"
        f"지원 행사는 {items} 등이다.\n\n"
        "군은 행사마다 안전 요원을 배치하고 쓰레기 수거도 돕는다.\n\n"
        "행사 일정은 다음 달 군 누리집에 공개된다."
    )
    result = summarize(text, engine="extractive")
    for i in result.summary_sources:
        assert result.sentences[i].text.endswith(".")  # whole sentences only
    assert len(result.summary) <= 3 * 150
    assert result.summary.startswith("바다군은 올해 주민 행사 40건에")


_SUBJECTS = ["한솔군은", "다온시교육청(교육감 김하늘)은", "'바다런' 추진단은", ""]
_TIMES = ["", "오는 12일", "지난 3월부터", "내년 1월부터"]
_CLAUSES = ["", "청년 창업을 돕기 위해", "민관 협의체를 통해", "개정 조례에 따라", "관광객이 늘어나는 가운데"]
_PLACES = ["", "군청 대회의실에서", "바다공원 일원에서"]
_OBJECTS = ["청년 120명을", "사업비 3억 5천만 원을", "경로당 40곳에", "예산의 17.5%를", "주민 1,200여 명을"]
_PREDICATES = ["지원했다.", "선발했다.", "투입했다.", "초청한다.", "도왔다.", "모집한다고 밝혔다.", "늘릴 계획이다."]


def _forms(text: str) -> list[str]:
    return [m.form for m in analyze(text) if not m.tag.startswith("S") or m.tag in ("SN", "SL", "SH")]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_TIMES),
    st.sampled_from(_CLAUSES),
    st.sampled_from(_PLACES),
    st.sampled_from(_OBJECTS),
    st.sampled_from(_PREDICATES),
)
def test_bullets_are_faithful(subject: str, time: str, clause: str, place: str, obj: str, predicate: str) -> None:
    sentence = " ".join(p for p in (subject, time, clause, place, obj, predicate) if p)
    bullet = make_bullet(sentence, (), 0, "noun")
    # every piece comes from the sentence, in order; only the last syllable, the predicate's
    # nominal ending, may be new ("도왔다" → "도움", "열었다" → "엶")
    assert _is_subsequence(list(bullet.replace(" ", "")[:-1]), list(sentence.replace(" ", ""))), (sentence, bullet)
    assert _is_subsequence(_forms(bullet)[:2], _forms(sentence)), (sentence, bullet)
    flat = bullet.replace(" ", "")
    for number in number_terms(analyze(sentence), sentence, 0):
        digits = number.rstrip("명원곳%여")
        assert number in flat or digits not in flat, (sentence, bullet, number)  # never split from its unit
    assert not bullet.endswith(("다", "다.")), bullet


def test_news_order_puts_the_lead_first_and_quotes_last() -> None:
    from kosum.engines.ranking import news_order
    from kosum.pipeline.preprocess import preprocess

    doc = preprocess(RELEASE)
    order = [doc.sentences[k].text for k in news_order(doc.sentences, doc.title)]
    assert order[0].startswith("한솔군은 올해 청년 농업인 120명에게")
    assert order[1].startswith("지원 대상은")
    assert any("말했다" in s for s in order[-3:]) and not any("말했다" in s for s in order[:2])


def test_a_noun_ending_after_a_clause_is_a_statement_not_a_fragment() -> None:
    from kosum.engines.cues import sentence_cues
    from kosum.pipeline.preprocess import preprocess

    doc = preprocess(
        "새솔군 누리몰 매출 급증\n\n누리몰 매출이 10월 말 21억원을 기록해 올해 목표였던 20억원을 넘긴 것.\n\n"
        "새솔군은 입점 농가를 40곳 늘렸다."
    )
    assert [sentence_cues(s).fragment for s in doc.sentences] == [False, False]
    assert summarize(doc.text, title=doc.title, sentences=1).summary.startswith("누리몰 매출이")


def test_durations_beyond_the_calendar_are_quantities() -> None:
    from kosum.engines.cues import is_quantity

    assert [is_quantity(t) for t in ("45일", "30일", "13월", "12월", "36시", "150명")] == [
        True,
        False,
        True,
        False,
        True,
        True,
    ]


def test_a_heading_run_into_its_sentence_stays_with_the_card() -> None:
    text = (
        "새솔시, 올가을 생활체육대회 잇달아 열어\n\n"
        "새솔시가 가을을 맞아 종목별 생활체육대회를 잇달아 열며 시민 참여를 넓혔다고 3일 밝혔다.\n\n"
        "■ 읍면동 축구 동호인들의 열정 지난 1일 새솔종합운동장에서 읍면동 축구대회가 16개 팀 400여 명이 "
        "참가한 가운데 열렸다. 결승에서는 새솔동 팀이 우승했다.\n\n"
        "■ 어르신 게이트볼 대회 성황 같은 날 새솔체육공원에서는 어르신 200여 명이 참가한 게이트볼 대회가 "
        "열렸다. 대회는 읍면 대항전으로 치러졌다.\n\n"
        "■ 청소년 농구 꿈나무들의 한마당 지난 2일에는 새솔실내체육관에서 중·고교 농구대회가 열려 12개 팀이 "
        "실력을 겨뤘다. 시는 내년에 대회 규모를 키울 계획이다."
    )
    result = summarize(text)
    assert result.summary == (
        "새솔시가 가을을 맞아 종목별 생활체육대회를 잇달아 열며 시민 참여를 넓혔다고 3일 밝혔다. "
        "지난 1일 새솔종합운동장에서 읍면동 축구대회가 16개 팀 400여 명이 참가한 가운데 열렸다. "
        "지난 2일에는 새솔실내체육관에서 중·고교 농구대회가 열려 12개 팀이 실력을 겨뤘다."
    )
    assert [(s.area, [b.text for b in s.bullets]) for s in result.sections] == [
        (
            # the heading's figure of speech ("…동호인들의 열정") gives way to the event it reports
            "읍면동 축구대회",
            # "축구대회가 16개 팀 400여 명이 …" reads as two subjects in a row: the card keeps its sound bullet
            ["결승에서는 새솔동 팀이 우승"],
        ),
        (
            "어르신 게이트볼 대회",
            [
                # "같은 날" points to another sentence's day, which this card does not show: it goes
                "새솔체육공원에서는 어르신 200여 명이 참가한 게이트볼 대회가 열림",
                "대회는 읍면 대항전으로 치러짐",
            ],
        ),
        (
            "청소년 농구 꿈나무들의 한마당",
            [
                "지난 2일에는 새솔실내체육관에서 중·고교 농구대회가 열려 12개 팀이 실력을 겨룸",
                "내년에 대회 규모를 키울 계획",
            ],
        ),
    ]


def test_numbers_written_onto_letters_are_names_not_quantities() -> None:
    text = "새솔시는 RE100 산단에 기업 12곳을 유치했다."
    assert number_terms(analyze(text), text, 0) == ["12곳"]
