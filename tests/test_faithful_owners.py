"""Bullets that name who guesses, hopes, intends or decides (never a subject inside an adnominal
clause), say which thing a pointer means, and a card that trades a lone defective or label-echoing
bullet (own-written sentences, issue 18)."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.form import defect, unattributed


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # a pointer heading a subject after a connective ending still points to another sentence
        ("구명조끼를 비치하고, 해당 요원들은 교육을 받음", "leans on a word pointing to another sentence"),
        ("둑을 높였으며 해당 구간은 내년 봄 개방", "leans on a word pointing to another sentence"),
        # a verb or a case of its own is no pointer
        ("해당하는 주민에게 지원금 지급", None),
        ("조건에 해당되는 가구는 30만 원을 받음", None),
    ],
)
def test_pointer_subject_after_a_connective(text: str, why: str | None) -> None:
    assert defect(text) == why


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # a guess with nobody to make it: the guessed clause's subject is not who guesses
        ("물놀이객이 크게 늘어날 것으로 보임", True),
        ("주민 불편이 줄어들 것으로 봄", True),
        ("새솔군은 주민 불편이 줄어들 것으로 봄", False),
        ("물놀이객이 크게 늘어날 것으로 보고 대책 마련", False),
        # an expectation whose only actor is an "also" phrase
        ("사고 예방 효과도 기대", True),
        ("사고 예방 효과도 기대됨", True),
        ("새솔군은 관광객 증가를 기대", False),
        ("관광객 증가로 지역 상권 회복이 기대됨", False),
        # a subject inside an adnominal clause owns no intention, decision or hope
        ("어민들이 잡은 전어를 새벽 경매에 올리기로 함", True),
        ("상인들이 겪는 주차난을 덜어 가겠음", True),
        ("학생들이 그린 벽화 20점이 방문객의 눈길을 끌 것으로 기대", True),
        # a subject of the main clause, before or after the adnominal one, a topic or a source owns it
        ("수협이 어민들이 잡은 전어를 새벽 경매에 올리기로 함", False),
        ("어민들이 잡은 전어는 수협이 새벽 경매에 올리기로 함", False),
        ("가람구는 상인들이 겪는 주차난을 덜어 가겠음", False),
        ("상인회가 주차난을 덜어 가겠음", False),
        ("상인회에서 주차난을 덜어 가겠음", False),
    ],
)
def test_guess_and_hope_need_an_owner(text: str, nobody: bool) -> None:
    assert unattributed(text) is nobody


ARTICLE = "\n".join(
    [
        "새솔군 여름철 물놀이 안전 대책 추진",
        "새솔군은 여름철을 맞아 물놀이 안전 대책을 추진한다고 3일 밝혔다.",
        "",
        "군은 계곡 12곳에 안전요원 40명을 배치하고, 구명조끼 300벌을 비치할 예정이다. "
        "해당 시설은 주말마다 점검을 받으며, 해당 요원들은 응급처치 교육을 받는다. "
        "사고 예방 효과도 기대된다. 물놀이객이 지난해보다 크게 늘어날 것으로 보인다.",
    ]
)


def test_no_bullet_without_its_owner_or_referent() -> None:
    summary = summarize(ARTICLE)
    bullets = [b.text for s in summary.sections for b in s.bullets]
    assert bullets, "the card keeps a sound bullet"
    for text in bullets:
        assert defect(text) is None, text
        assert not unattributed(text), text
    assert any("12곳" in text for text in bullets)


def test_lone_bullet_does_not_repeat_its_label() -> None:
    summary = summarize(ARTICLE)
    for section in summary.sections:
        if len(section.bullets) == 1:
            label = "".join(ch for ch in section.area if ch.isalnum())
            assert not "".join(ch for ch in section.bullets[0].text if ch.isalnum()).startswith(label)


def test_headline_repeated_by_its_preview_is_not_glued_to_the_lead() -> None:
    from kosum.pipeline.preprocess import preprocess

    text = "\n".join(
        [
            "[마을소식] 새솔군, 누리천 둘레길 개통",
            "새솔군, 누리천 둘레길 개통 새솔군은 누리천을 따라 걷는 둘레길 4.2㎞를 개통했다고 밝혔다.",
            "",
            "[복지] 한빛면, 경로당 20곳에 난방비 지원",
            "한빛면, 경로당 20곳에 난방비 지원 한빛면은 경로당 20곳에 난방비 60만 원씩을 지원한다.",
            "",
            "[문화] 새솔군, 가을 음악회 성황",
            "새솔군, 가을 음악회 성황 주민 800명 찾아… 내년에도 열기로 새솔군은 지난 4일 누리공원에서 "
            "가을 음악회를 열었다.",
        ]
    )
    doc = preprocess(text)
    starts = [s.text for s in doc.sentences]
    assert any(s.startswith("새솔군은 누리천을 따라") for s in starts), starts
    assert any(s.startswith("한빛면은 경로당 20곳에") for s in starts), starts
    assert not any(s.startswith("새솔군, 누리천 둘레길 개통 새솔군은") for s in starts)
    # a subtitle without end punctuation between the repeat and the lead is not read into the lead
    assert any(s.startswith("새솔군은 지난 4일 누리공원에서") for s in starts), starts


@pytest.mark.parametrize(
    ("title", "first", "subtitle", "lead"),
    [
        # a subtitle in a headline's form run into the lead that names the headline's subject again
        (
            "새솔군, 갯벌 체험 주간 운영",
            "가족 300명 찾아…체험 프로그램 호평 경상남도 새솔군이 지난 주말 갯벌 체험 주간을 운영했다.",
            "가족 300명 찾아…체험 프로그램 호평",
            "경상남도 새솔군이 지난 주말",
        ),
        (
            "한빛문화재단, 가을 장터 개최",
            "어르신 손맛 담은 장터 본격 추진 한빛문화재단이 가을 장터를 연다.",
            "어르신 손맛 담은 장터 본격 추진",
            "한빛문화재단이 가을 장터를",
        ),
        # a lead that opens with its region, the subject's note in brackets before its particle
        (
            "새솔군, 갯벌 체험 주간 운영",
            "바다와 함께 쉬어 가는 가족 나들이 경상남도 새솔군(군수 한누리)은 갯벌 체험 주간을 운영했다.",
            "바다와 함께 쉬어 가는 가족 나들이",
            "경상남도 새솔군(군수 한누리)은",
        ),
        # ... nor a run of text longer than a subtitle line can be
        (
            "새솔군, 갯벌 체험 주간 운영",
            "갯벌 체험 " * 22 + "프로그램 운영 경상남도 새솔군은 갯벌 체험 주간을 운영했다.",
            None,
            "갯벌 체험 갯벌 체험",
        ),
        # a lead that opens with its province and actor where the headline's subject is another
        (
            "한빛상사 대표, 새솔군에 장학금 500만 원 기탁",
            "5년째 이어 온 고향 사랑 경상남도 새솔군(군수 한누리)은 12일 한빛상사 대표가 장학금을 맡겼다고 밝혔다.",
            "5년째 이어 온 고향 사랑",
            "경상남도 새솔군(군수 한누리)은",
        ),
        # ... but not where the line is the lead, naming a province again further on
        (
            "한빛상사 대표, 새솔군에 장학금 500만 원 기탁",
            "새솔군은 12일 군청에서 제5회 경상남도 장학회가 열려 장학금을 건넸다고 알렸다.",
            None,
            "새솔군은 12일",
        ),
        # ... nor a person's note before the nation's name ("대한민국" is no province)
        (
            "누리 총리 사퇴",
            "한누리(61, 전 장관) 대한민국 총리가 사퇴했다. 그는 12일 사의를 밝혔다.",
            None,
            "한누리(61, 전 장관)",
        ),
        # ... but not a dateline before it
        ("새솔군, 둘레길 개통", "지난 3월 2일, 경상남도 새솔군이 누리천 둘레길을 개통했다.", None, "지난 3월 2일,"),
        # the lead's own opening stays: a dateline, an apposition, a modifier of the subject
        ("새솔군, 둘레길 개통", "2031년 3월 2일, 새솔군이 누리천 둘레길을 개통했다.", None, "2031년 3월 2일,"),
        ("새솔군, 둘레길 개통", "누리천이 흐르는 고장 새솔군은 둘레길 4㎞를 개통했다.", None, "누리천이 흐르는"),
        ("새솔군, 둘레길 개통", "갯벌의 고장으로 이름난 새솔군은 둘레길을 개통했다.", None, "갯벌의 고장으로"),
    ],
)
def test_a_subtitle_run_into_the_lead_is_the_subtitle(title: str, first: str, subtitle: str | None, lead: str) -> None:
    from kosum.pipeline.preprocess import preprocess

    doc = preprocess(f"{first}\n\n새솔군은 다음 달에도 같은 행사를 열 계획이다.", title=title)
    assert doc.subtitle == subtitle
    assert doc.sentences[0].text.startswith(lead)


def test_a_clause_cut_before_the_one_it_leads_to_is_refused() -> None:
    assert defect("새솔군은 둘레길을 개통하고") == "ends in a connective ending"
    assert defect("주민 300명이 참석했으며") == "ends in a connective ending"
    assert defect("새솔군은 둘레길 4㎞ 개통") is None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # two topics with only a noun phrase between, a copula's adnominal inside it
        ("판결은 주범인 박모 씨는 지난해 새솔시에서 체포됨", "two topics or subjects in a row"),
        ("공모사업은 지역의 대표 사업인 둘레길을 조성", None),
        ("새솔상사 대표인 김모 씨는 신제품 공개", None),
        # a line of the source's own list keeps its dash
        ("- 2019년 새솔시 인구 10만 명 돌파", "opens with a list marker"),
        ("새솔시 인구 10만 명 돌파", None),
    ],
)
def test_topics_and_list_marks(text: str, why: str | None) -> None:
    assert defect(text) == why
