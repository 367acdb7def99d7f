"""The compiled bundle (kiosk.content.compiled): written at install, read at
start, ignored (and the YAML checked in full) when stale or damaged, rebuilt
by `kiosk compile`; the sample ships compiled and stays in step with its YAML."""

from __future__ import annotations

import json
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from content_helpers import make_bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from update_helpers import SAMPLE, SAMPLE_ID, TODAY, Keys, make_keys, packed

from kiosk.bundle_origin import ContentSource
from kiosk.cli import main
from kiosk.content import load_bundle
from kiosk.content.compiled import (
    FORMAT,
    CompiledResult,
    NotUsable,
    compiled_path,
    from_compiled_body,
    kiosk_stamp,
    read_compiled,
    sample_source_digest,
    seal,
)
from kiosk.content.compiler import compile_folder, to_compiled
from kiosk.content.findings import Pos
from kiosk.paths import compiled_sample, sample_bundle
from kiosk.updates import install
from kiosk.updates.current import load_current_bundle, load_shown_bundle
from kiosk.updates.installer import load_trusted_keys, recompile
from kiosk.updates.pointers import read_pointers
from kiosk.updates.status import status_report, status_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from compile_sample import compiled_sample_bytes  # noqa: E402
from synthetic import write_bundle  # noqa: E402


def body_of(data: bytes) -> bytes:
    return data.partition(b"\n")[2]


def resource_lines(data: bytes) -> list[dict]:
    lines = body_of(data).split(b"\n")
    head = json.loads(lines[0])
    return [json.loads(line) for line in lines[-head["resources"] :]]


def findings_text(result) -> list[str]:
    return [str(f) for f in result.findings]


# --- round trip -------------------------------------------------------------------


COMPILED_ON = TODAY


