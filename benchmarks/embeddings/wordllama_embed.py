"""Cosine similarities of every tuning story to every theme of its set, with WordLlama
(issue 14's embedding check, second model; tuning sets only, never a held-out one).

WordLlama (``wordllama==0.4.0.post1``, MIT) is the one embedding package found on PyPI
that ships its weights inside the wheel (``l2_supercat_256.safetensors``, 16 MB: static
token embeddings distilled from Llama 2-family models, averaged per text). Run it in a
venv of its own, never the project's:

    python3 -m venv /tmp/wlvenv
    /tmp/wlvenv/bin/pip install wordllama==0.4.0.post1 pyyaml
    # 0.4.0.post1 looks for its tokenizer in wordllama/tokenizer/, but ships it in
    # wordllama/tokenizers/, and would download it from Hugging Face instead:
    ln -s tokenizers /tmp/wlvenv/lib/python3.11/site-packages/wordllama/tokenizer
    .venv/bin/python -c "from tests.tag.weigh import tuning_sets; \
        print(*tuning_sets())" > /tmp/tuning_sets.txt
    cd /tmp && /tmp/wlvenv/bin/python /work/main/benchmarks/embeddings/wordllama_embed.py \
        /tmp/tuning_sets.txt /tmp/wl-sims.json

Per story (its title and text in 120-word chunks, each embedded and normalised) and
per theme of its set in the story's language, four cosines: the mean story vector
against "name. description", the mean story vector against the mean of that sentence
and the keywords, and the best chunk against each of those two. ``wordllama_loso.py``
reads the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import yaml
from wordllama import WordLlama


def chunks(text: str, size: int = 120) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, max(len(words), 1), size)]


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def main(sets_file: Path, out: Path) -> None:
    model = WordLlama.load(disable_download=True)
    result = {}
    for folder in map(Path, sets_file.read_text().split()):
        themes = yaml.safe_load((folder / "themes.yml").read_text(encoding="utf-8"))["themes"]
        vectors = {}
        for theme in themes:
            for lang in ("nl", "en"):
                texts = [f"{theme['name'][lang]}. {theme['description'][lang]}"]
                texts += theme["keywords"][lang]
                e = model.embed(texts, norm=True)
                vectors[theme["slug"], lang] = (e[0], unit(e.mean(axis=0)))
        stories = {}
        for path in sorted((folder / "stories").glob("*.md")):
            _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
            meta = yaml.safe_load(front)
            e = model.embed(chunks(f"{meta.get('title', '')}. {body.replace('#', ' ')}"), norm=True)
            doc = unit(e.mean(axis=0))
            stories[path.name] = {
                t["slug"]: [
                    float(doc @ vectors[t["slug"], meta["lang"]][0]),
                    float(doc @ vectors[t["slug"], meta["lang"]][1]),
                    float((e @ vectors[t["slug"], meta["lang"]][0]).max()),
                    float((e @ vectors[t["slug"], meta["lang"]][1]).max()),
                ]
                for t in themes
            }
        result[folder.name] = stories
        print(folder.name, len(stories), "stories", file=sys.stderr)
    out.write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
