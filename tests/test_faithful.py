"""Bullets never say what the article does not: each is a faithful reduction of one source clause.

Own-written examples of every pattern an editor struck, and properties over generated sentences.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kosum import summarize
from kosum.engines.bullets import bare_list, make_bullet
from kosum.engines.clauses import subjectless_copula
from kosum.engines.features import analyze
from kosum.engines.form import defect

ARTICLE = (
    "한빛시, 겨울철 취약계층 지원과 해안 관리 강화\n\n"
    "한빛시는 겨울철을 맞아 취약계층 지원과 해안 관리를 강화한다고 2일 밝혔다.\n\n"
    "■ 취약계층 지원\n\n"
    "한빛시(시장 김민수)는 15일 가람기업과 누리중공업이 방역물품 800세트를 기부했다고 밝혔다. "
    "시는 기부받은 물품을 경로당 120곳을 통해 어르신들에게 전달할 계획이다. 주요 증상은 가려움과 발진 "
    "등이며, 노인과 어린이 등 취약계층은 각별한 주의가 필요하다.\n\n"
    "■ 해안 관리\n\n"
    "서해안과 동해안은 연평균 3.0㎜ 수준의 상승률을 보였고, 남해안은 2.6㎜로 상대적으로 완만한 상승 경향을 "
    "보였다. 시는 5개월간의 연구용역을 통해 해안 관리 계획을 수립했다. 해안 정비 사업은 내년 3월 착공할 "
    "예정이며, 총사업비는 120억 원이다. 국비를 확보하지 못하면 사업은 1년 늦춰진다."
)


@pytest.fixture(scope="module")
def bullets() -> list[str]:
    result = summarize(ARTICLE, engine="extractive", bullets=4)
    return [b.text for s in result.sections for b in s.bullets]


def test_the_issue_article_gives_only_sound_bullets(bullets: list[str]) -> None:
    assert bullets
    assert [b for b in bullets if defect(b)] == []
    assert not any(b.endswith(("통함", "위함", "비롯함", "따름")) for b in bullets)


def test_a_speech_frame_goes_and_the_embedded_subject_stays(bullets: list[str]) -> None:
    assert "가람기업과 누리중공업이 방역물품 800세트 기부" in bullets
    assert not any(b.startswith("한빛시는") and "기부" in b for b in bullets)


def test_a_figure_stays_with_its_own_subject(bullets: list[str]) -> None:
    assert not any("동해안은 남해안은" in b for b in bullets)
    assert all("2.6㎜" not in b or "남해안은 2.6㎜" in b for b in bullets)


def test_a_plan_and_a_condition_survive(bullets: list[str]) -> None:
    assert "국비를 확보하지 못하면 사업은 1년 늦춰짐" in bullets
    assert all("착공" not in b or "착공할 예정" in b for b in bullets)


def test_the_subject_of_a_need_is_not_swapped(bullets: list[str]) -> None:
    assert all("주의가 필요" not in b or "취약계층은" in b for b in bullets)


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a means clause never stands for the sentence: it stays with the main clause (here it holds the figure)
        ("시는 5개월간의 연구용역을 통해 해안 관리 계획을 수립했다.", "5개월간의 연구용역을 통해 해안 관리 계획 수립"),
        ("시는 주민 의견 수렴을 통해 해안 관리 계획을 새로 수립했다.", "해안 관리 계획을 새로 수립"),
        # a claim keeps its frame: without it the claim would read as a fact
        (
            "시민단체는 새솔시가 공사 과정에서 습지 보호 규정을 어겼다고 주장했다.",
            "시민단체는 새솔시가 공사 과정에서 습지 보호 규정을 어겼다고 주장",
        ),
        # the topic keeps its modifiers: "12월 이후 등록한 차량은" is a condition of what follows
        (
            "다음 달 1일 이후 등록한 차량은 등록일부터 연말까지의 세액이 따로 계산돼 내년 2월에 고지서가 나간다.",
            "다음 달 1일 이후 등록한 차량은 등록일부터 연말까지의 세액이 따로 계산돼 내년 2월에 고지서가 나감",
        ),
        # a topic set against what follows stays with its contrast (never "두 구단은 … 걸릴 것이라는 관측"), and the
        # contrast with the main clause, which has no subject of its own (engines/standalone)
        (
            "두 구단은 오늘 오후 구단 사무실에서 새 감독 선임 결과를 발표할 계획이지만, 이사회 승인과 연봉 협상 "
            "절차가 아직 남아 있어 공식 계약까지는 일주일쯤 걸릴 것이라는 관측이다.",
            "두 구단은 오늘 오후 구단 사무실에서 새 감독 선임 결과를 발표할 계획이지만, 이사회 승인과 연봉 협상 "
            "절차가 아직 남아 있어 공식 계약까지는 일주일쯤 걸릴 것이라는 관측",
        ),
        # the main clause's own topic ("누리군은") is never traded for the sentence's first one
        (
            "우수기관 평가는 도내 22개 시군의 복지 행정 전반을 두루 살펴보는 제도로, 누리군은 찾아가는 상담과 "
            "맞춤형 돌봄 확대를 통해 높은 점수를 받았다.",
            "우수기관 평가는 도내 22개 시군의 복지 행정 전반을 두루 살펴보는 제도로, 누리군은 찾아가는 상담과 "
            "맞춤형 돌봄 확대를 통해 높은 점수를 받음",
        ),
        # the speaker goes with the frame, the reported clause keeps its own subject
        (
            "누리군(군수 박바다)은 3일 지역 농협과 새솔상회가 장학금 2천만 원을 기탁했다고 밝혔다.",
            "지역 농협과 새솔상회가 장학금 2천만 원 기탁",
        ),
        # without a subject of its own the reported clause keeps the speaker
        ("누리군은 경로당 45곳에 난방비를 지원했다고 밝혔다.", "누리군은 경로당 45곳에 난방비 지원"),
        # a condition stays with its clause
        (
            "올겨울 기온이 평년보다 2도 이상 낮아지면 군은 한파 쉼터 30곳을 밤에도 연다.",
            "올겨울 기온이 평년보다 2도 이상 낮아지면 군은 한파 쉼터 30곳을 밤에도 엶",
        ),
        # a negation stays
        (
            "이번 조정으로 기존 수급자는 지원금이 줄어들지 않는다.",
            "이번 조정으로 기존 수급자는 지원금이 줄어들지 않음",
        ),
        # a coordinated clause with its own topic keeps it, never the other clause's
        (
            "북부 지역은 강수량이 30% 늘었고, 남부 지역은 강수량이 평년보다 12% 줄어 가뭄 우려가 커지고 있다.",
            "북부 지역은 강수량이 30% 늘었고, 남부 지역은 강수량이 평년보다 12% 줄어 가뭄 우려가 커지고 있음",
        ),
        # a contrastive topic of the main clause ("지표에서는") is its own: the first clause's topic goes
        (
            "올해 조사에서 야간 운전이 불안하다고 답한 운전자는 41%에서 25%로 16%p 줄었고, 교차로 사고 위험을 "
            "측정한 지표에서는 8%p 낮아지는 등 효과가 나타났다.",
            "교차로 사고 위험을 측정한 지표에서는 8%p 낮아지는 등 효과가 나타남",
        ),
        # a subject inside "…한 결과," may be the whole sentence's: the announcing frame stays
        (
            "새솔당 김민수 의원과 박하늘 시장은 두 당이 밤샘 협상을 한 결과, 새벽 5시경 연정에 합의했다고 밝혔다.",
            "새솔당 김민수 의원과 박하늘 시장은 두 당이 밤샘 협상을 한 결과, 새벽 5시경 연정에 합의했다고 밝힘",
        ),
        # a passive frame hedges: "…했다고 알려졌다" stays (reportedly, not a fact)
        (
            "협상에서 새솔당은 최저임금 인상과 연금 개편 등에 합의했다고 알려졌다.",
            "협상에서 새솔당은 최저임금 인상과 연금 개편 등에 합의했다고 알려짐",
        ),
        # a clause never stands alone under a main clause that plans: the plan covers it; and a clause
        # with the sentence's only figures stays, so the sentence is kept whole
        (
            "새솔군과 누리군의 두 해상풍력 단지에는 총 900MW 규모로 3천억 원의 민간투자가 이뤄지며, 생산된 전력은 "
            "인근 산업단지와 주거지에 안정적으로 공급될 예정이다.",
            "새솔군과 누리군의 두 해상풍력 단지에는 총 900MW 규모로 3천억 원의 민간투자가 이뤄지며, 생산된 전력은 "
            "인근 산업단지와 주거지에 안정적으로 공급될 예정",
        ),
        # "A를 비롯해" belongs to the list it opens: the count covers it
        (
            "올해는 새솔시를 비롯해 누리군, 바다시, 한빛군 4개 지자체가 본선에 올라 치열한 경쟁을 벌였다.",
            "올해는 새솔시를 비롯해 누리군, 바다시, 한빛군 4개 지자체가 본선에 올라 치열한 경쟁을 벌임",
        ),
        # an adverbial topic ("…으로는") goes with its own clause, never onto the next one
        (
            "생활 현안으로는 새솔동 주차난 해소와 골목상권 살리기 방안 등이 폭넓게 다뤄졌고, 새 청사 신축과 "
            "혁신도시 복합시설 운영 등 주요 정책사업에 대한 부서별 보고와 토론이 이어졌다.",
            "새 청사 신축과 혁신도시 복합시설 운영 등 주요 정책사업에 대한 부서별 보고와 토론이 이어짐",
        ),
        # an opening conjunction goes
        ("그런데 올해 축제는 비 예보로 하루 앞당겨 열린다.", "올해 축제는 비 예보로 하루 앞당겨 열림"),
        # a clause with a subject the clauses after it share stays ("멘토가 … 배우고 자라서 …")
        (
            "이 과정은 초등학생 멘티와 대학생 멘토가 함께 어울리며 배우고 자라서 마을에 보탬이 되는 인재로 성장하는 "
            "과정이다.",
            "이 과정은 초등학생 멘티와 대학생 멘토가 함께 어울리며 배우고 자라서 마을에 보탬이 되는 인재로 "
            "성장하는 과정",
        ),
        # a means clause holding the only subject stays: the main clause has none of its own
        (
            "지난 한 해 동안 센터 프로그램에 참여한 주민들의 활동을 되돌아보는 시간을 가졌으며, 주민들이 손수 준비한 "
            "합창 공연을 통해 무대에 서는 경험으로 큰 자신감을 얻었다.",
            "주민들이 손수 준비한 합창 공연을 통해 무대에 서는 경험으로 큰 자신감을 얻음",
        ),
        # the clause a pointer points to stays ("이를 반영해")
        (
            "앞서 누리군의회가 지난 3월 5일 조례 개정안을 의결함에 따라, 새솔시의회도 이를 반영해 3월 12일 최종 조례 "
            "개정안을 확정했다.",
            "앞서 누리군의회가 지난 3월 5일 조례 개정안을 의결함에 따라, 새솔시의회도 이를 반영해 3월 12일 최종 조례 "
            "개정안 확정",
        ),
        # an adnominal verb keeps its argument clause ("…할 수 있도록 운영되는 공간")
        (
            "'새솔 나눔곳간'은 주민과 상인이 기부한 식료품을 저소득 가구가 자유롭게 가져갈 수 있도록 운영되는 나눔 "
            "공간으로 평일 오전 9시부터 오후 6시까지 문을 연다.",
            "'새솔 나눔곳간'은 주민과 상인이 기부한 식료품을 저소득 가구가 자유롭게 가져갈 수 있도록 운영되는 나눔 "
            "공간으로 평일 오전 9시부터 오후 6시까지 문을 엶",
        ),
        # shortening never drops a phrase whose noun an adnominal modifies ("…했다는 점에서")
        (
            "이번 협약은 새솔시와 누리군이 관광과 교통 분야의 협력 기반을 처음으로 공식 문서에 담아 약속했다는 점에서 "
            "그 의미가 각별하다.",
            "이번 협약은 새솔시와 누리군이 관광과 교통 분야의 협력 기반을 처음으로 공식 문서에 담아 약속했다는 점에서 "
            "그 의미가 각별",
        ),
        # nor a phrase in "에": where a thing goes is the verb's argument ("주거지역에 공급")
        (
            "새솔군 앞바다의 해상풍력 단지에서 생산된 전력은 인근 산업단지와 누리시 주거지역에 내후년부터 안정적으로 "
            "공급될 예정이다.",
            "새솔군 앞바다의 해상풍력 단지에서 생산된 전력은 인근 산업단지와 누리시 주거지역에 내후년부터 안정적으로 "
            "공급될 예정",
        ),
        # "A 가운데" after a noun is the set a count is drawn from (among), never a clause that goes
        (
            "점검 대상 업소 120곳 가운데, 휴업과 폐업 등으로 인한 8곳을 제외한 112곳에 대한 위생 점검을 모두 마쳤다.",
            "점검 대상 업소 120곳 가운데, 휴업과 폐업 등으로 인한 8곳을 제외한 112곳에 대한 위생 점검을 모두 마침",
        ),
        (
            "군은 조사에 참여한 농업인 가운데 50명을 뽑아 기념품을 준다.",
            "조사에 참여한 농업인 가운데 50명을 뽑아 기념품을 줌",
        ),
        # the comma after a clause goes with it, never opening the bullet
        (
            "마을 주민과 상인들이 모인 가운데, 새솔시 청년 창업 지원 공간의 개소식이 시청 본관 앞마당에서 "
            "성대하게 열렸다.",
            "새솔시 청년 창업 지원 공간의 개소식이 시청 본관 앞마당에서 성대하게 열림",
        ),
        # a clause an adnominal needs goes with the next one, never alone ("…다고 답한 주민은")
        (
            "올해 설문에서 밤길이 무섭다고 답한 주민은 38%에서 21%로 17%p 줄었고, 골목 조명 만족도를 측정한 "
            "지표에서는 12%p 오르는 등 효과가 나타났다.",
            "골목 조명 만족도를 측정한 지표에서는 12%p 오르는 등 효과가 나타남",
        ),
        # the actors of an attendance clause stay with what they did (the pointer to the day goes)
        (
            "이날 협약식에는 김하늘 새솔시장, 박바다 누리군수, 이산 한빛도 부지사 등이 참석해 두 지역의 관광 협력을 "
            "꾸준히 이어가겠다는 뜻을 함께 다졌다.",
            "협약식에는 김하늘 새솔시장, 박바다 누리군수, 이산 한빛도 부지사 등이 참석해 두 지역의 관광 협력을 "
            "꾸준히 이어가겠다는 뜻을 함께 다짐",
        ),
        # a pointer in time or cause opens no bullet: it goes like a connective
        (
            "그러나 이 때 누리군 대표단이 준비한 공연이 시작됐다.",
            "누리군 대표단이 준비한 공연이 시작",
        ),
        # two manners of one verb ("꼼꼼하고 차분하게") are no clause: the object stays with its verb
        (
            "축제 기간에는 새솔군 자원봉사자 40여 명이 참여해 주차 안내, 분실물 관리, 폭우에 따른 행사장 정리까지 "
            "운영 전반을 꼼꼼하고 차분하게 도왔다.",
            "축제 기간에는 새솔군 자원봉사자 40여 명이 참여해 주차 안내, 분실물 관리, 폭우에 따른 행사장 정리까지 "
            "운영 전반을 꼼꼼하고 차분하게 도움",
        ),
        # a clause of one word (a predicate alone) never stands apart from its arguments
        (
            "앞서 군은 최근 3년 사이 주민 민원이 되풀이해서 접수된 공공시설을 세 단계로 분류(가 단계 보통-나 단계 경계)"
            "해서 집중관리했으며, 올해 점검에서 첫 단계 시설은 뺐다.",
            "올해 점검에서 첫 단계 시설은 뺌",
        ),
        # an intention ("-겠-") is never read as done, and keeps the office whose it is (cut, it would be anyone's)
        (
            "군은 앞으로도 주민과 함께 마을 환경 개선을 꾸준히 추진하겠다고 밝혔다.",
            "군은 앞으로도 주민과 함께 마을 환경 개선을 꾸준히 추진하겠음",
        ),
        # nor a past ability ("-ㄹ 수 있었다") read as one now
        (
            "주민 40명이 힘을 보탠 덕분에 마을회관 지붕 공사를 장마 전에 끝낼 수 있었다.",
            "주민 40명이 힘을 보탠 덕분에 마을회관 지붕 공사를 장마 전에 끝낼 수 있었음",
        ),
        # what is expected comes from the means clause, which stays
        (
            "'바다숲 조성', '어장 정화' 등을 통해 어촌 소득 증대도 기대된다.",
            "'바다숲 조성', '어장 정화' 등을 통해 어촌 소득 증대도 기대",
        ),
        # two adjectives of one noun ("투명하고 합리적인") are no clause: never one of them left alone
        (
            "또한 군은 투명하고 합리적인 주차 요금 체계를 만들기 위해 구역별 요금 기준과 감면 대상을 새로 정하고 "
            "공고했다.",
            "구역별 요금 기준과 감면 대상을 새로 정하고 공고",
        ),
        (
            "이번 캠페인은 골목 쓰레기를 줄이고 깨끗하고 쾌적한 거리를 만들기 위해 추진됐으며, 이를 통해 상인들의 "
            "분리배출 참여를 늘리는 데 중점을 뒀다.",
            "이번 캠페인은 상인들의 분리배출 참여를 늘리는 데 중점을 둠",
        ),
        # an organisation that acts ("누리장학재단에서") stays when its purpose clause goes; "-고" before a
        # purpose ("키우고 … 넓히기 위해") is part of the purpose, never spliced onto the main clause
        (
            "누리장학재단에서 지역 인재를 키우고 배움의 기회를 넓히기 위해 가정 형편이 어려운 고등학생과 대학생들에게 "
            "장학금 1억 원을 기탁했다.",
            "누리장학재단에서 가정 형편이 어려운 고등학생과 대학생들에게 장학금 1억 원 기탁",
        ),
        # a place set as the topic ("…에서는") is where the main clause happens: it stays
        (
            "한빛전망대에서는 겨울철 해넘이를 보려는 관광객들을 위해 이달 말까지 운영 시간을 저녁 8시까지 2시간 늘려 "
            "운영한다.",
            "한빛전망대에서는 이달 말까지 운영 시간을 저녁 8시까지 2시간 늘려 운영",
        ),
        # ... but not where the main clause names a place of its own ("A에서는 …했고, B에서도 …")
        (
            "새솔군에서는 썰매 선수 1명인 김하늘이 대회에 나섰고, 누리군에서도 썰매 선수 1명인 박바다가 출전해 "
            "고장의 이름을 알릴 예정이다.",
            "누리군에서도 썰매 선수 1명인 박바다가 출전해 고장의 이름을 알릴 예정",
        ),
        # ... and a domain ("…분야에서는") is no place: it goes with its clause (the card names it), and what is left
        # of the clauses before a main clause with its own topic goes too, never spliced on ("…돕고, 교육 분야에서는")
        (
            "돌봄 분야에서는 지역 아동센터와 함께 연인원 300명을 지원하며 아이들의 건강한 성장을 돕고, 교육 분야에서는 "
            "연인원 500명에게 학습 상담과 진로 지도를 제공했다.",
            "교육 분야에서는 연인원 500명에게 학습 상담과 진로 지도 제공",
        ),
        # ... but a clause with a topic of its own before the main clause is its own, and stays; where the main
        # clause only frames ("…성과를 거뒀다"), the first clause with the main figures stays too
        (
            "새솔센터는 올해 체험 프로그램을 모두 320회 운영해 4,100명이 참여했으며, 지난해보다 방문객 수는 "
            "약 900명 늘고, 판매 수익은 약 15% 늘어나는 성과를 거뒀다.",
            "새솔센터는 올해 체험 프로그램을 모두 320회 운영해 4,100명이 참여했으며, 지난해보다 방문객 수는 "
            "약 900명 늘고, 판매 수익은 약 15% 늘어나는 성과를 거둠",
        ),
        # what "A를 포함해" takes is counted in what follows: never cut from it
        (
            "올해 새솔 청소년 영화제에서는 한빛도 도내 28개교 학생들이 직접 만든 단편 영화와 국내외 초청작을 포함해 "
            "총 52편의 작품이 상영된다.",
            "올해 새솔 청소년 영화제에서는 한빛도 도내 28개교 학생들이 직접 만든 단편 영화와 국내외 초청작을 포함해 "
            "총 52편의 작품이 상영",
        ),
        # an object of the verb after a purpose clause ("…교실을 어린이들을 위해 들여와") never goes with it
        (
            "이번 강좌는 군이 한빛대학교와 협약을 맺은 이후, 도시 지역에서만 열리던 코딩 교실을 농촌 지역 어린이들을 "
            "위해 처음으로 들여와 운영했다는 점에서 뜻이 깊다.",
            "이번 강좌는 군이 한빛대학교와 협약을 맺은 이후, 도시 지역에서만 열리던 코딩 교실을 농촌 지역 어린이들을 "
            "위해 처음으로 들여와 운영했다는 점에서 뜻이 깊음",
        ),
        # a purpose or means clause kept because the rest says almost nothing stays past the length limit
        (
            "누리시는 앞으로 옛 철도 부지를 활용한 청년 창업 공간 조성과 일자리 창출에서 눈에 띄는 성과를 내기 위해 "
            "민관 협의체를 더욱 키워 나갈 방침이다.",
            "누리시는 앞으로 옛 철도 부지를 활용한 청년 창업 공간 조성과 일자리 창출에서 눈에 띄는 성과를 내기 위해 "
            "민관 협의체를 더욱 키워 나갈 방침",
        ),
        (
            "가람군 작은도서관은 문을 연 뒤 그림책 읽기와 목공 교실, 주말 영화 상영 등 다양한 모임을 통해 주민들의 "
            "쉼터로 차츰 자리 잡아 왔다.",
            "가람군 작은도서관은 문을 연 뒤 그림책 읽기와 목공 교실, 주말 영화 상영 등 다양한 모임을 통해 주민들의 "
            "쉼터로 차츰 자리 잡아 옴",
        ),
        # a purpose after "…을 확정," is the next clause's: it goes alone, and the act before the comma stays
        (
            "한솔시는 두 달간의 현장 조사를 통해 하천 정비 방안을 확정, 여름철 침수를 막기 위해 배수펌프를 늘리고 "
            "제방 보강 공사를 벌였다.",
            "한솔시는 하천 정비 방안을 확정, 배수펌프를 늘리고 제방 보강 공사를 벌임",
        ),
        # the first clause's place topic is not the second's, which has its own ("부녀회는")
        (
            "또한 새솔고등학교에서는 학생들이 직접 만든 반찬 20상자를 지원해 어르신들의 겨울 걱정을 덜었으며, "
            "누리마을 부녀회는 바자회 수익금으로 마련한 라면 100상자를 기탁하며 나눔에 동참했다.",
            "누리마을 부녀회는 바자회 수익금으로 마련한 라면 100상자를 기탁하며 나눔에 동참",
        ),
    ],
)
def test_faithful_reductions(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("규정의 취지를 벗어났다는 것", "explains a sentence not shown"),
        ("5개월간의 연구용역을 통함", "ends in a means or purpose form"),
        ("기부받은 물품을 어르신들에게 전하기 위함", "ends in a means or purpose form"),
        ("열린 개통식에는 주민 300명이 참석", "opens with an adnominal form"),
        ("지원 한도는 운영자금은 5천만 원", "two topics or subjects in a row"),
        ("'새솔 축제는 10월에 열림", "unbalanced quotes or brackets"),
        ("A의 , B의 행사 참석", "orphan comma or bracket"),
        ("개미필름", "a bare name"),
        ("이 중 3명은 병원에 입원", "opens with a word pointing to another sentence"),
        ("및 주민 200명이 참석", "opens with a particle, an ending or a conjunction"),
        ("이들은 모두 행사에 참석", "opens with a word pointing to another sentence"),
        (", 8곳을 제외한 112곳 점검 완료", "orphan comma or bracket"),
        ("지난 3일 주민 200명이 참석", None),
        ("해안 정비 사업은 내년 3월 착공할 예정", None),
    ],
)
def test_the_self_check(text: str, why: str | None) -> None:
    assert defect(text) == why


# Generated sentences: a topic, then one to three clauses, each with its own object and verb.
TOPICS = ("한빛시는", "누리군은", "새솔교육청은")
OBJECTS = ("청년 창업 공간을", "경로당 난방비를", "방역물품 800세트를", "해안 정비 사업을", "학교 급식 예산을")
VERBS = ("지원", "확대", "점검", "운영", "추진")
ENDS = ("했다", "한다", "할 계획이다", "할 예정이다", "하지 않는다")
LINKS = ("하고", "하며", "해", "하면")


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    """A generated sentence and its clauses' words (the topic belongs to every clause)."""
    topic = draw(st.sampled_from(TOPICS))
    n = draw(st.integers(1, 3))
    clauses: list[list[str]] = []
    parts = [topic]
    for k in range(n):
        obj = draw(st.sampled_from(OBJECTS))
        verb = draw(st.sampled_from(VERBS))
        tail = draw(st.sampled_from(ENDS)) if k == n - 1 else draw(st.sampled_from(LINKS))
        words = f"{obj} {verb}{tail}".split()
        clauses.append(words)
        parts.extend(words)
    return " ".join(parts) + ".", clauses


