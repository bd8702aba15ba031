"""Policy tags of cards: a subject that is no policy area (party politics, elections; a person's death,
a star's news; a criminal case and its trial; defence and diplomacy) tags nothing, and its words count
against the policy areas' margin (own-written examples)."""

from __future__ import annotations

import pytest

from kosum.pipeline.lexicon import _says_body, load_lexicon
from kosum.pipeline.preprocess import preprocess


def _tag(label: str, text: str) -> str | None:
    return load_lexicon().tag(label, list(preprocess(text).sentences))


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # a coalition deal that lists one transit pledge among others: no 교통
        (
            "연립정부 구성",
            "푸른당과 새길당이 밤샘 협상 끝에 연정에 합의했다. 두 당은 시내버스 노선 개편과 세제 개편을 함께 "
            "추진하기로 했다. 새 총리는 다음 주 당원 투표를 거쳐 취임한다.",
            None,
        ),
        # a protest whose wounded went to hospital: no 보건·의료
        (
            "반정부 집회",
            "수도 광장에 시위대 수천 명이 모였다. 부상자 여러 명이 병원으로 옮겨져 치료를 받았다. "
            "정권은 야간 통행을 막았다.",
            None,
        ),
        # a poll whose voters name jobs as their issue: no 일자리·고용
        (
            "대선 여론조사",
            "여론조사에서 두 후보의 지지율 차이가 좁혀졌다. 응답자들은 청년 일자리와 최저임금을 가장 큰 과제로 꼽았다.",
            None,
        ),
        # an idol group's fan day whose one concrete thing is a bus: no 교통 (cards27)
        (
            "2층 버스",
            "아이돌 그룹 별무리가 데뷔 3주년을 맞아 팬클럽 회원 200명과 만났다. 멤버들은 소속사가 빌린 2층 "
            "버스를 타고 도심을 돌며 손을 흔들었다. 팬미팅은 두 시간 동안 이어졌다.",
            None,
        ),
        # an actor's death in hospital: news of a person, not 보건·의료
        (
            "배우 한가람 별세",
            "원로 배우 한가람이 어제 지병으로 입원 치료를 받던 병원에서 별세했다. 향년 81세. 빈소는 새솔병원 "
            "장례식장에 마련됐다.",
            None,
        ),
        # a county concert with an invited singer keeps 문화·관광
        (
            "송년 음악회",
            "새솔군은 군민회관에서 송년 음악회를 열었다. 초청 가수와 군립 합창단이 공연을 펼쳤다. 관람객 500여 "
            "명이 객석을 채웠다.",
            "문화·관광",
        ),
        # a policy card that names an election in passing keeps its tag
        (
            "어린이 통학버스 점검",
            "새솔군은 어린이 통학버스 40대의 안전장치를 점검했다. 점검은 선거 기간 전에 마쳤다.",
            "교통",
        ),
        # a trial whose victim was pregnant: the case, no 여성·가족
        (
            "약사 재판",
            "한빛지법은 임신한 여성에게 약을 판 약사에게 징역 2년을 선고했다. 임산부는 출산 뒤 아이를 잃었다. "
            "재판부는 임산부와 가족의 고통이 크다고 밝혔다.",
            None,
        ),
        # a day-care teacher's trial: the case, no 여성·가족 for its 보육
        (
            "보육교사 학대 재판",
            "한빛지법은 어린이집 아동을 때린 혐의로 기소된 보육교사에게 징역 1년을 선고했다. "
            "재판부는 보육 현장의 신뢰를 무너뜨렸다고 밝혔다.",
            None,
        ),
        # a safety drill that names a crime in passing still tags 안전·재난
        (
            "화재 대피 훈련",
            "한빛군은 군청에서 화재 대피 훈련을 했다. 직원 200명이 소방서 안내에 따라 비상구로 대피했다. "
            "훈련 뒤에는 소화기 사용법을 익혔다.",
            "안전·재난",
        ),
    ],
)
def test_news_about_politics_gets_no_policy_tag(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


def test_an_area_that_is_no_policy_is_never_a_tag_nor_a_headings_area() -> None:
    lexicon = load_lexicon()
    hidden = [area for area in lexicon.areas if not area.policy]
    assert hidden
    for area in hidden:
        assert lexicon.canonical(area.name) is None
        assert lexicon.best(" ".join(word for word, _ in area.keywords)) is None
    assert all(area.policy for area in lexicon.areas if lexicon.canonical(area.name))


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # wind and ice that closed a highway and cut power: a disaster, not 교통
        (
            "강풍과 결빙",
            "강풍과 결빙이 겹친 어젯밤 고속도로 한 구간이 6시간 동안 막혔다. 단전으로 신호등 수십 개가 "
            "꺼졌다. 도로공사는 모래를 뿌리며 차량을 우회시켰다.",
            "안전·재난",
        ),
        # a hurricane that shut a port: a disaster, not 해양·수산
        (
            "허리케인 상륙",
            "허리케인이 해안 도시에 상륙하자 항만과 철도역이 문을 닫았다. 정전 가구는 40만 곳에 이르렀다. "
            "주 정부는 비상사태를 선포했다.",
            "안전·재난",
        ),
        # heavy snow whose roads were closed: the snow weighs against 교통, no tag rather than 교통
        (
            "적설량",
            "산간 마을의 적설량이 80센티미터를 넘었다. 고속도로 두 구간과 버스 노선 세 곳이 통제됐다. "
            "주민들은 집 앞 눈을 치웠다.",
            None,
        ),
    ],
)
def test_storms_and_outages_are_disasters(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # a training on phone fraud: the training is how, not what about: no 교육
        (
            "전화사기 예방 교육",
            "새솔시는 주민 40명을 대상으로 전화사기 예방 교육을 열었다. 이번 교육은 사례 영상과 대응 요령으로 "
            "꾸렸다. 교육은 두 차례 나누어 진행했다.",
            None,
        ),
        # a workshop of a bakers' club: no 교육 from its sessions
        (
            "제빵 동아리 역량강화 교육",
            "한빛군 제빵 동아리 회원 25명이 역량강화 교육을 마쳤다. 교육은 반죽과 발효를 다루는 실습으로 "
            "꾸렸다. 회원들은 교육 뒤 만든 빵을 이웃과 나눴다.",
            None,
        ),
        # a school's own training keeps 교육: its school words say so
        (
            "학부모 진로 교육",
            "새솔교육청은 학부모 200명을 대상으로 진로 교육을 열었다. 교육은 학생의 진학 준비를 돕는 자리다. "
            "중학교와 고등학교 진학 담당 교사가 강사로 나섰다.",
            "교육",
        ),
        # the word alone, or written onto a place, is the area itself
        ("교육", "새솔군은 내년 교육 예산을 늘린다.", "교육"),
        # area words the lexicon lacked: taxes, illnesses, music
        # a car tax bill is public finance
        (
            "상반기 자동차세",
            "한빛시는 상반기 자동차세 9만 건, 41억 원을 부과했다. 납세자는 이달 말까지 은행이나 누리집에서 "
            "낼 수 있다. 기한을 넘기면 체납액에 가산금이 붙는다.",
            "행정·재정",
        ),
        # tuberculosis is health, though a school office tells its pupils about it
        (
            "결핵 예방 주간",
            "새솔교육청은 결핵 예방 주간을 맞아 학생들에게 결핵 증상을 알렸다. 결핵은 기침이 2주 넘게 이어지면 "
            "의심해야 한다.",
            "보건·의료",
        ),
        # forestry is farming, not the shows of its day (cards27)
        (
            "임업인 한마당 잔치",
            "새솔군 임업인 300여 명이 군민회관에 모였다. 행사는 노래자랑과 체육 행사, 공연으로 이어졌다. "
            "임업후계자와 산림조합 조합원들은 한 해 임업 성과를 나눴다.",
            "농업·농촌",
        ),
        # a youth orchestra's concert is culture
        (
            "청소년 오케스트라 연주회",
            "새솔군 청소년 오케스트라가 군민회관에서 정기 연주회를 열었다. 단원 30명은 1년 동안 익힌 곡 7개를 "
            "들려줬다.",
            "문화·관광",
        ),
    ],
)
def test_a_gathering_kind_tags_nothing_and_new_area_words_tag(label: str, text: str, tag: str | None) -> None:
    """cards24: the kind of gathering a label ends in tags nothing; taxes, illnesses and music tag their areas."""
    assert _tag(label, text) == tag


