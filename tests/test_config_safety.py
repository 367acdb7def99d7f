"""Safety settings are checked before the first frame, or the kiosk refuses
to start: `kiosk check-config` and `kiosk run --config` share one check
(kiosk.start_checks), each finding one `file:line:col: severity: ...` line."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from real_process import ROOT, child_env
from ui_helpers import TODAY, make_kiosk, remove_filters, staff_reload
from update_helpers import make_keys, packed

from kiosk import cli
from kiosk.config import (
    PIN_MAX_MEMORY,
    PIN_MAX_WORK,
    load_config,
    pin_hash_problems,
    scrypt_memory,
)
from kiosk.qt_key_names import QT_KEY_CODES
from kiosk.session import Screen
from kiosk.start_checks import check_start
from kiosk.updates.installer import install

SALT, DIGEST = "0" * 32, "0" * 64


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    """A content folder with the sample installed (what a set-up kiosk has),
    and the public key it was signed with."""
    base = tmp_path_factory.mktemp("installed")
    keys = make_keys(base / "keys")
    folder = base / "content"
    install(packed(base / "v1", keys, 1), folder, [keys.public], today=TODAY)
    return folder


def check_config(capsys, config: Path, *extra: str) -> tuple[int, list[str]]:
    code = cli.main(["check-config", str(config), *extra])
    lines = capsys.readouterr().out.splitlines()
    return code, lines


def write(tmp_path: Path, text: str, name: str = "kiosk.yaml") -> Path:
    config = tmp_path / name
    config.write_text(text, encoding="utf-8")
    return config


def findings(lines: list[str], severity: str) -> list[str]:
    return [line for line in lines if f": {severity}: " in line]


# --- the hostile corpus ---------------------------------------------------------
# (config lines after `content_dir:`, expected line:col, message [rule]). The
# content folder holds a good installed bundle, so each case has exactly one
# error and `kiosk check-config` exits 1.

PIN = "scrypt:{n}:{r}:{p}:" + SALT + ":" + DIGEST


def pin_line(n: int, r: int, p: int) -> str:
    return f'staff_pin_hash: "{PIN.format(n=n, r=r, p=p)}"'


CORPUS = [
    ("panic_key: f12", "2:12",
     "'f12' is not a key name Qt knows; did you mean 'F12'? [unknown-key]"),
    ("panic_key: Scroll_Lock", "2:12",
     "'Scroll_Lock' is not a key name Qt knows; did you mean 'ScrollLock'? [unknown-key]"),
    ("panic_key: scrolllock", "2:12",
     "'scrolllock' is not a key name Qt knows; did you mean 'ScrollLock'? [unknown-key]"),
    ("panic_key: pause", "2:12",
     "'pause' is not a key name Qt knows; did you mean 'Pause'? [unknown-key]"),
    ("panic_key: NoSuchKey", "2:12",
     "'NoSuchKey' is not a key name Qt knows; write a key name as Qt spells it, such as "
     "F12, Pause or ScrollLock [unknown-key]"),
    ("panic_key: Key_F12", "2:12",
     "'Key_F12' is not a key name Qt knows; did you mean 'F12'? [unknown-key]"),
    ("panic_key: Tab", "2:12",
     "'Tab' cannot be the panic key: it is the keypad's Next key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Shift", "2:12",
     "'Shift' cannot be the panic key: visitors and keyboard users press it for other things; "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Escape", "2:12",
     "'Escape' cannot be the panic key: it is the keypad's Back key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Backspace", "2:12",
     "'Backspace' cannot be the panic key: it is the keypad's Back key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: F1", "2:12",
     "'F1' cannot be the panic key: it is the keypad's Help key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Question", "2:12",
     "'Question' cannot be the panic key: it is the keypad's Help key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Help", "2:12",
     "'Help' cannot be the panic key: it is the keypad's Help key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Down", "2:12",
     "'Down' cannot be the panic key: it is the keypad's Next key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Up", "2:12",
     "'Up' cannot be the panic key: it is the keypad's Previous key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Left", "2:12",
     "'Left' cannot be the panic key: it is a keypad arrow (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Return", "2:12",
     "'Return' cannot be the panic key: it is the keypad's Enter key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Enter", "2:12",
     "'Enter' cannot be the panic key: it is the keypad's Enter key (docs/keypad.md); "
     "choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: Space", "2:12",
     "'Space' cannot be the panic key: visitors and keyboard users press it for other "
     "things; choose a key such as F12, Pause or ScrollLock [unsuitable-panic-key]"),
    ("panic_key: 12", "2:12",
     "expected text, but YAML reads '12' as a number; put it in quotes: \"12\" "
     "[yaml-implicit-type]"),
    (pin_line(2**20, 8, 1), "2:25",
     "scrypt N is 1048576; it must be a power of two from 1024 to 65536; "
     "make a new line with `kiosk hash-pin` [pin-hash-cost]"),
    (pin_line(1000, 8, 1), "2:25",
     "scrypt N is 1000; it must be a power of two from 1024 to 65536; "
     "make a new line with `kiosk hash-pin` [pin-hash-cost]"),
    (pin_line(512, 8, 1), "2:25",
     "scrypt N is 512; it must be a power of two from 1024 to 65536; "
     "make a new line with `kiosk hash-pin` [pin-hash-cost]"),
    (pin_line(16384, 0, 1), "2:31",
     "scrypt r is 0; it must be from 1 to 16; make a new line with `kiosk hash-pin` "
     "[pin-hash-cost]"),
    (pin_line(16384, 64, 1), "2:31",
     "scrypt r is 64; it must be from 1 to 16; make a new line with `kiosk hash-pin` "
     "[pin-hash-cost]"),
    (pin_line(16384, 8, 0), "2:33",
     "scrypt p is 0; it must be from 1 to 16; make a new line with `kiosk hash-pin` "
     "[pin-hash-cost]"),
    (pin_line(16384, 8, 200), "2:33",
     "scrypt p is 200; it must be from 1 to 16; make a new line with `kiosk hash-pin` "
     "[pin-hash-cost]"),
    (pin_line(65536, 16, 1), "2:25",
     "scrypt N=65536, r=16 need 128 MiB, more than the 32 MiB scrypt may use: no PIN would "
     "ever match; make a new line with `kiosk hash-pin` [pin-hash-cost]"),
    (pin_line(16384, 8, 16), "2:33",
     "scrypt N=16384, r=8, p=16 would take 16 times as long as `kiosk hash-pin`'s hash for "
     "every PIN typed; make a new line with `kiosk hash-pin` [pin-hash-cost]"),
    ("slip_second_language: xx", "2:23",
     "'xx' is neither a language of the bundle (en, es, ar) nor an interface language "
     "(am, ar, bs, en, es, fa, fil, fr, ht, ko, pt, ru, so, sw, uk, vi, zh-CN) "
     "[unknown-slip-language]"),
    ("slip_second_language: de", "2:23",
     "'de' is neither a language of the bundle (en, es, ar) nor an interface language "
     "(am, ar, bs, en, es, fa, fil, fr, ht, ko, pt, ru, so, sw, uk, vi, zh-CN) "
     "[unknown-slip-language]"),
    ("slip_second_language: zh-TW", "2:23",
     "'zh-TW' is neither a language of the bundle (en, es, ar) nor an interface language "
     "(am, ar, bs, en, es, fa, fil, fr, ht, ko, pt, ru, so, sw, uk, vi, zh-CN); "
     "did you mean 'zh-CN'? [unknown-slip-language]"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "place", "message"), CORPUS, ids=[c[0] for c in CORPUS])
def test_a_bad_setting_is_one_exact_error_line(tmp_path, capsys, content, lines, place, message):
    config = write(tmp_path, f"content_dir: {content}\n{lines}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [f"{config}:{place}: error: {message}"]
    assert code == 1


def key_case(tmp_path: Path, name: str) -> tuple[str, str]:
    """(the config line, the exact error) for a trusted key file case."""
    keys = tmp_path / "keys"
    keys.mkdir()
    path = keys / "site.pub"
    if name == "missing":
        message = f"no key file {path}; copy the editor's .pub file there [trusted-key-missing]"
    elif name == "garbled":
        path.write_text("untrusted comment: minisign public key\nnot base64 at all!\n")
        message = (
            f"{path} is not a minisign public key: the public key is not valid base64 "
            "[trusted-key-unusable]"
        )
    elif name == "truncated":
        path.write_text("untrusted comment: minisign public key\nRWQf6LRCGA9i53mlYecO4IzT\n")
        message = (
            f"{path} is not a minisign public key: the public key has the wrong length "
            "[trusted-key-unusable]"
        )
    elif name == "empty":
        path.write_text("")
        message = (
            f"{path} is not a minisign public key: not a minisign public key (expected a "
            "comment line and a key) [trusted-key-unusable]"
        )
    elif name == "binary":
        path.write_bytes(b"\xff\xfe\x00\x81garbage")
        message = f"cannot read the key file {path}: it is not text [trusted-key-unreadable]"
    elif name == "secret":
        path = make_keys(keys / "made").key_file
        message = (
            f"{path} is a secret (signing) key; a kiosk needs only the public key (the .pub "
            "file): delete this copy and make a new key pair if it has been shared "
            "[trusted-key-secret]"
        )
    elif name == "folder":
        path.mkdir()
        message = f"no key file {path}; copy the editor's .pub file there [trusted-key-missing]"
    else:
        raise AssertionError(name)
    return f"trusted_keys:\n  - {path}", message


KEY_CASES = ["missing", "garbled", "truncated", "empty", "binary", "secret", "folder"]


@pytest.mark.parametrize("case", KEY_CASES)
def test_a_trusted_key_that_cannot_be_used_is_refused(tmp_path, capsys, content, case):
    lines, message = key_case(tmp_path, case)
    config = write(tmp_path, f"content_dir: {content}\n{lines}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [f"{config}:3:5: error: {message}"]
    assert code == 1


def test_a_real_public_key_passes(tmp_path, capsys, content):
    keys = make_keys(tmp_path / "keys")
    config = write(tmp_path, f"content_dir: {content}\ntrusted_keys: [{keys.pub_file}]\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == []
    assert code == 0


def test_a_typo_in_the_content_folder_is_refused_with_the_folder_meant(tmp_path, capsys, content):
    typo = content.parent / "contnet"
    config = write(tmp_path, f"panic_key: Pause\ncontent_dir: {typo}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [
        f"{config}:2:14: error: no such folder {typo}; did you mean {content}? [no-such-folder]"
    ]
    assert code == 1


def test_a_config_that_names_no_content_is_refused_not_shown_the_sample(tmp_path, capsys):
    config = write(tmp_path, "panic_key: Pause\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [
        f"{config}:1:1: error: the config names no content: add content_dir (where bundles "
        "are installed) or bundle (a folder to preview) [no-content]"
    ]
    assert code == 1


def test_an_empty_content_folder_is_a_warning_the_kiosk_starts_not_ready(tmp_path, capsys):
    empty = tmp_path / "content"
    empty.mkdir()
    config = write(tmp_path, f"content_dir: {empty}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == []
    assert findings(out, "warning") == [
        f"{config}:1:14: warning: no bundle is installed in {empty}; install one with "
        "`kiosk install FILE --content-dir` or through the inbox [nothing-installed]"
    ]
    assert code == 0
    assert check_config(capsys, config, "--strict")[0] == 1


def test_a_garbled_installed_bundle_is_a_warning_with_its_first_error(tmp_path, capsys, content):
    import shutil

    from kiosk.content.compiled import compiled_path
    from kiosk.updates.current import current_bundle_path

    copy = tmp_path / "content"
    shutil.copytree(content, copy)
    installed = current_bundle_path(copy)
    (installed / "bundle.yaml").write_text("id: [\n", encoding="utf-8")
    compiled_path(installed).unlink()  # a damaged disk: nothing sound to read instead
    config = write(tmp_path, f"content_dir: {copy}\n")
    code, out = check_config(capsys, config)
    [warning] = findings(out, "warning")
    assert warning.startswith(
        f"{config}:1:14: warning: the installed bundle {installed} cannot be loaded: "
        "bundle.yaml:2:1: error: "
    )
    assert warning.endswith("[installed-bundle-broken]")
    assert code == 0


def test_an_inbox_that_would_never_be_watched_is_said(tmp_path, capsys, content):
    config = write(tmp_path, f"content_dir: {content}\ninbox: {tmp_path}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "warning") == [
        f"{config}:2:8: warning: the inbox is not watched without trusted_keys: bundles "
        "dropped there are never installed [inbox-not-watched]"
    ]
    assert code == 0


@pytest.mark.parametrize(
    ("text", "place", "rule"),
    [
        (None, "", "no such config file [no-config]"),
        ("panic_key: [F12\n", ":2:1", "[yaml-syntax]"),
        ("- a list\n", ":1:1", "[expected-mapping]"),
    ],
)
def test_a_config_that_cannot_be_read_exits_2(tmp_path, capsys, text, place, rule):
    config = tmp_path / "kiosk.yaml"
    if text is not None:
        config.write_text(text, encoding="utf-8")
    code, out = check_config(capsys, config)
    [error] = findings(out, "error")
    assert error.startswith(f"{config}{place}: error: ") and error.endswith(rule)
    assert code == 2


def test_every_finding_at_once_and_a_summary(tmp_path, capsys):
    config = write(tmp_path, "content_dir: nowhere\npanic_key: f12\nslip_second_language: xx\n")
    code, out = check_config(capsys, config)
    assert [line.split(": ")[0] for line in findings(out, "error")] == [
        f"{config}:1:14",
        f"{config}:2:12",
        f"{config}:3:23",
    ]
    assert out[-1] == "3 errors, 0 warnings"
    assert code == 1


# --- printer --------------------------------------------------------------------


def test_an_unknown_printer_is_refused_with_the_printers_cups_has(tmp_path, capsys, content, cups):
    from conftest import OFFLINE_QUEUE, QUEUE

    config = write(tmp_path, f"content_dir: {content}\nprinter: kiosk-tset\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [
        f"{config}:2:10: error: no printer named 'kiosk-tset' in the print system (it has "
        f"{OFFLINE_QUEUE}, {QUEUE}); did you mean '{QUEUE}'? [unknown-printer]"
    ]
    assert code == 1
    write(tmp_path, f"content_dir: {content}\nprinter: {QUEUE}\n")
    assert check_config(capsys, config)[0] == 0


# --- scrypt bounds, on the real hash ----------------------------------------------


def test_the_costliest_accepted_pin_hash_runs_and_is_quick():
    """The bounds are not only arithmetic: OpenSSL really runs the most
    memory and the most work the check lets through."""
    n, r = 2**14, 8
    for params in ((2**16, 2, 1), (n, r, PIN_MAX_WORK // (n * r))):
        assert not pin_hash_problems(*params)
        assert scrypt_memory(*params) <= PIN_MAX_MEMORY
        started = time.perf_counter()
        hashlib.scrypt(b"2468", salt=b"s" * 16, n=params[0], r=params[1], p=params[2], dklen=32)
        assert time.perf_counter() - started < 2.0
    refused = (2**16, 16, 1)
    assert pin_hash_problems(*refused)
    with pytest.raises(ValueError):
        hashlib.scrypt(b"2468", salt=b"s" * 16, n=refused[0], r=refused[1], p=1, dklen=32)


# --- the panic key: the name checked is the key pressed ---------------------------


def test_the_key_table_is_qts_own():
    qt = {name.removeprefix("Key_"): int(key.value) for name, key in Qt.Key.__members__.items()}
    assert qt == QT_KEY_CODES, "run scripts/qt_key_names.py after upgrading PySide6"


def test_no_key_the_window_uses_can_be_the_panic_key(qtbot):
    """A window shortcut takes its key before the Quick-exit watcher sees it
    (Escape is Back): such a key would leave the kiosk with no panic key."""
    from PySide6.QtGui import QShortcut

    from kiosk.config import UNSUITABLE_PANIC_KEYS

    names = {code: name for name, code in QT_KEY_CODES.items()}
    kiosk = make_kiosk(qtbot)
    try:
        used = {
            names[shortcut.key()[0].key().value]
            for shortcut in kiosk.window.findChildren(QShortcut)
        }
    finally:
        remove_filters(kiosk)
    assert used and used <= UNSUITABLE_PANIC_KEYS, used - UNSUITABLE_PANIC_KEYS


def test_no_keypad_key_can_be_the_panic_key():
    """The navigator takes these keys on the window's QWindow (after the
    Quick-exit watcher, but a panic key among them would still move the
    focus as it ended the visit, and a visitor moving would end theirs)."""
    from kiosk.config import UNSUITABLE_PANIC_KEYS
    from kiosk.keypad_keys import ACTIVATE_KEYS, KEYPAD_KEYS

    keys = {*KEYPAD_KEYS, *ACTIVATE_KEYS}
    assert keys <= UNSUITABLE_PANIC_KEYS
    assert keys <= set(QT_KEY_CODES)


@pytest.mark.parametrize("name", ["F12", "Pause", "ScrollLock", "F2", "Print", "Insert"])
def test_the_panic_key_written_is_the_key_that_ends_a_visit(tmp_path, qtbot, content, name):
    config = load_config(write(tmp_path, f"content_dir: {content}\npanic_key: {name}\n"))
    kiosk = make_kiosk(qtbot, config)
    try:
        kiosk.session.start()
        topic = kiosk.session.bundle.topics[0]
        kiosk.session.open_topic(topic.id)
        if name != "F12":  # the default key no longer ends a visit
            qtbot.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_F12)
            assert kiosk.session.place.screen is Screen.TOPIC
        qtbot.keyClick(kiosk.window.windowHandle(), getattr(Qt.Key, f"Key_{name}"))
        assert kiosk.session.place.screen is Screen.COVER
        assert kiosk.window.pages.currentWidget() is kiosk.window.cover_page
    finally:
        remove_filters(kiosk)


# --- kiosk run: the same checks, in a real child process ----------------------------


def run_kiosk(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kiosk", "run", *args],
        env=child_env(tmp_path, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip


def split_imports(stderr: str) -> tuple[list[str], set[str]]:
    """The kiosk's own lines, and the modules Python imported (-X importtime)."""
    said, imported = [], set()
    for line in stderr.splitlines():
        if line.startswith("import time:"):
            imported.add(line.rsplit("|", 1)[-1].strip())
        else:
            said.append(line)
    return said, imported


