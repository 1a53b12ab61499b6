"""environment.yml (conda) and pyproject.toml (pip) must name the same dependencies."""

from __future__ import annotations

import re
import tomllib

import yaml
from conftest import REPO


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_names() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        names |= {_name(r) for r in extra}
    return names


def _environment_names() -> set[str]:
    env = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for item in env["dependencies"]:
        if isinstance(item, dict):
            names |= {_name(r) for r in item["pip"] if not r.startswith("-e")}
        elif _name(item) not in ("python", "pip"):
            names.add(_name(item))
    return names


def test_environment_yml_and_pyproject_list_the_same_packages():
    assert _environment_names() == _pyproject_names()


def test_environment_yml_and_pyproject_agree_on_python():
    env = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "python=3.11" in env["dependencies"]
    assert project["requires-python"] == ">=3.11"


def test_constraints_pin_every_direct_dependency():
    pinned = {
        _name(line)
        for line in (REPO / "requirements" / "constraints.txt").read_text().splitlines()
        if line and not line.startswith("#")
    }
    missing = _pyproject_names() - pinned
    assert not missing, f"requirements/constraints.txt has no pin for {sorted(missing)}; run `make lock`"


def test_every_pin_installs_on_the_oldest_python_the_project_supports():
    # pyproject says >=3.11, and a fresh machine's Python 3.11 may be 3.11.2
    # (Debian 12): a pin whose release needs a later patch level (soupsieve
    # 4.1.3 needs >=3.11.5) makes `make venv` fail there with a resolver error.
    from importlib.metadata import PackageNotFoundError, metadata

    from packaging.specifiers import SpecifierSet

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floor = project["requires-python"].removeprefix(">=")
    floor = floor + ".0" * (3 - len(floor.split(".")))  # 3.11 → 3.11.0
    checked, too_new = 0, []
    for line in (REPO / "requirements" / "constraints.txt").read_text().splitlines():
        if not line or line.startswith("#") or "==" not in line:
            continue
        name, version = line.split("==", 1)
        try:
            meta = metadata(name)
        except PackageNotFoundError:
            continue
        if meta["Version"] != version.strip():
            continue  # this environment has another version: its metadata says nothing of the pin
        checked += 1
        needs = meta.get("Requires-Python")
        if needs and not SpecifierSet(needs).contains(floor):
            too_new.append(f"{name}=={version} needs Python {needs}")
    assert checked > 50  # the environment is the one the constraints describe
    assert not too_new, f"pins that do not install on Python {floor}: {too_new}"
