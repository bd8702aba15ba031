"""Cards of #19, eleventh round (`cards23`), on own-written headlines: a single-topic card whose
headline reports a dispute ("…‘…’ 논란", "…사칭 의혹") keeps the dispute's noun in its name, and one whose headline
asks whether its phrase holds ("…위반?") asks it too ("…위반 여부"); without them the name states the claim as a
fact or reads as a catch-phrase."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.disputes import questioned, with_dispute

_TEXT = "누리체육관의 심야 개방을 두고 논란이 커졌다. 가람시 의원의 경력 부풀리기 의혹도 나왔다."


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # a quoted catch-phrase, then the dispute
        ("심야 개방", "누리체육관, ‘심야 개방’ 논란", "심야 개방 논란"),
        # nouns between the name and the dispute go with it
        ("누리체육관 포스터", "‘누리체육관 포스터’ 표절 논란 커져", "누리체육관 포스터 표절 논란"),
        # a dispute noun with a particle
        ("경력 부풀리기", "가람시 의원, 경력 부풀리기 의혹도", "경력 부풀리기 의혹"),
        # a comma between: another phrase
        ("누리체육관", "누리체육관, 심야 개방 논란", "누리체육관"),
        # a noun the article never writes
        ("심야 개방", "누리체육관, ‘심야 개방’ 파문", "심야 개방"),
        # an act, not a dispute, after the name
        ("심야 개방", "누리체육관, 심야 개방 확대", "심야 개방"),
        # a figure between: no one phrase
        ("심야 개방", "누리체육관 심야 개방 3곳 논란", "심야 개방"),
    ],
)
def test_a_dispute_stays_with_the_name(label: str, title: str, named: str) -> None:
    assert with_dispute(label, title, _TEXT) == named


_PARAGRAPHS = [
    "누리군 축구단, ‘이기면 공짜’ 입장권 논란",
    "누리군 축구단이 새 시즌 구호로 내건 ‘이기면 공짜’ 입장권 행사가 약속과 다르게 운영됐다는 지적이 나와 "
    "논란이 커졌다.",
    "팬들은 경기에서 이긴 뒤에도 다음 경기 입장권을 받지 못했다며 구단 누리집에 항의 글을 잇달아 올렸다.",
    "구단은 행사 안내문에 조건을 적었다고 해명했지만, 팬 모임은 군에 조사를 요구했다.",
    "군은 이번 주 안에 구단 관계자를 불러 경위를 듣기로 했다.",
]


def test_a_news_story_about_a_dispute_is_named_by_it() -> None:
    result = summarize("\n\n".join(_PARAGRAPHS), engine="extractive")
    assert [s.area for s in result.sections] == ["입장권 논란"]


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        ("가람 밴드 선거법 위반", "가람 밴드 선거법 위반? “위반 아니다”", "가람 밴드 선거법 위반 여부"),
        # a question about the topic, not whether it holds
        ("최근 가뭄의 특징", "최근 가뭄의 특징은?", "최근 가뭄의 특징"),
        # no question after the name
        ("가람 밴드 공연", "가람 밴드 공연, 관객 몰려", "가람 밴드 공연"),
    ],
)
def test_a_name_asks_what_its_headline_asks(label: str, title: str, named: str) -> None:
    assert questioned(label, title) == named


def test_a_news_story_whose_headline_asks_is_named_by_the_question() -> None:
    paragraphs = [
        "새솔시장 후보 선거법 위반? 선관위 “위반 아니다”",
        "새솔시장 후보가 지난주 시장 골목에서 상인들에게 떡을 돌린 일을 두고 선거법 위반이라는 말이 돌았다.",
        "새솔시 선거관리위원회는 떡값을 후보가 아닌 상인회가 낸 것으로 확인했다고 밝혔다.",
        "선관위는 이번 일이 선거법 위반에 해당하지 않는다고 판단했다.",
        "후보 측은 오해를 살 일은 앞으로 삼가겠다고 말했다.",
    ]
    result = summarize("\n\n".join(paragraphs), engine="extractive")
    assert [s.area for s in result.sections] == ["새솔시장 후보 선거법 위반 여부"]
