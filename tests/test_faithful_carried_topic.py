"""A topic or an actor is never carried onto a clause that is not its own (own-written sentences): a topic cut
from its copula, a topic left before a main clause with a subject of its own once the clauses between went, and
a first clause set against the rest whose actor stands only in the sentence before."""

from __future__ import annotations

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import borrows_actor
from kosum.pipeline.preprocess import preprocess


def _bullet(sentence: str) -> str:
    bullet = make_bullet(sentence, analyze(sentence, 0), 0)
    assert bullet is not None
    return bullet


def test_a_topic_keeps_its_copula() -> None:
    # "경로는 … 물림이며": the topic is what the copula names; on the next clause alone it would say the route
    # does not infect
    sentence = (
        "누리열의 주된 전파 경로는 모기 물림이며, 밥을 함께 먹거나 손을 맞잡는 등 가벼운 신체 만남, 수건 함께 쓰기 "
        "등 평소 생활을 통해서는 옮지 않는다."
    )
    bullet = _bullet(sentence)
    assert "모기 물림이며" in bullet, bullet
    # ... as with a plain noun ("…접촉이며")
    sentence = (
        "한빛열의 주된 전파 경로는 진드기 접촉이며, 함께 밥을 먹거나 손을 잡는 등 가벼운 만남, 수건 공동사용 등 "
        "일상생활로는 옮지 않는다."
    )
    bullet = _bullet(sentence)
    assert "진드기 접촉이며" in bullet, bullet


def test_a_copula_of_what_goes_on_still_goes() -> None:
    # "…제작 중이며": what goes on is the topic's act, and the topic is the next clause's actor too
    sentence = (
        "새솔교육청 학습지원센터는 이번 중학교 대상 자료 배포에 이어 현재 초등학교용 통합 학습 자료를 제작 "
        "중이며, 내년 3월 초순까지 자료를 책자로 펴내 관내 학교에 나눠줄 예정이다."
    )
    bullet = _bullet(sentence)
    assert bullet.startswith("새솔교육청 학습지원센터는 내년 3월"), bullet


def test_a_topic_never_lands_on_another_subject_s_clause() -> None:
    # the middle clause went first; the opening clause, cut after it, takes its topic along: the main clause has
    # its own subject after a time ("오후 2시 10분부터 새솔도지사가 …"), and "새솔청은 … 새솔도지사가" is false
    sentence = (
        "새솔청은 오후 1시 50분쯤 전국 동원령 1호를 내렸고, 한빛청장도 경보를 주의에서 경계로 올림에 따라 "
        "오후 2시 10분부터 새솔도지사가 현장을 통합지휘하고 있다."
    )
    bullet = _bullet(sentence)
    assert "새솔청은 오후 2시 10분부터" not in bullet, bullet
    assert "새솔도지사가 현장을 통합지휘" in bullet, bullet


ROUND = (
    "새솔 공연단은 올해 순회 공연을 마친다고 알렸다. "
    "누리소프트는 보안 문제로 옛 예약 앱의 지원 중단을 선언하였다. "
    "곧이어 연말에 완전 지원 중단을 하려 하였으나, 앱을 쓰는 공연장들이 생각보다 많이 남아 있어 옮겨 갈 시간이 "
    "필요하다 보고 내년 3월까지 한시로 지원을 이어가기로 정하였다. "
    "새솔시는 행사를 열려 하였으나, 비가 많이 와 다음 달로 미뤘다."
)


def test_a_contrast_without_its_actor_borrows_it() -> None:
    # the first clause, set against the rest, acts with no subject: its actor is the software house before it,
    # whatever subject a later clause names ("공연장들이 … 남아 있어")
    doc = preprocess(ROUND)
    assert len(doc.sentences) == 4
    assert borrows_actor(doc.sentences[2], doc.sentences[:2], "새솔 공연단 순회 공연") is True
    # ... not where the card shows that actor, nor where the first clause names its own
    assert borrows_actor(doc.sentences[2], doc.sentences[:2], "누리소프트 예약 앱") is False
    assert borrows_actor(doc.sentences[3], doc.sentences[:3], "새솔 공연단 순회 공연") is False
