"""What staff and editors read cannot be forged and never ends in a traceback.

A hostile corpus: inbox files named to forge or hide lines (newlines, carriage
returns, ANSI escapes, bidi overrides, other control bytes), damaged archives
whose manifest claims a version, truncated signatures, `kiosk status` when
`current` is garbled, and real child processes whose reader closes the pipe.
Every case asserts the exact lines and exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
from update_helpers import (
    REPO,
    SAMPLE,
    SAMPLE_ID,
    TODAY,
    Keys,
    make_keys,
    member,
    packed,
    rewrite_zip,
)

from kiosk.cli import EXIT_PIPE_CLOSED, main
from kiosk.content.compiled import compiled_path
from kiosk.shown import shown
from kiosk.updates import install, load_current_bundle, rollback
from kiosk.updates.status import read_status

DAMAGED = "the file is damaged or incomplete (not a readable bundle archive); copy it again"

# name on disk -> how every staff-facing line shows it
FORGED_NAMES = {
    "x\ncurrent:  ofallon-mo-sample version 999\n.kbundle": (
        "x\\ncurrent:  ofallon-mo-sample version 999\\n.kbundle"
    ),
    "ok.kbundle\rcurrent:  forged.kbundle": "ok.kbundle\\rcurrent:  forged.kbundle",
    "\x1b[2K\x1b[1Aclean.kbundle": "\\x1b[2K\\x1b[1Aclean.kbundle",
    "report\u202eeldnubk.fdp.kbundle": "report\\u202eeldnubk.fdp.kbundle",
    "a\u2066b\u2069\u200f.kbundle": "a\\u2066b\\u2069\\u200f.kbundle",
    "bell\x07\x08\x7f\x85.kbundle": "bell\\x07\\x08\\x7f\\x85.kbundle",
    "tab\there\u2028.kbundle": "tab\\there\\u2028.kbundle",
    # Bytes that are not UTF-8 (Python reads them as lone surrogates).
    os.fsdecode(b"\xff\xfe\n.kbundle"): "\\xff\\xfe\\n.kbundle",
}


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return tmp_path / "content"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err.splitlines()


# --- the helper -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain-name_7.kbundle", "plain-name_7.kbundle"),
        ("Español 中文 عربي.kbundle", "Español 中文 عربي.kbundle"),
        ("no\u00a0break", "no\u00a0break"),  # a visible space, not hidden
        (os.fsdecode(b"latin1-\xe9.kbundle"), "latin1-\\xe9.kbundle"),
        ("tag\U000e0041.kbundle", "tag\\U000e0041.kbundle"),
        ("C:\\bundles\\x.kbundle", "C:\\bundles\\x.kbundle"),
        *FORGED_NAMES.items(),
    ],
)
def test_shown_escapes_exactly_what_can_hide_or_forge(text: str, expected: str) -> None:
    assert shown(text) == expected
    assert shown(expected) == expected  # escaping twice changes nothing
    assert expected.isprintable() or "\u00a0" in expected


# --- forged inbox names: install, status, staff panel ------------------------


@pytest.mark.parametrize("name", FORGED_NAMES)
def test_a_forged_name_cannot_forge_a_status_line(
    tmp_path: Path, content: Path, keys: Keys, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    escaped = FORGED_NAMES[name]
    install(packed(tmp_path, keys, 1), content, [keys.public], today=TODAY)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    forged = inbox / name
    forged.write_bytes(b"not a zip at all")
    pub = ["--pubkey", str(keys.pub_file)]

    code, out, err = run(["install", str(forged), "--content-dir", str(content), *pub], capsys)
    assert (code, out, err) == (1, [], [f"{inbox}/{escaped}: refused: {DAMAGED}"])

    code, out, err = run(["status", "--content-dir", str(content)], capsys)
    pointer = read_status(content)["last_install"]
    refusal = read_status(content)["last_refusal"]
    assert refusal["file"] == name  # kept exactly; only the showing is escaped
    assert (code, err) == (0, [])
    assert out == [
        f"content folder: {content}",
        f"current:  {SAMPLE_ID} version 1 (installed {pointer['time']} from sample-v1.kbundle)",
        "previous: none",
        f"last refusal: {refusal['time']} {escaped}: {DAMAGED}",
    ]
    code, out, err = run(["status", "--content-dir", str(content), "--format", "json"], capsys)
    assert (code, err) == (0, [])
    assert all(line.isascii() and line.isprintable() for line in out)
    assert json.loads("\n".join(out))["last_refusal"]["file"] == name


@pytest.mark.parametrize("name", list(FORGED_NAMES)[:3])
def test_a_bundle_installed_from_a_forged_name_shows_it_escaped(
    tmp_path: Path, content: Path, keys: Keys, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    escaped = FORGED_NAMES[name]
    good = tmp_path / "inbox" / name
    good.parent.mkdir()
    shutil.copy(packed(tmp_path, keys, 1), good)
    pub = ["--pubkey", str(keys.pub_file)]
    code, out, err = run(["install", str(good), "--content-dir", str(content), *pub], capsys)
    assert (code, err) == (0, [])
    assert out == [
        f"installed '{SAMPLE_ID}' version 1 in {content}/versions/{SAMPLE_ID}-1; "
        "a running kiosk shows it from its next session reset"
    ]
    code, out, err = run(["status", "--content-dir", str(content)], capsys)
    installed = read_status(content)["last_install"]
    assert installed["file"] == name
    when = installed["time"]
    assert out[1] == f"current:  {SAMPLE_ID} version 1 (installed {when} from {escaped})"
    assert len(out) == 4


def test_the_staff_panel_shows_a_forged_inbox_name_on_one_line(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel
    from ui_helpers import make_kiosk_from

    from kiosk.app.start import watch_inbox
    from kiosk.bundle_origin import ContentSource
    from kiosk.config import KioskConfig

    keys = make_keys(tmp_path / "keys")
    content, inbox = tmp_path / "content", tmp_path / "inbox"
    inbox.mkdir()
    install(packed(tmp_path, keys, 1), content, [keys.public], today=TODAY)
    config = KioskConfig(content_dir=content, inbox=inbox, trusted_keys=(keys.pub_file,))
    kiosk = make_kiosk_from(qtbot, config, ContentSource.from_config(config, None))
    try:
        watch_inbox(kiosk)
        name = "x\ncurrent:  ofallon-mo-sample version 999\n.kbundle"
        (inbox / name).write_bytes(b"PK\x03\x04 cut short")
        with qtbot.waitSignal(kiosk.watcher.refused, timeout=20_000) as refused:
            pass
        escaped = FORGED_NAMES[name]
        assert refused.args == [f"{escaped}: {DAMAGED}"]
        kiosk.staff.open_panel()
        lines = [
            w.text()
            for w in kiosk.window.overlays.panel.findChildren(QLabel)
            if w.objectName() == "install_line"
        ]
        time = read_status(content)["last_refusal"]["time"]
        assert f"last refusal: {time} {escaped}: {DAMAGED}" in lines
        assert lines[-1] == f"Refused: {escaped}: {DAMAGED}"
        assert not [line for line in lines if not line.isprintable()]
        assert [line for line in lines if line.startswith("current:")] == [
            f"current:  {SAMPLE_ID} version 1 (installed "
            f"{read_status(content)['last_install']['time']} from sample-v1.kbundle)"
        ]
    finally:
        kiosk.watcher.stop()
        kiosk.shut_down()


def test_validate_and_pack_show_forged_bundle_file_names(
    tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(SAMPLE, bundle)
    (bundle / "notes\ncurrent:  forged\u202e.txt").write_text("editor's notes")
    code, out, err = run(
        ["pack", str(bundle), "--key", str(keys.key_file), "-o", str(tmp_path / "b.kbundle")],
        capsys,
    )
    assert (code, err) == (0, [])
    assert out[-1] == "not packed (the kiosk does not read it): notes\\ncurrent:  forged\\u202e.txt"

    (bundle / "topics" / "x\n\x1b[1Amore.yaml").write_text("id: [unclosed\n")
    code, out, _err = run(["validate", str(bundle)], capsys)
    assert code == 1
    forged = [line for line in out if line.startswith("topics/x")]
    assert len(forged) == 1 and forged[0].startswith("topics/x\\n\\x1b[1Amore.yaml:")


# --- verification comes first, whatever the file claims ----------------------


def _topic(kbundle: Path) -> str:
    with zipfile.ZipFile(kbundle) as zf:
        return next(n for n in zf.namelist() if n.startswith("bundle/topics/"))


def _flip(kbundle: Path) -> dict[str, bytes]:
    topic = _topic(kbundle)
    return {topic: member(kbundle, topic)[:-1] + b"X"}


CHANGED = (
    "topics/clearing-a-record.yaml does not match the signed manifest: "
    "it was changed after signing or damaged in transit"
)
MISSING = "a file in the signed manifest is missing: bundle/topics/clearing-a-record.yaml"


@pytest.mark.parametrize(
    ("installed", "damage", "reason"),
    [
        # The installed version itself: was "already installed; nothing to do", exit 0.
        ((1,), "flip", CHANGED),
        ((1,), "drop", MISSING),
        # An older version: the damage is what staff must hear, not "not newer".
        ((1, 2), "flip", CHANGED),
        # The version kept for rollback: was "installed as the previous bundle", exit 0.
        ((1, 2, "rollback"), "flip", CHANGED),
    ],
    ids=["current-changed", "current-file-missing", "older-changed", "previous-changed"],
)
def test_a_damaged_copy_of_an_installed_version_is_refused(
    tmp_path: Path,
    content: Path,
    keys: Keys,
    capsys: pytest.CaptureFixture[str],
    installed: tuple[object, ...],
    damage: str,
    reason: str,
) -> None:
    v1 = packed(tmp_path, keys, 1)
    for step in installed:
        if step == "rollback":
            rollback(content)
        else:
            assert isinstance(step, int)
            kbundle = v1 if step == 1 else packed(tmp_path, keys, step)
            install(kbundle, content, [keys.public], today=TODAY)
    before = read_pointer_texts(content)
    edit = {"replace": _flip(v1)} if damage == "flip" else {"drop": [_topic(v1)]}
    damaged = rewrite_zip(v1, tmp_path / "sample-v1-copied.kbundle", **edit)
    pub = ["--pubkey", str(keys.pub_file)]
    code, out, err = run(["install", str(damaged), "--content-dir", str(content), *pub], capsys)
    assert (code, out, err) == (1, [], [f"{damaged}: refused: {reason}"])
    assert read_pointer_texts(content) == before


def read_pointer_texts(content: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in content.iterdir() if p.name in ("current", "previous")}


def _signature_cut(kbundle: Path, how: str) -> bytes:
    sig = member(kbundle, "manifest.json.minisig")
    lines = sig.split(b"\n")
    return {
        "empty": b"",
        "half": sig[: len(sig) // 2],
        "two lines": b"\n".join(lines[:2]) + b"\n",
        "no global signature": b"\n".join(lines[:3]) + b"\n",
        "global signature cut": sig.rstrip(b"\n")[:-10] + b"\n",
    }[how]


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("empty", "bad signature: the signature file is not in minisign's format"),
        ("half", "bad signature: the signature file is not in minisign's format"),
        ("two lines", "bad signature: the signature file is not in minisign's format"),
        ("no global signature", "bad signature: the global signature has the wrong length"),
        ("global signature cut", "bad signature: the global signature is not valid base64"),
    ],
)
def test_a_truncated_signature_is_refused_whatever_the_manifest_claims(
    tmp_path: Path,
    content: Path,
    keys: Keys,
    capsys: pytest.CaptureFixture[str],
    how: str,
    reason: str,
) -> None:
    v1 = packed(tmp_path, keys, 1)
    install(v1, content, [keys.public], today=TODAY)
    cut = rewrite_zip(
        v1,
        tmp_path / "cut.kbundle",
        replace={"manifest.json.minisig": _signature_cut(v1, how)},
    )
    pub = ["--pubkey", str(keys.pub_file)]
    code, out, err = run(["install", str(cut), "--content-dir", str(content), *pub], capsys)
    assert (code, out, err) == (1, [], [f"{cut}: refused: {reason}"])
    code, out, err = run(["verify", str(cut), *pub], capsys)
    assert (code, out, err) == (1, [], [f"{cut}: refused: {reason}"])


def test_a_manifest_that_lies_about_its_version_is_refused(
    tmp_path: Path, content: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    v1 = packed(tmp_path, keys, 1)
    install(v1, content, [keys.public], today=TODAY)
    manifest = member(v1, "manifest.json").replace(b'"version": 1', b'"version": 999')
    liar = rewrite_zip(v1, tmp_path / "v999.kbundle", replace={"manifest.json": manifest})
    pub = ["--pubkey", str(keys.pub_file)]
    code, out, err = run(["install", str(liar), "--content-dir", str(content), *pub], capsys)
    assert (code, out) == (1, [])
    assert err == [
        f"{liar}: refused: bad signature: the signature does not match the signed file "
        f"(key {keys.public.id_hex}): the file was changed after signing"
    ]


# --- status says what the kiosk shows ----------------------------------------


def _two_installed(tmp_path: Path, content: Path, keys: Keys) -> None:
    install(packed(tmp_path, keys, 1), content, [keys.public], today=TODAY)
    install(packed(tmp_path, keys, 2), content, [keys.public], today=TODAY)


def _garble_current(content: Path) -> None:
    (content / "current").write_text("{garbled")


def _break_folder(folder: Path) -> None:
    """A damaged disk: a garbled topic file, and no compiled form to read instead."""
    next((folder / "topics").iterdir()).write_text("id: [unclosed\n")
    compiled_path(folder).unlink()


def _break_current_folder(content: Path) -> None:
    _break_folder(content / "versions" / f"{SAMPLE_ID}-2")


def _break_both(content: Path) -> None:
    for folder in (content / "versions").iterdir():
        if folder.is_dir():
            _break_folder(folder)


PREVIOUS_SHOWN = (
    "the kiosk shows the previous bundle: the current one is missing, garbled or broken"
)
NOT_READY_SHOWN = 'no installed bundle loads here: the kiosk shows visitors "not ready yet"'


@pytest.mark.parametrize(
    ("damage", "current_line", "shown_version", "note"),
    [
        (lambda c: None, "current:  ofallon-mo-sample version 2", 2, None),
        (_garble_current, "current:  none", 1, PREVIOUS_SHOWN),
        (_break_current_folder, "current:  ofallon-mo-sample version 2", 1, PREVIOUS_SHOWN),
        (_break_both, "current:  ofallon-mo-sample version 2", None, NOT_READY_SHOWN),
    ],
    ids=["sound", "garbled-current", "broken-current-folder", "nothing-loads"],
)
def test_status_reports_what_the_kiosk_shows(
    tmp_path: Path,
    content: Path,
    keys: Keys,
    capsys: pytest.CaptureFixture[str],
    damage,
    current_line: str,
    shown_version: int | None,
    note: str | None,
) -> None:
    _two_installed(tmp_path, content, keys)
    damage(content)
    loaded = load_current_bundle(content)
    kiosk_shows = None if loaded is None else loaded[1].bundle.version  # type: ignore[union-attr]
    assert kiosk_shows == shown_version
    code, out, err = run(["status", "--content-dir", str(content)], capsys)
    assert (code, err) == (0, [])
    body = [line.split(" (installed")[0] for line in out[1:]]
    assert body == [
        current_line,
        "previous: ofallon-mo-sample version 1",
        *([note] if note else []),
        "last refusal: none",
    ]


@pytest.mark.parametrize(
    ("damage", "note"),
    [(lambda c: None, None), (_break_current_folder, PREVIOUS_SHOWN)],
    ids=["sound", "broken-current-folder"],
)
def test_the_staff_panel_says_what_the_running_kiosk_shows_without_loading_it_again(
    qtbot, tmp_path: Path, content: Path, keys: Keys, monkeypatch, damage, note
) -> None:
    """The running kiosk knows which folder it shows: the panel asks it, and
    never loads a (possibly huge) bundle again on the screen's thread."""
    from PySide6.QtWidgets import QLabel
    from ui_helpers import make_kiosk_from

    import kiosk.updates.current
    from kiosk.bundle_origin import ContentSource
    from kiosk.config import KioskConfig

    _two_installed(tmp_path, content, keys)
    damage(content)
    config = KioskConfig(content_dir=content)
    running = make_kiosk_from(qtbot, config, ContentSource.from_config(config, None))
    try:

        def no_second_load(*args, **kwargs):
            raise AssertionError("the staff panel loaded the bundle again")

        monkeypatch.setattr(kiosk.updates.current, "load_installed", no_second_load)
        running.staff.open_panel()
        lines = [
            w.text()
            for w in running.window.overlays.panel.findChildren(QLabel)
            if w.objectName() == "install_line"
        ]
        assert [line for line in lines if line.startswith("the kiosk shows")] == (
            [note] if note else []
        )
    finally:
        running.shut_down()


