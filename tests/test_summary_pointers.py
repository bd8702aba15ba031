"""A summary sentence that leans on the sentence before it is shown only right after that one, and a
bare office topic ("군은 …") never opens a summary (own-written articles)."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.vocab.bullets import ANAPHORIC_OPENING, LEANING_OPENING

WALK = "\n\n".join(
    [
        "한빛시, 해안 산책로 새 단장",
        "한빛시는 해안 산책로 정비 사업을 마치고 오는 10일 시민에게 개방한다고 3일 밝혔다.",
        "산책로는 총 길이 4.2㎞로, 시는 사업비 35억 원을 들여 낡은 데크를 교체하고 가로등 80개를 새로 "
        "설치했다. 지난해 여름 태풍으로 데크 일부가 무너져 산책로가 석 달간 폐쇄됐다. 이로 인해 인근 "
        "상가의 매출이 절반 가까이 줄었다. 이 밖에도 시는 산책로 입구에 주차장 120면을 새로 만들었다.",
        '시는 개방 첫 주말에 걷기 행사를 열 계획이다. 김민수 시장은 "시민들이 안전하게 바다를 즐기길 바란다"고 말했다.',
    ]
)

FERRY = "\n\n".join(
    [
        "새솔군, 섬 주민 여객선 운임 지원 확대",
        "군은 내년부터 섬 주민의 여객선 운임을 1회 1천 원으로 낮춘다. 새솔군은 이를 위해 예산 12억 원을 "
        "편성했다고 4일 밝혔다.",
        "지원 대상은 새솔군 섬 지역에 주소를 둔 주민 3천200명이다. 운임 지원은 새솔항과 누리도를 잇는 "
        "4개 항로에 적용된다.",
    ]
)


HOUSES = "\n\n".join(
    [
        "새솔군, 빈집 나눔 첫 거래 성사",
        "새솔군은 빈집 나눔 사업을 시작한 지 한 달 만에 첫 거래가 이뤄졌다고 5일 밝혔다. 누리면에 등록된 "
        "빈집이 도시 귀농 희망자와 이어져 첫 매매가 성사됐다.",
        "한편 '낡은 집 다시 짓기' 지원으로 지은 첫 집이 지난달 완공됐다. 이 제도는 귀농인이 사들인 빈집을 "
        "허물고 새로 지으면 한 채에 2,500만 원까지 보탠다.",
        "군 관계자는 빈집을 고쳐 귀농인의 보금자리로 삼겠다고 말했다.",
    ]
)


def test_a_programme_named_back_comes_only_after_the_one_that_introduced_it() -> None:
    # "이 제도는 … 최대 2,500만 원" right after the sale would give the sale's programme the other one's grant
    for count in (2, 3, 4):
        result = summarize(HOUSES, engine="extractive", sentences=count)
        chosen = result.summary_sources
        for i in chosen:
            if result.sentences[i].text.startswith("이 제도는"):
                assert i - 1 in chosen, (count, result.summary)


def test_a_noun_set_beside_another_leans_on_the_sentence_before() -> None:
    from kosum.engines.standing import leans
    from kosum.pipeline.preprocess import preprocess

    doc = preprocess(
        "누리문고는 과징금 300만 원을 냈다. 한빛서점 역시 과징금 200만 원을 냈다. 누리시 역시 점검에 나섰다."
    )
    assert [leans(s) for s in doc.sentences] == [False, True, True]
    plain = preprocess("한빛서점은 역시 인기가 많았다. 새솔군은 올해 쉼터 12곳을 새로 열었다.")
    assert not any(leans(s) for s in plain.sentences)


def _leans(text: str) -> bool:
    return bool(ANAPHORIC_OPENING.match(text) or LEANING_OPENING.match(text))


def test_a_leaning_sentence_comes_only_right_after_the_one_it_leans_on() -> None:
    for count in (2, 3, 4):
        result = summarize(WALK, engine="extractive", sentences=count)
        chosen = result.summary_sources
        assert chosen
        for i in chosen:
            if _leans(result.sentences[i].text):
                assert i - 1 in chosen, (count, result.sentences[i].text)


def test_the_addition_to_a_skipped_sentence_gives_way_to_the_next_best() -> None:
    result = summarize(WALK, engine="extractive", sentences=3)
    chosen = [result.sentences[i].text for i in result.summary_sources]
    assert len(chosen) == 3
    assert not any(s.startswith("이 밖에도") for s in chosen)


def test_a_bare_office_topic_does_not_open_the_summary() -> None:
    for count in (1, 2, 3):
        result = summarize(FERRY, engine="extractive", sentences=count)
        first = result.sentences[result.summary_sources[0]].text
        assert not first.startswith("군은"), (count, first)