@pytest.fixture(scope="module")
def real_bundles(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("bundles")
    small = make_bundle(base, "small").path
    synthetic = write_bundle(base / "synthetic", resources=120, topics=12, per_file=40)
    return {"sample": SAMPLE, "small": small, "synthetic-6-languages": synthetic}


@pytest.mark.parametrize("name", ["sample", "small", "synthetic-6-languages"])
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(shown_on=st.dates(min_value=COMPILED_ON, max_value=date(2040, 12, 31)))
def test_a_compiled_bundle_reads_back_as_the_loader_reads_its_yaml(real_bundles, name, shown_on):
    """The same Bundle (phones already formatted, dates, positions, every
    text), the same findings and text counts; findings that depend on the
    date are those of the day it is shown, not of the day it was compiled
    (never earlier: a bundle is shown after it is installed)."""
    folder = real_bundles[name]
    at_install = load_bundle(folder, today=COMPILED_ON)
    data = compile_folder(folder, at_install, source="manifest")
    back = from_compiled_body(body_of(data), today=shown_on)
    on_the_day = load_bundle(folder, today=shown_on)
    assert back.bundle == on_the_day.bundle == at_install.bundle
    assert findings_text(back) == findings_text(on_the_day)
    assert back.texts_by_language == on_the_day.texts_by_language
    for resource in back.bundle.resources.values():
        assert back.bundle.trust(resource, shown_on) == on_the_day.bundle.trust(
            on_the_day.bundle.resources[resource.id], shown_on
        )


def test_phone_numbers_are_stored_as_shown_and_dialled(real_bundles):
    result = load_bundle(SAMPLE, today=TODAY)
    stored = {
        r["id"]: r["phones"] for r in resource_lines(compile_folder(SAMPLE, result, source="m"))
    }
    for resource in result.bundle.resources.values():
        assert [p[:3] for p in stored[resource.id]] == [
            [p.number, p.display, str(p.type)] for p in resource.phones
        ]
    hotline = stored["national-dv-hotline"][0]
    assert hotline[:2] == ["+18007997233", "1-800-799-7233"]


def test_a_bundle_with_errors_is_never_compiled(tmp_path):
    bundle = make_bundle(tmp_path)
    bundle.write("resources/broken.yaml", "id: [unclosed\n")
    result = load_bundle(bundle.path, today=TODAY)
    assert result.bundle is None
    with pytest.raises(Exception, match="a bundle with errors is never compiled"):
        compile_folder(bundle.path, result, source="m")


# --- reading a compiled file: each damage, its exact outcome ----------------------


@pytest.fixture
def compiled_file(tmp_path) -> tuple[Path, bytes]:
    result = load_bundle(SAMPLE, today=TODAY)
    data = compile_folder(SAMPLE, result, source="manifest-a")
    path = tmp_path / "b.compiled.json"
    path.write_bytes(data)
    return path, data


def edited_body(data: bytes) -> bytes:
    return data.replace(b'"+18007997233","1-800-799-7233"', b'"+18007997234","1-800-799-7234"')


DAMAGE = {
    "missing": (None, "there is no compiled form"),
    "edited JSON": (
        edited_body,
        "the compiled form has been changed or cut short since it was written",
    ),
    "wrong hash": (
        lambda d: d.replace(
            d[d.index(b'"sha256": "') + 11 : d.index(b'"sha256": "') + 15], b"0000"
        ),
        "the compiled form has been changed or cut short since it was written",
    ),
    "truncated body": (
        lambda d: d[: len(d) // 2],
        "the compiled form has been changed or cut short since it was written",
    ),
    "truncated header": (
        lambda d: d[:40],
        "the compiled form is not a compiled bundle (no header)",
    ),
    "not JSON": (
        lambda d: b"\x00\xffPK\x03\x04 not json\n{}",
        "the compiled form is not a compiled bundle (no header)",
    ),
    "empty": (lambda d: b"", "the compiled form is not a compiled bundle (no header)"),
    "header a list": (
        lambda d: b"[1, 2]\n{}",
        "the compiled form is not a compiled bundle (no header)",
    ),
    "older format": (
        lambda d: d.replace(f'{{"format": {FORMAT},'.encode(), b'{"format": 1,', 1),
        "the compiled form was made by another kiosk version (" + kiosk_stamp() + ")",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_a_damaged_compiled_file_is_never_used(compiled_file, case):
    path, data = compiled_file
    damage, reason = DAMAGE[case]
    if damage is None:
        path.unlink()
    else:
        path.write_bytes(damage(data))
    read = read_compiled(path, source="manifest-a", today=TODAY)
    assert read == NotUsable(reason)


def test_a_compiled_file_of_another_kiosk_version_is_not_used(tmp_path):
    result = load_bundle(SAMPLE, today=TODAY)
    old = to_compiled(
        result.bundle,
        result.findings,
        source="manifest-a",
        review_by_at=Pos("bundle.yaml", 1, 1),
        stamp="resource_kiosk 0.0.9 format 1",
    )
    path = tmp_path / "b.compiled.json"
    path.write_bytes(old)
    assert read_compiled(path, source="manifest-a") == NotUsable(
        "the compiled form was made by another kiosk version (resource_kiosk 0.0.9 format 1)"
    )
    # The same file is read by the kiosk that wrote it.
    assert isinstance(
        read_compiled(path, source="manifest-a", stamp="resource_kiosk 0.0.9 format 1"),
        CompiledResult,
    )


def test_a_compiled_file_made_from_other_files_is_not_used(compiled_file):
    path, _ = compiled_file
    assert read_compiled(path, source="manifest-b") == NotUsable(
        "the compiled form was made from other files than the installed ones"
    )


def test_a_sealed_body_that_does_not_read_as_a_bundle_is_not_used(tmp_path):
    stamp = kiosk_stamp()
    body = b'{"bundle": {"id": 1}, "files": []}'
    header = {"format": FORMAT, "stamp": stamp, "source": "m", "sha256": seal(stamp, "m", body)}
    path = tmp_path / "b.compiled.json"
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    assert read_compiled(path, source="m") == NotUsable(
        "the compiled form does not read as a bundle"
    )


# --- installed bundles --------------------------------------------------------------


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


def do_install(kbundle: Path, content: Path, keys: Keys) -> None:
    install(kbundle, content, load_trusted_keys([keys.pub_file]), today=TODAY)


@pytest.fixture
def installed(tmp_path, keys) -> Path:
    """Versions 1 and 2 of the sample installed; 2 is current."""
    content = tmp_path / "content"
    do_install(packed(tmp_path, keys, 1), content, keys)
    do_install(packed(tmp_path, keys, 2), content, keys)
    return content


def version_folder(content: Path, version: int) -> Path:
    return content / "versions" / f"{SAMPLE_ID}-{version}"


def test_install_writes_the_compiled_form_beside_the_version_folder(installed):
    pointers = read_pointers(installed)
    assert pointers.current is not None
    folder = version_folder(installed, 2)
    compiled = compiled_path(folder)
    assert compiled == installed / "versions" / f"{SAMPLE_ID}-2.compiled.json"
    header = json.loads(compiled.read_bytes().partition(b"\n")[0])
    assert header["source"] == pointers.current.manifest_sha256
    assert header["stamp"] == kiosk_stamp()
    shown = load_shown_bundle(installed, today=TODAY)
    assert shown is not None and shown.not_compiled is None
    assert isinstance(shown.result, CompiledResult)
    assert shown.result.bundle == load_bundle(folder, today=TODAY).bundle
    assert findings_text(shown.result) == findings_text(load_bundle(folder, today=TODAY))


def test_the_kiosk_shows_what_was_checked_at_install_not_the_yaml_after(installed):
    """A YAML file changed on disk after install is not read at start: the
    kiosk shows the bundle as it was checked (and signed)."""
    topic = next((version_folder(installed, 2) / "topics").iterdir())
    topic.write_text("id: [unclosed\n", encoding="utf-8")
    folder, result = ContentSource(content_dir=installed).load(TODAY)
    assert folder == version_folder(installed, 2)
    assert isinstance(result, CompiledResult) and result.bundle.version == 2


def copy_from_version_1(content: Path) -> None:
    shutil.copyfile(
        compiled_path(version_folder(content, 1)), compiled_path(version_folder(content, 2))
    )


INSTALLED_DAMAGE = {
    "missing": (lambda p: p.unlink(), "there is no compiled form"),
    "edited JSON": (
        lambda p: p.write_bytes(edited_body(p.read_bytes())),
        "the compiled form has been changed or cut short since it was written",
    ),
    "truncated": (
        lambda p: p.write_bytes(p.read_bytes()[:-1]),
        "the compiled form has been changed or cut short since it was written",
    ),
    "not JSON": (
        lambda p: p.write_text("version: 2\n", encoding="utf-8"),
        "the compiled form is not a compiled bundle (no header)",
    ),
    "another kiosk version": (
        lambda p: p.write_bytes(
            p.read_bytes().replace(kiosk_stamp().encode(), b"resource_kiosk 0.0.1 format 1", 1)
        ),
        "the compiled form was made by another kiosk version (resource_kiosk 0.0.1 format 1)",
    ),
    "from another version folder": (
        None,
        "the compiled form was made from other files than the installed ones",
    ),
}


@pytest.mark.parametrize("case", sorted(INSTALLED_DAMAGE))
def test_a_damaged_compiled_form_falls_back_to_the_checked_yaml_everywhere(installed, case, capsys):
    """The kiosk, `kiosk status` and `kiosk compile` make the same choice: the
    current version, read from its YAML (checked in full), with the reason;
    never the damaged data, never "not ready", never the older version."""
    target = compiled_path(version_folder(installed, 2))
    damage, reason = INSTALLED_DAMAGE[case]
    if damage is None:
        copy_from_version_1(installed)
    else:
        damage(target)
    shown = load_shown_bundle(installed, today=TODAY)
    assert shown is not None and shown.role == "current"
    assert shown.not_compiled == NotUsable(reason)
    assert not isinstance(shown.result, CompiledResult)
    assert shown.result.bundle == load_bundle(version_folder(installed, 2), today=TODAY).bundle
    hotline = shown.result.bundle.resources["national-dv-hotline"].phones[0]
    assert (hotline.number, hotline.display) == ("+18007997233", "1-800-799-7233")
    # The kiosk's own load: the same folder and bundle, and a line for the journal.
    folder, result = ContentSource(content_dir=installed).load(TODAY)
    assert folder == shown.folder and result.bundle == shown.result.bundle
    report = status_report(installed)
    assert report["shown"] == "current" and report["not_compiled"] == reason
    assert (
        f"start is slow: {reason}, so the kiosk checks the YAML at every start; "
        "rebuild it with `kiosk compile`"
    ) in status_text(report).splitlines()
    # Staff rebuild it; the next start reads it again.
    assert main(["compile", "--content-dir", str(installed)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{SAMPLE_ID}-2: rebuilt",
        f"{SAMPLE_ID}-1: up to date",
    ]
    again = load_shown_bundle(installed, today=TODAY)
    assert again is not None and again.not_compiled is None
    assert status_report(installed)["not_compiled"] is None


def test_kiosk_compile_leaves_a_version_that_no_longer_loads_uncompiled(installed, capsys):
    compiled_path(version_folder(installed, 2)).unlink()
    (version_folder(installed, 2) / "bundle.yaml").write_text("id: [\n", encoding="utf-8")
    assert main(["compile", "--content-dir", str(installed)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{SAMPLE_ID}-2: not valid: bundle.yaml:2:1: error: ")
    assert lines[1:] == [f"{SAMPLE_ID}-1: up to date"]
    assert not compiled_path(version_folder(installed, 2)).exists()
    # The kiosk falls back to the rollback target, as it always has.
    shown = load_shown_bundle(installed, today=TODAY)
    assert shown is not None and shown.role == "previous" and shown.not_compiled is None


def test_kiosk_compile_on_a_folder_with_nothing_installed(tmp_path, capsys):
    assert main(["compile", "--content-dir", str(tmp_path / "none")]) == 1
    assert "no bundle is installed in" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["compile", "--content-dir", str(tmp_path / "empty")]) == 1
    assert "no bundle is installed here" in capsys.readouterr().err


def test_recompile_when_everything_is_up_to_date(installed):
    assert [(r.dir, r.outcome) for r in recompile(installed, today=TODAY)] == [
        (f"{SAMPLE_ID}-2", "up to date"),
        (f"{SAMPLE_ID}-1", "up to date"),
    ]


def test_freshness_is_worked_out_on_the_day_it_is_shown(installed):
    """Installed on TODAY; shown two years later, the stale contacts and the
    passed review date are warned about, with that day's ages."""
    later = TODAY + timedelta(days=730)
    found = load_current_bundle(installed, today=later)
    assert found is not None
    folder, result = found
    assert isinstance(result, CompiledResult)
    assert findings_text(result) == findings_text(load_bundle(folder, today=later))
    assert any(f.rule == "stale-verification" for f in result.findings)
    assert any(f.rule == "review-overdue" for f in result.findings)


# --- the shipped sample ---------------------------------------------------------------


def test_the_shipped_compiled_sample_is_what_its_yaml_compiles_to():
    """Fails when the sample's YAML (or the loader's reading of it, or the
    kiosk's version) and the shipped compiled file drift apart: run
    scripts/compile_sample.py."""
    assert compiled_sample().read_bytes() == compiled_sample_bytes(), (
        "the compiled sample is out of date; run scripts/compile_sample.py"
    )


def test_the_sample_starts_from_its_compiled_form():
    folder, result = ContentSource(folder=sample_bundle(), sample=True).load(TODAY)
    assert folder == sample_bundle()
    assert isinstance(result, CompiledResult)
    assert result.bundle == load_bundle(sample_bundle(), today=TODAY).bundle
    _, default = ContentSource().load(TODAY)
    assert isinstance(default, CompiledResult)


def test_a_sample_folder_given_to_preview_is_read_as_yaml():
    _, result = ContentSource(folder=sample_bundle()).load(TODAY)
    assert not isinstance(result, CompiledResult) and result.bundle is not None


def test_a_compiled_sample_from_other_yaml_is_not_used(tmp_path):
    copy = tmp_path / "ofallon-mo"
    shutil.copytree(SAMPLE, copy)
    shutil.copyfile(compiled_sample(), compiled_path(copy))
    assert isinstance(
        read_compiled(compiled_path(copy), source=sample_source_digest(copy)), CompiledResult
    )
    topic = copy / "topics" / "health-care.yaml"
    topic.write_text(topic.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert read_compiled(compiled_path(copy), source=sample_source_digest(copy)) == NotUsable(
        "the compiled form was made from other files than the installed ones"
    )


# --- reading lazily and in steps ------------------------------------------------------


def test_a_compiled_bundle_decodes_a_service_only_when_a_screen_asks_for_it(real_bundles):
    folder = real_bundles["synthetic-6-languages"]
    loaded = load_bundle(folder, today=COMPILED_ON)
    data = compile_folder(folder, loaded, source="m")
    back = from_compiled_body(body_of(data), today=COMPILED_ON)
    resources = back.bundle.resources
    assert resources.decoded == 0 and len(resources) == 120
    assert list(resources) == list(loaded.bundle.resources)  # ids in file order, from the index
    # The staff chart and the dated checks read the index alone.
    assert list(back.bundle.verified_dates()) == list(loaded.bundle.verified_dates())
    assert resources.decoded == 0
    topic = back.bundle.topics[3]
    shown = back.bundle.resources_of(topic)
    assert resources.decoded == len(topic.resource_refs) < 120
    assert shown == loaded.bundle.resources_of(loaded.bundle.topic(topic.id))
    assert "no-such-service" not in resources
    with pytest.raises(KeyError):
        resources["no-such-service"]


def test_reading_in_steps_comes_to_what_reading_at_once_does(tmp_path, real_bundles):
    from kiosk.content.compiled import read_compiled_in_steps

    folder = real_bundles["synthetic-6-languages"]
    path = tmp_path / "b.compiled.json"
    path.write_bytes(compile_folder(folder, load_bundle(folder, today=TODAY), source="m"))
    steps = read_compiled_in_steps(path, source="m", today=TODAY)
    taken = 0
    while True:
        try:
            next(steps)
            taken += 1
        except StopIteration as done:
            stepped = done.value
            break
    assert taken > 12  # at least one step per topic
    at_once = read_compiled(path, source="m", today=TODAY)
    assert isinstance(stepped, CompiledResult) and isinstance(at_once, CompiledResult)
    assert stepped.bundle == at_once.bundle
    assert findings_text(stepped) == findings_text(at_once)


def test_a_sealed_body_whose_lines_do_not_match_its_head_is_not_used(tmp_path):
    result = load_bundle(SAMPLE, today=TODAY)
    body = body_of(compile_folder(SAMPLE, result, source="m"))
    cut = body.rsplit(b"\n", 1)[0]  # the last resource's line left out, the head unchanged
    stamp = kiosk_stamp()
    header = {"format": FORMAT, "stamp": stamp, "source": "m", "sha256": seal(stamp, "m", cut)}
    path = tmp_path / "b.compiled.json"
    path.write_bytes(json.dumps(header).encode() + b"\n" + cut)
    assert read_compiled(path, source="m") == NotUsable(
        "the compiled form does not read as a bundle"
    )
