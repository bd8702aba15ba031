"""Seq2seq speed: plain transformers ``generate()`` next to kosum's two backends, on a
KoBART-shaped model with random weights (BART, d_model 768, 6+6 layers, 16 heads, ffn 3072,
vocabulary 30,000 from ../shared/models/kobart-tokenizer, 1,026 positions): exactly what the
real checkpoint costs, whatever it would write.

Rows, each in a fresh interpreter (so that its peak memory is its own):

(a) baseline: the model card's way: fp32, ``<s>``+ids+``</s>``, ``generate(num_beams=4)``,
    one article at a time, torch's default threads (all cores); (a1) the same on one thread,
    which holds up better where other processes compete for the cores;
(b) kosum's transformers backend (``Seq2SeqModel.generate``: batches grouped by length);
(c) kosum's CTranslate2 backend, int8, batched (``--threads``, default all cores); (c1) on one;
(d) the whole of ``Summarizer.summarize_many`` on (c): preprocessing, the summary *and* the
    bullets of every section (more generation per article than a-c), the guard.

Every row generates exactly ``--tokens`` tokens per summary (minimum = maximum length: random
weights would otherwise stop anywhere), with beams 4, over the same Wikinews articles
(../shared/corpus/ko-wikinews.csv) that fit the 1,024-token window. Cold start: a fresh
process that imports, loads the model (and Kiwi, for kosum) and writes its first summary,
timed from outside, interpreter start included.

    python bench/seq2seq_speed.py [--articles 16] [--tokens 64] [--threads 2] [--rounds 1] [--cache DIR]

With ``--rounds N`` every row runs N times, interleaved, and the fastest run is kept (the
machine may be shared).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import ROOT, best_of, load_wikinews, machine, markdown_table, peak_rss_mb, require

CACHE = Path(os.environ.get("KOSUM_BENCH_CACHE", "/tmp/kosum-bench-seq2seq"))
ROWS = {
    "a": "(a) transformers generate(), fp32, one at a time (model card)",
    "a1": "(a1) = (a) with torch.set_num_threads(1)",
    "b": "(b) kosum transformers backend, fp32, batched",
    "c": "(c) kosum CTranslate2 backend, int8, batched",
    "c1": "(c1) = (c) with 1 thread",
    "d": "(d) kosum Summarizer on (c): summary + section bullets",
}
COLD_ROWS = ("a", "b", "c")


def build(cache: Path) -> tuple[Path, Path]:
    """The random KoBART-shaped model (transformers folder) and its int8 CTranslate2 conversion."""
    hf, ct2 = cache / "kobart-random", cache / "kobart-random-ct2"
    if (ct2 / "kosum.json").is_file():
        return hf, ct2
    import torch
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    from kosum import convert_model

    tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=str(require("models/kobart-tokenizer/tokenizer.json")),
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        mask_token="<mask>",
    )
    config = BartConfig(
        vocab_size=30000,
        d_model=768,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=16,
        decoder_attention_heads=16,
        encoder_ffn_dim=3072,
        decoder_ffn_dim=3072,
        max_position_embeddings=1026,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=3,
        decoder_start_token_id=1,
        forced_eos_token_id=1,
        scale_embedding=False,
    )
    torch.manual_seed(0)
    BartForConditionalGeneration(config).eval().save_pretrained(str(hf))
    tokenizer.save_pretrained(str(hf))
    convert_model(hf, ct2, quantization="int8", force=True)
    return hf, ct2


def pick_articles(hf: Path, count: int) -> list[str]:
    """The first ``count`` Wikinews bodies of 200 to 1,000 tokens (they fit the window whole)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(hf / "tokenizer.json"))
    texts = []
    for article in load_wikinews():
        n = len(tokenizer.encode(article.text.replace("\n", " ")).ids)
        if 200 <= n <= 1000:
            texts.append(article.text)
        if len(texts) == count:
            break
    return texts


def _baseline(hf: Path, texts: list[str], tokens: int) -> list[str]:
    """The model card's code, as written there, but for the length (forced, see the module doc)."""
    import torch
    from transformers import BartForConditionalGeneration, PreTrainedTokenizerFast

    tokenizer = PreTrainedTokenizerFast.from_pretrained(str(hf))
    model = BartForConditionalGeneration.from_pretrained(str(hf))
    out = []
    for text in texts:
        text = text.replace("\n", " ")
        raw_input_ids = tokenizer.encode(text)
        input_ids = [tokenizer.bos_token_id, *raw_input_ids, tokenizer.eos_token_id]
        summary_ids = model.generate(
            torch.tensor([input_ids]), num_beams=4, min_length=tokens + 1, max_length=tokens + 1, eos_token_id=1
        )
        out.append(tokenizer.decode(summary_ids.squeeze().tolist(), skip_special_tokens=True))
    return out


