"""The tag results kept in .podium-cache: reused only for the same inputs, never trusted."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from podium_tag import Doc, store
from podium_tag.tagging import tag_all


class _Vacancy:
    def __init__(self, vid, title, text, lang="nl"):
        self.id, self.title, self.description_text, self.lang = vid, title, text, lang
        self.themes = ()


@pytest.fixture
def inputs(themes, eval_stories):
    docs = [s.as_labelled() if s.train else s.doc for s in eval_stories]
    vacancies = [_Vacancy("monteur-1", "Monteur", "Je werkt met gereedschap en installaties.")]
    return themes, docs, vacancies


def _args(themes, docs, vacancies):
    from podium_tag.tagging import vacancy_doc

    vacancy_docs = [(v.id, vacancy_doc(v)) for v in vacancies]
    return store.key(themes, docs, vacancy_docs), vacancy_docs


def test_same_inputs_give_back_exactly_the_tags(tmp_path, inputs):
    themes, docs, vacancies = inputs
    fresh = tag_all(themes, docs, vacancies)
    key, vacancy_docs = _args(themes, docs, vacancies)
    store.save(tmp_path, key, fresh.stories, fresh.vacancies)
    hit = store.load(tmp_path, key, themes, docs, vacancy_docs)
    assert hit is not None
    assert hit == (fresh.stories, fresh.vacancies)
    assert any(t.source == "auto" for tags in hit[0] for t in tags)


def test_any_changed_text_or_theme_is_another_key(inputs):
    themes, docs, vacancies = inputs
    key, _ = _args(themes, docs, vacancies)
    edited = [dataclasses.replace(docs[0], body=docs[0].body + " Nog een zin."), *docs[1:]]
    assert _args(themes, edited, vacancies)[0] != key
    fewer = list(themes)[1:]
    assert _args(fewer, docs, vacancies)[0] != key
    other = [_Vacancy("monteur-1", "Monteur", "Je werkt met klanten.")]
    assert _args(themes, docs, other)[0] != key


def test_a_changed_lexicon_weights_or_decision_file_is_another_key(inputs, monkeypatch):
    # The data files change what the tagger finds and decides: a package upgrade
    # that ships new weights must not reuse tags cached under the old ones.
    from importlib import resources

    themes, docs, vacancies = inputs
    key = store.key(themes, docs, vacancies)
    data = store.data_bytes()
    assert set(store.DATA_FILES) == {
        "lexicon.yml",
        "lexicon_weights.yml",
        "decision.yml",
        "decision_meaning.yml",
    }
    for name in store.DATA_FILES:
        assert (resources.files("podium_tag") / name).read_bytes() in data
    monkeypatch.setattr(store, "data_bytes", lambda: data + b"\nthreshold: 0.9")
    store._code.cache_clear()
    try:
        assert store.key(themes, docs, vacancies) != key
    finally:
        store._code.cache_clear()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["stories"][0].append(
            {"slug": "no-such-theme", "source": "auto", "score": 3.0, "evidence": [], "sources": []}
        ),
        lambda d: d["stories"][0].append(
            {
                "slug": d["stories"][1][0]["slug"] if d["stories"][1] else "tech",
                "source": "auto",
                "score": 9.0,
                "evidence": ["<script>alert(1)</script>"],
                "sources": ["keyword"],
            }
        ),
        lambda d: d["stories"].pop(),
        lambda d: d.update(key="0" * 64),
        lambda d: d["stories"][0].append(
            {"slug": "tech", "source": "auto", "score": float("nan"), "evidence": [], "sources": []}
        ),
    ],
    ids=["unknown theme", "evidence not in the story", "a story short", "other key", "nan"],
)
def test_a_planted_or_damaged_entry_is_a_miss(tmp_path, inputs, damage):
    themes, docs, vacancies = inputs
    fresh = tag_all(themes, docs, vacancies)
    key, vacancy_docs = _args(themes, docs, vacancies)
    store.save(tmp_path, key, fresh.stories, fresh.vacancies)
    entry = tmp_path / store.ENTRY
    data = json.loads(entry.read_text())
    damage(data)
    entry.write_text(json.dumps(data))
    assert store.load(tmp_path, key, themes, docs, vacancy_docs) is None


@pytest.mark.parametrize("content", [b"", b"\x80\x81 not json", b"[1, 2, 3]", b"\x80" * 10])
def test_unreadable_entries_are_misses(tmp_path, inputs, content):
    themes, docs, vacancies = inputs
    key, vacancy_docs = _args(themes, docs, vacancies)
    (tmp_path / store.ENTRY).write_bytes(content)
    assert store.load(tmp_path, key, themes, docs, vacancy_docs) is None


def test_a_read_only_cache_only_costs_time(tmp_path, inputs):
    themes, docs, vacancies = inputs
    fresh = tag_all(themes, docs, vacancies)
    key, _ = _args(themes, docs, vacancies)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    store.save(blocked, key, fresh.stories, fresh.vacancies)  # no exception


def test_a_fifo_or_symlink_entry_is_a_miss_without_waiting(tmp_path, inputs):
    themes, docs, vacancies = inputs
    key, vacancy_docs = _args(themes, docs, vacancies)
    os.mkfifo(tmp_path / store.ENTRY)  # would block a plain read forever
    assert store.load(tmp_path, key, themes, docs, vacancy_docs) is None
    (tmp_path / store.ENTRY).unlink()
    fresh = tag_all(themes, docs, vacancies)
    real = tmp_path / "elsewhere"
    store.save(real, key, fresh.stories, fresh.vacancies)
    (tmp_path / store.ENTRY).symlink_to(real / store.ENTRY)
    assert store.load(tmp_path, key, themes, docs, vacancy_docs) is None


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("Parttime", True),  # as written, another case
        ("part time", True),  # as matched: the hyphen is not a letter
        ("STRASSE", True),  # casefolded: "Straße"
        ("script", False),
        ("<script>", False),
    ],
)
def test_evidence_is_found_as_written_or_letters_only(word, found):
    doc = Doc(lang="nl", title="Werken in de Straße", body="Ik werk part-time en parttime.")
    assert store._StoryText(doc).has(word) is found


# -- the per-story layer: one edited story is tagged alone -----------------------


def _counted(monkeypatch) -> dict[str, int]:
    """How many stories were scored (Tagger.tag), read for the shares and scored for
    the themes' lower floors, and how many times a language's hand-tagged stories
    were learned from."""
    from podium_tag import model

    calls = {"tag": 0, "terms": 0, "learn": 0, "coverage": 0}
    tag, terms, learn = model.Tagger.tag, model._term_list, model.learn
    coverage = model.Tagger._coverage

    def counted_tag(self, doc):
        calls["tag"] += 1
        return tag(self, doc)

    def counted_terms(*args):
        calls["terms"] += 1
        return terms(*args)

    def counted_learn(*args):
        calls["learn"] += 1
        return learn(*args)

    def counted_coverage(self, doc):
        calls["coverage"] += 1
        return coverage(self, doc)

    monkeypatch.setattr(model.Tagger, "tag", counted_tag)
    monkeypatch.setattr(model.Tagger, "_coverage", counted_coverage)
    monkeypatch.setattr(model, "_term_list", counted_terms)
    monkeypatch.setattr(model, "learn", counted_learn)
    return calls


def _kept(tmp_path, themes):
    from podium_tag.model import TaggerConfig

    return store.PerStory(tmp_path, themes, TaggerConfig(), None)


def test_kept_per_story_results_are_exactly_a_fresh_tagging(tmp_path, inputs, monkeypatch):
    themes, docs, vacancies = inputs
    fresh = tag_all(themes, docs, vacancies)
    first = tag_all(themes, docs, vacancies, _kept(tmp_path, themes))
    calls = _counted(monkeypatch)
    again = tag_all(themes, docs, vacancies, _kept(tmp_path, themes))
    assert (first.stories, first.vacancies) == (fresh.stories, fresh.vacancies)
    assert (again.stories, again.vacancies) == (fresh.stories, fresh.vacancies)
    assert calls == {"tag": 0, "terms": 0, "learn": 0, "coverage": 0}
    assert again.tagger.identity() == fresh.tagger.identity()


def test_one_edited_story_is_read_and_scored_alone(tmp_path, inputs, monkeypatch, caplog):
    themes, docs, vacancies = inputs
    tag_all(themes, docs, vacancies, _kept(tmp_path, themes))
    i = next(i for i, d in enumerate(docs) if not d.explicit_themes and d.lang == "nl")
    edited = list(docs)
    edited[i] = dataclasses.replace(docs[i], title=docs[i].title + " (bijgewerkt)")
    calls = _counted(monkeypatch)
    with caplog.at_level("DEBUG", logger="podium_tag.store"):
        again = tag_all(themes, edited, vacancies, _kept(tmp_path, themes))
    total = len(docs) + len(vacancies)
    assert f"tags: 1 of {total} stories and vacancies scored again" in caplog.text
    fresh = tag_all(themes, edited, vacancies)
    assert (again.stories, again.vacancies) == (fresh.stories, fresh.vacancies)
    # Once for the kept run; the fresh run above reads, learns and scores everything again.
    assert calls["tag"] == 1 + len(docs) + len(vacancies)
    assert calls["learn"] == len({d.lang for d in docs if d.explicit_themes})
    # Scored for the lower floors: the edited story alone, then all of them.
    assert calls["coverage"] == 1 + len(docs)


def test_a_tagger_fitted_on_other_stories_tags_every_story_again(tmp_path, inputs, monkeypatch):
    themes, docs, vacancies = inputs
    tag_all(themes, docs, vacancies, _kept(tmp_path, themes))
    # Three hand-tagged stories fewer: other shares, other learning, a new identity.
    labelled = [i for i, d in enumerate(docs) if d.explicit_themes]
    fewer = [d for i, d in enumerate(docs) if i not in labelled[:3]]
    calls = _counted(monkeypatch)
    again = tag_all(themes, fewer, vacancies, _kept(tmp_path, themes))
    assert calls["terms"] == 0  # the stories' terms are the themes', not the tagger's
    assert calls["tag"] == len(fewer) + len(vacancies)
    assert calls["coverage"] == len(fewer)
    assert calls["learn"] >= 1
    assert again.stories == tag_all(themes, fewer, vacancies).stories


def test_a_planted_per_story_entry_is_a_miss_for_that_story(tmp_path, inputs, monkeypatch):
    themes, docs, vacancies = inputs
    fresh = tag_all(themes, docs, vacancies, _kept(tmp_path, themes))
    for name, plant in (
        (store.TERMS, ["no such term"]),
        (store.DOC_TAGS, [{"slug": themes[0].slug, "source": "auto", "score": 9.0,
                           "evidence": ["<script>"], "sources": ["keyword"]}]),
        (store.COVERAGE, {t.slug: [9.0, "yes", -1] for t in themes}),
    ):  # fmt: skip
        entry = tmp_path / name
        data = json.loads(entry.read_text("utf-8"))
        first = next(iter(data["items"]))
        data["items"][first] = plant
        entry.write_text(json.dumps(data), "utf-8")
    calls = _counted(monkeypatch)
    again = tag_all(themes, docs, vacancies, _kept(tmp_path, themes))
    assert (again.stories, again.vacancies) == (fresh.stories, fresh.vacancies)
    assert calls == {"tag": 1, "terms": 1, "learn": 0, "coverage": 1}


def test_what_hand_tagged_stories_taught_is_kept_and_checked(tmp_path, monkeypatch):
    from .test_tagger import THEMES, _labelled

    # Five hand-tagged craft stories teach "omvormer" (see test_tagger).
    craft = _labelled("craft", "De monteur hangt de omvormer op.", 5)
    other = _labelled("tech", "Ik schrijf software voor de app.", 5)
    docs = [*craft, *other, Doc("nl", title="Op pad", body="De omvormer en de monteur.")]
    first = tag_all(THEMES, docs, [], _kept(tmp_path, THEMES))
    assert ("craft", "omvormer") in {(t.theme, t.example) for t in first.tagger.learned_terms}
    calls = _counted(monkeypatch)
    edited = [*docs[:-1], dataclasses.replace(docs[-1], title="Op pad (bijgewerkt)")]
    again = tag_all(THEMES, edited, [], _kept(tmp_path, THEMES))
    assert calls == {"tag": 1, "terms": 1, "learn": 0, "coverage": 1}
    assert again.tagger.identity() == first.tagger.identity()

    # A planted entry: a learned term that outweighs what learning can give.
    entry = tmp_path / store.LEARNED
    data = json.loads(entry.read_text("utf-8"))
    (learned,) = data["items"].values()
    learned["terms"][0][6] = 5.0
    entry.write_text(json.dumps(data), "utf-8")
    planted = tag_all(THEMES, edited, [], _kept(tmp_path, THEMES))
    assert calls["learn"] == 1
    assert planted.tagger.identity() == first.tagger.identity()
    assert planted.stories == tag_all(THEMES, edited, []).stories