@settings(max_examples=60, deadline=None)
@given(sentences())
def test_a_bullet_is_one_clause_reduced(case: tuple[str, list[list[str]]]) -> None:
    sentence, clauses = case
    bullet = make_bullet(sentence, (), 0, "noun")
    topic = sentence.split()[0]
    got = _content(bullet)
    # the bullet's content morphemes are a subsequence of one clause's (with the shared topic), or
    # a run of clauses kept whole: never parts of two clauses glued together
    one = any(_subsequence(got, _content(" ".join([topic, *c]))) for c in clauses)
    runs = [
        _content(" ".join([topic, *(w for c in clauses[i:j] for w in c)]))
        for i in range(len(clauses))
        for j in range(i + 2, len(clauses) + 1)
    ]
    whole = any(_subsequence(got, run) and len(got) >= len(run) - 1 for run in runs)
    assert one or whole, (sentence, bullet)


@settings(max_examples=60, deadline=None)
@given(sentences())
def test_negation_condition_and_plan_survive(case: tuple[str, list[list[str]]]) -> None:
    sentence, clauses = case
    bullet = make_bullet(sentence, (), 0, "noun")
    main = clauses[-1]
    if main[-1] in bullet.split()[-1:] or main[0] in bullet:
        if "않는다." in sentence and main[0] in bullet and bullet.endswith(("음", "않음")):
            assert "않" in bullet
        for plan in ("계획", "예정"):
            if f"{plan}이다." in sentence and main[0] in bullet:
                assert bullet.endswith(plan), (sentence, bullet)
    conditions = [c for c in clauses[:-1] if c[-1].endswith("하면")]
    if conditions and main[0] in bullet:
        assert any(" ".join(c) in bullet for c in conditions), (sentence, bullet)


