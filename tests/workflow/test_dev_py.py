"""``dev.py``, the two commands of a fresh clone: its errors are one line too."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from podium_testkit import ROOT


def _dev(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("podium_dev", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # A clone of its own: nothing here touches the real .venv.
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(module, "BIN", tmp_path / ".venv" / "bin")
    monkeypatch.setattr(module, "STAMP", tmp_path / ".venv" / ".podium-installed")
    return module


def test_help_is_printed_and_succeeds(tmp_path, monkeypatch, capsys):
    dev = _dev(tmp_path, monkeypatch)
    monkeypatch.setattr(sys, "argv", ["dev.py", "--help"])
    dev.main()  # returns: exit status 0 (it was 1, the text on stderr)
    out = capsys.readouterr()
    assert "python3 dev.py setup" in out.out and out.err == ""


def test_an_unknown_command_is_one_line(tmp_path, monkeypatch, capsys):
    dev = _dev(tmp_path, monkeypatch)
    monkeypatch.setattr(sys, "argv", ["dev.py", "tset"])
    with pytest.raises(SystemExit) as exited:
        dev.main()
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        "dev.py: error: no command 'tset'; use serve, test, setup (or --help)"
    ]


def test_a_failed_setup_step_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    """Offline, `pip install` fails: dev.py ended in a CalledProcessError traceback."""
    dev = _dev(tmp_path, monkeypatch)
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").touch()
    monkeypatch.setattr(
        dev.subprocess, "run", lambda cmd, **kw: subprocess.CompletedProcess(cmd, 1)
    )
    monkeypatch.setattr(sys, "argv", ["dev.py", "test"])
    with pytest.raises(SystemExit) as exited:
        dev.main()
    (line,) = str(exited.value.code).splitlines()
    assert line.startswith("dev.py: error: ") and "-m pip install" in line
    assert line.endswith("failed (exit status 1); see its output above")
    assert not dev.STAMP.exists()


def test_a_venv_without_ensurepip_is_one_line(tmp_path, monkeypatch):
    dev = _dev(tmp_path, monkeypatch)

    def create(self, path):  # Debian's python3 without python3-venv
        raise subprocess.CalledProcessError(1, ["python", "-m", "ensurepip"])

    monkeypatch.setattr(dev.venv.EnvBuilder, "create", create)
    monkeypatch.setattr(sys, "argv", ["dev.py", "serve"])
    with pytest.raises(SystemExit) as exited:
        dev.main()
    (line,) = str(exited.value.code).splitlines()
    assert line.startswith("dev.py: error: cannot create ") and "python3-venv" in line


def test_setup_after_installing_python3_venv_makes_the_venv_again(tmp_path, monkeypatch):
    """venv makes .venv/bin/python before ensurepip fails: that half-made .venv
    stayed, so after `apt install python3-venv`, as the error line says, the next
    run skipped making it and failed on "No module named pip", until the user
    found .venv and removed it by hand."""
    dev = _dev(tmp_path, monkeypatch)
    made = []

    def without_ensurepip(self, path):  # as EnvBuilder.create does it: python first
        (path / "bin").mkdir(parents=True)
        (path / "bin" / "python").touch()
        raise subprocess.CalledProcessError(1, ["python", "-m", "ensurepip"])

    monkeypatch.setattr(dev.venv.EnvBuilder, "create", without_ensurepip)
    monkeypatch.setattr(sys, "argv", ["dev.py", "setup"])
    with pytest.raises(SystemExit) as exited:
        dev.main()
    assert "python3-venv" in str(exited.value.code)

    def with_ensurepip(self, path):
        made.append(path)
        (path / "bin").mkdir(parents=True, exist_ok=True)
        (path / "bin" / "python").touch()

    monkeypatch.setattr(dev.venv.EnvBuilder, "create", with_ensurepip)
    monkeypatch.setattr(
        dev.subprocess, "run", lambda cmd, **kw: subprocess.CompletedProcess(cmd, 0)
    )
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)  # no npm step
    dev.main()
    assert made == [tmp_path / ".venv"]
    assert dev.STAMP.is_file()


def test_on_windows_the_venv_programs_are_exe_files_and_the_tests_are_waited_for(
    tmp_path, monkeypatch
):
    """A venv on Windows has Scripts/python.exe, not Scripts/python: dev.py made
    the venv again at every run and then ran "Scripts/ruff", which is not there;
    and os.execv, which Windows only imitates, gave the shell back at once."""
    dev = _dev(tmp_path, monkeypatch)
    scripts = tmp_path / ".venv" / "Scripts"
    monkeypatch.setattr(dev, "WINDOWS", True)
    monkeypatch.setattr(dev, "BIN", scripts)
    scripts.mkdir(parents=True)
    (scripts / "python.exe").touch()
    dev.STAMP.write_text(dev.hashlib.sha256(b"[project]\nname = 'x'\n").hexdigest())
    ran = []

    def run(cmd, **kw):
        ran.append([str(c) for c in cmd])
        return subprocess.CompletedProcess(cmd, 3 if "pytest" in cmd else 0)

    monkeypatch.setattr(dev.subprocess, "run", run)
    monkeypatch.setattr(dev.venv.EnvBuilder, "create", lambda *a: pytest.fail("venv made again"))
    monkeypatch.setattr(dev.os, "execv", lambda *a: pytest.fail("execv on Windows"))
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)
    monkeypatch.setattr(sys, "argv", ["dev.py", "test", "-q"])
    with pytest.raises(SystemExit) as exited:
        dev.main()
    assert exited.value.code == 3  # pytest's own exit status, after it ended
    assert ran == [
        [str(scripts / "ruff.exe"), "check", "."],
        [str(scripts / "ruff.exe"), "format", "--check", "."],
        [str(scripts / "python.exe"), "-m", "pytest", "-q"],
    ]


def test_a_ruff_finding_in_dev_py_test_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    """`python3 dev.py test` in a clone with a line ruff finds too long: after
    ruff's own report, dev.py ended in a traceback of its Failed exception."""
    dev = _dev(tmp_path, monkeypatch)
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").touch()
    dev.STAMP.write_text(dev.hashlib.sha256(b"[project]\nname = 'x'\n").hexdigest())
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)  # no npm step
    monkeypatch.setattr(
        dev.subprocess,
        "run",
        lambda cmd, **kw: subprocess.CompletedProcess(cmd, 1 if "check" in cmd else 0),
    )
    monkeypatch.setattr(dev.os, "execv", lambda *a: pytest.fail("pytest ran after ruff failed"))
    monkeypatch.setattr(sys, "argv", ["dev.py", "test"])
    with pytest.raises(SystemExit) as exited:
        dev.main()
    (line,) = str(exited.value.code).splitlines()
    assert (
        line
        == f"dev.py: error: {dev.tool('ruff')} check . failed (exit status 1); see its output above"
    )
