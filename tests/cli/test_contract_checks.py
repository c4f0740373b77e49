"""What an outside test written from the contract alone checks of `podium check`:
every problem of a file in one run, each message true of the content it names."""

from __future__ import annotations


def test_a_theme_slug_used_twice_is_said_beside_the_first_themes_other_error(site, run):
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    text = text.replace('color: "#1f5fbf"', 'color: "blue-ish"', 1)
    themes.write_text(
        text + '  - slug: tech\n    name: {nl: "Data", en: "Data"}\n    color: "#1f5fbf"\n',
        encoding="utf-8",
    )
    lines = text.count("\n")
    result = run("check", "content/themes.yml")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert 'content/themes.yml:5: error: field "themes.0.color"' in errors[0], errors
    assert (
        f'content/themes.yml:{lines + 1}: error: theme slug "tech" is used twice '
        f"(lines 2 and {lines + 1}); every theme needs its own slug"
    ) in errors, errors
