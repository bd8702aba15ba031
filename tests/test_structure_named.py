from __future__ import annotations

from kosum.pipeline.named import lead_names
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

TWO = (
    "새솔군, 마을 찾아가는 목욕차·반찬 나눔 기부 모금\n\n"
    "새솔군이 외딴 마을 노인 돌봄을 위한 기부금을 모은다.\n\n"
    "몸이 아픈 노인의 목욕을 맡는 '새솔 이동목욕차 운영비' 8천만원, "
    "홀로 사는 어르신에게 반찬을 전하는 '바다마을 반찬나눔 운영비' 2천만원을 모은다.\n\n"
    "새솔 이동목욕차는 군이 지난해부터 운영하는 찾아가는 목욕 서비스다.\n\n"
    "목욕 차량 1대가 외딴 마을을 돌며 어르신 목욕을 돕고 있다. 올해 10월까지 목욕차 이용은 900건에 이른다.\n\n"
    "바다마을 반찬나눔은 주민 봉사단이 만든 반찬을 홀몸 어르신 집에 전하는 사업이다.\n\n"
    "봉사단 40명이 매주 반찬 300개를 만들어 나른다. 반찬 재료는 지역 농가가 내놓는다."
)


def test_quoted_names_of_a_lead_each_taken_up_by_their_own_paragraphs_are_cards() -> None:
    segments = find_structure(preprocess(TWO)).segments
    assert [s.area for s in segments] == ["새솔 이동목욕차 운영비", "바다마을 반찬나눔 운영비"]
    doc = preprocess(TWO)
    first, second = (" ".join(doc.sentences[i].text for i in s.sentences) for s in segments)
    assert "목욕차 이용은 900건" in first and "반찬" not in first.replace("반찬나눔", "")
    assert "봉사단 40명" in second and "목욕" not in second


def test_quoted_names_that_no_paragraph_opens_with_name_no_cards() -> None:
    # an award and its nickname: one event, its paragraphs open with the school, not with the names
    one = (
        "새솔중, 과학교육대상 받아\n\n"
        "새솔중학교가 '과학교육대상'을 받았다. 이 상은 '과학 교사의 꽃'으로 불린다.\n\n"
        "새솔중학교는 3년 동안 탐구 수업을 이어왔다. 학생 동아리 12개가 연구 발표회를 열었다.\n\n"
        "학교는 지역 대학과 함께 실험 교실도 운영했다. 실험 교실에는 학생 200명이 참여했다.\n\n"
        "시상식은 오는 20일 서울에서 열린다."
    )
    doc = preprocess(one)
    assert find_structure(doc).segments == ()
    openings = [doc.sentences[i] for i in range(len(doc.sentences))]
    assert lead_names(doc.sentences[:3], openings) is None


def test_lead_names_gives_the_sentence_and_its_names() -> None:
    doc = preprocess(TWO)
    found = lead_names(doc.sentences, doc.sentences)
    assert found is not None
    assert found[1] == ["새솔 이동목욕차 운영비", "바다마을 반찬나눔 운영비"]


SECOND = (
    "누리군 귀농 주택 임대, 첫 입주자 맞아\n\n"
    "누리군이 귀농인 임대주택 사업을 시작한 지 두 달 만에 첫 입주자를 맞았다.\n\n"
    "또한 따로 추진하는 '마을 쉼터 고쳐 쓰기' 사업에서도 첫 쉼터가 문을 열었다.\n\n"
    "첫 임대주택에는 도시에서 온 부부가 들어왔다. 임대주택 월세는 10만 원이다.\n\n"
    "임대주택은 빈 농가를 군이 사들여 고친 집이다. 군은 올해 임대주택 5채를 마련했다.\n\n"
    "이와 함께 누리면에서 추진된 '마을 쉼터 고쳐 쓰기' 사업 첫 쉼터도 지난주 문을 열었다. "
    "낡은 창고를 고친 쉼터에는 주민 30명이 모일 수 있다.\n\n"
    "군은 내년까지 쉼터 5곳을 더 고칠 계획이다."
)


def test_a_second_matter_the_lead_adds_and_a_cued_paragraph_takes_up_is_a_card() -> None:
    doc = preprocess(SECOND)
    segments = find_structure(doc).segments
    assert len(segments) == 2
    assert segments[1].area == "마을 쉼터 고쳐 쓰기"
    first = " ".join(doc.sentences[i].text for i in segments[0].sentences)
    second = " ".join(doc.sentences[i].text for i in segments[1].sentences)
    assert "월세는 10만 원" in first and "쉼터" not in first
    assert "주민 30명" in second and "쉼터 5곳" in second and "임대주택" not in second


def test_a_quoted_name_the_lead_does_not_add_as_a_matter_makes_no_second_card() -> None:
    # the same release with a lead that names the programme as a reason, not as another matter
    text = SECOND.replace(
        "또한 따로 추진하는 '마을 쉼터 고쳐 쓰기' 사업에서도 첫 쉼터가 문을 열었다.",
        ("군은 지난해 '마을 쉼터 고쳐 쓰기' 사업의 경험을 살려 이 사업을 만들었다."),
    )
    assert find_structure(preprocess(text)).segments == ()