@pytest.mark.parametrize(
    ("line", "place", "message"),
    [
        ("panic_key: f12", "2:12", "'f12' is not a key name Qt knows; did you mean 'F12'? "
         "[unknown-key]"),
        ("panic_key: F1", "2:12", "'F1' cannot be the panic key: it is the keypad's Help key "
         "(docs/keypad.md); choose a key such as F12, Pause or ScrollLock "
         "[unsuitable-panic-key]"),
        (pin_line(2**20, 8, 1), "2:25", "scrypt N is 1048576; it must be a power of two from "
         "1024 to 65536; make a new line with `kiosk hash-pin` [pin-hash-cost]"),
    ],
)  # fmt: skip
def test_kiosk_run_refuses_before_any_window_in_one_line(tmp_path, content, line, place, message):
    config = write(tmp_path, f"content_dir: {content}\n{line}\n")
    done = run_kiosk(tmp_path, "--windowed", "--config", str(config))
    said, imported = split_imports(done.stderr)
    assert done.returncode == 2
    assert said == [f"{config}:{place}: error: {message}"]
    # No window could have been opened: Qt's GUI modules were never loaded.
    assert not {"PySide6.QtGui", "PySide6.QtWidgets"} & imported
    assert done.stdout == ""


def test_check_config_in_a_child_process_exits_as_validate_does(tmp_path, content):
    good = write(tmp_path, f"content_dir: {content}\npanic_key: Pause\n", "good.yaml")
    bad = write(tmp_path, f"content_dir: {content}\npanic_key: pause\n", "bad.yaml")
    codes = []
    for config in (good, bad, tmp_path / "none.yaml"):
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", "check-config", str(config)],
            env=child_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
            capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
        )  # fmt: skip
        assert "Traceback" not in done.stderr
        codes.append(done.returncode)
    assert codes == [0, 1, 2]


