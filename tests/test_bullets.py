from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.bullets import make_bullet


@pytest.mark.parametrize(
    ("sentence", "noun", "full"),
    [
        ("LH와 업무협약을 체결했다.", "LH와 업무협약 체결", "LH와 업무협약을 체결했다."),
        (
            "곧이어 4월에는 공사와 업무협약을 체결했다.",
            "4월에는 공사와 업무협약 체결",
            "4월에는 공사와 업무협약을 체결했다.",
        ),
        ("이를 통해 656명이 취업했다.", "656명이 취업", "656명이 취업했다."),
        ("또한, 사업비를 확보했다.", "사업비 확보", "사업비를 확보했다."),
        ("특히 고용률이 높다.", "고용률이 높음", "고용률이 높다."),
        ("이 밖에도 시는 협약을 맺었다.", "협약을 맺음", "협약을 맺었다."),
        ("시는 상담창구를 운영 중이다.", "상담창구 운영 중", "상담창구를 운영 중이다."),
        ("시는 민관협력을 강화해 나갈 방침이다.", "민관협력을 강화해 나갈 방침", "민관협력을 강화해 나갈 방침이다."),
        ("일자리의 양과 질이 모두 개선됐다.", "일자리의 양과 질이 모두 개선", "일자리의 양과 질이 모두 개선됐다."),
        ("다양한 활동을 펼치고 있다.", "다양한 활동을 펼치고 있음", "다양한 활동을 펼치고 있다."),
        ("지원하기로 했다.", "지원하기로 함", "지원하기로 했다."),
        ("정말 좋네요.", "정말 좋네요.", "정말 좋네요."),
        ("효과가 클 것이다.", "효과가 클 것", "효과가 클 것이다."),
    ],
)
def test_gaejosik(sentence: str, noun: str, full: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == noun
    assert make_bullet(sentence, (), 0, "sentence") == full


def test_summary_bullets_follow_the_style() -> None:
    text = "■ 기업 유치\n시는 지난달 배터리 기업 세 곳과 투자협약을 체결했다.\n■ 청년\n시는 청년 인턴 300명을 선발했다."
    noun = summarize(text, bullets=1)
    assert [b.text for s in noun.sections for b in s.bullets] == [
        "지난달 배터리 기업 세 곳과 투자협약 체결",
        "청년 인턴 300명 선발",
    ]
    full = summarize(text, bullets=1, bullet_style="sentence")
    assert [b.text for s in full.sections for b in s.bullets] == [
        "지난달 배터리 기업 세 곳과 투자협약을 체결했다.",
        "청년 인턴 300명을 선발했다.",
    ]


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # purpose, means, background clauses go; the subject stays
        (
            "한솔군은 청년 창업을 돕기 위해 창업지원센터 2곳을 새로 열었다.",
            "한솔군은 창업지원센터 2곳을 새로 엶",
        ),
        ("한솔군은 민관 협의체를 통해 공동 캠페인을 펼쳤다.", "한솔군은 공동 캠페인을 펼침"),
        ("개정 조례에 따라 청년 월세 지원액이 월 20만 원으로 늘었다.", "청년 월세 지원액이 월 20만 원으로 늚"),
        (
            "관광객이 꾸준히 늘어나는 가운데 누리시는 야간 관광 코스 5개를 운영한다.",
            "누리시는 야간 관광 코스 5개 운영",
        ),
        # parentheticals go, the words around them are joined as they were
        ("다온시교육청(교육감 김하늘)은 방과후 강사 120명을 선발했다.", "다온시교육청은 방과후 강사 120명 선발"),
        # a speech frame goes: the reported clause is the news
        ("누리시는 다음 달 청년 박람회를 개최한다고 5일 밝혔다.", "누리시는 다음 달 청년 박람회 개최"),
        # endings: verbal noun, noun predicate, plan
        ("한솔군은 지역 대학과 업무협약을 체결했다.", "한솔군은 지역 대학과 업무협약 체결"),
        ("누리시는 내년에 사업을 확대할 계획이다.", "누리시는 내년에 사업을 확대할 계획"),
        ("행사는 오전 10시부터 12시까지다.", "행사는 오전 10시부터 12시까지"),
        # a quoted name is never cut from the start, a stem is never cut
        ("'바다런'은 주민 1천 명이 함께 달리는 행사다.", "'바다런'은 주민 1천 명이 함께 달리는 행사"),
        ("이를 대표한다.", "이를 대표"),
        # an irregular stem keeps its form
        ("자원봉사자 40명이 농가 일손을 도왔다.", "자원봉사자 40명이 농가 일손을 도움"),
    ],
)
def test_compression_rules(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet
    assert make_bullet(sentence, (), 0, "sentence") == sentence


def test_a_long_bullet_keeps_its_main_clause() -> None:
    sentence = (
        "누리시는 지난해 시민 설문에서 가장 많은 요청을 받은 심야 버스 노선을 검토하고, "
        "내년 1월부터 심야 버스 3개 노선을 운행한다."
    )
    assert make_bullet(sentence, (), 0, "noun") == "누리시는 내년 1월부터 심야 버스 3개 노선 운행"


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # time and place phrases go from the left until the bullet fits
        (
            "한솔군은 지난 5월부터 군청 대회의실과 읍면 행정복지센터 12곳에서 주민 1,200여 명을 대상으로 "
            "찾아가는 건강 상담을 운영했다.",
            "한솔군은 주민 1,200여 명을 대상으로 찾아가는 건강 상담 운영",
        ),
        # an adnominal clause without numbers goes with its nearest argument
        (
            "바다시교육청은 오는 20일 시청 대강당에서 관내 고교생과 학부모들이 함께 참여하는 "
            "진로 박람회를 개최한다고 밝혔다.",
            "바다시교육청은 오는 20일 시청 대강당에서 진로 박람회 개최",
        ),
    ],
)
def test_long_bullets_drop_modifiers(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet


def test_no_middle_clause_is_dropped_alone() -> None:
    # dropping only the middle clause would make the patrol throw the bomb
    sentence = (
        "경찰 순찰대가 교차로에 도착해 대열을 갖추는 순간 트럭 한 대가 돌진해 왔고, "
        "순찰대를 향해 차량 안의 폭발물을 던졌다."
    )
    bullet = "대열을 갖추는 순간 트럭 한 대가 돌진해 왔고, 순찰대를 향해 차량 안의 폭발물을 던짐"
    assert make_bullet(sentence, (), 0, "noun") == bullet


def test_list_items_and_quotes_in_section_bullets() -> None:
    text = (
        "■ 청년 지원\n"
        "한솔군은 올해 청년 지원 사업으로 ▲청년 월세 지원 ▲창업 공간 임대 ▲구직 교육을 추진한다.\n"
        '김하늘 한솔군수는 "청년이 머무는 한솔군을 만들겠다"고 말했다.\n'
        "■ 어르신 돌봄\n"
        "한솔군은 경로당 40곳에 냉난방비를 지원한다.\n"
        '박바다 과장은 "어르신 건강을 꼼꼼히 챙기겠다"고 밝혔다.'
    )
    result = summarize(text, engine="extractive", bullets=3)
    bullets = {s.area: [b.text for b in s.bullets] for s in result.sections}
    assert bullets["청년 지원"] == ["청년 월세 지원", "창업 공간 임대", "구직 교육"]
    assert bullets["어르신 돌봄"] == ["한솔군은 경로당 40곳에 냉난방비 지원"]