def worker(row: str, hf: Path, ct2: Path, texts: list[str], tokens: int, threads: int, batch: int) -> dict[str, Any]:
    """Run one row; first on one article (not timed: warm-up), then on all."""
    from kosum import GenerationOptions, Summarizer, load_model

    options = GenerationOptions(min_tokens=tokens, max_tokens=tokens, batch_size=batch)
    start = time.perf_counter()
    if row in ("a", "a1"):
        if row == "a1":
            import torch

            torch.set_num_threads(1)
        _baseline(hf, texts[:1], tokens)
        run: Any = lambda: _baseline(hf, texts, tokens)  # noqa: E731
    elif row in ("b", "c", "c1"):
        model = load_model(str(hf if row == "b" else ct2), threads=1 if row == "c1" else threads)
        model.generate(texts[:1], options)
        run = lambda: model.generate(texts, options)  # noqa: E731
    else:
        summarizer = Summarizer(model=load_model(str(ct2), threads=threads), generation=options)
        next(summarizer.summarize_many(texts[:1]))
        run = lambda: list(summarizer.summarize_many(texts, batch_size=batch))  # noqa: E731
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    results = run()
    seconds = time.perf_counter() - start
    return {
        "row": row,
        "articles": len(results),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(results) / seconds, 3),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(peak_rss_mb()),
    }


def cold(row: str, hf: Path, ct2: Path, text: str, tokens: int, threads: int) -> dict[str, Any]:
    """A fresh process's first summary: imports, model (and Kiwi) loading, one summary."""
    if row == "a":
        _baseline(hf, [text], tokens)
    else:
        from kosum import GenerationOptions, Summarizer

        model = str(hf if row == "b" else ct2)
        os.environ["KOSUM_THREADS"] = str(threads)
        generation = GenerationOptions(min_tokens=tokens, max_tokens=tokens)
        Summarizer(engine="abstractive", model=model, generation=generation).summarize(text)
    return {"row": row, "peak_rss_mb": round(peak_rss_mb())}


def _cold_start(args: argparse.Namespace, row: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), *_common_args(args), "--cold", row]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["seconds"] = round(seconds, 2)
    return result


def _common_args(args: argparse.Namespace) -> list[str]:
    return [
        f"--articles={args.articles}",
        f"--tokens={args.tokens}",
        f"--threads={args.threads}",
        f"--batch={args.batch}",
        f"--cache={args.cache}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=16, help="articles per row (default 16)")
    parser.add_argument("--tokens", type=int, default=64, help="tokens generated per summary (default 64)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="kosum's threads (default: cores)")
    parser.add_argument("--batch", type=int, default=8, help="kosum's batch size (default 8)")
    parser.add_argument("--rows", default=",".join(ROWS), help=f"rows to run (default {','.join(ROWS)})")
    parser.add_argument("--cache", type=Path, default=CACHE, help=f"model folder (default {CACHE})")
    parser.add_argument("--rounds", type=int, default=1, help="runs per row, the fastest kept (default 1)")
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--worker", choices=list(ROWS), help=argparse.SUPPRESS)
    parser.add_argument("--cold", choices=COLD_ROWS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    hf, ct2 = build(args.cache)
    texts = pick_articles(hf, args.articles)
    if args.worker or args.cold:
        result = (
            worker(args.worker, hf, ct2, texts, args.tokens, args.threads, args.batch)
            if args.worker
            else cold(args.cold, hf, ct2, texts[0], args.tokens, args.threads)
        )
        print(json.dumps(result))
        return

    rows_wanted = [row for row in args.rows.split(",") if row in ROWS]
    jobs = {row: [*_common_args(args), f"--worker={row}"] for row in rows_wanted}
    results = best_of(__file__, jobs, args.rounds, args.timeout, key="seconds")
    colds: dict[str, dict[str, Any]] = {}
    for _ in range(args.rounds):
        for row in (r for r in rows_wanted if r in COLD_ROWS):
            cold_run = _cold_start(args, row)
            if "error" in cold_run or row not in colds or cold_run["seconds"] < colds[row].get("seconds", 1e9):
                colds[row] = cold_run
    print(json.dumps({"rows": results, "cold": colds}), file=sys.stderr)
    bases = [results.get(base, {}).get("articles_per_s") for base in ("a", "a1")]
    rows = []
    for row, result in results.items():
        if "error" in result:
            rows.append([ROWS[row], result["error"], "", "", "", "", ""])
            continue
        speedups = [f"{result['articles_per_s'] / base:.1f}x" if base else "–" for base in bases]
        first = colds.get(row, {})
        rows.append(
            [
                ROWS[row],
                f"{result['articles_per_s']:.2f}",
                *speedups,
                f"{first['seconds']:.1f} s" if "seconds" in first else first.get("error", "–"),
                f"{first['peak_rss_mb']:,} MB" if "peak_rss_mb" in first else "–",
                f"{result['peak_rss_mb']:,} MB",
            ]
        )
    header = ["row", "articles/s", "vs (a)", "vs (a1)", "cold first summary", "cold peak RSS", "peak RSS (run)"]
    print(
        f"{len(texts)} Wikinews articles (200-1,000 tokens), {args.tokens} tokens each, beams 4, "
        f"kosum threads {args.threads}, batch {args.batch}, best of {args.rounds}; {machine()}; "
        f"{datetime.date.today()}\n"
    )
    print(markdown_table(header, rows))
    out = ROOT / "bench" / "results" / "seq2seq_speed.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"args": _common_args(args), "rows": results, "cold": colds}, indent=2), "utf-8")


if __name__ == "__main__":
    main()
