"""The package layering of plugins/: kernel -> steps in pipeline order -> command line.

A step may import the kernel, the vacancy library and earlier steps, never a
later one; the kernel imports no step; and no set of packages imports itself
round in a cycle. Every import counts, including those inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from podium.pipeline import STEPS

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"
# Bottom-up. The vacancy library is read with the stories, so it sits just
# under the read step; the command line sits on top and may import anything.
LAYERS = ("podium", "podium_vacancies", *STEPS, "podium_ping", "podium_cli")


def packages() -> list[str]:
    return sorted(p.name for p in PLUGINS.iterdir() if p.is_dir() and any(p.glob("*.py")))


def modules_imported(package: str) -> dict[str, list[str]]:
    """Every module of another plugins/ package that ``package`` imports, each
    with where (``imports_of`` names only the packages)."""
    known = set(packages())
    found: dict[str, list[str]] = {}
    for source in sorted((PLUGINS / package).rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in known - {package}:
                    where = f"{source.relative_to(PLUGINS)}:{node.lineno}"
                    found.setdefault(name, []).append(where)
    return found


def imports_of(package: str) -> dict[str, list[str]]:
    """Other plugins/ packages that ``package`` imports, each with where."""
    found: dict[str, list[str]] = {}
    for module, wheres in modules_imported(package).items():
        found.setdefault(module.split(".")[0], []).extend(wheres)
    return found


GRAPH = {package: imports_of(package) for package in packages()}


def test_every_layer_exists():
    assert set(LAYERS) <= set(GRAPH), "a layer names a package that is gone"


@pytest.mark.parametrize("package", [p for p in LAYERS if p in GRAPH])
def test_no_package_imports_a_later_one(package):
    rank = LAYERS.index(package)
    later = {
        other: where
        for other, where in GRAPH[package].items()
        if other in LAYERS and LAYERS.index(other) > rank
    }
    assert not later, f"{package} imports later layers: {later}"


def test_kernel_imports_no_plugin_package():
    assert GRAPH["podium"] == {}


def test_no_package_cycle():
    """Also covers packages outside LAYERS (a new package must not close a loop)."""
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in GRAPH[node]:
            if state.get(nxt) == "open":
                cycle = path[path.index(nxt) :] + [nxt]
                pytest.fail("package import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for package in GRAPH:
        if package not in state:
            visit(package, [package])


def test_the_check_sees_a_violation(tmp_path, monkeypatch):
    """The guard itself: a forward import is found (so the tests above can fail)."""
    for name in ("podium", "podium_read", "podium_render"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    (tmp_path / "podium_read" / "x.py").write_text("def f():\n    import podium_render.hub\n")
    monkeypatch.setattr(f"{__name__}.PLUGINS", tmp_path)
    assert imports_of("podium_read") == {"podium_render": ["podium_read/x.py:2"]}


def test_every_step_s_docstring_gives_its_place_in_steps():
    """The cards step called itself "pipeline step 6" and the index step "step 7"
    after the images step came in at 6: a reader counting on them looked for
    the wrong step."""
    import re

    stated = {}
    for source in sorted(PLUGINS.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        for number, name in re.findall(r"[Pp]ipeline step (\d+), (\w+)", text):
            stated[f"{source.relative_to(PLUGINS)}: {name}"] = int(number)
    assert len(stated) >= len(STEPS) - 1
    wrong = {
        where: number
        for where, number in stated.items()
        if STEPS.index(where.split("/")[0]) + 1 != number
    }
    assert not wrong, f"STEPS puts them elsewhere: {wrong}"


@pytest.mark.parametrize("package", [p for p in LAYERS if p in GRAPH and p != "podium_vacancies"])
def test_no_step_takes_a_rule_from_the_checks_of_old_urls_or_the_ats_client(package):
    """The render step took its people-redirect rule from `podium check --was`'s
    module (podium_validate.old_urls) and its remote and district words from the
    ATS pull client (podium_vacancies.ats.common, 1,800 lines): the rule is the
    read step's (podium_read.people), the words the vacancy library's
    (podium_vacancies.places), and only the pull (and the command that runs it)
    needs the client."""
    wrong = {
        name: where
        for name, where in modules_imported(package).items()
        if name.startswith("podium_vacancies.ats")
        or (package != "podium_cli" and name == "podium_validate.old_urls")
    }
    assert not wrong, f"{package} imports {wrong}"


@pytest.mark.parametrize("package", [p for p in STEPS if p in GRAPH and p != "podium_validate"])
def test_no_later_step_says_what_the_validate_step_checks(package):
    """The render step said the validate step's warnings on links to a theme's page
    past its last one (and `podium check` numbered the pages with the render step's
    code): a check is the validate step's, which says it in the build and in
    `podium check` alike; a later step neither repeats nor imports it."""
    assert "podium_validate" not in GRAPH[package] or LAYERS.index(package) < LAYERS.index(
        "podium_validate"
    ), f"{package} imports {GRAPH[package].get('podium_validate')}"
