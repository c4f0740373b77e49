"""The similarity in meaning (PODIUM_TAG_MEANING, ``podium_tag/meaning.py``): its
pure helpers, its setting, its cache of story vectors and what ``--explain`` shows.
The figures it reaches are ``test_eval.py``'s."""

from __future__ import annotations

import dataclasses

import markdown
import pytest

from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_tag import Doc, Tagger, TaggerConfig, decision, meaning, store
from podium_tag.plugin import parse_meaning
from podium_tag.tagging import tag_all

from .evaluate import HERE, labelled_stories, set_themes

needs_model = pytest.mark.skipif(
    not meaning.available(), reason=f"{meaning.PACKAGE} is not installed (the meaning extra)"
)

STORY = """\
## Hoe begon het?

Na mijn **opleiding** begon ik hier als leerling. De eerste weken liep ik mee
met een monteur.

- veel geleerd
- fouten gemaakt

## En nu?

Nu leid ik zelf een team &amp; plan ik het werk.
"""


def test_the_builds_paragraphs_are_the_markdowns():
    """The build reads a story's rendered HTML, the labelled sets its Markdown: the
    same paragraphs (title first, a list one block) but for the Markdown's own marks."""
    html = markdown.markdown(STORY)
    from_html = meaning.html_paragraphs("Mijn eerste baan", html)
    from_markdown = meaning.paragraphs("Mijn eerste baan", STORY)
    assert from_html == (
        "Mijn eerste baan",
        "Hoe begon het?",
        "Na mijn opleiding begon ik hier als leerling. De eerste weken liep ik mee met "
        "een monteur.",
        "veel geleerd fouten gemaakt",
        "En nu?",
        "Nu leid ik zelf een team & plan ik het werk.",
    )
    assert len(from_markdown) == len(from_html)
    same = [i for i, (a, b) in enumerate(zip(from_html, from_markdown, strict=True)) if a == b]
    assert same == [0, 1, 4]  # the rest differ by the Markdown's marks only


def test_features_are_the_cosine_its_z_and_its_lead():
    cosines = {"a": 0.30, "b": 0.10, "c": 0.20}
    f = meaning.features(cosines, "a")
    assert f["embedding"] == 0.30
    assert f["embedding_lead"] == pytest.approx(0.10)
    assert f["embedding_z"] == pytest.approx(0.1 / (0.02 / 3) ** 0.5)
    assert meaning.features(cosines, "b")["embedding_lead"] == pytest.approx(-0.20)
    assert meaning.features({"a": 0.3}, "a") == {
        "embedding": 0.3,
        "embedding_z": 0.0,
        "embedding_lead": 0.0,
    }
    assert meaning.features(cosines, "missing") == {}


def test_a_stored_vector_is_checked():
    import numpy as np

    vector = np.zeros(meaning.DIMENSIONS)
    vector[3] = 1.0
    assert np.array_equal(meaning.unpack(meaning.pack(vector)), vector)
    for raw in (None, 12, "not base64!", meaning.pack(vector[:10]), meaning.pack(vector * 2)):
        with pytest.raises(ValueError):
            meaning.unpack(raw)


def test_the_decision_with_meaning_has_its_relaxed_gate():
    plain, relaxed = decision.model(), decision.model(meaning=True)
    assert plain.outside == float("inf") and not plain.passes(0.99, may=False)
    assert (relaxed.threshold, relaxed.outside) == (0.44, 0.60)
    assert set(meaning.FEATURES) <= set(relaxed.names)
    assert not set(meaning.FEATURES) & set(plain.names)
    assert relaxed.passes(0.45, may=True) and not relaxed.passes(0.45, may=False)
    assert relaxed.passes(0.61, may=False)


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_the_setting_is_true_or_false(value):
    with pytest.raises(ContentError) as caught:
        parse_meaning({"PODIUM_TAG_MEANING": value}, "pelicanconf.py", None)
    (issue,) = caught.value.issues
    assert "setting PODIUM_TAG_MEANING must be True or False" in issue.message


def test_the_setting_without_the_package_says_what_to_install(monkeypatch, tmp_path):
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "Werken bij Acme"\nPODIUM_TAG_MEANING = True\n', "utf-8")
    monkeypatch.setattr(meaning, "available", lambda: False)
    with pytest.raises(ContentError) as caught:
        PodiumSettings.from_pelican(
            {"PODIUM_SETTINGS_FILE": str(conf), "PODIUM_TAG_MEANING": True, "PATH": "content"}
        )
    (issue,) = caught.value.issues
    text = issue.format()
    assert "\n" not in text and "Traceback" not in text
    assert text.startswith(f"{conf}:2: error: setting PODIUM_TAG_MEANING ")
    assert 'pip install "podium[meaning]"' in text
    assert not parse_meaning({}, "pelicanconf.py", None)


@needs_model
def test_the_setting_on_is_read_once_into_the_typed_settings():
    ps = PodiumSettings.from_pelican({"PODIUM_TAG_MEANING": True, "PATH": "content"})
    assert ps.tag_meaning is True
    assert PodiumSettings.from_pelican({"PATH": "content"}).tag_meaning is False


