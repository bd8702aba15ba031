"""Cards of the blind panel's single-card names, on own-written releases: a card says what was done.

Where the headline names no topic (a slogan, a donor's name, a cut headline), the lead's act of giving
and its object name the card ("…에 장학금 300만 원을 기탁했다" → "장학금 기탁"), a short release's too,
and a lead that announces the act ("…을 기부했다고 밝혔다") is closed by it; a headline's topic
written as one word where the article spaces it ("헌혈행사", "헌혈 행사") is still its topic; a word
with a Hanja gloss is one word of the name ("차(茶)마루 팸투어"); a pair "A·B 부부" that the article
writes "A, B 부부" elsewhere keeps its first item.
"""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.edges import with_pair
from kosum.pipeline.leadobject import lead_object
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.topic import headline_topic


@pytest.mark.parametrize(
    ("lead", "named"),
    [
        ("새솔면장은 지난 3일 면사무소에서 장학금 100만 원을 새솔장학회에 기탁했다.", "장학금 기탁"),
        # figures, a bracketed amount and the object of a verb before the act are left out
        ("한빛유치원은 이웃을 돕기 위해 쌀 10kg 30포대(약 90만원 상당)를 동 행정복지센터에 기부했다.", "쌀 기부"),
        ("누리회는 나눔을 위한 겨울 이불 40채를 봉사회를 통해 경로당에 전달했다.", "겨울 이불 전달"),
        # a lead that announces the act it reports ("…했다고 밝혔다") is closed by that act
        ("새솔동은 지난 2일 한빛봉사회에서 털모자 등 50만원 상당의 방한용품을 기부했다고 밝혔다.", "방한용품 기부"),
        ("한빛면은 누리상회가 겨울 이불 30채를 경로당에 전달했다고 전했다.", "겨울 이불 전달"),
        # an amount alone, "총" before its figure included, names no gift; a saying is no announcement
        ("새솔군은 누리의사회가 총 500만 원을 새솔복지재단에 기탁했다고 밝혔다.", None),
        ("한빛면장은 봉사회가 쌀 20포를 기부했다고 말했다.", None),
        # an act that is no giving, an object of who, no object: no name from the lead
        ("새솔군은 지난 4일 보건소에서 겨울철 헌혈 행사를 열었다.", None),
        ("새솔면 봉사회는 홀몸 어르신을 지원했다.", None),
        ("새솔군은 올해 갯벌 축제가 성황리에 끝났다고 밝혔다.", None),
    ],
)
def test_the_lead_act_of_giving_and_its_object(lead: str, named: str | None) -> None:
    sentence = preprocess(lead).sentences[0]
    assert lead_object(sentence, lead) == named


_GIFT = [
    "한빛면장이 지난 12일 면사무소에서 이웃돕기 성금 70만 원을 한빛면 협의체에 기탁했다.",
    "이번 기탁은 한겨울 추위를 견디는 이웃들에게 힘을 보태려고 마련됐다.",
    "기탁된 성금은 난방비 지원과 긴급 생계비 등 복지사업에 쓰일 예정이다.",
    '한빛면장은 "작은 정성이지만 이웃들에게 도움이 되길 바란다"고 말했다.',
    "협의체는 성금을 홀몸 어르신 가구에 나눠 전달할 계획이다.",
]


def test_a_slogan_headline_gives_way_to_the_lead_gift() -> None:
    summary = summarize("\n\n".join(_GIFT), title="한빛면장, 겨울 이웃 곁에 70만 원 온정")
    assert [s.area for s in summary.sections] == ["이웃돕기 성금 기탁"]


def test_a_headline_that_names_the_gift_keeps_its_name() -> None:
    summary = summarize("\n\n".join(_GIFT), title="한빛면 협의체, 복지사업 성금 70만 원 기탁")
    assert [s.area for s in summary.sections] == ["복지사업 성금 기탁"]


def test_a_short_gift_release_is_named_by_the_lead_gift() -> None:
    text = (
        "새솔동 행정복지센터는 지난 2일 한빛봉사회에서 홀몸 어르신을 위한 털모자 40개 등 50만원 상당의 "
        "방한용품을 기부했다고 밝혔다.\n\n"
        "이번 기부는 봉사회 회원들이 연말을 맞아 직접 뜬 털모자와 모은 성금으로 마련한 물품을 "
        "어려운 이웃에 써 달라며 전달했다.\n\n"
        '새솔동장은 "따뜻한 정성을 보내 주신 회원님들께 감사드린다"고 말했다.'
    )
    summary = summarize(text, title="한빛봉사회, 새솔동에 겨울 온기 전하다")
    assert [s.area for s in summary.sections] == ["방한용품 기부"]


def test_a_compound_the_article_spaces_is_the_headline_topic() -> None:
    text = "새솔군은 지난 4일 보건소에서 겨울철 헌혈 행사를 열었다. 주민 80여 명이 헌혈에 참여했다."
    assert headline_topic("새솔군, 겨울철 헌혈행사 마쳐…생명 나눔 물결", text) == "겨울철 헌혈행사"


def test_a_word_with_a_hanja_gloss_is_one_word_of_the_name() -> None:
    text = "새솔시는 지난 14일 여행 작가 20명을 초청해 ‘차(茶)마루’ 팸투어를 운영했다."
    assert headline_topic("차 향기 머문 겨울 새솔, 차(茶)마루 팸투어 개최", text) == "차(茶)마루 팸투어"


def test_a_pair_written_with_a_comma_again_keeps_its_first_item() -> None:
    text = "김솔·이바다 부부, 성금 기탁\n새솔면에 사는 김솔, 이바다 부부가 성금을 냈다. 김솔, 이바다 부부는 웃었다."
    assert with_pair("이바다 부부", text, 20) == "김솔·이바다 부부"
    # without the dotted pair anywhere, the comma joins no pair
    assert with_pair("이바다 부부", text.split("\n", 1)[1], 20) == "이바다 부부"
