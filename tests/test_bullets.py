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
        ("시는 워킹그룹을 운영 중이다.", "워킹그룹 운영 중", "워킹그룹을 운영 중이다."),
        ("시는 민관협력을 강화해 나갈 방침이다.", "민관협력을 강화해 나갈 방침", "민관협력을 강화해 나갈 방침이다."),
        ("일자리의 양과 질이 모두 개선됐다.", "일자리의 양과 질이 모두 개선", "일자리의 양과 질이 모두 개선됐다."),
        ("다양한 활동을 펼치고 있다.", "다양한 활동을 펼치고 있음", "다양한 활동을 펼치고 있다."),
        ("지원하기로 했다.", "지원하기로 함", "지원하기로 했다."),
        ("정말 좋네요.", "정말 좋네요.", "정말 좋네요."),
        ("효과가 클 것이다.", "효과가 클 것이다.", "효과가 클 것이다."),
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
