from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kosum import GenerationOptions, Summarizer, load_model
from kosum.engines.bullets import bullet_for
from kosum.engines.guard import Guard, guard_warning, parse_number, quantities

PARROT = GenerationOptions(beams=1, min_tokens=1, max_tokens=24)

ARTICLE = """한빛시, 청년 일자리 확대 계획 발표

한빛시는 올해 일자리 정책을 크게 넓힌다고 밝혔다. 시는 관련 예산 48억 원을 새로 편성했다.

■ 청년 일자리

시는 청년 일자리 {jobs}개를 만들겠다고 밝혔다. 지역 기업 스무 곳과 채용 협약도 맺는다.

■ 어르신 복지

시는 홀로 사는 어르신 2천100명에게 안부 확인 서비스를 제공한다. 경로당 87곳에는 냉난방비를 지원한다.
"""


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1천561", 1561),
        ("1,561", 1561),
        ("7천만", 70_000_000),
        ("7,000만", 70_000_000),
        ("70,000,000", 70_000_000),
        ("3억 5천만", 350_000_000),
        ("1.5억", 150_000_000),
        ("48", 48),
    ],
)
def test_parse_number(written: str, value: int) -> None:
    assert parse_number(written) == Decimal(value)


def test_quantities_keep_units() -> None:
    found = quantities("고용률은 2.5%p 올랐고 10여 명이 2024년 3월 7천만 원을 받았다. 3%포인트")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("2.5%p", Decimal("2.5"), "%p"),
        ("10여 명", Decimal(10), "명"),
        ("2024년", Decimal(2024), "년"),
        ("3월", Decimal(3), "월"),
        ("7천만 원", Decimal(70_000_000), "원"),
        ("3%포인트", Decimal(3), "%p"),
    ]


def test_same_number_written_another_way_is_supported() -> None:
    guard = Guard("시는 청년 1,561명에게 7,000만 원을 지원했다. LH와 협약을 맺었다.")
    assert guard.unsupported("1천561명에게 7천만 원 지원") == ()
    assert guard.unsupported("청년 1561명, 총 70,000,000원") == ()
    assert guard.unsupported("LH와 협약 체결") == ()


def test_wrong_numbers_units_and_names_are_named() -> None:
    guard = Guard("한빛시는 청년 1,561명에게 7,000만 원을 지원했다. 김하늘 시장이 발표했다.")
    assert guard.unsupported("청년 1천600명 지원") == ("1천600명",)
    assert guard.unsupported("7천만 명 지원") == ("7천만 명",)  # the value is right, the unit is not
    assert guard.unsupported("박철수 시장이 발표") == ("박철수",)
    assert guard.unsupported("김하늘 시장이 SH와 협약") == ("SH",)


def test_names_may_come_from_the_whole_article_numbers_only_from_the_section() -> None:
    article = "한빛시, 청년 일자리 확대\n한빛시는 올해 예산 48억 원을 편성했다."
    guard = Guard("시는 청년 일자리 3,000개를 만든다.", names=article)
    assert guard.unsupported("한빛시는 청년 일자리 3천 개를 만든다") == ()
    assert guard.unsupported("한빛시는 예산 48억 원을 쓴다") == ("48억 원",)


def test_warning_names_the_tokens() -> None:
    warning = guard_warning(("3천 개", "박철수"), "청년 일자리")
    assert warning.startswith("[청년 일자리] ")
    assert "'3천 개', '박철수'" in warning and "unsupported by the article" in warning


def test_generated_number_written_another_way_is_kept(parrot_bart: Path) -> None:
    # The parrot writes "청년 일자리 3천 개를 …"; the article says "3,000개".
    result = Summarizer(model=load_model(str(parrot_bart)), generation=PARROT).summarize(ARTICLE.format(jobs="3,000"))
    assert result.engine == "abstractive"
    assert result.summary.startswith("청년 일자리 3천 개를 만들겠다고")
    jobs_sentence = next(s.index for s in result.sentences if "3,000개" in s.text)
    assert jobs_sentence in result.summary_sources
    youth = result.sections[0]
    assert youth.area == "청년 일자리"
    assert youth.bullets[0].text == "청년 일자리 3천 개를 만들겠음"  # the speech frame goes, the "will" stays
    assert youth.bullets[0].warnings == ()
    assert youth.bullets[0].sources == (jobs_sentence,)
    # The same sentence is not supported by the welfare section: it falls back there.
    welfare = result.sections[1]
    assert welfare.area == "어르신 복지"
    assert welfare.bullets[0].text in {bullet_for(result.sentences[i], "noun").text for i in welfare.sentences}
    assert set(welfare.bullets[0].sources) <= set(welfare.sentences)
    assert "'3천 개'" in welfare.bullets[0].warnings[0]
    assert any(w.startswith("[어르신 복지] ") and "'3천 개'" in w for w in result.warnings)


def test_generated_wrong_number_falls_back_to_the_article(parrot_bart: Path) -> None:
    model = load_model(str(parrot_bart))
    text = ARTICLE.format(jobs="2,000")
    result = Summarizer(model=model, generation=PARROT).summarize(text)
    youth = result.sections[0]
    assert youth.bullets[0].text == "시는 청년 일자리 2,000개를 만들겠음"  # the office keeps its pledge
    assert "'3천 개'" in youth.bullets[0].warnings[0]
    assert "[요약] " in result.warnings[0] and "'3천 개'" in result.warnings[0]
    assert "3천 개" not in result.summary and result.summary == " ".join(
        result.sentences[i].text for i in result.summary_sources
    )
    unguarded = Summarizer(model=model, generation=PARROT, guard=False).summarize(text)
    assert unguarded.sections[0].bullets[0].text.startswith("청년 일자리 3천 개를")
    assert unguarded.sections[0].bullets[0].warnings == ()
    # unguarded, the parrot's sentence still needs a supporting sentence: the welfare section has none
    assert unguarded.warnings == (UNSUPPORTED.format(area="어르신 복지"),)


UNSUPPORTED = "[{area}] 생성한 항목을 뒷받침하는 문장이 없어 원문 문장으로 대체했습니다 (no supporting sentence)"


@pytest.mark.parametrize("guard", [True, False])
def test_every_generated_bullet_has_its_sources(parrot_bart: Path, guard: bool) -> None:
    # "청년 일자리 3천 개를 만들겠다고 밝혔다." shares no content word with the welfare section.
    result = Summarizer(model=load_model(str(parrot_bart)), generation=PARROT, guard=guard).summarize(
        ARTICLE.format(jobs="3,000")
    )
    assert result.engine == "abstractive"
    for section in result.sections:
        for bullet in section.bullets:
            assert bullet.sources and set(bullet.sources) <= set(section.sentences), (section.area, bullet)
    welfare = result.sections[1]
    assert welfare.area == "어르신 복지"
    (bullet,) = welfare.bullets[:1]
    assert bullet.text in {bullet_for(result.sentences[i], "noun").text for i in welfare.sentences}
    if not guard:  # the guard would have replaced it first, for its number
        assert bullet.warnings == (UNSUPPORTED.format(area="어르신 복지"),)
        assert UNSUPPORTED.format(area="어르신 복지") in result.warnings