# --- a closed pipe, and --version, in real child processes --------------------


def kiosk_into_closed_head(args: list[str]) -> tuple[int, str, str]:
    """`kiosk ARGS | head -1`, with head gone before the kiosk writes: head
    reads one line from another writer and exits, then the kiosk starts with
    that pipe as its stdout. Returns the kiosk's exit code, its stderr and
    what head printed."""
    head = shutil.which("head")
    assert head is not None
    read_end, write_end = os.pipe()
    reader = subprocess.Popen([head, "-1"], stdin=read_end, stdout=subprocess.PIPE)
    os.close(read_end)
    os.write(write_end, b"head's line\n")
    head_out, _ = reader.communicate(timeout=30)
    child = subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=120,
        check=False,
    )
    os.close(write_end)
    return child.returncode, child.stderr.decode(), head_out.decode()


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["validate", str(SAMPLE)],
        ["status", "--content-dir", "{content}"],
        ["--help"],
        ["--version"],
        ["schema", "--out", "{schemas}"],
    ],
    ids=["validate", "status", "help", "version", "schema"],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(
    tmp_path: Path, args: list[str]
) -> None:
    args = [a.format(content=tmp_path / "content", schemas=tmp_path / "s") for a in args]
    code, err, head_out = kiosk_into_closed_head(args)
    assert (code, err, head_out) == (EXIT_PIPE_CLOSED, "", "head's line\n")


@pytest.mark.slow
def test_validate_piped_into_head_prints_one_line_and_no_traceback() -> None:
    """The shell pipeline itself, as staff type it."""
    pipeline = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m kiosk validate "{SAMPLE}" | head -1'],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert pipeline.returncode == 0
    assert pipeline.stderr == ""
    assert pipeline.stdout.splitlines() == [
        "bundle.yaml:5:9: warning: status is 'sample': every screen says so; a site must "
        "review it before real use [sample-bundle]"
    ]


def test_version_comes_from_the_installed_package_metadata() -> None:
    child = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=60,
        check=False,
    )
    declared = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert version("resource-kiosk") == declared
    assert (child.returncode, child.stdout, child.stderr) == (0, f"kiosk {declared}\n", "")