# --- not ready: nothing installed ---------------------------------------------------


NOT_READY = "This kiosk is not ready yet. Please ask at the front desk."


@pytest.fixture
def not_ready(tmp_path, qtbot):
    from kiosk.app.start import start

    empty = tmp_path / "content"
    empty.mkdir()
    config = write(tmp_path, f"content_dir: {empty}\npanic_key: Pause\n")
    check = check_start(str(config))
    assert check.errors == [] and check.result is not None and check.result.bundle is None
    shown = start(
        check.config, check.result, windowed=True, screen=0, source=check.source,
        bundle_folder=check.bundle_dir,
    )  # fmt: skip
    # Closed below rather than by qtbot: a reload that makes it ready
    # deletes this first window (handed over), and qtbot would close it again.
    qtbot.waitExposed(shown.window)
    yield shown
    remove_filters(shown)
    shown.window.close()


def shown_texts(window) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible()]


def test_an_empty_content_folder_shows_not_ready_never_the_sample(not_ready, qtbot):
    window = not_ready.window
    assert NOT_READY in shown_texts(window)
    assert not any("O'Fallon" in text or "sample" in text.lower() for text in shown_texts(window))
    from kiosk.ui.widgets import QuickExitButton

    [button] = window.findChildren(QuickExitButton)
    assert button.isVisible() and button.text() == "Quick exit"


