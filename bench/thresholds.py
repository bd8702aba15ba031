"""Thresholds of the card stage chosen by nested 5-fold cross-validation over dev + extra releases.

For each threshold of ``STRUCTURE`` and ``CARDS`` (and, with ``--stages``, ``HEADINGS``) that shapes
sections, grouping or names (the policy-tag ones are left out: ``score.py`` scores no tags), it
sweeps a small grid around the default, runs kosum's extractive summarizer on dev + extra
(:mod:`gold_extra`) with that one value overridden, and scores each fold with the team's
``score.py`` as :func:`press.scored_sets` does. Then, for each held-out fold, it chooses the value
with the best mean objective (group + names) over the other four folds, a value that raises
split above :data:`SPLIT_MAX` or lowers cover below :data:`COVER_MIN` there being out and ties going
to the default, and reports that fold's held-out score. The table gives, per threshold, the value
chosen per fold and the held-out-fold mean of group / names with the default and with the CV
choice. A default is worth changing only where most folds choose the same value and the held-out
mean rises (:func:`verdict`).

    .venv/bin/python bench/thresholds.py                         # every threshold (~15 min on 1 core)
    .venv/bin/python bench/thresholds.py --only max_label,spread  # some of them
    .venv/bin/python bench/thresholds.py --save /tmp/t.json       # keep the per-fold scores
    .venv/bin/python bench/thresholds.py --load /tmp/t.json       # the table again, no summarizing
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import json
import logging
import pkgutil
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from common import markdown_table
from gold_extra import dev_articles, extra_articles, folds
from kosum.pipeline import tuning
from press import scored_sets

#: The stages swept by default, and those that may be asked for with ``--stages``.
STAGES = ("STRUCTURE", "CARDS")
ALL_STAGES = ("STRUCTURE", "CARDS", "HEADINGS")
#: Fields that no score of ``score.py`` sees: policy tags, and the number of bullets of a card.
SKIPPED = frozenset(
    (
        "policy_margin",
        "policy_label_weight",
        "policy_min_score",
        "policy_lead_sentences",
        "sole_card_factor",
    )
)
#: The guards on the training folds: a value whose split is above SPLIT_MAX (and the default's),
#: whose cover is below COVER_MIN (and the default's) or on which kosum fails more is out.
SPLIT_MAX = 10.0
COVER_MIN = 95.0
#: The objective: the sum of these columns' means over the training folds.
OBJECTIVE = ("group", "names")
FLOAT_FACTORS = (0.5, 0.75, 1.0, 1.25, 1.5)
#: Integers of 10 or more (lengths in characters) are swept by factors, smaller ones by steps.
LONG_INT = 10
LONG_INT_FACTORS = (0.75, 0.875, 1.0, 1.125, 1.25)
INT_STEPS = (-2, -1, 0, 1, 2)

#: A short own-written article that loads every stage before the sweep.
WARM_UP = "새솔시는 3일 시청에서 주민 100명과 정책 설명회를 열었다. 설명회는 두 시간 동안 이어졌다."

Row = dict[str, Any]
#: One threshold's scores: for each value (as text, so that JSON keeps it), the score.py row of each fold.
Sweep = dict[str, list[Row]]


def grid(default: float) -> list[float]:
    """The values swept around ``default``, e.g. ``grid(3) == [1, 2, 3, 4, 5]``,
    ``grid(0.5) == [0.25, 0.375, 0.5, 0.625, 0.75]``, ``grid(16) == [12, 14, 16, 18, 20]``."""
    if isinstance(default, bool):
        return [default]
    if isinstance(default, int):
        if default >= LONG_INT:
            values = [round(default * f) for f in LONG_INT_FACTORS]
        else:
            values = [default + step for step in INT_STEPS if default + step >= 0]
        return sorted(set(values))
    return [round(default * f, 6) for f in FLOAT_FACTORS]


def thresholds(stages: Sequence[str] = STAGES) -> list[tuple[str, str, float]]:
    """``(stage, field, default)`` of every swept threshold, e.g. ``("STRUCTURE", "max_label", 16)``."""
    out = []
    for stage in stages:
        instance = getattr(tuning, stage)
        for field in dataclasses.fields(instance):
            value = getattr(instance, field.name)
            if field.name not in SKIPPED and isinstance(value, (int, float)) and not isinstance(value, bool):
                out.append((stage, field.name, value))
    return out


@contextlib.contextmanager
def overridden(stage: str, **changes: Any) -> Iterator[Any]:
    """The stage's default instance replaced, in every loaded kosum module that holds it, by a copy
    with ``changes``; restored on exit."""
    default = getattr(tuning, stage)
    changed = dataclasses.replace(default, **changes)
    holders = [
        (module, name)
        for module_name, module in list(sys.modules.items())
        if module is not None and (module_name == "kosum" or module_name.startswith("kosum."))
        for name, value in list(vars(module).items())
        if value is default
    ]
    for module, name in holders:
        setattr(module, name, changed)
    try:
        yield changed
    finally:
        for module, name in holders:
            setattr(module, name, default)


def _mean(rows: Sequence[Row], column: str) -> float:
    values = [row[column] for row in rows if row.get(column) is not None]
    return sum(values) / len(values) if values else 0.0


def choose(sweep: Sweep, default: str, held: int) -> str:
    """The value with the best objective over every fold but ``held``: the guards' outcasts (split,
    cover, kosum's errors) left out, ties going to ``default``, then to the earlier value of the grid."""
    train = {value: [row for i, row in enumerate(rows) if i != held] for value, rows in sweep.items()}
    base = train[default]

    def allowed(value: str) -> bool:
        split, cover = _mean(train[value], "split"), _mean(train[value], "cover")
        too_split = split > SPLIT_MAX and split > _mean(base, "split")
        too_thin = cover < COVER_MIN and cover < _mean(base, "cover")
        fails = _mean(train[value], "err") > _mean(base, "err")  # kosum raised on an article
        return not (too_split or too_thin or fails)

    def objective(value: str) -> float:
        return sum(_mean(train[value], column) for column in OBJECTIVE)

    best = default
    for value in sweep:
        if allowed(value) and objective(value) > objective(best) + 1e-9:
            best = value
    return best


