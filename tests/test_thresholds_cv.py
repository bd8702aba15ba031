"""bench/thresholds.py: the nested cross-validation that chooses a threshold, on made-up fold scores."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))  # bench's scripts import by bare name

import thresholds  # noqa: E402
from kosum.pipeline import cards, structure, topic, tuning  # noqa: E402


def _row(group: float, names: float, split: float = 0.0, cover: float = 100.0) -> dict[str, float]:
    return {"group": group, "names": names, "split": split, "cover": cover}


def test_grid_steps_small_integers_and_scales_floats_and_lengths() -> None:
    assert thresholds.grid(3) == [1, 2, 3, 4, 5]
    assert thresholds.grid(1) == [0, 1, 2, 3]
    assert thresholds.grid(16) == [12, 14, 16, 18, 20]
    assert thresholds.grid(2.0) == [1.0, 1.5, 2.0, 2.5, 3.0]


def test_policy_tags_and_bullet_counts_are_not_swept() -> None:
    names = {field for _, field, _ in thresholds.thresholds(thresholds.ALL_STAGES)}
    assert "max_label" in names and "min_items" in names
    assert not names & thresholds.SKIPPED


def test_each_held_out_fold_gets_the_best_value_of_the_other_folds() -> None:
    sweep = {
        "2": [_row(80, 70)] * 5,
        "3": [_row(82, 72)] * 4 + [_row(79, 70)],  # better except on fold 5
    }
    assert [thresholds.choose(sweep, "2", held) for held in range(5)] == ["3"] * 5
    chosen, before, after = thresholds.held_out(sweep, "2")
    assert before["group"] == 80 and after["group"] == (82 * 4 + 79) / 5
    assert thresholds.verdict(chosen, "2", before, after) == "change to 3"


def test_a_rule_that_helps_only_its_own_fold_is_not_kept() -> None:
    sweep = {"2": [_row(80, 70)] * 5, "3": [_row(99, 99)] + [_row(79, 70)] * 4}
    chosen, before, after = thresholds.held_out(sweep, "2")
    assert chosen == ["2", "3", "3", "3", "3"]
    assert thresholds.verdict(chosen, "2", before, after) == "keep"


def test_guards_and_ties() -> None:
    split = {"2": [_row(80, 70, split=5)] * 5, "3": [_row(90, 80, split=12)] * 5}
    assert thresholds.choose(split, "2", 0) == "2"
    thin = {"2": [_row(80, 70)] * 5, "3": [_row(90, 80, cover=90)] * 5}
    assert thresholds.choose(thin, "2", 0) == "2"
    failing = {"2": [_row(80, 70)] * 5, "1": [{**_row(90, 80), "err": 3}] * 5}
    assert thresholds.choose(failing, "2", 0) == "2"
    tie = {"1": [_row(80, 70)] * 5, "2": [_row(80, 70)] * 5}
    assert thresholds.choose(tie, "2", 0) == "2"
    better = {"2": [_row(80, 70)] * 5, "3": [_row(81, 70)] * 5}
    chosen, before, after = thresholds.held_out(better, "2")
    assert thresholds.verdict(chosen, "2", before, after) == "change to 3"


def test_overridden_reaches_the_modules_that_imported_the_stage_and_restores_it() -> None:
    default = tuning.STRUCTURE
    with thresholds.overridden("STRUCTURE", max_label=default.max_label + 1) as changed:
        assert structure.STRUCTURE is changed and tuning.STRUCTURE is changed
        assert changed.max_label == default.max_label + 1
    assert structure.STRUCTURE is default and tuning.STRUCTURE is default


def test_the_spread_over_the_grid_shows_a_flat_threshold() -> None:
    flat = {"1": [_row(80, 70)] * 5, "2": [_row(80, 70)] * 5}
    assert thresholds.spread_over_grid(flat) == "80.0–80.0 / 70.0–70.0"
    steep = {"1": [_row(80, 70)] * 5, "2": [_row(85, 60)] * 5}
    assert thresholds.spread_over_grid(steep) == "80.0–85.0 / 60.0–70.0"


def test_overridden_reaches_every_holder_of_the_cards_stage() -> None:
    default = tuning.CARDS
    with thresholds.overridden("CARDS", min_sentences=default.min_sentences + 2) as changed:
        assert cards.CARDS is changed and topic.CARDS is changed
    assert cards.CARDS is default and topic.CARDS is default
