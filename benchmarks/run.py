"""Benchmark Podium against bare Pelican on a synthetic corpus.

    .venv/bin/python benchmarks/run.py --stories 1000

Generates a corpus (``benchmarks/corpus.py``) in a temporary folder, then
builds it, each build a separate subprocess so its wall time, CPU time
(user + sys, card workers included) and peak memory are its own:

1. bare Pelican, cold: the same Markdown with Pelican's metadata header, the
   default theme, no plugins;
2. Podium, cold: ``podium build -q`` with empty caches (``.podium-cache/``
   and Pelican's ``cache/`` deleted);
3. Podium, warm: the same build again, nothing changed;
4. Podium, one story edited: one title changed, then built again.

Then it times the card renderer in-process on the corpus' own card specs
(median per card, with the portrait decoded each time), prints a Markdown
report and writes it into ``docs/benchmarks.md`` (between the generated
markers; results of other corpus sizes stay). ``--profile DIR`` also runs
the cold and warm builds under cProfile and writes the stats there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import corpus as corpus_mod

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "benchmarks.md"
BIN = Path(sys.executable).parent  # the venv's bin/: podium and pelican live here
BEGIN, END = "<!-- BEGIN GENERATED RESULTS -->", "<!-- END GENERATED RESULTS -->"
DATA_RE = re.compile(r"<!-- data (\{.*?\}) -->")
GIB = 1024**3


@dataclass
class Run:
    name: str
    wall: float  # seconds
    cpu: float  # user + sys seconds of the process and the workers it waited for
    max_rss: int  # bytes: the largest single process (ru_maxrss)
    tree_rss: int  # bytes: the largest sum over the process tree, sampled every 50 ms
    pages: int = 0
    cards: int = 0  # 1200x630 cards rendered (not reused from the cache)
    squares: int = 0  # 1080x1080 quote squares rendered
    card_phase: float = 0.0  # seconds between the first and the last image written


# Every build runs as on a user's machine, where Python keeps the bytecode of
# the modules it imports. Some shells (this project's sandbox among them) set
# PYTHONDONTWRITEBYTECODE: Pelican's own modules were byte-compiled by pip at
# install time, while the plugins, outside site-packages, would be compiled
# from source at every Podium build (about 0.15 s of each).
BUILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(name: str, cmd: list[str], cwd: Path, log: Path, watch=None) -> Run:
    """Run ``cmd`` as a child process; its wall time, CPU time and memory.

    ``watch``, when given, sees every sample: a list of (resident bytes, command).
    """
    peak = [0]
    done = threading.Event()
    # Flush what the previous step wrote (a corpus copied for a CI run is
    # 250 MB): its write-back would otherwise run during the timed build.
    os.sync()
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=BUILD_ENV)

        def sample() -> None:
            while not done.wait(0.05):
                parts = _processes(proc.pid)
                peak[0] = max(peak[0], sum(rss for rss, _ in parts))
                if watch is not None:
                    watch(parts)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{name} failed (exit {proc.returncode}):\n{log.read_text()[-4000:]}")
    return Run(
        name,
        wall,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss * 1024,
        max(peak[0], usage.ru_maxrss * 1024),
    )


def _count_pages(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.html"))


def _cards_since(cache: Path, start_ns: int) -> tuple[int, int, float]:
    """Cards and squares the build wrote into the card cache, and the span it took."""
    new = [p for p in cache.glob("*") if p.is_file() and p.stat().st_mtime_ns >= start_ns]
    squares = sum(1 for p in new if ".square-" in p.name)
    times = [p.stat().st_mtime_ns for p in new]
    span = (max(times) - min(times)) / 1e9 if len(times) > 1 else 0.0
    return len(new) - squares, squares, span


def podium_build(
    name: str, site: Path, out: Path, logs: Path, profile: Path | None = None, watch=None
) -> Run:
    cmd = [str(BIN / "podium"), "build", "-q", "-s", "pelicanconf.py", "-o", str(out)]
    if profile is not None:
        cmd = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "podium_cli", *cmd[1:]]
    start_ns = time.time_ns()
    run = measure(name, cmd, site, logs / f"{name}.log", watch)
    run.pages = _count_pages(out)
    run.cards, run.squares, run.card_phase = _cards_since(site / ".podium-cache/cards", start_ns)
    return run


def bare_build(site: Path, logs: Path) -> Run:
    shutil.rmtree(site / "cache-bare", ignore_errors=True)
    shutil.rmtree(site / "output-bare", ignore_errors=True)
    cmd = [str(BIN / "pelican"), "-s", "pelicanconf_bare.py", "-q"]
    run = measure("bare Pelican, cold", cmd, site, logs / "bare.log")
    run.pages = _count_pages(site / "output-bare")
    return run


def ci_build(name: str, site: Path, logs: Path) -> Run:
    """A CI run: a fresh clone (new files, new mtimes, no output, no Pelican cache) at the
    same path, with ``.podium-cache/`` restored as actions/cache restores it (a tar:
    the cache files keep their mtimes)."""
    previous = site.with_name(site.name + "-previous")
    shutil.rmtree(previous, ignore_errors=True)
    site.rename(previous)
    skip = {".podium-cache", "cache", "output", "cache-bare", "output-bare"}
    skip |= {p.name for p in leftovers(previous / "output")}  # not in a clone either
    site.mkdir()
    for item in previous.iterdir():
        if item.name in skip:
            continue
        if item.is_dir():
            shutil.copytree(item, site / item.name, copy_function=shutil.copyfile)
        else:
            shutil.copyfile(item, site / item.name)
    shutil.copytree(previous / ".podium-cache", site / ".podium-cache", symlinks=True)
    shutil.rmtree(previous)
    return podium_build(name, site, site / "output", logs)


ROUNDS = 3  # alternating rounds of bare Pelican, warm and one-edit builds (--rounds)


def paired_rounds(site: Path, out: Path, logs: Path, corpus, rounds: int) -> list[dict]:
    """``rounds`` times: bare Pelican, a warm build, one title edited and built.

    On a shared machine one run's ratio moved by a quarter between runs of the
    same code (bare Pelican alone took 4.6 to 6.4 s); a build and the bare
    build timed right next to it see the same moment, so the warm and edit
    bars are judged on the median of these rounds' ratios.
    """
    out_rounds = []
    for i in range(1, rounds + 1):
        print(f"round {i} of {rounds}: bare, warm, one edit ...", file=sys.stderr)
        bare = bare_build(site, logs)
        warm = podium_build(f"round {i}, warm", site, out, logs)
        corpus_mod.edit_one_title(corpus)
        edit = podium_build(f"round {i}, one edit", site, out, logs)
        out_rounds.append({"bare": asdict(bare), "warm": asdict(warm), "edit": asdict(edit)})
    return out_rounds


def _round_ratios(rounds: list[dict], build: str, what: str = "wall") -> list[float]:
    return [r[build][what] / r["bare"][what] for r in rounds]


def cold_reset(site: Path, out: Path) -> None:
    """No cache and no output: also no earlier output waiting for a build's sweep."""
    for folder in (site / ".podium-cache", site / "cache", out, *leftovers(out)):
        shutil.rmtree(folder, ignore_errors=True)


