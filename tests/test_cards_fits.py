"""A single-topic card's bullets speak of its topic (:mod:`kosum.pipeline.fits`), on own-written
articles: a bulletin's unrelated item and a story's paragraph about another actor's matter are left
to the summary; a release's paragraphs about its programme ("또한 …") all stay."""

from __future__ import annotations

from kosum import summarize
from kosum.options import SummaryOptions
from kosum.pipeline.cards import find_cards
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

_BULLETIN = (
    "2031년 4월 9일 누리시 주간 브리핑\n\n"
    "누리시 주간 브리핑을 전해 드립니다. "
    "누리시 물빛다리 보수공사는 이번 주에도 이어졌습니다. "
    "물빛다리 보수공사 현장에서는 교각 두 곳의 철근을 새로 감았습니다. "
    "시는 물빛다리 보수공사가 다음 달 말에 끝난다고 설명했습니다. "
    "국회에서는 여야 대표단이 만나 예산안을 논의했지만 합의에 이르지 못했습니다. "
    "주말에는 비가 오고 기온이 크게 떨어지겠습니다."
)

_STORY = (
    "새솔시 겨울 축제, 눈썰매장 개장\n\n"
    "새솔시는 오는 20일 바다공원에서 겨울 축제를 열고 눈썰매장을 개장한다고 밝혔다. "
    "눈썰매장은 길이 120m 슬로프 두 개로 꾸며졌다. "
    "축제 기간에는 얼음 조각 전시와 군밤 굽기 체험도 마련된다.\n\n"
    "눈썰매장 이용료는 어린이 3천 원, 어른 5천 원이다. "
    "축제는 내년 2월 말까지 이어진다.\n\n"
    "한빛군 김누리 군수는 같은 날 업무상 배임 혐의로 검찰에 소환됐다. "
    "검찰은 김 군수가 군 예산 집행 과정에서 특정 업체에 특혜를 줬는지 조사하고 있다.\n\n"
    '새솔시 관계자는 "많은 가족이 겨울 축제를 즐기길 바란다"고 말했다.'
)

_RELEASE = (
    "새솔시, 청년 창업 지원사업 참가자 모집\n\n"
    "새솔시는 청년 창업 지원사업에 참여할 청년 30명을 모집한다고 밝혔다. "
    "선정된 청년에게는 창업 자금 1천만 원과 사무 공간이 주어진다.\n\n"
    "또한 시는 전문가 멘토링과 판로 개척 교육을 함께 운영한다. "
    "신청 기간은 다음 달 1일부터 15일까지다.\n\n"
    "신청 자격은 새솔시에 사는 만 19세부터 39세까지의 예비 창업자다. "
    "서류 심사와 면접을 거쳐 최종 참가자를 뽑는다.\n\n"
    '새솔시 관계자는 "청년들의 꿈을 돕겠다"고 말했다.'
)


def _bullets(text: str) -> list[str]:
    return [b.text for s in summarize(text).sections for b in s.bullets]


def _fits(text: str) -> list[str]:
    doc = preprocess(text)
    structure = find_structure(doc)
    (card,) = find_cards(doc, structure, SummaryOptions()).cards
    return [doc.sentences[i].text for i in card.fits or card.sentences]


def test_a_bulletins_unrelated_item_is_no_bullet_of_its_card() -> None:
    bullets = _bullets(_BULLETIN)
    assert not any("대표단" in b for b in bullets), bullets
    assert "물빛다리 보수공사 현장에서는 교각 두 곳의 철근을 새로 감음" in bullets
    assert "국회에서는 여야 대표단이 만나 예산안을 논의했지만 합의에 이르지 못했습니다." not in _fits(_BULLETIN)


def test_a_paragraph_about_another_actors_matter_is_no_bullet_of_the_card() -> None:
    bullets = _bullets(_STORY)
    assert not any("군수" in b or "검찰" in b for b in bullets), bullets
    assert "눈썰매장 이용료는 어린이 3천 원, 어른 5천 원" in bullets
    fits = _fits(_STORY)
    assert "한빛군 김누리 군수는 같은 날 업무상 배임 혐의로 검찰에 소환됐다." not in fits
    assert "축제는 내년 2월 말까지 이어진다." in fits


def test_a_lone_sentence_with_a_new_actor_goes_on_with_the_story() -> None:
    # one sentence with new words is the story's next step, not another matter: it stays
    story = _STORY.replace(
        "한빛군 김누리 군수는 같은 날 업무상 배임 혐의로 검찰에 소환됐다. "
        "검찰은 김 군수가 군 예산 집행 과정에서 특정 업체에 특혜를 줬는지 조사하고 있다.",
        "바다공원 상인회는 방문객에게 따뜻한 차를 나눠 준다.",
    )
    assert "바다공원 상인회는 방문객에게 따뜻한 차를 나눠 준다." in _fits(story)


def test_a_releases_bullets_all_stay() -> None:
    doc = preprocess(_RELEASE)
    (card,) = find_cards(doc, find_structure(doc), SummaryOptions()).cards
    assert card.fits == card.sentences
    assert _bullets(_RELEASE) == [
        "선정된 청년에게는 창업 자금 1천만 원과 사무 공간이 주어짐",
        "전문가 멘토링과 판로 개척 교육을 함께 운영",
        "신청 기간은 다음 달 1일부터 15일까지",
        "신청 자격은 새솔시에 사는 만 19세부터 39세까지의 예비 창업자",
    ]
