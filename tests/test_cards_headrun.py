"""A one-card article whose headline gives no topic phrase, and whose body's key phrase the headline
does not write (a word in passing), is named by the headline's own run of nouns that holds an act
(:mod:`kosum.pipeline.headrun`): a cut or a question's noun run, a role and its act ("…문화유산으로 지정된다" →
"문화유산 지정"); a key phrase the headline writes stays; a quoted name that qualifies the phrase after
it ("‘…’의 …") is no topic alone (:func:`~kosum.pipeline.topic.headline_topic`)."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.headrun import headed_key, headline_run
from kosum.pipeline.topic import headline_topic

#: A release whose headline is cut after its verb; its body speaks of the peers the council stands for most.
CUT = (
    "새솔군 청소년의회, 도지사상 수상 등 결실 맺어...\n\n"
    "새솔군 청소년의회가 지난 19일 활동 발표회와 직업 탐방을 끝으로 올해 활동을 마쳤다.\n\n"
    "의회는 또래들의 뜻을 모아 조례 제안과 거리 캠페인을 펼쳤다. 이런 활동으로 청소년 정책 공모전에서 "
    "도지사상을 수상했다. 도지사상 수상은 의회가 올해 거둔 가장 큰 결실이다.\n\n"
    "발표회에서는 또래 청소년들이 직접 만든 활동 영상을 함께 보았다. 직업 탐방에서는 또래 청소년들이 "
    "직업 세계를 살폈다.\n\n"
    '군 관계자는 "또래 청소년들의 열정이 만든 결실"이라고 말했다.'
)
#: A court's view, written as a verb in the article.
ASKED = "법원은 지난 3일 캠프를 연 단체가 치료비를 내야 한다고 판단했다. 단체는 항소를 검토한다."
#: A headline that writes its subject before the comma and the role given as a verb after it.
ROLE_TEXT = (
    "한빛군 옛 사당 두 채를 문화유산으로 지정 예고했다. 사당은 돌계단과 담장으로 둘러싸인 건물이다. "
    "두 사당은 돌계단을 쌓은 방식이 독특하다. 군은 30일 동안 의견을 들은 뒤 지정을 확정한다."
)


def test_a_cut_headline_names_its_card_by_its_noun_run_not_a_word_in_passing() -> None:
    assert [s.area for s in summarize(CUT).sections] == ["도지사상 수상 등 결실"]


def test_the_headline_run_holds_an_act_the_article_writes() -> None:
    assert headline_run("새솔중 캠프 사고...법원의 판단은?", ASKED) == "법원의 판단"
    assert headline_run("한빛군 옛 사당, 문화유산으로 지정된다", ROLE_TEXT) == "문화유산 지정"


def test_a_headline_with_no_act_in_a_noun_run_gives_none() -> None:
    assert headline_run("연말 맞아 새솔동 곳곳에 따뜻한 손길", "새솔동에 온정이 이어졌다.") is None
    assert headline_run("새해 여행 경비, 얼마로 계산하나요?", "여행 경비를 얼마로 계산하는지 물었다.") is None


def test_a_key_phrase_the_headline_writes_stays() -> None:
    assert headed_key("사당", "한빛군 옛 사당, 문화유산으로 지정된다", ROLE_TEXT) == "사당"
    assert headed_key("돌계단", "한빛군 옛 사당, 문화유산으로 지정된다", ROLE_TEXT) == "문화유산 지정"


def test_a_quoted_name_with_the_genitive_is_no_topic_alone() -> None:
    text = "새솔문고의 책 축제가 지난 5일 끝났다. 새솔문고는 책 축제를 10년 동안 열었다. 책 축제에는 3천 명이 왔다."
    assert headline_topic("‘새솔문고’의 마지막 책 축제 성료... 3천 명 찾아", text) == "마지막 책 축제"