def _content(text: str) -> list[str]:
    """The content morphemes of a text (nouns, stems, numbers, adverbs), as form/tag."""
    return [f"{m.form}/{m.tag[:2]}" for m in analyze(text) if m.tag.startswith(("NN", "SN", "XR", "V", "MAG"))]


def _subsequence(words: list[str], clause: list[str]) -> bool:
    it = iter(clause)
    return all(any(w == c for c in it) for w in words)


def test_a_bare_list_keeps_its_sentence() -> None:
    """A list whose items only name things makes no bullet of its own: the sentence, with its
    predicate, is the bullet."""
    article = (
        "누리군, 내년 농업인 교육 수요 조사\n\n"
        "누리군은 내년 농업인 교육 과정을 짜기 위해 이달 말까지 교육 수요 조사를 한다고 밝혔다. "
        "조사 분야는 ▲귀농 기초 과정, ▲드론 방제 실습, ▲농산물 온라인 판매, ▲발효 가공 실습 등 4개 분야로 나뉜다. "
        "조사 결과는 내년 교육 과정의 기초 자료로 쓰인다. 참여는 온라인과 읍면 상담소 방문으로 할 수 있다. "
        "군은 조사에 참여한 농업인 가운데 50명을 뽑아 기념품을 준다."
    )
    result = summarize(article, engine="extractive", bullets=4)
    texts = [b.text for s in result.sections for b in s.bullets]
    assert not any(bare_list([t]) and "," in t for t in texts), texts
    assert bare_list(["귀농 기초 과정, 드론 방제 실습"])
    assert not bare_list(["조사 분야는 4개 분야로 나뉨"])


@pytest.mark.parametrize(
    ("sentence", "weak"),
    [
        ("한빛시와 누리군의 주민 2000명을 대상으로 실시한 설문조사였다.", True),  # about what? an earlier sentence
        ("이 조사는 주민 2000명을 대상으로 한 설문조사였다.", False),
        ("총사업비는 120억 원이다.", False),
        ("내년에는 300여 명에게 장학금을 지급할 계획이다.", False),  # a plan: the office plans
        ("시설은 현재 시범 운영 중이다.", False),
    ],
)
def test_a_copula_without_a_subject_is_no_bullet(sentence: str, weak: bool) -> None:
    assert subjectless_copula(analyze(sentence)) is weak
