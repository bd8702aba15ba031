"""Cards: a single card's name is a matter its sentences speak of. A name whose head the lead does not
write and few sentences write (a new item the headline picks out of a whole budget; a headline's aside
written twice in a long story) gives way to the headline's other clause or to the lead's phrase most
sentences speak of (:mod:`kosum.pipeline.passing`, :mod:`kosum.pipeline.leadmatter`); a name the
sentences do speak of stays."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.leadmatter import lead_matter, speaks_of
from kosum.pipeline.preprocess import preprocess

_BUDGET = (
    "새솔시, 청년 창업 '두드림기금' 신설한다\n\n"
    "새솔시는 1조 2,300억 원 규모의 2027년도 일반회계 본예산이 15일 시의회 본회의를 통과해 확정됐다고 밝혔다.\n\n"
    "이는 전년보다 800억 원 줄어든 규모로, 지방교부세 감소에 따른 것이다. "
    "시는 살림이 줄어도 복지와 일자리에 먼저 돈을 나눴다. "
    "내년 예산에는 노인 돌봄 120억 원, 도로 정비 90억 원 등 핵심 사업이 반영됐다.\n\n"
    "특히 청년 창업을 돕기 위해 30억 원 규모의 '두드림기금'을 새로 만들었다. "
    "창업 초기 자금 부담을 덜어 주려는 취지다.\n\n"
    "아울러 국비 지원이 늦어진 사업은 내년 3월 추가경정예산에 반영해 대응한다. "
    "시는 앞으로도 예산을 아껴 쓰는 재정 운용을 이어갈 계획이다."
)

_FUND = (
    "한빛군, 청년 창업 '두드림기금' 신설한다\n\n"
    "한빛군은 청년 창업을 돕는 30억 원 규모의 '두드림기금'을 새로 만들었다고 밝혔다.\n\n"
    "두드림기금은 창업 3년 이내 청년에게 최대 2천만 원을 빌려준다. 이자는 군이 모두 낸다. "
    "두드림기금 신청은 다음 달 1일부터 군청 누리집에서 받는다.\n\n"
    "군은 두드림기금과 함께 창업 공간도 빌려줄 계획이다. 올해 두드림기금 지원 대상은 50명이다.\n\n"
    "군수는 청년들이 마음 놓고 창업에 나서길 바란다고 말했다."
)

_CROSSING = (
    "횡단보도 녹색불 길어진다…한빛시 어린이 교통사고 대책\n\n"
    "한빛시가 어린이 교통사고를 줄이기 위한 대책을 내놓았다.\n\n"
    "시는 올해 학교 앞에서 어린이 교통사고가 지난해보다 크게 늘었다고 밝혔다. "
    "대책에 따라 학교 앞 도로의 차량 제한속도는 시속 20킬로미터로 낮아진다. "
    "횡단보도의 녹색불도 지금보다 5초 길어진다. "
    "차량 신호가 바뀐 뒤 2초가 지나야 녹색불이 켜진다.\n\n"
    "시는 학교 앞에 단속 카메라 40대를 더 달기로 했다. 등하굣길에는 교통 지도 인력도 배치된다. "
    "학부모 모임과 함께 안전 교실도 연다.\n\n"
    "지난해 한빛시에서 일어난 어린이 교통사고는 모두 210건이었다. 이 가운데 절반이 등하굣길에 일어났다.\n\n"
    "시 관계자는 어린이 교통사고를 절반으로 줄이는 것이 목표라고 말했다. 대책은 다음 달부터 시행된다."
)


def _names(text: str) -> list[str]:
    return [s["area"] for s in summarize(text).to_dict()["sections"]]


def test_a_release_on_the_whole_budget_is_not_named_by_its_one_new_item() -> None:
    assert _names(_BUDGET) == ["2027년도 일반회계 본예산"]


def test_a_release_on_the_new_item_keeps_its_name() -> None:
    assert _names(_FUND) == ["두드림기금"]


def test_a_story_is_named_by_its_news_not_by_an_aside_of_two_sentences() -> None:
    assert _names(_CROSSING) == ["어린이 교통사고 대책"]


def test_a_noun_of_the_same_head_speaks_of_it() -> None:
    doc = preprocess("새솔시 소식\n\n내년 예산은 복지에 많이 쓰인다. 도로를 넓힌다.")
    assert speaks_of("본예산", doc.sentences[0])
    assert not speaks_of("본예산", doc.sentences[1])


def test_the_lead_phrase_most_sentences_speak_of_names_the_matter() -> None:
    doc = preprocess(_BUDGET)
    assert lead_matter(doc.sentences, doc.text) == "2027년도 일반회계 본예산"


def test_a_person_in_the_lead_names_no_matter_what_the_lead_reports_does() -> None:
    doc = preprocess(
        "새솔 소식\n\n가람 시인이 새 시집을 냈다. 가람 시인은 바다를 노래했다. 가람 시인은 상을 받았다. "
        "가람 시인의 시집은 잘 팔린다."
    )
    assert lead_matter(doc.sentences, doc.text) == "시집"
