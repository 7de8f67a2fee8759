#!/usr/bin/env python3
"""Seed the fuzz corpus with the built-in pack's own files, so the fuzzer
starts from valid RON and Markdown and mutates its way into the checker and the
decision aid instead of stopping at the first syntax error.

    python3 scripts/fuzz-seeds.py    # writes fuzz/corpus/pack_loader/seed-*

Each seed is one selector byte (which file it replaces, as in
src/content/exercise.rs; the top bit also builds the search index) followed by
that file's bytes. Also writes fuzz/ron.dict, tokens for `-dict=`.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = [  # must match exercise::KINDS
    "pack.ron", "comparison.ron", "benefits.ron", "approaches.ron", "pages.ron",
    "sources.ron", "decision.ron", "pages/faq.md", "approaches/cbt.md",
    "stories.ron", "easy-read.ron", "translations/es-US/pack.ron",
    "translations/es-US/benefits.ron",
]
out = ROOT / "fuzz" / "corpus" / "pack_loader"
out.mkdir(parents=True, exist_ok=True)
for i, kind in enumerate(KINDS):
    data = (ROOT / "content" / kind).read_bytes()
    for selector in (i, i | 0x80):
        (out / f"seed-{selector:03}-{kind.replace('/', '-')}").write_bytes(bytes([selector]) + data)

tokens = ['"("', '")"', '"["', '"]"', '":"', '","', '"\\""', '"Some("', '"None"',
          '"Individual"', '"Group"', '"true"', '"false"', '"-128"', '"127"',
          '"approach:"', '"page:"', '"card:"', '"compare:"', '"source:"', '"screen:"',
          '"](approach:cbt)"', '"[x](page:faq)"', '"\\x0A# "', '"\\x0A## "', '"\\x0A- "',
          '"\\x0A> "', '"\\x0A| a | b |\\x0A| --- | --- |\\x0A"', '"**"', '"`"', '"you should"',
          '"{n}"', '"{total}"', '"{answer}"', '"\\xe2\\x80\\x99"', '"\\xef\\xbb\\xbf"', '"\\x0D\\x0A"']
(ROOT / "fuzz" / "ron.dict").write_text("\n".join(tokens) + "\n")
print(f"{len(KINDS) * 2} seeds in {out.relative_to(ROOT)}, dictionary in fuzz/ron.dict")