def held_out(sweep: Sweep, default: str) -> tuple[list[str], dict[str, float], dict[str, float]]:
    """The value chosen for each held-out fold, and the held-out-fold means (group, names, split,
    cover) with the default and with those choices."""
    n = len(sweep[default])
    chosen = [choose(sweep, default, i) for i in range(n)]
    columns = (*OBJECTIVE, "split", "cover")
    with_default = {c: _mean(sweep[default], c) for c in columns}
    with_choice = {c: _mean([sweep[value][i] for i, value in enumerate(chosen)], c) for c in columns}
    return chosen, with_default, with_choice


def verdict(chosen: Sequence[str], default: str, before: dict[str, float], after: dict[str, float]) -> str:
    """``"change to V"`` where most folds choose the same value V and the held-out mean rises (group
    or names up, neither down, split and cover within the guards); else ``"keep"``."""
    top = max(set(chosen), key=lambda v: (chosen.count(v), v == default))
    if top == default or 2 * chosen.count(top) <= len(chosen):
        return "keep"
    up = [round(after[c], 1) - round(before[c], 1) for c in OBJECTIVE]
    rises = min(up) >= 0 and max(up) > 0
    guarded = after["split"] <= SPLIT_MAX and after["cover"] >= COVER_MIN
    return f"change to {top}" if rises and guarded else "keep"


class _RememberingKiwi:
    """Kiwi with its answers kept by input: every value of a sweep reads the same articles, and
    the thresholds act after the analysis (the tokens are shared; kosum only reads them)."""

    def __init__(self, kiwi: Any) -> None:
        self._kiwi = kiwi
        self._kept: dict[tuple[Any, ...], Any] = {}

    def _kept_call(self, name: str, arg: Any, kwargs: dict[str, Any]) -> Any:
        key = (name, arg, tuple(sorted(kwargs.items())))
        if key not in self._kept:
            self._kept[key] = getattr(self._kiwi, name)(arg, **kwargs)
        return self._kept[key]

    def tokenize(self, text: Any, **kwargs: Any) -> Any:
        if isinstance(text, str):
            return self._kept_call("tokenize", text, kwargs)
        return [self._kept_call("tokenize", t, kwargs) for t in text]

    def split_into_sents(self, text: str, **kwargs: Any) -> Any:
        return self._kept_call("split_into_sents", text, kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._kiwi, name)


