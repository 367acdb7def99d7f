"""The shipped files (top-level resources/ and translations/) are found the
same way in a checkout and in an installed kiosk: kiosk/paths.py looks inside
the package first, then beside it.

The slow tests build the real wheel from a copy of the checkout, install it
(and an editable install) into a fresh venv, and run the installed kiosk from
a folder where the checkout cannot be imported."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import kiosk
from kiosk import paths

ROOT = Path(kiosk.__file__).resolve().parents[1]
# What a wheel is built from: everything else in the checkout is not shipped.
SOURCES = (
    "pyproject.toml", "setup.py", "README.md", "LICENSE", "kiosk", "resources", "translations",
)  # fmt: skip
SHIPPED_FONT = "NotoSans-Regular.ttf"
# The sample's warnings: its status, and the six contacts SOURCES.md lists to
# confirm by phone (one of them with no contact at all).
SAMPLE_SUMMARY = (
    "0 errors, 8 warnings in bundle 'ofallon-mo-sample' version 1 (sample): "
    "7 topics, 14 resources\n"
    "translation coverage: en 100%, es 100%, ar 100%\n"
)

PRINT_PATHS = (
    "import kiosk, kiosk.paths as p\n"
    "for f in (kiosk.__file__, p.package_resources(), p.sample_bundle(), p.fonts_dir(),\n"
    "          p.fonts_conf(), p.icons_dir(), p.schema_dir(), p.translations_dir()):\n"
    "    print(f)\n"
)


def test_this_checkout_keeps_its_shipped_files_at_the_top_level():
    assert paths.package_resources() == ROOT / "resources"
    assert paths.translations_dir() == ROOT / "translations"
    assert (paths.fonts_dir() / SHIPPED_FONT).is_file()
    assert paths.fonts_conf().is_file()
    assert (paths.sample_bundle() / "bundle.yaml").is_file()
    assert (paths.translations_dir() / "kiosk_es.qm").is_file()
    assert not (ROOT / "kiosk" / "resources").exists()
    assert not (ROOT / "kiosk" / "translations").exists()


def _tree(root: Path, folders: list[str]) -> None:
    (root / "kiosk").mkdir(parents=True)
    (root / "kiosk" / "__init__.py").write_text("")
    shutil.copy(Path(paths.__file__), root / "kiosk" / "paths.py")
    for folder in folders:
        (root / folder).mkdir(parents=True)
        (root / folder / "marker").write_text(folder)


def _found(root: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", PRINT_PATHS],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [str(Path(line).relative_to(root)) for line in out[1:]]


@pytest.mark.parametrize(
    ("folders", "expected"),
    [
        # a checkout: beside the package
        (["resources", "translations"], ["resources", "translations"]),
        # an installed package: inside it
        (["kiosk/resources", "kiosk/translations"], ["kiosk/resources", "kiosk/translations"]),
        # installed into site-packages where another distribution left a
        # top-level resources/ folder: the package's own still wins
        (
            ["kiosk/resources", "kiosk/translations", "resources", "translations"],
            ["kiosk/resources", "kiosk/translations"],
        ),
    ],
    ids=["checkout", "installed", "installed-beside-a-stranger"],
)
def test_the_shipped_files_are_looked_for_inside_the_package_then_beside_it(
    tmp_path, folders, expected
):
    _tree(tmp_path, folders)
    resources, translations = expected
    assert _found(tmp_path) == [
        resources,
        f"{resources}/bundles/ofallon-mo",
        f"{resources}/fonts",
        f"{resources}/fonts.conf",
        f"{resources}/icons",
        f"{resources}/schema",
        translations,
    ]


# --- a real install into a fresh venv -------------------------------------------


def _run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)


def _fresh_venv(tmp_path: Path) -> tuple[Path, Path]:
    """A venv of its own, whose dependencies (PySide6, PyICU...) come from this
    test's environment through a .pth line, after its own site-packages: the
    kiosk it imports is the one installed into it, never this checkout."""
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    site = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], check=True
    ).stdout.strip()
    # The dependencies only: this environment's own kiosk (a plain install in
    # CI, an editable one here) must not be importable in the fresh venv.
    deps = tmp_path / "dependencies"
    deps.mkdir()
    for folder in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        for item in Path(folder).iterdir():
            own = item.name.startswith(("kiosk", "resource_kiosk", "__editable__"))
            if not own and not (deps / item.name).exists():
                (deps / item.name).symlink_to(item)
    (Path(site) / "zz_test_dependencies.pth").write_text(f"{deps}\n")
    return python, Path(site)


def _isolated_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.mark.slow
@pytest.mark.parametrize("editable", [False, True], ids=["wheel", "editable"])
def test_an_installed_kiosk_validates_its_sample_with_its_own_fonts(tmp_path, editable):
    if shutil.which("pip", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("this environment has no pip to install with")
    source = tmp_path / "checkout"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(ROOT / name, source / name)
    python, site = _fresh_venv(tmp_path)
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps"]
    # The build needs no index: setuptools (test extra) comes from this environment.
    if editable:
        built = _run([*pip, "--no-build-isolation", "--no-index", "-e", source])
    else:
        built = _run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "-q",
                "--no-deps",
                "--no-build-isolation",
                "--no-index",
                "-w",
                tmp_path / "dist",
                source,
            ]
        )
        assert built.returncode == 0, built.stderr
        built = _run([*pip, "--no-index", *(tmp_path / "dist").glob("*.whl")])
    assert built.returncode == 0, built.stderr

    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    env = _isolated_env()
    found = _run([python, "-c", PRINT_PATHS], cwd=run_dir, env=env, check=True)
    module, resources, sample, fonts, conf, icons, schema, translations = map(
        Path, found.stdout.splitlines()
    )
    home = source if editable else site
    assert module == home / "kiosk" / "__init__.py"
    shipped = source if editable else site / "kiosk"
    assert resources == shipped / "resources"
    assert translations == shipped / "translations"
    assert sample == resources / "bundles" / "ofallon-mo"
    assert fonts == resources / "fonts"
    assert (fonts / SHIPPED_FONT).is_file()
    assert conf.is_file() and (icons / "home.svg").is_file()
    assert (schema / "bundle.schema.json").is_file()
    assert sorted(p.name for p in translations.glob("*.qm")) == sorted(
        p.name for p in (ROOT / "translations").glob("*.qm")
    )
    if not editable:
        # Only English's source ships: the reference a bundle's own catalogue
        # is checked against (kiosk.content.interface).
        assert [p.name for p in translations.glob("*.ts")] == ["kiosk_en.ts"]

    # The console script of the install, on its own sample: the validator reads
    # the installed fonts to check every character can be drawn.
    validated = _run([python.parent / "kiosk", "validate", sample], cwd=run_dir, env=env)
    assert validated.returncode == 0, validated.stderr
    assert SAMPLE_SUMMARY in validated.stdout
    assert "missing-glyph" not in validated.stdout
