"""Kiwi reads a local government's name with its particle as the name (kosum._kiwi's places)."""

from __future__ import annotations

import pytest

from kosum._kiwi import get_kiwi, places


@pytest.mark.parametrize(
    ("sentence", "name", "particle"),
    [
        # Without the dictionary Kiwi reads "나주시는" here as the verb "나 주시는".
        ("이 밖에도 나주시는 어르신 돌봄을 늘렸다.", "나주시", "는"),
        # ... "진도군이" as one noun, the subject's particle inside it.
        ("이번 사업으로 진도군이 섬 주민 배편을 늘린다.", "진도군", "이"),
        # ... "광양시가" as 광양 and the noun 시가 (market price).
        ("새솔 마을 주민들은 광양시가 도로를 고쳐 주기를 바랐다.", "광양시", "가"),
        ("한편 전라남도는 새솔섬 다리를 새로 놓는다.", "전라남도", "는"),
    ],
)
def test_a_place_name_keeps_its_particle(sentence: str, name: str, particle: str) -> None:
    at = sentence.index(name)
    for tokens in (get_kiwi().tokenize(sentence), get_kiwi().tokenize(["새솔군은 다리를 놓는다.", sentence])[1]):
        read = [(t.form, t.tag) for t in tokens if at <= t.start < at + len(name) + len(particle)]
        assert read[0] == (name, "NNP")
        assert read[1][0] == particle and read[1][1].startswith("J")


def test_a_name_read_well_keeps_kiwis_reading() -> None:
    # Kiwi's own reading (a call with options is left as it is) stays where it reads the name as
    # nouns; a name inside a longer noun (나주시새솔센터, 나주시장) has no particle of its own.
    kiwi = get_kiwi()
    sentence = "전남 나주시는 지난달 나주시새솔센터에서 나주시장과 잔치를 열었다."
    mended = [(t.form, t.tag, t.start, t.len) for t in kiwi.tokenize(sentence)]
    own = [(t.form, t.tag, t.start, t.len) for t in kiwi.tokenize(sentence, match_options=kiwi_match_all())]
    assert mended == own


def kiwi_match_all() -> int:
    from kiwipiepy import Match

    return int(Match.ALL)


def test_places_table() -> None:
    found = places()
    assert len(found.names) > 200
    for name in ("서울특별시", "서울시", "전라남도", "전남도", "세종시", "나주시", "진도군", "수영구"):
        assert name in found.names
    assert all(name[-1] in "시군구도" for name in found.names)
    assert "새솔시" not in found.names
    assert found.particles["는"] == ("JX", "vowel") and found.particles["이"] == ("JKS", "coda")
    assert found.particles["와"] == ("", "vowel")
    assert found.word.search("이 밖에도 나주시는 늘렸다")[1] == "나주시"
    assert found.word.search("나주시장은 말했다") is None