@pytest.fixture(scope="module")
def small_set():
    directory = HERE / "holdout5"
    return set_themes(directory), labelled_stories(directory)[:12]


@needs_model
def test_cosines_are_rounded_and_deterministic(small_set):
    themes, stories = small_set
    one, two = meaning.Meaning(themes), meaning.Meaning(themes)
    for story in stories[:3]:
        cosines = one.cosines(story.doc)
        assert list(cosines) == [t.slug for t in themes]
        assert all(round(v, meaning.DECIMALS) == v and -1 <= v <= 1 for v in cosines.values())
        assert two.cosines(story.doc) == cosines


@needs_model
def test_a_warm_tag_step_embeds_no_story(tmp_path, small_set):
    """The story vectors are kept in the tag store (vectors.json), keyed by the text:
    tagging the same stories again, or after a theme changed (every story tagged
    again), embeds none; an edited story is embedded alone."""
    themes, stories = small_set
    docs = [s.doc for s in stories]
    config = TaggerConfig(meaning=True)

    def tag(themes, docs):
        before = meaning.embedded[0]
        kept = store.PerStory(tmp_path, themes, config, None)
        tagging = tag_all(themes, docs, [], kept, config)
        return tagging.stories, meaning.embedded[0] - before

    first, embedded = tag(themes, docs)
    assert embedded == len(docs)
    assert (tmp_path / store.VECTORS).is_file()
    again, embedded = tag(themes, docs)
    assert (again, embedded) == (first, 0)
    changed = [dataclasses.replace(themes[0], keywords={"en": ("night shift",)}), *themes[1:]]
    _, embedded = tag(changed, docs)
    assert embedded == 0
    edited = [
        dataclasses.replace(docs[0], paragraphs=(*docs[0].paragraphs, "One more.")),
        *docs[1:],
    ]
    _, embedded = tag(themes, edited)
    assert embedded == 1
    # ... and what was kept of the unchanged stories is still there.
    _, embedded = tag(changed, edited)
    assert embedded == 0


@needs_model
def test_meaning_changes_no_explicit_theme_and_explains_itself(small_set):
    from podium_cli.explain import explain_doc

    themes, stories = small_set
    config = TaggerConfig(meaning=True)
    tagger = Tagger.fit(themes, [], config, corpus=[s.doc for s in stories])
    doc = dataclasses.replace(stories[0].doc, explicit_themes=(themes[-1].slug,))
    tags = tagger.tag(doc)
    assert [t.slug for t in tags if t.source == "explicit"] == [themes[-1].slug]
    text = explain_doc("story.md (en)", doc, themes, tagger)
    assert "with the similarity in meaning (PODIUM_TAG_MEANING)" in text
    assert "at a chance of 0.44, one outside them at 0.60" in text
    cosines = tagger.meaning_cosines(doc)
    for slug, cosine in cosines.items():
        assert f"similarity {cosine:.4f}, z " in text, slug
    assert text.count("(meaning)") == len(themes)
    assert text.count("the gate within the limits") + text.count("the gate outside the limits") + (
        text.count("whatever the model says")
    ) == len(themes)
    # Without the setting, nothing of it.
    plain = Tagger.fit(themes, [], TaggerConfig(), corpus=[s.doc for s in stories])
    assert "(meaning)" not in explain_doc("story.md (en)", doc, themes, plain)


@needs_model
def test_explaining_a_story_takes_its_cosines_once(small_set, monkeypatch):
    """``scores`` (``--explain``) shows the cosines the decision read, not a second
    computation of them: one call of ``Meaning.cosines`` a story, and the same values."""
    themes, stories = small_set
    tagger = Tagger.fit(themes, [], TaggerConfig(meaning=True), corpus=[s.doc for s in stories])
    doc = stories[0].doc
    expected = tagger.meaning_cosines(doc)
    calls = []
    real = meaning.Meaning.cosines

    def counted(self, asked):
        calls.append(asked)
        return real(self, asked)

    monkeypatch.setattr(meaning.Meaning, "cosines", counted)
    found = tagger.scores(doc)
    assert len(calls) == 1
    assert {s.slug: s.meaning[0] for s in found} == expected


def test_without_the_setting_no_story_is_embedded(small_set, monkeypatch):
    themes, stories = small_set

    def refuse(texts):
        raise AssertionError("embedded without PODIUM_TAG_MEANING")

    monkeypatch.setattr(meaning, "embed", refuse)
    tagger = Tagger.fit(themes, [], corpus=[s.doc for s in stories])
    for story in stories:
        tagger.tag(story.doc)
        tagger.scores(story.doc)
    assert tagger.meaning_cosines(stories[0].doc) == {}


def test_a_doc_without_paragraphs_is_embedded_by_its_title_and_text():
    doc = Doc(lang="nl", title=" Monteur ", body="Je werkt\n met  gereedschap.")
    assert meaning.doc_paragraphs(doc) == ("Monteur", "Je werkt met gereedschap.")
    assert meaning.doc_paragraphs(Doc(lang="nl")) == ()
