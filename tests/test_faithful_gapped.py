"""A gapped coordination keeps both its places: "A를 X에서, B는 Y에서 열기로" never loses Y, which would leave B with
no place or with X (own-written sentences, issue 18; :mod:`kosum.engines.gapped`)."""

from __future__ import annotations

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.gapped import gapped_parallel
from kosum.engines.shortening import _chunks


def test_the_second_place_of_a_gapped_pair_stays() -> None:
    text = (
        "한솔시 문화재단은 관람객 안전과 교통 혼잡을 함께 고려해 올해 여름 음악 축제를 강변 야외무대에서, "
        "겨울 빛 축제는 시청 앞 광장에서 각각 치르기로 최종 확정했다고 설명했다."
    )
    assert "겨울 빛 축제는 시청 앞 광장에서 각각 치르기로" in make_bullet(text, analyze(text, 0), 0)


def test_gapped_parallel_pairs_the_particles_before_a_comma() -> None:
    text = "장터를 동문광장에서, 공연은 강변무대에서 연다"
    morphs = analyze(text, 0)
    chunks = _chunks(morphs, [True] * len(morphs), 0, len(morphs))
    places = [k for k, c in enumerate(chunks) if any(morphs[j].form == "에서" for j in c)]
    assert len(places) == 2
    assert not gapped_parallel(morphs, chunks, places[0])
    assert gapped_parallel(morphs, chunks, places[1])
    plain = "장터를 동문광장에서 연다"
    morphs = analyze(plain, 0)
    chunks = _chunks(morphs, [True] * len(morphs), 0, len(morphs))
    assert not any(gapped_parallel(morphs, chunks, k) for k in range(len(chunks)))
