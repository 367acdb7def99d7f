"""`kiosk import-hsds` as editors run it: malformed input gets one clear
message and exit 1 (never a traceback, never a half-written bundle); a good
import prints its report; progress shows on a terminal and nowhere else."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_bundle

ROOT = Path(__file__).resolve().parents[1]


def run_import(capsys, source: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    region = [] if "--region" in extra else ["--region", "US"]
    code = main(["import-hsds", str(source), "-o", str(out), *region, *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


SERVICE = {"id": "s1", "name": "Food pantry", "phones": [{"id": "p", "number": "314-555-0100"}]}

MALFORMED = {
    "truncated JSON": (
        "in.json",
        json.dumps([SERVICE])[:40],
        "in.json:1:38: not valid JSON: Unterminated string starting at; the file seems cut short",
    ),
    "not UTF-8": (
        "in.json",
        b'[{"id": "s1", "name": "Caf\xe9"}]',
        "in.json:1: byte 0xe9 is not UTF-8 text",
    ),
    "a list of numbers": (
        "in.json",
        "[1, 2]",
        "in.json: no HSDS services or organizations found: nothing to import\n"
        "  - $[0]: expected an HSDS object, but it is a number (1): skipped\n"
        "  - $[1]: expected an HSDS object, but it is a number (2): skipped\n",
    ),
    "a bare string": ("in.json", '"services"', "expected HSDS JSON (an object or a list"),
    "only a name that is NaN": (
        "in.json",
        '[{"name": NaN}]',
        "none of the 1 service(s) could be imported:\n"
        "  - $[0]: 'name' should be text, but it is not a usable number (NaN): not imported\n"
        "  - $[0]: a service with no usable name: not imported\n",
    ),
    "no services at all": ("in.json", "[]", "no HSDS services or organizations found"),
    "CSV without a name column": (
        "pkg/services.csv",
        "id,description\ns1,Groceries\n",
        "services.csv:1: missing column 'name', which HSDS requires in this table",
    ),
    "CSV with a broken row": (
        "pkg/services.csv",
        "id,name\ns1,Food pantry,extra\n",
        "services.csv:2: 3 values, but the header names 2 columns",
    ),
    "CSV cut inside a quote": (
        "pkg/services.csv",
        'id,name\ns1,"Food pantry\n',
        "services.csv:2: not a valid CSV line: unexpected end of data",
    ),
    "CSV not UTF-8": (
        "pkg/services.csv",
        b"id,name\ns1,Caf\xe9\n",
        "services.csv:2: byte 0xe9 is not UTF-8 text",
    ),
    "a phones table without numbers": (
        "pkg/phones.csv",
        "id,service_id\np1,s1\n",
        "phones.csv:1: missing column 'number'",
    ),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_malformed_input_gets_a_clear_message_and_exit_1(tmp_path, capsys, case):
    rel, content, expected = MALFORMED[case]
    source = write(tmp_path / rel, content)
    if rel.startswith("pkg/"):
        if source.name != "services.csv":
            write(tmp_path / "pkg" / "services.csv", "id,name\ns1,Food pantry\n")
        source = source.parent

    code, out, err = run_import(capsys, source, tmp_path / "bundle")

    assert code == 1
    assert err.startswith("error: ") and expected in err, err
    assert "Traceback" not in err + out
    assert not (tmp_path / "bundle").exists()


def test_bad_options_are_refused_before_anything_is_read(tmp_path, capsys):
    source = write(tmp_path / "in.json", json.dumps([SERVICE]))
    for option, expected in (
        (["--region", "XX"], "--region 'XX': not a country code"),
        (["--language", "English"], "--language 'English': write a language code"),
        (["--id", "Bad Id"], "--id 'Bad Id': use lowercase letters"),
    ):
        code, _, err = run_import(capsys, source, tmp_path / "bundle", *option)
        assert code == 1 and expected in err


def test_a_good_import_prints_its_report_and_writes_it_beside_the_bundle(tmp_path, capsys):
    service = {**SERVICE, "phones": [*SERVICE["phones"], {"id": "f", "number": "314-555-0199",
                                                           "type": "fax"}]}  # fmt: skip
    source = write(tmp_path / "in.json", json.dumps([service]))
    out = tmp_path / "bundle"

    code, printed, err = run_import(capsys, source, out, "--title", "North County", "--id", "nc")

    assert code == 0 and err == ""  # stderr is not a terminal here: no progress
    assert printed == (out / "IMPORT-REPORT.txt").read_text(encoding="utf-8")
    assert 'fax number "314-555-0199" not imported' in printed
    result = load_bundle(out)
    assert result.errors == []
    assert (result.bundle.id, result.bundle.title["en"]) == ("nc", "North County")
    assert [p.number for p in result.bundle.resources["food-pantry"].phones] == ["+13145550100"]


def big_directory(path: Path, count: int) -> Path:
    services = [
        {
            "id": f"s{n}",
            "name": f"Service {n}",
            "phones": [{"id": f"p{n}", "number": "314-555-0100"}],
        }
        for n in range(count)
    ]
    return write(path, json.dumps({"contents": services, "total_items": count}))


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.slow
def test_a_long_import_shows_progress_on_a_terminal(tmp_path):
    source = big_directory(tmp_path / "big.json", 600)
    controller, terminal = pty.openpty()
    with open(tmp_path / "stdout.txt", "wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk.cli", "import-hsds", str(source), "-o",
             str(tmp_path / "bundle"), "--region", "US"],
            stdout=stdout,
            stderr=terminal,
            env=child_env(),
        )  # fmt: skip
    os.close(terminal)  # the child holds the only other end: reading ends when it exits
    shown = b""
    try:
        while True:  # read while it runs, so a full terminal buffer never blocks it
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the child closed its end
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
        returncode = process.wait(timeout=300)

    assert returncode == 0
    screen = shown.decode("utf-8", errors="replace")
    assert "Mapping services: 600/600" in screen
    assert "Writing files: " in screen
    assert screen.endswith("\r\x1b[K")  # the line is cleared before the report
    report = (tmp_path / "stdout.txt").read_bytes()
    assert b"Read 600 service(s); wrote 600 resource(s)" in report


@pytest.mark.slow
def test_a_piped_import_stays_quiet(tmp_path):
    source = big_directory(tmp_path / "big.json", 600)

    process = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "import-hsds", str(source), "-o",
         str(tmp_path / "bundle"), "--region", "US"],
        capture_output=True,
        env=child_env(),
        timeout=300,
        check=False,
    )  # fmt: skip

    assert process.returncode == 0
    assert process.stderr == b""
    assert b"Read 600 service(s); wrote 600 resource(s)" in process.stdout


def test_the_hsds_package_imports_no_qt():
    """Editors import and export on machines where Qt may be missing."""
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import kiosk.hsds\n"
        "names = [m.name for m in pkgutil.walk_packages(kiosk.hsds.__path__, 'kiosk.hsds.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "qt = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(json.dumps({'imported': names, 'qt': qt}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert (
        "kiosk.hsds.importer" in report["imported"] and "kiosk.hsds.commands" in report["imported"]
    )
    assert report["qt"] == []
