"""Properties of the trust boundary: random paths, body links and settings.

Whatever path a story names, the policy either refuses it with one line or
returns a file inside content/; whatever links a body holds, no Pelican link
syntax survives into the HTML and every linked file is inside content/;
whatever the new settings hold, they parse or give one-line errors.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium import paths
from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_read.body import MEDIA_MARKER, Renderer

EXAMPLES = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
ONE_LINE = re.compile(r"^[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+$")

segments = st.sampled_from(["..", ".", "", "a", "b.jpg", "x y", "%2e%2e", "~", "\\", "c:"]) | (
    st.text(alphabet="ab./\\:%{}|~ \x00", max_size=6)
)
rel_paths = st.lists(segments, max_size=6).map("/".join) | st.text(max_size=20)


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """A content/ with a file, a folder, a good symlink and bad ones beside a secret."""
    base = tmp_path_factory.mktemp("policy")
    (base / "secret.txt").write_text("secret", "utf-8")
    content = base / "content"
    (content / "a").mkdir(parents=True)
    (content / "b.jpg").write_text("x", "utf-8")
    (content / "a" / "b.jpg").write_text("y", "utf-8")
    (content / "a" / "inside.jpg").symlink_to("../b.jpg")
    (content / "a" / "out.jpg").symlink_to("../../secret.txt")
    (content / "a" / "loop").symlink_to("loop")
    (content / "a" / "up").symlink_to("..")
    return content


@EXAMPLES
@given(rel=rel_paths)
def test_a_content_path_is_inside_or_refused_in_one_line(tree, rel):
    try:
        real = paths.content_file(tree, rel)
    except paths.Refused as exc:
        assert ONE_LINE.match(str(exc))
        return
    assert real.is_relative_to(tree.resolve()) and real.is_file() and not real.is_symlink()


@EXAMPLES
@given(rel=rel_paths)
def test_normalise_never_leaves(rel):
    try:
        clean = paths.normalise(rel)
    except paths.Refused as exc:
        assert ONE_LINE.match(str(exc))
        return
    parts = clean.split("/")
    assert ".." not in parts and "." not in parts and "" not in parts
    assert not clean.startswith("/") and "\\" not in clean and "\x00" not in clean
    assert paths.normalise(clean) == clean  # what it gives back, it takes as it is


def test_a_drive_letter_reached_through_dot_dot_is_refused_too():
    # Found by the link property below: "../c:/b.jpg" from a story in columns/
    # came out as "c:/b.jpg", which normalise itself refuses when given directly.
    for rel in ("columns/../c:/b.jpg", "a/../C:/x", "./d:"):
        with pytest.raises(paths.Refused, match="absolute path"):
            paths.normalise(rel)
    assert paths.normalise("a/c:/b.jpg") == "a/c:/b.jpg"  # a folder named "c:" deeper down


# What Pelican's Content._update_content acts on (default INTRASITE_LINK_REGEX).
PELICAN_LINK = re.compile(
    r"""<[^>]+(?:href|src|poster|data|cite|formaction|action|content)\s*=\s*"""
    r"""["'][{|](.*?)[|}](.*?)["']"""
)

indicators = st.sampled_from(
    ["{static}", "{attach}", "{filename}", "|static|", "|attach|", "{index}", "{x", "", "{}"]
)
targets = (
    st.sampled_from(
        [
            "/images/a.jpg",
            "../../pelicanconf.py",
            "/../x.txt",
            "x.svg",
            "a.pdf",
            "b.md",
            "",
            "\\\\srv\\share\\a.jpg",
            "///h.example/a.jpg",
            "/etc/passwd",
            "/theme/../a.jpg",
        ]
    )
    | rel_paths
)
links = st.tuples(st.sampled_from(["[t]({})", "![t]({})", '<img src="{}">', '<a href="{}">t</a>',
                                   '<span title="src=\'{}\'">t</span>',
                                   '<img alt="href=\'{}\'" src="{{static}}/images/a.jpg">',
                                   # A reference whose address is Markdown itself (2b1398d).
                                   "[r]: ![f]({})\n\n![t][r] [t][r]", "[r]: {}\n\n![t][r]"]),
                  indicators, targets)  # fmt: skip


@EXAMPLES
@given(parts=st.lists(links, min_size=1, max_size=4), kind=st.sampled_from(["column", "interview"]))
def test_no_pelican_link_syntax_survives_a_body(parts, kind):
    text = "\n\n".join(form.replace("{}", ind + tgt.replace(")", "")) for form, ind, tgt in parts)
    source = "Intro.\n\n" + ("## Vraag?\n\n" if kind == "interview" else "") + text + "\n"
    body = Renderer(attachments=("pdf",)).render(source, kind, "x.md", 9, "columns")
    # As Pelican sees it: the reader puts the site URL in place of each marker.
    html = str(body.html).replace(MEDIA_MARKER, "/")
    for what, value in PELICAN_LINK.findall(html):
        # Pelican's {filename} to another story only writes its URL.
        assert what == "filename" and value.endswith((".md", ".markdown")), (what, value)
    for link in body.links:
        assert paths.normalise(link.target) == link.target
        assert MEDIA_MARKER + "media/" in str(body.html)
    for issue in body.issues:
        assert ONE_LINE.match(issue.format())


setting_values = (
    st.none()
    | st.text(max_size=12)
    | st.lists(
        st.text(max_size=20) | st.integers() | st.sampled_from(["pdf", "PDF", ".pdf", "exe"]),
        max_size=4,
    )
)


@EXAMPLES
@given(hosts=setting_values, attachments=setting_values)
def test_new_settings_parse_or_give_one_line_each(hosts, attachments):
    try:
        parsed = PodiumSettings.from_pelican(
            {"PODIUM_IMAGE_HOSTS": hosts, "PODIUM_ATTACHMENTS": attachments}
        )
    except ContentError as exc:
        assert exc.issues
        for issue in exc.issues:
            assert ONE_LINE.match(issue.format())
            assert "PODIUM_IMAGE_HOSTS" in issue.message or "PODIUM_ATTACHMENTS" in issue.message
        return
    assert set(parsed.attachments) <= {"pdf"}
    assert all("/" not in h for h in parsed.image_hosts)
