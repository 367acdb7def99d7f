"""The fleet status file (kiosk.updates.fleet) and `kiosk fleet-report`:
what a kiosk writes after an install or a refusal, its outbox settings,
and how the coordinator's report orders kiosks by what needs someone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from content_helpers import TODAY
from update_helpers import SAMPLE_ID, make_keys, packed

from kiosk import cli
from kiosk.updates.fleet import (
    FIELDS,
    fleet_rows,
    lpstat_state,
    printer_state,
    report_text,
    status_document,
    status_files,
)
from kiosk.updates.installer import install
from kiosk.updates.pointers import read_pointers
from kiosk.updates.status import record_refusal

# What the status file may hold: the kiosk and its bundle, nothing of a visit.
# The day the fleet-report cases are read on (their status files are written for it).
REPORT_DAY = date(2026, 11, 27)


EXPECTED_FIELDS = {
    "format", "kiosk", "written_at", "event", "kiosk_version", "bundle_id",
    "bundle_version", "installed_at", "review_by", "shown", "stale_contacts",
    "unverified_contacts", "last_refusal", "printer",
}  # fmt: skip


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """A content folder with the sample installed at version 3, and its key."""
    base = tmp_path_factory.mktemp("fleet")
    keys = make_keys(base / "keys")
    folder = base / "content"
    install(packed(base / "v3", keys, 3), folder, [keys.public], today=TODAY)
    return folder, keys.pub_file


# --- the status file ------------------------------------------------------------------


def test_the_status_file_says_the_bundle_and_nothing_else(installed):
    content, _ = installed
    pointer = read_pointers(content).current
    assert pointer is not None
    doc = status_document(
        content, "clinic-2", "installed", printer="ready", today=TODAY,
        written_at="2026-11-27T10:00:00Z", kiosk_version="1.2.3",
    )  # fmt: skip
    assert doc == {
        "format": 1,
        "kiosk": "clinic-2",
        "written_at": "2026-11-27T10:00:00Z",
        "event": "installed",
        "kiosk_version": "1.2.3",
        "bundle_id": SAMPLE_ID,
        "bundle_version": 3,
        "installed_at": pointer.installed_at,
        "review_by": "2027-05-31",
        "shown": "current",
        "stale_contacts": 0,
        "unverified_contacts": 6,
        "last_refusal": None,
        "printer": "ready",
    }
    assert set(FIELDS) == EXPECTED_FIELDS


@pytest.mark.parametrize(("day", "stale"), [(date(2027, 12, 6), 0), (date(2027, 12, 7), 8)])
def test_contacts_past_the_bundles_verification_age_count_as_stale(installed, day, stale):
    # The sample's 8 verified contacts were verified on 2026-12-06; it allows 365 days.
    content, _ = installed
    later = status_document(content, "k", "installed", printer="ready", today=day)
    assert (later["stale_contacts"], later["unverified_contacts"]) == (stale, 6)


def test_an_empty_content_folder_reports_no_bundle(tmp_path):
    doc = status_document(tmp_path, "k", "refused", printer="none", today=TODAY)
    assert {
        k: doc[k] for k in ("bundle_id", "bundle_version", "review_by", "shown")
    } == dict.fromkeys(("bundle_id", "bundle_version", "review_by", "shown"))


HOSTILE_NAMES = [
    ("x\ncurrent: v999\n.kbundle", "x\\ncurrent: v999\\n.kbundle"),
    ("\x1b[2Jcleared.kbundle", "\\x1b[2Jcleared.kbundle"),
    ("\u202eeldnubk.evil", "\\u202eeldnubk.evil"),
]


@pytest.mark.parametrize(("name", "escaped"), HOSTILE_NAMES)
def test_a_refusals_file_name_and_reason_arrive_escaped(tmp_path, name, escaped):
    record_refusal(tmp_path, f"bad signature\r\n{name}", name)
    doc = status_document(tmp_path, "k", "refused", printer="ready", today=TODAY)
    refusal = doc["last_refusal"]
    assert refusal["file"] == escaped
    assert refusal["reason"] == f"bad signature\\r\\n{escaped}"
    assert refusal["time"].endswith("Z")


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_kiosk_install_writes_the_status_file_to_the_outbox(tmp_path, capsys, installed):
    _, pub = installed
    keys_dir = pub.parent
    kbundle = packed(tmp_path / "p", make_keys(tmp_path / "other"), 4)
    content, outbox = tmp_path / "content", tmp_path / "outbox"
    outbox.mkdir()
    code, _, err = run_cli(
        capsys, "install", str(kbundle), "--content-dir", str(content), "--pubkey",
        str(keys_dir / "kiosk.pub"), "--outbox", str(outbox), "--kiosk-name", "shelter-1",
    )  # fmt: skip
    assert code == 1 and "refused" in err
    refused = json.loads((outbox / "shelter-1.status.json").read_text())
    assert refused["event"] == "refused" and refused["bundle_id"] is None
    assert set(refused) == EXPECTED_FIELDS
    code, _, _ = run_cli(
        capsys, "install", str(kbundle), "--content-dir", str(content), "--pubkey",
        str(tmp_path / "other" / "kiosk.pub"), "--outbox", str(outbox), "--kiosk-name",
        "shelter-1",
    )  # fmt: skip
    assert code == 0
    done = json.loads((outbox / "shelter-1.status.json").read_text())
    assert (done["event"], done["bundle_id"], done["bundle_version"]) == ("installed", SAMPLE_ID, 4)
    assert done["last_refusal"]["file"] == kbundle.name
    assert sorted(os.listdir(outbox)) == ["shelter-1.status.json"]  # no temporary file left


def test_an_outbox_that_cannot_be_written_does_not_undo_the_install(tmp_path, capsys):
    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path / "p", keys, 5)
    code, out, err = run_cli(
        capsys, "install", str(kbundle), "--content-dir", str(tmp_path / "c"), "--pubkey",
        str(keys.pub_file), "--outbox", str(tmp_path / "missing"), "--kiosk-name", "k1",
    )  # fmt: skip
    assert code == 0 and out.startswith(f"installed '{SAMPLE_ID}' version 5")
    assert err == (
        f"the fleet status file was not written to {tmp_path / 'missing'}: "
        "No such file or directory\n"
    )


def test_outbox_and_kiosk_name_go_together(tmp_path, capsys):
    code, _, err = run_cli(
        capsys, "install", "x.kbundle", "--content-dir", str(tmp_path), "--pubkey", "k.pub",
        "--outbox", str(tmp_path),
    )  # fmt: skip
    assert (code, err) == (2, "--outbox and --kiosk-name go together\n")


def run_child(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-B", "-P", "-m", "kiosk.updates.install_child", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip


def test_the_install_child_writes_the_status_file_as_the_watcher_runs_it(tmp_path):
    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path / "p", keys, 6)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    done = run_child("--outbox", str(outbox), "--kiosk-name", "desk-a", str(kbundle),
                     str(tmp_path / "content"), str(keys.pub_file))  # fmt: skip
    assert json.loads(done.stdout)["installed"] == SAMPLE_ID
    doc = json.loads((outbox / "desk-a.status.json").read_text())
    assert (doc["kiosk"], doc["event"], doc["bundle_version"]) == ("desk-a", "installed", 6)
    again = run_child("--outbox", str(outbox), "--kiosk-name", "desk-a", str(kbundle),
                      str(tmp_path / "content"), str(keys.pub_file))  # fmt: skip
    assert json.loads(again.stdout)["already"] == "current"
    assert json.loads((outbox / "desk-a.status.json").read_text())["event"] == "already installed"


def test_the_install_child_without_an_outbox_writes_no_status_file(tmp_path):
    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path / "p", keys, 6)
    run_child(str(kbundle), str(tmp_path / "content"), str(keys.pub_file))
    assert not list(tmp_path.rglob("*.status.json"))


@pytest.mark.parametrize(
    "args", [["--outbox", "o", "f", "c"], ["--kiosk-name", "k", "f", "c"], ["--outbox", "o"]]
)
def test_the_install_child_refuses_half_its_fleet_options(args):
    done = run_child(*args)
    assert done.stdout.startswith("usage: python -m kiosk.updates.install_child [--outbox")


# --- printer state --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "out", "err", "state"),
    [
        (0, "printer slips is idle.  enabled since Fri 27 Nov 2026\n", "", "ready"),
        (0, "printer slips now printing slips-12.  enabled since Fri\n", "", "printing"),
        (0, "printer slips disabled since Fri 27 Nov 2026 -\n\treason unknown\n", "", "offline"),
        (1, "", 'lpstat: Invalid destination name in list "nope".\n', "none"),
        (1, "", "lpstat: The printer or class does not exist.\n", "none"),
        (1, "", "lpstat: Bad file descriptor\n", "unknown"),
        (0, "", "", "unknown"),
        (0, "scheduler is running\n", "", "unknown"),
    ],
)
def test_lpstats_words_become_the_printer_state(code, out, err, state):
    assert lpstat_state(code, out, err) == state


def test_the_printer_state_is_asked_of_the_real_print_system(cups):
    from conftest import OFFLINE_QUEUE, QUEUE

    assert printer_state(QUEUE) == "ready"
    assert printer_state(OFFLINE_QUEUE) == "offline"
    assert printer_state("kiosk-no-such-queue") == "none"


# --- the config -------------------------------------------------------------------------


def check_config(capsys, tmp_path: Path, content: Path, lines: str) -> tuple[Path, int, list[str]]:
    config = tmp_path / "kiosk.yaml"
    config.write_text(f"content_dir: {content}\n{lines}\n", encoding="utf-8")
    code = cli.main(["check-config", str(config)])
    found = [
        line for line in capsys.readouterr().out.splitlines() if "ing: " in line or "or: " in line
    ]
    return config, code, found


NEVER = (
    "2:9: warning: the status file is written after each install from the inbox; without "
    "inbox nothing is ever written here [outbox-never-written]"
)
NAME_HINT = "use letters, digits, dots, dashes and underscores, such as clinic-2 [bad-format]"
OUTBOX_CASES = [
    ("outbox: {tmp}/nowhere\nkiosk_name: k1", 1,
     ["2:9: error: the outbox {tmp}/nowhere is not a folder; create it, writable by the "
      "kiosk's user [outbox-not-a-folder]"]),
    ("outbox: {tmp}/kiosk.yaml\nkiosk_name: k1", 1,
     ["2:9: error: the outbox {tmp}/kiosk.yaml is not a folder; create it, writable by the "
      "kiosk's user [outbox-not-a-folder]"]),
    ("outbox: {tmp}", 1,
     ["2:9: error: the outbox needs kiosk_name: the name this kiosk's status file goes by "
      "(such as clinic-2) [kiosk-name-missing]", NEVER]),
    ("kiosk_name: k1", 0,
     ["2:13: warning: kiosk_name is used only with outbox: no status file is written "
      "[outbox-missing]"]),
    ("outbox: {tmp}\nkiosk_name: k1", 0,
     [NEVER]),
    ("outbox: {tmp}\nkiosk_name: ../etc/passwd", 1,
     ["3:13: error: '../etc/passwd' is not valid here: " + NAME_HINT, NEVER]),
    ("outbox: {tmp}\nkiosk_name: .hidden", 1,
     ["3:13: error: '.hidden' is not valid here: " + NAME_HINT, NEVER]),
    ("outbox: {tmp}\nkiosk_name: front desk", 1,
     ["3:13: error: 'front desk' is not valid here: " + NAME_HINT, NEVER]),
    ("outbox: {tmp}\nkiosk_name: a/b", 1,
     ["3:13: error: 'a/b' is not valid here: " + NAME_HINT, NEVER]),
    ("outbox: {tmp}\nkiosk_name: \"\u00e9-desk\"", 1,
     ["3:13: error: '\u00e9-desk' is not valid here: " + NAME_HINT, NEVER]),
    ("outbox: {tmp}\nkiosk_name: " + "k" * 64, 1,
     ["3:13: error: '" + "k" * 64 + "' is not valid here: " + NAME_HINT, NEVER]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "code", "expected"), OUTBOX_CASES, ids=[c[0] for c in OUTBOX_CASES]
)
def test_an_outbox_setting_is_checked_before_start(
    tmp_path, capsys, installed, lines, code, expected
):
    content, _ = installed
    config, got_code, found = check_config(capsys, tmp_path, content, lines.format(tmp=tmp_path))
    assert found == [f"{config}:{line.format(tmp=tmp_path)}" for line in expected]
    assert got_code == code


def test_an_outbox_the_kiosk_cannot_write_is_refused(tmp_path, capsys, installed):
    """Root may write to any folder but a read-only mount: as root the check
    runs in a mount namespace of its own where the outbox is mounted
    read-only; as anyone else the folder's mode is enough."""
    outbox = tmp_path / "ro"
    outbox.mkdir(mode=0o555)
    lines = f"outbox: {outbox}\nkiosk_name: k1\ninbox: {tmp_path}"
    if os.geteuid() != 0:
        config, code, found = check_config(capsys, tmp_path, installed[0], lines)
    else:
        config = tmp_path / "kiosk.yaml"
        config.write_text(f"content_dir: {installed[0]}\n{lines}\n", encoding="utf-8")
        read_only = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
        done = subprocess.run(
            ["unshare", "-m", "sh", "-c", read_only, "sh", str(outbox),
             sys.executable, "-m", "kiosk", "check-config", str(config)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        code = done.returncode
        found = [line for line in done.stdout.splitlines() if "ing: " in line or "or: " in line]
        assert found, done.stdout + done.stderr
    assert code == 1 and found[0] == (
        f"{config}:2:9: error: the kiosk's user cannot write to the outbox {outbox} "
        "[outbox-not-writable]"
    )


# --- fleet-report ordering ------------------------------------------------------------

HEALTHY = {
    "format": 1, "kiosk": "k", "written_at": "2026-11-26T09:00:00Z", "event": "installed",
    "kiosk_version": "1.0", "bundle_id": "city", "bundle_version": 5,
    "installed_at": "2026-11-26T09:00:00Z", "review_by": "2027-01-01", "shown": "current",
    "stale_contacts": 0, "unverified_contacts": 0, "last_refusal": None, "printer": "ready",
}  # fmt: skip


def write_status(folder: Path, name: str, **changes: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.status.json"
    path.write_text(json.dumps({**HEALTHY, "kiosk": name, **changes}))
    return path


def attention(folder: Path, silent_days: int = 30) -> list[tuple[str, tuple[str, ...]]]:
    rows = fleet_rows(status_files([folder]), today=REPORT_DAY, silent_days=silent_days)
    return [(row.kiosk, row.attention) for row in rows]


ONE_KIOSK = [
    ({}, ()),
    ({"event": "already installed"}, ()),
    ({"event": "refused"}, ("refused",)),
    ({"review_by": "2026-11-26"}, ("old bundle",)),
    ({"review_by": "2026-11-27"}, ()),
    ({"review_by": None}, ("old bundle",)),
    ({"review_by": "someday"}, ("old bundle",)),
    ({"bundle_id": None, "bundle_version": None}, ("old bundle",)),
    ({"bundle_version": "5"}, ("old bundle",)),
    ({"bundle_version": True}, ("old bundle",)),
    ({"stale_contacts": 1}, ("stale contacts",)),
    ({"stale_contacts": -1}, ()),
    ({"stale_contacts": "3"}, ()),
    ({"unverified_contacts": 4}, ()),
    ({"printer": "offline"}, ("printer down",)),
    ({"printer": "none"}, ("printer down",)),
    ({"printer": "printing"}, ()),
    ({"printer": "unknown"}, ()),
    ({"written_at": "2026-10-28T00:00:00Z"}, ()),
    ({"written_at": "2026-10-27T23:59:59Z"}, ("not heard from",)),
    ({"written_at": "yesterday"}, ("not heard from",)),
    ({"event": "refused", "printer": "offline", "stale_contacts": 2},
     ("refused", "stale contacts", "printer down")),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "needs"), ONE_KIOSK, ids=[str(c[0]) for c in ONE_KIOSK])
def test_what_one_kiosk_needs(tmp_path, changes, needs):
    write_status(tmp_path, "k1", **changes)
    assert attention(tmp_path) == [("k1", needs)]


def test_a_kiosk_behind_the_newest_version_of_its_bundle_has_an_old_bundle(tmp_path):
    write_status(tmp_path, "a", bundle_version=5)
    write_status(tmp_path, "b", bundle_version=6)
    write_status(tmp_path, "c", bundle_id="other", bundle_version=1)
    assert attention(tmp_path) == [("a", ("old bundle",)), ("b", ()), ("c", ())]


def test_kiosks_sort_by_the_most_urgent_need_then_by_name(tmp_path):
    write_status(tmp_path, "a-fine")
    write_status(tmp_path, "b-silent", written_at="2026-01-01T00:00:00Z")
    write_status(tmp_path, "c-printer", printer="offline")
    write_status(tmp_path, "d-stale", stale_contacts=3)
    write_status(tmp_path, "e-old", review_by="2026-01-01")
    write_status(tmp_path, "f-refused", event="refused")
    write_status(tmp_path, "g-refused-and-stale", event="refused", stale_contacts=1)
    (tmp_path / "h-garbled.status.json").write_text("{not json")
    assert [name for name, _ in attention(tmp_path)] == [
        "h-garbled", "g-refused-and-stale", "f-refused", "e-old", "d-stale", "c-printer",
        "b-silent", "a-fine",
    ]  # fmt: skip


def test_the_silence_window_is_the_coordinators_choice(tmp_path):
    write_status(tmp_path, "k1", written_at="2026-11-20T00:00:00Z")
    assert attention(tmp_path, silent_days=7) == [("k1", ())]
    assert attention(tmp_path, silent_days=6) == [("k1", ("not heard from",))]


UNREADABLE = [
    b"",
    b"{not json",
    b"[]",
    b'"a string"',
    b"\xff\xfe",
    json.dumps({**HEALTHY, "format": 2}).encode(),
    json.dumps({**HEALTHY, "kiosk": 7}).encode(),
    json.dumps({**HEALTHY, "written_at": None}).encode(),
    json.dumps({**HEALTHY, "padding": "x" * 70_000}).encode(),
]


@pytest.mark.parametrize("data", UNREADABLE, ids=range(len(UNREADABLE)))
def test_a_file_that_is_not_a_status_file_is_an_unreadable_row(tmp_path, data):
    (tmp_path / "k1.status.json").write_bytes(data)
    assert attention(tmp_path) == [("k1", ("unreadable",))]


def test_only_status_files_are_read_and_sync_tools_temporaries_are_not(tmp_path):
    write_status(tmp_path, "k1")
    (tmp_path / ".syncthing.k2.status.json.tmp").write_text("{")
    (tmp_path / ".k3.status.json").write_text("{")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / ".stfolder").mkdir()
    assert attention(tmp_path) == [("k1", ())]


def test_a_hostile_kiosk_name_is_escaped_in_the_table(tmp_path):
    write_status(tmp_path, "k1", kiosk="k1\n\x1b[2Jfine", event="refused",
                 last_refusal={"file": "a\x1b]0;x\x07.kbundle", "reason": "bad\nline",
                               "time": "t"})  # fmt: skip
    text = report_text(fleet_rows(status_files([tmp_path]), today=REPORT_DAY))
    assert text.splitlines()[1].split("  ")[0] == "k1\\n\\x1b[2Jfine"
    assert text.splitlines()[1].endswith("refused (a\\x1b]0;x\\x07.kbundle: bad\\nline)")
    assert len(text.splitlines()) == 2


# --- the command ------------------------------------------------------------------------


def test_fleet_report_prints_one_row_per_kiosk(tmp_path, capsys):
    write_status(tmp_path / "site-a", "k1")
    write_status(tmp_path / "site-b", "k2", event="refused", printer="offline",
                 last_refusal={"file": "city-6.kbundle", "reason": "signature does not match",
                               "time": "2026-11-26T09:00:00Z"})  # fmt: skip
    code, out, _ = run_cli(capsys, "fleet-report", "--today", "2026-11-27",
                           str(tmp_path / "site-a"), str(tmp_path / "site-b"))  # fmt: skip
    assert code == 1
    assert out.splitlines() == [
        "KIOSK  BUNDLE   REVIEW BY   STALE  UNVERIFIED  PRINTER  HEARD       NEEDS",
        "k2     city v5  2027-01-01  0      0           offline  2026-11-26  refused, printer "
        "down (city-6.kbundle: signature does not match)",
        "k1     city v5  2027-01-01  0      0           ready    2026-11-26  -",
    ]


def test_fleet_report_json_has_every_field_and_the_attention(tmp_path, capsys):
    write_status(tmp_path, "k1", stale_contacts=2)
    code, out, _ = run_cli(capsys, "fleet-report", "--format", "json", "--today", "2026-11-27",
                           str(tmp_path))  # fmt: skip
    rows = json.loads(out)
    assert code == 1
    assert rows == [
        {"kiosk": "k1", "file": str(tmp_path / "k1.status.json"),
         "attention": ["stale contacts"],
         **{k: v for k, v in HEALTHY.items() if k not in ("kiosk", "format")},
         "stale_contacts": 2}
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "code", "err"),
    [
        (["{tmp}/empty"], 2, "no *.status.json files in {tmp}/empty\n"),
        (["{tmp}/missing"], 2, "no *.status.json files in {tmp}/missing\n"),
        (
            ["--today", "27/11/2026", "{tmp}/empty"],
            2,
            "--today 27/11/2026: not a date (YYYY-MM-DD)\n",
        ),
    ],
)
def test_fleet_report_says_why_it_has_nothing(tmp_path, capsys, args, code, err):
    (tmp_path / "empty").mkdir()
    got = run_cli(capsys, "fleet-report", *(a.format(tmp=tmp_path) for a in args))
    assert (got[0], got[2]) == (code, err.format(tmp=tmp_path))


def test_fleet_report_exits_0_when_every_kiosk_is_fine(tmp_path, capsys):
    write_status(tmp_path, "k1")
    assert run_cli(capsys, "fleet-report", "--today", "2026-11-27", str(tmp_path))[0] == 0