# Donation cards: a sentence that says what kind of body the donor or maker is (its trade) counts for
# no area, and words of giving to the needy count for 복지.
@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # a furniture maker's gift: its trade (crafts, exhibitions) is no 문화·관광 card
        (
            "원목 책상 기부",
            "새솔목공은 지난주 누리동 행정복지센터에 원목 책상 12개를 기부했다. 새솔목공은 공예 작품과 전시용 "
            "가구를 만드는 전문 업체다. 회사 측은 앞으로도 공연 무대 소품 제작 등 지역 예술 활동에 참여하는 "
            "기업으로서 역할을 하겠다고 했다.",
            None,
        ),
        # a steel maker's gift to the needy: its trade (manufacturing) no longer outweighs 복지
        (
            "연말 기부금 전달",
            "바다철강은 누리시에 연말 기부금 3천만원을 전달했다. 기부금은 저소득 가정의 복지사업에 쓰인다. "
            "바다철강은 선박용 강판을 생산하는 제조 기업으로 산업단지 투자와 수출을 늘려 왔다.",
            "복지",
        ),
        # words of giving to the needy: 복지
        (
            "이웃돕기 성금 기탁",
            "한빛상회는 푸른읍에 이웃돕기 성금 200만원을 기탁했다. 성금은 연말을 맞아 불우이웃과 결식 아동에게 "
            "전해진다.",
            "복지",
        ),
        # a firm chosen as a model company: the sentence is about what it was made, and still counts
        (
            "수출 우수 기업",
            "새솔정밀은 올해 수출 유망 기업으로 선정됐다. 회사는 해외 바이어와 투자 협약을 맺고 공장을 증설한다.",
            "기업·투자",
        ),
    ],
)
def test_donor_and_gift_tags(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("새솔목공은 가구를 만드는 전문 업체다.", True),
        ("바다철강은 강판을 생산하는 기업으로 매년 기부해 왔다.", True),
        ("새솔정밀은 수출 유망 기업으로 선정됐다.", False),
        ("군은 지역 기업과 협약을 맺었다.", False),
    ],
)
def test_says_body(text: str, says: bool) -> None:
    sentence = preprocess(text).sentences[0]
    assert _says_body(sentence.morphs) is says