def test_not_ready_keeps_the_staff_corner_and_quick_exit(not_ready, qtbot):
    from kiosk.ui.corner_hold import HOLD_MS, HOLD_TICK_MS
    from kiosk.ui.screens.not_ready import NotReadyStaffPanel

    window = not_ready.window
    handle = window.windowHandle()
    corner = window.rect().bottomLeft() + type(window.rect().topLeft())(10, -10)
    now = [100.0]
    not_ready.clock = lambda: now[0]  # the hold is measured on the test's clock
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=corner)
    now[0] += HOLD_MS / 1000
    qtbot.waitUntil(lambda: window.overlays.panel is not None, timeout=HOLD_TICK_MS * 10)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=corner)
    panel = window.overlays.panel
    assert isinstance(panel, NotReadyStaffPanel)  # no PIN set: the panel itself
    reasons = [w.text() for w in panel.findChildren(QLabel, "not_ready_reason")]
    assert reasons and reasons[0].startswith("no bundle is installed in ")
    qtbot.keyClick(handle, Qt.Key.Key_Pause)  # the configured panic key
    assert window.overlays.panel is None
    assert NOT_READY in shown_texts(window)


def test_not_ready_refuses_a_close_request_too(not_ready):
    assert not_ready.window.close() is False
    assert not_ready.window.isVisible()