def remember_kiwi() -> None:
    """Build kosum's Kiwi and keep its answers for the rest of the process, and load every stage
    (a module first imported inside :func:`overridden` would keep the changed instance)."""
    import kosum
    from kosum import _kiwi, pipeline

    for found in pkgutil.walk_packages(pipeline.__path__, "kosum.pipeline."):
        importlib.import_module(found.name)
    kosum.summarize(WARM_UP, engine="extractive")
    _kiwi._kiwi = _RememberingKiwi(_kiwi.get_kiwi())


def sweep_one(stage: str, field: str, default: float, sets: dict[str, list[Row]], base: list[Row]) -> Sweep:
    """score.py's row of each fold for each value of ``field``'s grid (``base``: the default's)."""
    out: Sweep = {}
    for value in grid(default):
        if value == default:
            out[str(value)] = base
            continue
        with overridden(stage, **{field: value}):
            rows = scored_sets(sets)
        out[str(value)] = [rows[name] for name in sets]
    return out


def _pair(means: dict[str, float]) -> str:
    return " / ".join(f"{means[c]:.1f}" for c in OBJECTIVE)


def spread_over_grid(sweep: Sweep) -> str:
    """How far the grid moves the 5-fold mean of group and of names, e.g. ``"84.6–84.7 / 79.1–80.5"``
    (a flat threshold: the score does not hang on it)."""
    cells = []
    for column in OBJECTIVE:
        means = [_mean(rows, column) for rows in sweep.values()]
        cells.append(f"{min(means):.1f}–{max(means):.1f}")
    return " / ".join(cells)


def table(results: dict[str, Sweep], defaults: dict[str, str]) -> str:
    """One row per threshold: default, grid, the 5-fold mean's range over the grid, the value chosen
    per fold, held-out group / names with the default and with the CV choice, held-out split /
    cover with it, and the verdict."""
    rows = []
    for name, sweep in results.items():
        default = defaults[name]
        chosen, before, after = held_out(sweep, default)
        rows.append(
            [
                name,
                default,
                ", ".join(sweep),
                spread_over_grid(sweep),
                ", ".join(chosen),
                _pair(before),
                _pair(after),
                f"{after['split']:.1f} / {after['cover']:.1f}",
                verdict(chosen, default, before, after),
            ]
        )
    header = ["threshold", "default", "grid", "g / n over the grid", "chosen per fold", "default g / n", "CV g / n"]
    header += ["CV split / cover", "verdict"]
    return markdown_table(header, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of {', '.join(ALL_STAGES)}")
    parser.add_argument("--only", help="comma-separated field names (default: every threshold of the stages)")
    parser.add_argument("--save", type=Path, help="write the per-fold scores of every value as JSON")
    parser.add_argument("--load", type=Path, help="read the scores --save wrote instead of summarizing")
    args = parser.parse_args()
    logging.getLogger("kosum").setLevel(logging.WARNING)
    swept = thresholds([s for s in args.stages.split(",") if s])
    if args.only:
        wanted = set(args.only.split(","))
        swept = [t for t in swept if t[1] in wanted]
    defaults = {f"{stage}.{field}": str(default) for stage, field, default in swept}
    if args.load:
        results: dict[str, Sweep] = json.loads(args.load.read_text(encoding="utf-8"))
        results = {name: sweep for name, sweep in results.items() if name in defaults}
    else:
        sets = {f"fold {i + 1}": fold for i, fold in enumerate(folds(dev_articles() + extra_articles()))}
        remember_kiwi()
        start = time.perf_counter()
        base_rows = scored_sets(sets)
        base = [base_rows[name] for name in sets]
        print(f"thresholds: the defaults in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        results = {}
        for stage, field, default in swept:
            start = time.perf_counter()
            results[f"{stage}.{field}"] = sweep_one(stage, field, default, sets, base)
            print(f"thresholds: {stage}.{field} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
            if args.save:
                args.save.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    print(table(results, defaults))


if __name__ == "__main__":
    main()
