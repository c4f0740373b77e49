"""``benchmarks/run.py --memory-only`` records its cold build in docs/benchmarks.md:
its section names who held the memory per phase, and the 10,000-story target row
reads it. Rendering only, on made-up figures; nothing is timed here."""

from __future__ import annotations

from podium_testkit import benchmark_module

MIB = 2**20


def _run_module():
    return benchmark_module("run")


def _cold(wall: float, tree_mib: int, name: str = "Podium, cold") -> dict:
    return {"name": name, "wall": wall, "cpu": wall / 2, "max_rss": 700 * MIB,
            "tree_rss": tree_mib * MIB, "pages": 16743, "cards": 10016, "squares": 10000,
            "card_phase": 200.0}  # fmt: skip


def test_a_memory_only_run_gives_its_section_and_the_target_row():
    run = _run_module()
    machine = {"cpu": "cpu", "cores": "2", "ram": "1 GiB", "os": "os", "python": "3",
               "pelican": "4"}  # fmt: skip
    names = ("bare Pelican, cold", "Podium, cold", "Podium, warm", "Podium, one edit")
    small = {"stories": 1000, "runs": [_cold(100.0, 900, n) for n in names], "cards": {}}
    big = {
        "stories": 10000, "memory_only": True, "date": "2026-12-02", "command": "cmd",
        "machine": machine, "nl": 6560, "generate_s": 12.0, "load": "2.0, 3.0",
        "runs": [_cold(700.0, 1600)],
        "phases": {
            "whole build": [1600 * MIB, [[700 * MIB, "the build process"],
                                         [500 * MIB, "card worker"]]],
            "while Pagefind runs": [900 * MIB, [[480 * MIB, "the build process"],
                                                [420 * MIB, "Pagefind"]]],
        },
    }  # fmt: skip
    rows = [line for line in run.targets({1000: small, 10000: big}) if "10,000" in line]
    assert rows == [
        "| 10,000 stories: ≤ 1.5 GiB peak RSS, ≤ 12x the 1,000-story time | **missed**: "
        "1.56 GiB (limit 1.50 GiB, 4% over) (sum over the process tree); time **met**: "
        "7.00x (limit 12.00x, 42% headroom) |"
    ]
    text = "\n".join(run.section(big))
    assert "### 10,000 stories (cold build only)" in text
    assert "| Podium, cold | 700.0 s | 350.0 s | 700 MiB | 1,600 MiB | 16,743 |" in text
    lines = text.splitlines()
    assert (
        "- peak whole build: **1,600 MiB** (700 MiB the build process; 500 MiB card worker)"
        in lines
    )
    assert (
        "- peak while Pagefind runs: **900 MiB** (480 MiB the build process; 420 MiB Pagefind)"
        in lines
    )
    assert "peak without Pagefind" not in text  # a phase never seen is left out


def _build(name: str, wall: float, cards: int = 0, squares: int = 0) -> dict:
    return {"name": name, "wall": wall, "cpu": wall, "max_rss": 100 * MIB,
            "tree_rss": 100 * MIB, "pages": 10, "cards": cards, "squares": squares,
            "card_phase": 0.0}  # fmt: skip


def test_the_warm_and_edit_bars_are_judged_on_the_median_of_the_rounds():
    run = _run_module()
    main = [
        _build("bare Pelican, cold", 5.0),
        _build("Podium, cold", 20.0, 1016, 1000),
        _build("Podium, warm", 7.0),  # a slow moment: 1.40x
        _build("Podium, one edit", 10.0, 1, 1),
    ]
    rounds = [
        {"bare": _build("bare", bare), "warm": _build("warm", warm),
         "edit": _build("edit", edit, 1, 1)}
        for bare, warm, edit in ((5.0, 4.5, 9.0), (4.0, 4.4, 8.0), (6.0, 5.4, 12.0))
    ]  # fmt: skip
    small = {"stories": 1000, "runs": main, "rounds": rounds, "cards": {}}
    rows = run.targets({1000: small})
    warm = next(r for r in rows if r.startswith("| warm build"))
    # Ratios 0.90x, 1.10x, 0.90x: the median 0.90x meets the bar; the main run did not.
    assert "**met**: 0.90x" in warm and "median of 3 alternating rounds" in warm
    assert "(0.90x to 1.10x; CPU 0.90x); main run 1.40x" in warm
    edit = next(r for r in rows if r.startswith("| one story edited"))
    assert "**missed**: 2.00x" in edit and "1 card + 1 square rendered in every edit build" in edit
    rounds[1]["edit"]["cards"] = 2  # one edit build rendered a card too many
    edit = next(r for r in run.targets({1000: small}) if r.startswith("| one story edited"))
    assert "**1 + 1, 1 + 1, 2 + 1, 1 + 1**" in edit