# Area words the lexicon lacked (tags34): food poisoning, hygiene and obesity under 보건·의료;
# literature and concerts under 문화·관광.
@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        (
            "여름철 식중독 예방 점검",
            "푸른군은 급식소 30곳의 조리 위생 상태를 점검했다. 점검반은 식중독균 검사를 위해 조리도구 표본을 거뒀다.",
            "보건·의료",
        ),
        (
            "어린이 비만 예방",
            "새솔군은 초등학생 가정에 걸음 수를 재는 손목 밴드를 나눠 줬다. 비만 위험 아동은 식단 상담을 받는다.",
            "보건·의료",
        ),
        (
            "가곡 음악회",
            "누리도서관은 개관 5주년을 맞아 로비에서 가곡 음악회를 열었다. 성악가 네 명이 무대에 올랐다.",
            "문화·관광",
        ),
    ],
)
def test_new_area_words_tag(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


# Defence and diplomacy have no policy area: an incursion's alert or an envoy's concert tags nothing (tags41).
@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        (
            "무인기 침범",
            "접경 지역 상공에 무인기 다섯 대가 넘어왔다. 군은 밤새 비상 근무를 섰다. 국방부는 비상 대응에 "
            "허점이 있었다고 밝혔다. 추격하던 경공격기 한 대는 사고로 떨어졌다.",
            None,
        ),
        (
            "특사 파견",
            "정부는 남쪽 섬나라의 독립 기념식에 전직 장관을 특사로 보냈다. 특사단은 현지 대사관이 마련한 전통 공연과 "
            "문화 행사에 참석했다.",
            None,
        ),
        (
            # a treaty body's election: its rules name an industry word in passing ("규제", "산업")
            "국제기구 이사국 선출",
            "외교통상부는 우리나라가 독성물질 금지 협약 총회에서 이사국으로 뽑혔다고 밝혔다. 협약은 화학무기에 쓰일 "
            "물질을 규제하고, 규제 물질의 평화적 사용을 검증한다. 당사국은 관련 산업 시설을 신고해야 한다.",
            None,
        ),
    ],
)
def test_defence_and_diplomacy_tag_nothing(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


def test_a_label_headed_by_a_word_of_no_policy_tags_nothing() -> None:
    # "…별세": the card is a death, whatever farm words the words before it and its sentences name
    text = (
        "사과 농가를 일군 귀농 1세대 한바다 씨가 지난 주말 별세했다. 그는 농업인 단체를 이끌며 농산물 직거래 "
        "장터를 열었다. 농촌 마을 주민들이 그를 기렸다."
    )
    assert _tag("사과 농가 한바다 별세", text) is None
    assert _tag("사과 농가 한바다", text) == "농업·농촌"


# Words of two senses are not keywords in the sense they seldom have in policy news: 동상 (a statue,
# not frostbite), 의사 (an intention, not a doctor), 구조 (a structure, not a rescue); the goods of an
# export name its area, not the export; "…환경" after a noun is that noun's conditions (tags41).
@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        (
            "장군 동상 보수",
            "누리시는 광장에 선 장군 동상을 보수한다. 동상 받침돌의 금을 메우고 청동 표면을 닦는다.",
            None,
        ),
        (
            "리그 중계",
            "해외 방송사가 국내 야구 리그를 중계할 의사를 밝혔다. 방송사는 최종 의사 결정을 이달 안에 내린다.",
            None,
        ),
        (
            "유통 구조 개선",
            "새솔군은 농산물 유통 구조를 개선한다. 산지 농가와 소비자를 바로 잇는 직거래 구조로 바꾼다.",
            "농업·농촌",
        ),
        (
            "쌀 수출",
            "새솔군 농협은 쌀 20톤을 유럽 식품 유통업체에 수출했다. 올해 수출 물량은 지난해의 두 배다. 쌀을 기르는 "
            "농가들은 새 판로를 반겼다.",
            "농업·농촌",
        ),
        (
            "주거환경 개선",
            "푸른군은 홀몸 어르신 집 열 곳의 주거환경을 고쳤다. 봉사단은 주거환경 점검표에 따라 "
            "보일러와 창호를 바꿨다.",
            "주거·도시",
        ),
        (
            "철강 위기 대응",
            "누리시는 철강 업계 위기에 대응해 협력업체 자금을 지원한다. 철강 수요가 줄며 가동을 멈춘 "
            "협력업체가 늘었다.",
            "기업·투자",
        ),
        (
            "해상풍력 단지",
            "푸른군 앞바다에 해상풍력 단지가 들어선다. 해상풍력 발전기 40기가 해상에서 전기를 만든다.",
            "환경·기후",
        ),
    ],
)
def test_words_of_two_senses_and_whose_goods(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag
