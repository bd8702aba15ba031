"""A single card's name is never the body that acts in its headline, nor a bare word of who or where
(names44): the headline's act after its comma names it, else the subtitle's act, else the compound
the article writes that opens with the bare word."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.actors import actor_named, headline_act
from kosum.pipeline.bare import bare


def _card(title: str, text: str) -> str:
    summary = summarize(text, title=title)
    assert len(summary.sections) == 1
    return summary.sections[0].area


_RICE = (
    "한빛유치원(원장 김누리)은 지난 9일 설을 앞둔 홀몸 어르신께 보태려고 쌀 40포를 새솔동 주민센터로 보내 기부했다. "
    "쌀값은 유치원 꼬마들과 학부모들이 장터 놀이로 모은 돈이다. "
    "원아들은 직접 만든 감사 카드도 함께 전했다. "
    "새솔동장은 아이들의 고운 마음에 고마움을 전했다. "
    "쌀은 동네 홀몸 어르신 가정에 고루 나눠질 예정이다."
)

_SCARF = (
    "누리시는 지난 3일 마을공동체 지원 공모에 든 '바늘사랑' 모임이 바다마을 노인회를 위한 털목도리 나눔 활동을 "
    "펼쳤다고 밝혔다. "
    "마을공동체 회원 14명은 두 달 동안 목도리 120개를 떴다. "
    "목도리는 마을공동체 회원 손으로 바다마을 경로당 네 곳에 전해졌다. "
    "회원들은 어르신들의 목에 목도리를 직접 둘러 드렸다. "
    "누리시는 내년에도 마을공동체 모임을 계속 도울 계획이다."
)

_CURTAIN = (
    "누리군 새솔면 복지협의체(위원장 김바다)는 12일 겨울 한파에서 홀몸 어르신의 집을 지키고자 "
    "「추위야 물렀거라」 방한커튼 설치사업에 나섰다. "
    "커튼은 혼자 지내는 어르신 여섯 집의 창마다 달렸다. "
    "새솔면 복지협의체 위원들은 집집이 창문 치수를 미리 재 두었다. "
    "새솔면 복지협의체는 일을 마친 뒤에 보일러와 전기 시설도 살폈다. "
    "복지협의체는 앞으로도 이웃 돌봄에 힘쓸 예정이다."
)


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        # the actor's office word ("…유치원") gives way to the act after the comma
        ("한빛유치원, 새솔동에 쌀 기부", _RICE, "쌀 기부"),
        # a place and a body before the comma: the closing nouns the lead writes name the act
        ("누리시 마을공동체, 연말 맞이 바다마을에 털목도리 나눔 활동", _SCARF, "털목도리 나눔 활동"),
        # a headline cut short ("훈..") writes its act as a means ("…설치로"), the quoted programme with it
        ("새솔면 복지협의체, 「추위야 물렀거라」 방한커튼 설치로 훈..", _CURTAIN, "「추위야 물렀거라」 방한커튼 설치"),
    ],
)
def test_a_single_card_named_by_the_act_not_the_actor(title: str, text: str, named: str) -> None:
    assert _card(title, text) == named


def test_what_opens_a_headline_is_the_actor_only_as_a_body_that_acts() -> None:
    text = "누리군 새솔면 복지협의체는 방한커튼을 달았다."
    assert actor_named("새솔면 복지협의체", "새솔면 복지협의체, 방한커튼 설치", text)
    assert actor_named("유치원", "한빛유치원, 새솔동에 쌀 기부", "")
    # a person or a thing that opens the headline is its topic, not a body that acts
    assert not actor_named("가람 다리", "가람 다리, 30년 만에 새 단장", "가람 다리는 낡았다.")
    assert not actor_named("쌀 기부", "한빛유치원, 새솔동에 쌀 기부", "")
    # a place and its programme: the programme is the topic
    assert not actor_named("텃밭은행", "새솔군 텃밭은행, 회원 모집", "새솔군 텃밭은행이 회원을 모집한다.")


def test_a_headlines_act_is_a_whole_phrase_of_nouns() -> None:
    text = "새솔 청년센터는 마을 예술의 쉼터로 활약했다. 한빛유치원은 쌀을 기부했다."
    # "예술의 쉼터 활약": the phrase goes on before the genitive, no name of its own
    assert headline_act("새솔 청년센터, 마을 예술의 쉼터 활약", text) is None
    # a verb closes the headline: no noun phrase of the act
    assert headline_act("새솔 청년센터, 바다마을에 큰 힘 보태", text) is None
    # one noun alone is no phrase
    assert headline_act("새솔 청년센터, 103년 만에 결빙", text) is None
    assert headline_act("한빛유치원, 새솔동에 쌀 기부", text) == "쌀 기부"
    # the figure right before the act is what the act counts; a manner word says how it went
    assert headline_act("새솔 국화박람회, 관람객 10만 돌파", text) is None
    assert headline_act("새솔 국화박람회, 성황리 폐막", "박람회가 폐막했다.") is None


_WORKSHOP = (
    "- 누리군 ‘어르신 일자리’ 현장을 가다…경로당손일터에 웃음꽃 -\n\n"
    "누리군 새솔면의 한 경로당 회원들이 요즘 그물 엮기에 한창이다.\n\n"
    "누리군이 올해 처음 연 경로당손일터 사업에 이 경로당이 뽑히면서 일감이 생겼다.\n\n"
    "올해 9월 경로당은 이웃 어구업체와 협약을 맺고 그물을 납품하기로 했다.\n\n"
    "경로당 회원 10명은 두 달 동안 그물 150개를 엮었다.\n\n"
    "수익 일부는 경로당 운영비로 쓰고 나머지는 경로당 이웃 돕기에 보탠다.\n\n"
    "누리군은 경로당손일터를 내년에 다섯 곳으로 늘릴 방침이다."
)

_FUND = (
    "- 새솔어린이집 원생, 벼룩시장 수익금 50만원 장학기금 기부 -\n\n"
    "새솔어린이집 꼬마들이 모은 돈이 지역 학생들의 장학금이 된다.\n\n"
    "새솔어린이집 원생 15명이 5일 누리군청을 찾아 누리장학회에 장학기금 50만원을 기부했다.\n\n"
    "돈은 지난달 어린이집 마당에서 열린 벼룩시장에서 모였다.\n\n"
    "원생들은 집에서 읽지 않는 그림책과 작아진 옷을 가져와 친구들에게 팔았다.\n\n"
    "어린이집은 해마다 나눔 교육을 이어 오고 있다."
)


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        # a bare facility word gives way to the programme the article writes with it
        ("새솔 바다경로당 회원들, 그물 엮으며 웃음꽃", _WORKSHOP, "경로당손일터"),
        # a day and a building are where the act took place: the subtitle's act names the card
        ("새솔 꼬마들, 고사리 손 모아 선배들 응원", _FUND, "벼룩시장 수익금 장학기금 기부"),
    ],
)
def test_a_bare_word_of_who_or_where_gives_way(title: str, text: str, named: str) -> None:
    assert _card(title, text) == named


def test_a_bare_word_never_widens_to_a_body_that_acts() -> None:
    from kosum.pipeline.bare import widened
    from kosum.pipeline.preprocess import split_sentences

    text = "새솔면 주민자치회가 꽃길을 가꿨다. 주민자치회 회원 20명이 나섰다. 주민들은 반겼다."
    sentences, _ = split_sentences(text, [(0, text)])
    assert widened("주민", "", sentences, text) == "주민"
    assert widened("꽃길", "", sentences, text) == "꽃길"  # no who or where: as it is


def test_what_is_bare() -> None:
    assert bare("경로당", "")
    assert bare("장애인", "")
    assert bare("5일 누리군청", "")
    assert not bare("경로당손일터", "")
    assert not bare("5일 장터", "")
