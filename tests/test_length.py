"""The summary's length: ``sentences="auto"`` (the default) follows the article's length, a fixed
count is kept; the option through the API, the CLI, batch records and the abstractive engine.

The articles (:mod:`budget_article`) are written for these tests: a made-up city's budget plan,
cut to three lengths.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from budget_article import HUGE, LONG, SHORT
from kosum import GenerationOptions, Summarizer, SummaryOptions, UsageError, load_model, summarize, summarize_files
from kosum.engines.abstractive import split_generated
from kosum.interfaces.cli import cli
from kosum.pipeline.length import auto_length
from kosum.pipeline.tuning import LENGTH


@pytest.mark.parametrize(
    ("chars", "sentences"),
    [(0, 3), (1_000, 3), (1_399, 3), (1_400, 4), (1_850, 5), (2_000, 5), (3_799, 9), (3_800, 10), (100_000, 10)],
)
def test_auto_length_is_one_sentence_per_400_characters_from_3_to_10(chars: int, sentences: int) -> None:
    assert auto_length(chars) == sentences
    assert (LENGTH.min_sentences, LENGTH.chars_per_sentence, LENGTH.max_sentences) == (3, 400, 10)


@pytest.mark.parametrize(
    ("text", "low", "high", "length"), [(SHORT, 400, 600, 3), (LONG, 1_800, 2_200, 5), (HUGE, 5_000, 6_000, 10)]
)
def test_the_default_length_follows_the_article(text: str, low: int, high: int, length: int) -> None:
    assert SummaryOptions().sentences == "auto"
    result = summarize(text, engine="extractive")
    assert low <= len(result.text) < high
    assert result.length == length and len(result.summary_sources) == length
    assert result.to_dict()["length"] == length
    assert summarize(text, engine="extractive", sentences="auto") == result


@pytest.mark.parametrize("text", [SHORT, LONG, HUGE])
@pytest.mark.parametrize("count", [1, 2, 5])
def test_a_fixed_count_is_kept_whatever_the_length(text: str, count: int) -> None:
    result = summarize(text, engine="extractive", sentences=count)
    assert result.length == count and len(result.summary_sources) == count


def test_auto_summary_of_a_long_article_keeps_the_fixed_summary_sentences() -> None:
    # the lead and what ranks highest stay; the longer summary adds the next best
    three = set(summarize(LONG, engine="extractive", sentences=3).summary_sources)
    assert three <= set(summarize(LONG, engine="extractive").summary_sources)


@pytest.mark.parametrize("bad", ["3", "many", "", 0, 51, 2.5, True, None])
def test_a_bad_count_is_a_usage_error_naming_the_option(bad: object) -> None:
    message = f"sentences must be 'auto' or a whole number between 1 and 50, not {bad!r}"
    with pytest.raises(UsageError) as info:
        SummaryOptions(sentences=bad)  # type: ignore[arg-type]
    assert str(info.value) == message
    with pytest.raises(UsageError, match="sentences must be 'auto'"):
        Summarizer(sentences=bad)


def _cli(*args: str, text: str = LONG) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["summarize", "-e", "extractive", "-f", "json", "-", *args], input=text)
    return result.exit_code, result.output


def test_cli_takes_auto_or_a_count() -> None:
    code, out = _cli()
    assert code == 0 and json.loads(out)["length"] == 5
    code, out = _cli("--sentences", "auto")
    assert code == 0 and len(json.loads(out)["summary_sources"]) == 5
    code, out = _cli("-s", "2")
    assert code == 0 and json.loads(out)["length"] == 2 and len(json.loads(out)["summary_sources"]) == 2
    assert "auto (its length follows the article's: one per 400 characters, 3 to 10)" in " ".join(
        CliRunner().invoke(cli, ["summarize", "--help"]).output.split()
    )


@pytest.mark.parametrize(
    ("bad", "shown"), [("many", "'many'"), ("0", "0"), ("51", "51"), ("2.5", "'2.5'"), ("-1", "'-1'")]
)
def test_cli_refuses_a_bad_count(bad: str, shown: str) -> None:
    """The CLI gives the options' own message (``SummaryOptions`` says the same)."""
    code, out = _cli("--sentences", bad)
    assert code == 2
    message = f"sentences must be 'auto' or a whole number between 1 and 50, not {shown}"
    assert f"Invalid value for '-s' / '--sentences': {message}" in " ".join(out.split())


def test_batch_records_say_the_options_and_the_length_each_article_got(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name, text in (("short", SHORT), ("long", LONG)):
        (tmp_path / "in" / f"{name}.txt").write_text(text, "utf-8")
    list(summarize_files(tmp_path / "in", out_dir=tmp_path / "auto", options=SummaryOptions(engine="extractive")))
    records = {p.stem: json.loads(p.read_text("utf-8")) for p in (tmp_path / "auto").glob("*.json")}
    assert {name: (r["options"]["sentences"], r["length"]) for name, r in records.items()} == {
        "short": ("auto", 3),
        "long": ("auto", 5),
    }
    assert all(r["summary"]["length"] == r["length"] for r in records.values())
    fixed = SummaryOptions(engine="extractive", sentences=2)
    list(summarize_files(tmp_path / "in", out_dir=tmp_path / "md", fmt="md", options=fixed))
    front = (tmp_path / "md" / "long.md").read_text("utf-8").split("---\n")[1]
    assert '"sentences": 2' in front and "length: 2\n" in front


def test_abstractive_engine_asks_the_model_for_the_same_length(
    tiny_bart: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = load_model(str(tiny_bart), device="cpu")  # a 128-token window: long articles are chunked
    asked: list[int | None] = []
    generate = model.generate

    def spy(texts: list[str], options: GenerationOptions) -> list[str]:
        asked.extend(options.max_tokens for _ in texts)
        return generate(texts, options)

    monkeypatch.setattr(model, "generate", spy)
    # 5 new tokens per summary sentence: the summary asks for 5 x its length; the cards' bullets
    # (2, or 4 on a single topic) for 10 or 20
    generation = GenerationOptions(beams=1, tokens_per_sentence=5, min_tokens_per_sentence=1)
    for sentences, text, length in (("auto", SHORT, 3), ("auto", LONG, 5), (6, LONG, 6), (6, SHORT, 6)):
        asked.clear()
        summarizer = Summarizer(model=model, generation=generation, guard=False, sentences=sentences)
        result = summarizer.summarize(text)
        assert result.engine == "abstractive" and result.length == length
        assert set(asked) - {10, 20} == {5 * length}  # every round of the summary's map-reduce
        assert 1 <= len(split_generated(result.summary)) <= length  # the model's text, cut to the length