def leftovers(out: Path) -> list[Path]:
    """Earlier outputs a build moved aside for the next build to remove (``.output.old-*``)."""
    return sorted(out.parent.glob(f".{out.name}.*"))


# -- the card renderer, in-process ------------------------------------------------
def card_timings(site: Path, sample: int) -> dict[str, float]:
    """Median milliseconds per card and per square on the corpus' specs."""
    os.chdir(site)
    from PIL import ImageFont

    from podium import settings as podium_settings
    from podium_cards import portrait
    from podium_cards.layout_settings import card_layout
    from podium_cards.render import render_card, render_square
    from podium_cards.spec import CardSpec
    from podium_cli.build import load_settings
    from podium_read.parse import parse_story
    from podium_read.themes import load_themes
    from podium_validate.site import story_files

    settings = load_settings(site / "pelicanconf.py")
    ps = podium_settings.get(settings)
    content = Path(settings["PATH"])
    colors = {t.slug: t.color for t in load_themes(content / "themes.yml", ps.languages)}
    team_theme = {team: themes[0] for team, themes in corpus_mod.TEAM_THEMES.items()}
    files = story_files(content)
    step = max(1, len(files) // sample)
    specs = []
    for path in files[::step][:sample]:
        parsed = parse_story(path, content, ps)
        story = parsed.story
        theme = (story.themes or (team_theme.get(story.team, "tech"),))[0]
        specs.append(
            CardSpec(
                title=story.title,
                quote=parsed.quote or parsed.summary,
                author_name=story.author,
                author_role=story.role,
                portrait_path=content / story.photo if story.photo else None,
                theme_color=colors.get(theme, ps.brand.color),
                brand_name=ps.brand.name,
                lang=story.lang,
                kind=story.kind,
            )
        )
    layout = card_layout(settings.get("PODIUM_CARDS"), source=ps.settings_file)
    render_card(specs[0], layout)  # fonts load once per process, as in a pool worker
    render_square(specs[0], layout)
    floor_font = ImageFont.truetype(str(layout.font_bold), 64)
    floor(floor_font)

    def fresh_portrait() -> None:  # decode and crop the portrait every time, as for a new author
        portrait._portrait.cache_clear()
        portrait._square.cache_clear()

    result: dict[str, float] = {}
    times: dict[str, list[float]] = {"floor_ms": [], "card_ms": [], "square_ms": []}
    sizes: list[int] = []
    # Floor and card alternate, so a busy moment on a shared machine hits both.
    for spec in specs:
        t = time.perf_counter()
        floor(floor_font)
        times["floor_ms"].append((time.perf_counter() - t) * 1000)
        fresh_portrait()
        t = time.perf_counter()
        card = render_card(spec, layout)
        times["card_ms"].append((time.perf_counter() - t) * 1000)
        sizes.append(len(card.data))
        fresh_portrait()
        t = time.perf_counter()
        render_square(spec, layout)
        times["square_ms"].append((time.perf_counter() - t) * 1000)
    warm = []
    for spec in specs:
        t = time.perf_counter()
        render_card(spec, layout)
        warm.append((time.perf_counter() - t) * 1000)
    for label, values in times.items():
        result[label] = statistics.median(values)
    result["card_p90_ms"] = statistics.quantiles(times["card_ms"], n=10)[-1]
    result["card_warm_ms"] = statistics.median(warm)
    result["card_kb_median"] = statistics.median(sizes) / 1000
    result["card_kb_max"] = max(sizes) / 1000
    result["card_specs"] = len(specs)
    result["with_portrait"] = sum(1 for s in specs if s.portrait_path)
    os.chdir(REPO)
    return result


def cards_only(site: Path, stories: int, sample: int, prof: Path | None) -> None:
    """The card figures alone, to iterate on the renderer: corpus reused when it is there."""
    if not (site / "content" / "themes.yml").exists():
        print(f"generating {stories} stories in {site} ...", file=sys.stderr)
        corpus_mod.generate(site, stories)
    load_before = os.getloadavg()[0]
    if prof is None:
        cards = card_timings(site, sample)
    else:
        import cProfile
        import pstats

        prof = prof.resolve()
        prof.mkdir(parents=True, exist_ok=True)
        profiler = cProfile.Profile()
        cards = profiler.runcall(card_timings, site, sample)
        profiler.dump_stats(prof / "cards.prof")
        with open(prof / "cards.txt", "w") as f:
            stats = pstats.Stats(str(prof / "cards.prof"), stream=f)
            stats.sort_stats("tottime").print_stats(40)
            stats.sort_stats("cumulative").print_stats(60)
    print(f"load average {load_before:.1f}, {os.getloadavg()[0]:.1f}")
    for key, value in cards.items():
        print(f"{key:>16}: {value:.2f}" if isinstance(value, float) else f"{key:>16}: {value}")
    print(f"{'card / floor':>16}: {cards['card_ms'] / cards['floor_ms']:.2f}x")


def floor(font) -> bytes:
    """The floor a card is measured against (issue 13): a new 1200x630 canvas, two
    headline lines of Inter Bold at 64 px, a JPEG encode at quality 85."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 630), (251, 250, 247))
    draw = ImageDraw.Draw(image)
    draw.text((84, 110), "Waarom ik na tien jaar in de zorg", font=font, fill=(21, 23, 28))
    draw.text((84, 190), "overstapte naar data engineering", font=font, fill=(21, 23, 28))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=85)
    return buf.getvalue()


# -- report ------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1]) * 1024
    from importlib.metadata import version

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": f"{mem / GIB:.1f} GiB",
        "python": platform.python_version(),
        "pelican": version("pelican"),
        "os": f"{platform.system()} {platform.release()}",
        "speedup": f"{parallel_speedup():.2f}",
    }


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_speedup(workers: int = 2, jobs: int = 8, n: int = 2_000_000) -> float:
    """How much faster ``workers`` processes run CPU-bound Python than one: on a
    machine with two real cores close to 2; shared or throttled vCPUs give less."""
    from concurrent.futures import ProcessPoolExecutor

    t = time.perf_counter()
    for _ in range(jobs):
        _burn(n)
    serial = time.perf_counter() - t
    with ProcessPoolExecutor(workers) as pool:
        t = time.perf_counter()
        list(pool.map(_burn, [n] * jobs))
        parallel = time.perf_counter() - t
    return serial / parallel


def _verdict(value: float, limit: float, unit: str = "x", fmt: str = "{:.2f}") -> str:
    shown, cap = f"{fmt.format(value)}{unit}", f"limit {fmt.format(limit)}{unit}"
    if value <= limit:
        return f"**met**: {shown} ({cap}, {1 - value / limit:.0%} headroom)"
    return f"**missed**: {shown} ({cap}, {value / limit - 1:.0%} over)"


def _judged(single: float, rounds: list[dict], build: str) -> str:
    """The verdict on the median of the alternating rounds, with their range and the
    main run's ratio; on the main run alone when there are no rounds."""
    if not rounds:
        return _verdict(single, 1.0)
    ratios = _round_ratios(rounds, build)
    cpu = statistics.median(_round_ratios(rounds, build, "cpu"))
    return (
        f"{_verdict(statistics.median(ratios), 1.0)}, median of {len(ratios)} alternating "
        f"rounds ({min(ratios):.2f}x to {max(ratios):.2f}x; CPU {cpu:.2f}x); main run "
        f"{single:.2f}x"
    )


def targets(data: dict[int, dict]) -> list[str]:
    lines = ["| target | result |", "|---|---|"]
    d = data.get(1000)
    if d is None or d.get("memory_only"):
        lines.append("| (1,000 stories) | not run yet |")
    else:
        runs = {r["name"]: r for r in d["runs"]}
        bare = runs["bare Pelican, cold"]["wall"]
        cold, warm, edit = runs["Podium, cold"], runs["Podium, warm"], runs["Podium, one edit"]
        bare_cpu = runs["bare Pelican, cold"]["cpu"]

        def cpu(run: dict) -> str:
            return f"CPU time {run['cpu'] / bare_cpu:.2f}x"

        lines.append(
            f"| cold build with cards and search index ≤ 2.0x bare Pelican | "
            f"{_verdict(cold['wall'] / bare, 2.0)}; {cpu(cold)} |"
        )
        rounds = d.get("rounds") or []
        warms = [warm] + [r["warm"] for r in rounds]
        edits = [edit] + [r["edit"] for r in rounds]
        cards = sum(w["cards"] + w["squares"] for w in warms)
        ok = "0 cards rendered" if cards == 0 else f"**{cards} cards rendered**"
        lines.append(
            f"| warm build ≤ 1.0x bare Pelican cold, 0 cards | "
            f"{_judged(warm['wall'] / bare, rounds, 'warm')}; {cpu(warm)}; {ok} |"
        )
        exact = all(e["cards"] == 1 and e["squares"] == 1 for e in edits)
        ok = "1 card + 1 square rendered" + ("" if not rounds else " in every edit build")
        if not exact:
            ok = "**" + ", ".join(f"{e['cards']} + {e['squares']}" for e in edits) + "**"
        lines.append(
            f"| one story edited ≤ 1.0x bare Pelican cold, exactly 1 card and 1 square | "
            f"{_judged(edit['wall'] / bare, rounds, 'edit')}; {cpu(edit)}; {ok} |"
        )
        c = d["cards"]
        if "floor_ms" in c:
            lines.append(
                f"| card median incl. portrait ≤ 2.5x the floor (same run) | "
                f"{_verdict(c['card_ms'] / c['floor_ms'], 2.5)}: card {c['card_ms']:.1f} ms, "
                f"floor {c['floor_ms']:.1f} ms |"
            )
            lines.append(
                f"| card file ≤ 300 KB | {_verdict(c['card_kb_max'], 300, ' KB', '{:.0f}')} "
                f"(largest; median {c['card_kb_median']:.0f} KB) |"
            )
        for name in ("CI nightly, cache restored", "CI, one story changed", "CI, one story added"):
            if name in runs:
                r = runs[name]
                lines.append(
                    f"| {name} (fresh clone + restored `.podium-cache/`) | "
                    f"{r['wall']:.1f} s = {r['wall'] / bare:.2f}x bare Pelican; "
                    f"{r['cards']} cards + {r['squares']} squares rendered |"
                )
    big = data.get(10000)
    if big is None:
        lines.append("| 10,000 stories: ≤ 1.5 GiB peak RSS, ≤ 12x the 1,000-story time | not run |")
    else:
        runs = {r["name"]: r for r in big["runs"]}
        rss = max(r["tree_rss"] for n, r in runs.items() if n.startswith("Podium")) / GIB
        text = f"{_verdict(rss, 1.5, ' GiB')} (sum over the process tree)"
        if d is not None:
            small = {r["name"]: r for r in d["runs"]}["Podium, cold"]["wall"]
            text += f"; time {_verdict(runs['Podium, cold']['wall'] / small, 12.0)}"
        lines.append(f"| 10,000 stories: ≤ 1.5 GiB peak RSS, ≤ 12x the 1,000-story time | {text} |")
    return lines


def section(d: dict) -> list[str]:
    if d.get("memory_only"):
        return memory_section(d)
    n, m = d["stories"], d["machine"]
    runs = d["runs"]
    bare = next(r for r in runs if r["name"].startswith("bare"))
    out = [
        f"### {n:,} stories",
        "",
        f"Run on {d['date']}: `{d['command']}`  ",
        f"{m['cpu']}, {m['cores']} cores, {m['ram']} RAM, {m['os']}, "
        f"Python {m['python']}, Pelican {m['pelican']}; two processes run CPU-bound Python "
        f"{m.get('speedup', '?')}x as fast as one; load average {d.get('load', '?')} "
        "(before, after the builds).  ",
        f"Corpus: {n:,} story files ({d['nl']:,} nl, {n - d['nl']:,} en; "
        f"{d['words']:,} words in bodies, {d['words'] // max(1, n):,} per story), "
        f"{d['authors']:,} authors, {d['portraits']} portraits, {d['vacancies']} vacancies; "
        f"generated in {d['generate_s']:.1f} s.",
        "",
        "| build | wall | CPU (user+sys) | peak RSS, largest process | peak RSS, process tree "
        "| pages | pages/s | wall vs bare | cards + squares rendered |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        cards = "" if r["name"].startswith("bare") else f"{r['cards']} + {r['squares']}"
        if r["card_phase"]:
            cards += f" ({r['card_phase']:.1f} s writing)"
        out.append(
            f"| {r['name']} | {r['wall']:.1f} s | {r['cpu']:.1f} s | "
            f"{r['max_rss'] / 2**20:,.0f} MiB | {r['tree_rss'] / 2**20:,.0f} MiB | "
            f"{r['pages']:,} | {r['pages'] / r['wall']:,.0f} | {r['wall'] / bare['wall']:.2f}x | "
            f"{cards} |"
        )
    if d.get("rounds"):
        out += [
            "",
            f"Alternating rounds after the builds above (bare Pelican, then a warm build, "
            f"then one title edited and built, {len(d['rounds'])} times):",
            "",
            "| round | bare Pelican | warm | warm / bare | one edit | edit / bare |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for i, r in enumerate(d["rounds"], 1):
            b, w, e = r["bare"], r["warm"], r["edit"]
            out.append(
                f"| {i} | {b['wall']:.1f} s ({b['cpu']:.1f} s CPU) | {w['wall']:.1f} s "
                f"({w['cpu']:.1f} s CPU) | {w['wall'] / b['wall']:.2f}x | {e['wall']:.1f} s "
                f"({e['cpu']:.1f} s CPU) | {e['wall'] / b['wall']:.2f}x |"
            )
    c = d["cards"]
    out += [
        "",
        f"Card renderer, in-process on {c['card_specs']} of the corpus' card specs "
        f"({c['with_portrait']} with a portrait, decoded and cropped for every card): "
        f"median **{c['card_ms']:.1f} ms** per 1200x630 card (90th percentile "
        f"{c['card_p90_ms']:.1f} ms), {c['square_ms']:.1f} ms per 1080x1080 square, "
        f"{c['card_warm_ms']:.1f} ms per card when the portrait is already decoded."
        + (
            f" The floor, timed alternately with the cards: {c['floor_ms']:.1f} ms "
            f"(ratio {c['card_ms'] / c['floor_ms']:.2f}x). Card files: median "
            f"{c['card_kb_median']:.0f} KB, largest {c['card_kb_max']:.0f} KB."
            if "floor_ms" in c
            else ""
        ),
        "",
        f"<!-- data {json.dumps(d, sort_keys=True)} -->",
        "",
    ]
    return out


def memory_section(d: dict) -> list[str]:
    """A --memory-only run: the cold build alone, and who holds the memory at its peaks."""
    n, m, r = d["stories"], d["machine"], d["runs"][0]
    return [
        f"### {n:,} stories (cold build only)",
        "",
        f"Run on {d['date']}: `{d['command']}`  ",
        f"{m['cpu']}, {m['cores']} cores, {m['ram']} RAM, {m['os']}, Python {m['python']}, "
        f"Pelican {m['pelican']}; load average {d['load']} (before, after the build).  ",
        f"Corpus: {n:,} story files ({d['nl']:,} nl, {n - d['nl']:,} en); generated in "
        f"{d['generate_s']:.1f} s. Only the cold build was run (no bare Pelican, warm or "
        "edit builds, no card timings).",
        "",
        "| build | wall | CPU (user+sys) | peak RSS, largest process | peak RSS, process tree "
        "| pages | cards + squares rendered |",
        "|---|---:|---:|---:|---:|---:|---|",
        f"| {r['name']} | {r['wall']:.1f} s | {r['cpu']:.1f} s | {r['max_rss'] / 2**20:,.0f} MiB "
        f"| {r['tree_rss'] / 2**20:,.0f} MiB | {r['pages']:,} | {r['cards']:,} + {r['squares']:,} "
        f"({r['card_phase']:.1f} s writing) |",
        "",
        "Who held the memory (resident, summed over the process tree, sampled every 50 ms):",
        "",
        *memory_lines(d),
        "",
        f"<!-- data {json.dumps(d, sort_keys=True)} -->",
        "",
    ]


def render_doc(data: dict[int, dict]) -> str:
    lines = [BEGIN, "", "### Targets", ""]
    lines += targets(data)
    lines.append("")
    for n in sorted(data):
        lines += section(data[n])
    lines.append(END)
    return "\n".join(lines)


def write_doc(result: dict) -> str:
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    old, tail = rest.split(END, 1)
    data = {json.loads(m)["stories"]: json.loads(m) for m in DATA_RE.findall(old)}
    data[result["stories"]] = result
    generated = render_doc(data)
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(head + generated + tail, encoding="utf-8")
    return generated


# -- main --------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=1000, help="story files (default 1000)")
    parser.add_argument("--card-sample", type=int, default=200, help="specs to time (200)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--profile", type=Path, help="also profile cold and warm builds here")
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/ alone")
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="only the cold build: the process tree's peak memory and who holds it",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=ROUNDS,
        help="alternating rounds of bare Pelican, warm build and one edit after the main "
        "builds; the warm and edit bars are judged on the median of their ratios (3)",
    )
    parser.add_argument(
        "--cards-only",
        action="store_true",
        help="only time the card renderer (reuses the corpus in --keep DIR); writes no doc; "
        "with --profile DIR also writes cards.prof and its top functions there",
    )
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="podium-bench-"))
    work = work.resolve()
    site, logs = work / "site", work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    try:
        if args.cards_only:
            cards_only(site, args.stories, args.card_sample, args.profile)
            return
        print(f"generating {args.stories} stories in {site} ...", file=sys.stderr)
        load_before = os.getloadavg()[0]
        t = time.perf_counter()
        corpus = corpus_mod.generate(site, args.stories)
        generate_s = time.perf_counter() - t
        if args.memory_only:
            run, phases = memory_profile(site, logs)
            run.pages = _count_pages(site / "output")
            result = {
                "stories": args.stories,
                "memory_only": True,
                "date": dt.date.today().isoformat(),
                "command": f".venv/bin/python benchmarks/run.py --stories {args.stories} "
                "--memory-only",
                "machine": machine(),
                "nl": sum(1 for s in corpus.stories if s.lang == "nl"),
                "generate_s": generate_s,
                "load": f"{load_before:.1f}, {os.getloadavg()[0]:.1f}",
                "runs": [asdict(run)],
                "phases": phases,
            }
            text = "\n".join(section(result)) if args.no_doc else write_doc(result)
            print(text)
            return
        out = site / "output"
        runs = []
        print("bare Pelican, cold ...", file=sys.stderr)
        runs.append(bare_build(site, logs))
        cold_reset(site, out)
        print("Podium, cold ...", file=sys.stderr)
        runs.append(podium_build("Podium, cold", site, out, logs))
        print("Podium, warm ...", file=sys.stderr)
        runs.append(podium_build("Podium, warm", site, out, logs))
        corpus_mod.edit_one_title(corpus)
        print("Podium, one story edited ...", file=sys.stderr)
        runs.append(podium_build("Podium, one edit", site, out, logs))
        print("CI, cache restored into a fresh clone ...", file=sys.stderr)
        runs.append(ci_build("CI nightly, cache restored", site, logs))
        corpus_mod.edit_one_title(corpus)
        print("CI, cache restored, one story changed ...", file=sys.stderr)
        runs.append(ci_build("CI, one story changed", site, logs))
        corpus_mod.add_one_story(corpus)
        print("CI, cache restored, one story added ...", file=sys.stderr)
        runs.append(ci_build("CI, one story added", site, logs))
        rounds = paired_rounds(site, out, logs, corpus, args.rounds)
        print("timing the card renderer ...", file=sys.stderr)
        cards = card_timings(site, args.card_sample)
        load_after = os.getloadavg()[0]
        if args.profile:
            profile(site, out, logs, args.profile.resolve())
        words = sum(len(s.body.split()) for s in corpus.stories)
        result = {
            "stories": args.stories,
            "date": dt.date.today().isoformat(),
            "command": f".venv/bin/python benchmarks/run.py --stories {args.stories}"
            + (f" --rounds {args.rounds}" if args.rounds != ROUNDS else ""),
            "machine": machine(),
            "nl": sum(1 for s in corpus.stories if s.lang == "nl"),
            "words": words,
            "authors": len(corpus.authors),
            "portraits": corpus.portraits,
            "vacancies": corpus.vacancies,
            "generate_s": generate_s,
            "load": f"{load_before:.1f}, {load_after:.1f}",
            "runs": [asdict(r) for r in runs],
            "rounds": rounds,
            "cards": cards,
        }
        text = render_doc({result["stories"]: result}) if args.no_doc else write_doc(result)
        print(text)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _processes(root: int) -> list[tuple[int, str]]:
    """(resident bytes, command line) of ``root`` and its descendants."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    stat = f.read()
                parents[int(entry.name)] = int(stat[stat.rindex(b")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, todo = set(), [root]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo.extend(p for p, pp in parents.items() if pp == pid and p not in tree)
    out = []
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as f:
                rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")[:100]
        except (OSError, ValueError, IndexError):
            continue
        out.append((rss, cmd))
    return out


PHASES = ("whole build", "while Pagefind runs", "without Pagefind")


def memory_profile(site: Path, logs: Path) -> tuple[Run, dict]:
    """The cold build, its process tree sampled every 50 ms: the run, and per phase
    (the whole build; while Pagefind indexes; the rest: cards and pages) the peak
    and the processes that made it up."""
    best: dict[str, list] = {phase: [0, []] for phase in PHASES}

    def watch(parts: list[tuple[int, str]]) -> None:
        total = sum(rss for rss, _ in parts)
        indexing = any(
            "pagefind" in name.split()[0] or " -m pagefind " in name for _, name in parts if name
        )
        for phase in (PHASES[0], PHASES[1] if indexing else PHASES[2]):
            if total > best[phase][0]:
                best[phase] = [total, [[rss, _who(name)] for rss, name in sorted(parts)[::-1][:6]]]

    cold_reset(site, site / "output")
    run = podium_build("Podium, cold", site, site / "output", logs, watch=watch)
    return run, best


def memory_lines(d: dict) -> list[str]:
    """The per-phase peaks of a --memory-only run, as Markdown lines."""
    out = []
    for phase in PHASES:
        peak, parts = d["phases"].get(phase, (0, []))
        if not peak:
            continue
        who = "; ".join(f"{rss / 2**20:,.0f} MiB {name}" for rss, name in parts if rss)
        out.append(f"- peak {phase}: **{peak / 2**20:,.0f} MiB** ({who})")
    return out


def _who(cmd: str) -> str:
    if cmd and "pagefind" in cmd.split()[0]:
        return "Pagefind"
    if "spawn_main" in cmd:
        return "card worker"
    if "resource_tracker" in cmd:
        return "multiprocessing's resource tracker"
    if "podium build" in cmd:
        return "the build process"
    return cmd[:40]


def profile(site: Path, out: Path, logs: Path, folder: Path) -> None:
    """cProfile the cold and the warm build (the main process; card workers are not seen)."""
    import pstats

    folder.mkdir(parents=True, exist_ok=True)
    cold_reset(site, out)
    for name in ("cold", "warm"):
        print(f"profiling the {name} build ...", file=sys.stderr)
        prof = folder / f"{name}.prof"
        podium_build(f"profile-{name}", site, out, logs, profile=prof)
        with open(folder / f"{name}.txt", "w") as f:
            stats = pstats.Stats(str(prof), stream=f)
            stats.sort_stats("cumulative").print_stats(60)
            stats.sort_stats("tottime").print_stats(40)


if __name__ == "__main__":
    main()