def test_not_ready_ends_with_zero_only_through_staffs_exit(not_ready, qtbot):
    from PySide6.QtCore import QTimer

    app = not_ready.app
    QTimer.singleShot(0, not_ready.exit_kiosk)
    give_up = QTimer(singleShot=True)
    give_up.timeout.connect(lambda: app.exit(99))
    give_up.start(10_000)
    try:
        assert app.exec() == 0
    finally:
        give_up.stop()
    assert not_ready.window.close() is True


def test_a_bundle_installed_while_not_ready_takes_over(not_ready, qtbot, tmp_path):
    keys = make_keys(tmp_path / "keys")
    install(packed(tmp_path / "v1", keys, 1), not_ready.source.content_dir, [keys.public])
    first_window = not_ready.window
    assert staff_reload(qtbot, not_ready)
    kiosk = not_ready  # the same kiosk, now ready
    assert kiosk.session is not None and kiosk.session.bundle.version == 1
    qtbot.waitExposed(kiosk.window)
    kiosk.session.start()
    qtbot.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_Pause)
    assert kiosk.session.place.screen is Screen.COVER
    # Handed over, not refused: hidden, then deleted.
    qtbot.waitUntil(lambda: not shiboken6.isValid(first_window) or not first_window.isVisible())
    assert kiosk.window.close() is False  # the full kiosk refuses a close request too


