"""A short gift release whose headline's noun phrase names nothing gets its one card named by the gift
(:mod:`kosum.pipeline.giftname`): the thing given and the act of giving, as the headline writes them,
whether the giver's name and post, a department tag or a cut end stand around them; one fact and a
quote still make no card, and an amount alone names none."""

from __future__ import annotations

from kosum import summarize
from kosum.options import SummaryOptions
from kosum.pipeline.cards import find_cards
from kosum.pipeline.giftname import gift_name
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

#: A gift of rice whose headline writes the giver's name and post, then where it went.
POSTED = (
    "새솔상회 한누리 대표, 바다동에 백미 기탁\n\n"
    "새솔상회(대표 한누리)는 지난 4일 바다동 주민센터를 찾아 백미 10kg들이 30포를 기탁했다.\n\n"
    "기탁된 백미는 관내 홀몸 어르신과 저소득 가정 30세대에 전달될 예정이다.\n\n"
    '한누리 대표는 "따뜻한 겨울을 보내시길 바란다"고 말했다.\n\n'
    "한편, 새솔상회는 2019년부터 해마다 이웃 돕기 성금을 내 왔다."
)
#: A site's headline cut after the act written with a particle of means.
CUT_TITLE = "한빛군 별빛봉사회 한가람 회장, 백미 기부로 .."
CUT = (
    "한빛군 별빛봉사회 한가람 회장은 최근 구름면 나눔협의체에 백미 20kg들이 25포를 기부했다.\n\n"
    "한가람 회장은 2018년부터 해마다 쌀을 기부해 왔으며, 이번 기부도 그 뜻을 이은 것이다.\n\n"
    '협의체 위원장은 "소중한 쌀을 꼭 필요한 가정에 전하겠다"고 전했다.\n\n'
    "구름면 지역사회보장협의체는 주민과 기관이 함께 도움이 필요한 가정을 찾아 돕고 있다."
)
#: A gift written before the headline's comma, a department tag in brackets at its end.
TAGGED = (
    "연말 잇따르는 장학금 기부, 배움의 길에 힘 보태(교육지원과)\n\n"
    "새솔군은 지난 15일 새솔농협과 바다신협이 각각 300만 원씩, 모두 600만 원의 장학금을 "
    "새솔군장학회에 기탁했다고 밝혔다.\n\n"
    "기탁된 장학금은 새솔군장학회가 해마다 고르는 성적 우수 학생과 형편이 어려운 학생에게 쓰인다.\n\n"
    "장학회는 내년 2월 장학생 40명을 뽑을 계획이다.\n\n"
    '새솔농협 조합장은 "학생들이 꿈을 키우는 데 보탬이 되길 바란다"고 말했다.'
)
#: One fact and a quote: the summary says it all.
ONE_FACT = (
    "새솔시 한빛봉사회, 바다동에 백미 기탁\n\n"
    "새솔시 한빛봉사회는 지난 2일 바다동 행정복지센터에 백미 20포를 기탁했다.\n\n"
    '봉사회장은 "어려운 이웃에게 힘이 되길 바란다"고 말했다.'
)


def _cards(text: str, title: str | None = None) -> list[tuple[str, str | None, list[str]]]:
    return [(s.area, s.policy, [b.text for b in s.bullets]) for s in summarize(text, title=title).sections]


def test_a_gift_whose_headline_names_the_giver_and_post_is_named_by_the_gift() -> None:
    assert _cards(POSTED) == [
        (
            "백미 기탁",
            "복지",
            [
                "새솔상회는 지난 4일 바다동 주민센터를 찾아 백미 10kg들이 30포 기탁",
                "기탁된 백미는 관내 홀몸 어르신과 저소득 가정 30세대에 전달될 예정",
                "새솔상회는 2019년부터 해마다 이웃 돕기 성금을 내 옴",
            ],
        )
    ]


def test_a_cut_headline_names_the_gift_written_with_a_particle_of_means() -> None:
    assert [name for name, _policy, _bullets in _cards(CUT, CUT_TITLE)] == ["백미 기부"]


def test_a_gift_before_the_comma_of_a_headline_with_a_department_tag_names_the_card() -> None:
    assert _cards(TAGGED) == [
        (
            "장학금 기부",
            "교육",
            [
                "기탁된 장학금은 새솔군장학회가 해마다 고르는 성적 우수 학생과 형편이 어려운 학생에게 쓰임",
                "장학회는 내년 2월 장학생 40명을 뽑을 계획",
            ],
        )
    ]


def test_one_fact_and_a_quote_make_no_card_though_the_headline_names_a_gift() -> None:
    doc = preprocess(ONE_FACT)
    assert find_cards(doc, find_structure(doc), SummaryOptions()).cards == ()


def test_the_gift_name_leaves_out_figures_and_amounts_and_needs_a_thing() -> None:
    text = "새솔상회는 쌀 40포를 기부했다. 한빛장학금 100만 원과 장학금을 함께 기탁했다. 이웃돕기 성금도 냈다."
    assert gift_name("새솔상회 한누리 대표, 쌀 40포 기부", text) == "쌀 기부"
    assert gift_name("새솔상회, 이웃돕기 성금 100만 원 기탁", text) == "이웃돕기 성금 기탁"
    assert gift_name("새솔상회, 한빛재단에 150만 원 기탁", text) is None
    assert gift_name("새솔시, 익명의 기부자 찾아 감사패", text) is None


def test_a_compound_the_article_does_not_write_gives_its_head_noun() -> None:
    text = "새솔상회는 새솔장학회로 장학금 70만 원을 기탁했다."
    assert gift_name("새솔상회 한누리 대표, 한빛장학금 100만 원 기탁", text) == "장학금 기탁"