def test_kiosk_run_on_an_empty_folder_starts_not_ready_and_says_why(tmp_path):
    """The real process: it starts (no refusal) and the journal says why it
    is not ready; then it is stopped."""
    empty = tmp_path / "content"
    empty.mkdir()
    config = write(tmp_path, f"content_dir: {empty}\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed", "--config", str(config)],
        env=child_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        first = process.stderr.readline()
        second = process.stderr.readline()
        assert process.poll() is None, "it started and keeps running"
    finally:
        process.terminate()
        process.wait(timeout=20)
        process.stderr.close()
    reason = (
        f"no bundle is installed in {empty}; install one with `kiosk install FILE "
        "--content-dir` or through the inbox"
    )
    assert first == f"kiosk: {config}:1:14: warning: {reason} [nothing-installed]\n"
    assert second == f"kiosk: not ready: {reason}\n"


# --- fonts and display ------------------------------------------------------------


def test_a_display_nobody_listens_on_is_one_line(tmp_path, capsys, content, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":987")
    config = write(tmp_path, f"content_dir: {content}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [
        "kiosk: error: No X server answers on DISPLAY=:987 (none runs there, or it refuses "
        "this user): start the kiosk from its graphical session (see deploy/README.md) or on "
        "a virtual screen: xvfb-run kiosk run. [no-display]"
    ]
    assert code == 1


def test_a_shipped_font_that_is_not_a_font_is_refused(tmp_path, capsys, content, monkeypatch):
    import kiosk.start_checks

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "NotoSans-Regular.ttf").write_bytes(b"<html>not a font</html>")
    monkeypatch.setattr(kiosk.start_checks, "fonts_dir", lambda: fonts)
    config = write(tmp_path, f"content_dir: {content}\n")
    code, out = check_config(capsys, config)
    assert findings(out, "error") == [
        f"{fonts / 'NotoSans-Regular.ttf'}: error: not a font file; reinstall the kiosk "
        "[not-a-font]"
    ]
    assert code == 1
