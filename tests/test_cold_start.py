"""What keeps the kiosk's start short, and correct: `kiosk run` imports only
what it needs, the UI languages' catalogues not needed for the first screen
are read right after the first frame, and a language asked for before that
still finds its words."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QScroller, QVBoxLayout, QWidget

from kiosk import cli
from kiosk.app.first_frame import AfterFirstFrame, finish_start
from kiosk.catalogues import catalogue_dir
from kiosk.paths import catalogues_in
from kiosk.ui.translation import UiLanguage

ROOT = Path(__file__).resolve().parents[1]


def registered_by(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    importlib.import_module(module).register(commands)
    return set(commands.choices)


def test_the_command_table_says_which_module_registers_each_command():
    for module in cli.COMMAND_MODULES:
        assert registered_by(module) == {c for c, m in cli.COMMANDS.items() if m == module}


def test_a_command_gets_only_its_own_modules_parser():
    parser = cli.build_parser(["run", "--windowed"])
    args = parser.parse_args(["run", "--windowed"])
    assert args.command == "run" and args.windowed
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == {"run", "check-config", "hash-pin"}


def test_help_and_mistakes_see_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in cli.COMMANDS)
    with pytest.raises(SystemExit):
        cli.main(["no-such-command"])
    assert "invalid choice" in capsys.readouterr().err


PLAN_RUN = """
import json, sys
from kiosk.cli import build_parser
from kiosk.app.commands import RunPlan, plan_run
argv = ["run", "--windowed"]
plan = plan_run(build_parser(argv).parse_args(argv))
assert isinstance(plan, RunPlan), plan
before_qt = sorted(m for m in sys.modules if m.split(".")[0] in (
    "PySide6", "shiboken6", "fontTools", "cryptography", "segno", "phonenumbers")
    or m.startswith(("kiosk.updates", "kiosk.hsds", "kiosk.printing", "kiosk.ui")))
print(json.dumps({"before_qt": before_qt, "bundle": plan.result.bundle.id}))
"""


def test_kiosk_run_reads_config_and_bundle_before_qt_and_without_the_staff_tools():
    done = subprocess.run(
        [sys.executable, "-c", PLAN_RUN],
        capture_output=True, text=True, cwd=ROOT, check=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    found = json.loads(done.stdout)
    assert found["before_qt"] == []
    assert found["bundle"]


def test_kiosk_run_refuses_a_broken_config_before_qt(tmp_path, capsys):
    from kiosk.app.commands import plan_run

    config = tmp_path / "kiosk.yaml"
    config.write_text("idle_timeout_s: often\n", encoding="utf-8")
    args = cli.build_parser(["run"]).parse_args(["run", "--config", str(config)])
    assert plan_run(args) == 2
    assert "kiosk.yaml:1" in capsys.readouterr().err


# --- catalogues -----------------------------------------------------------------


@pytest.fixture
def fresh_ui(qapp):
    ui = UiLanguage(qapp, pseudo="")
    yield ui
    UiLanguage(qapp, pseudo="").set("en")


def test_only_the_first_languages_catalogues_are_read_before_the_first_frame(fresh_ui):
    fresh_ui.set("es")
    assert fresh_ui.loaded == {"es", "en"}
    assert QCoreApplication.translate("Header", "Back") != "Back"


def test_a_language_chosen_before_the_rest_are_read_still_gets_its_words(fresh_ui):
    fresh_ui.set("en")
    fresh_ui.set("ar")
    assert QCoreApplication.translate("Header", "Back") == "رجوع"
    assert "qtbase_ar" in fresh_ui.catalogues
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"


def test_load_all_reads_every_shipped_catalogue_once(fresh_ui):
    fresh_ui.set("en")
    fresh_ui.load_all()
    shipped = catalogues_in(catalogue_dir(), "kiosk")
    assert fresh_ui.loaded == shipped
    chinese = fresh_ui._kiosk["zh_CN"]
    fresh_ui.load_all()
    fresh_ui.set("zh")
    assert fresh_ui._kiosk["zh_CN"] is chinese
    assert QCoreApplication.translate("Header", "Quick exit") == "快速退出"


def test_a_second_ui_language_replaces_the_first_ones_translator(qapp):
    first = UiLanguage(qapp, pseudo="long")
    first.set("es")
    second = UiLanguage(qapp, pseudo="")
    second.set("es")
    assert not QCoreApplication.translate("Header", "Back").startswith("[")
    UiLanguage(qapp, pseudo="").set("en")


@pytest.mark.parametrize("covered", [False, True])
def test_work_after_the_first_frame_runs_once_after_it_is_painted(qtbot, covered):
    """Also when an opaque child covers the whole window, which then gets no
    paint event of its own."""
    window = QWidget()
    qtbot.addWidget(window)
    if covered:
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        child = QWidget()
        child.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        layout.addWidget(child)
    ran: list[int] = []
    AfterFirstFrame(window, lambda: ran.append(1))
    QApplication.processEvents()
    assert ran == []
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ran == [1])
    window.repaint()
    QApplication.processEvents()
    assert ran == [1]


def test_finishing_the_start_reads_every_catalogue_and_lets_a_finger_fling(kiosk):
    viewport = kiosk.window.screen_area.viewport()
    assert kiosk.ui_language.loaded < catalogues_in(catalogue_dir(), "kiosk")
    assert not QScroller.hasScroller(viewport)
    finish_start(kiosk)
    assert kiosk.ui_language.loaded == catalogues_in(catalogue_dir(), "kiosk")
    assert QScroller.hasScroller(viewport)
    assert QScroller.scroller(viewport).grabbedGesture(viewport) != Qt.GestureType(0)
    finish_start(kiosk)  # the gesture is grabbed once per run, however often asked
    assert kiosk.window.screen_area.kinetic


LOAD_INSTALLED = """
import sys
from kiosk.bundle_origin import ContentSource
folder, result = ContentSource(content_dir=sys.argv[1]).load()
assert result.bundle is not None, result.errors
heavy = [m for m in ("cryptography", "kiosk.updates.installer", "kiosk.updates.minisign",
                     "kiosk.updates.archive") if m in sys.modules]
print(folder.name, heavy)
"""


def test_starting_on_an_installed_bundle_imports_no_update_code(tmp_path):
    """The installed bundle is found through two pointer files; the signature
    and install code (and cryptography) wait until an update comes."""
    from update_helpers import TODAY, make_keys, packed

    from kiosk.updates import install
    from kiosk.updates.installer import load_trusted_keys

    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    install(packed(tmp_path, keys, 3), content, load_trusted_keys([keys.pub_file]), today=TODAY)
    out = subprocess.run(
        [sys.executable, "-c", LOAD_INSTALLED, str(content)],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.split()  # fmt: skip
    assert out[0].endswith("-3"), out  # the installed version's folder
    assert out[1:] == ["[]"], out


# --- the first frame from a compiled bundle ------------------------------------

FIRST_FRAME_CHILD = """
import json, os, sys
yaml_opened = []
def audit(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith((".yaml", ".yml")):
        yaml_opened.append([os.path.basename(args[0]), args[1]])
sys.addaudithook(audit)
from kiosk.cli import build_parser
from kiosk.app.commands import RunPlan, plan_run
argv = ["run", "--windowed", *sys.argv[1:]]
plan = plan_run(build_parser(argv).parse_args(argv))
assert isinstance(plan, RunPlan), plan
kiosk = plan.start()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
def painted():
    print(json.dumps({
        "loaded": [m for m in ("yaml", "phonenumbers", "kiosk.content.loader") if m in sys.modules],
        "yaml_opened": yaml_opened,
        "shown": [kiosk.session.bundle.id, kiosk.session.bundle.version],
        "screens": sorted(m for m in sys.modules if m.startswith("kiosk.ui.screens")),
        "staff_ui": [m for m in ("kiosk.ui.staff", "kiosk.ui.corner_hold") if m in sys.modules],
        "service_types": "kiosk.content.resource_model" in sys.modules,
    }), flush=True)
    os._exit(0)
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            QTimer.singleShot(0, painted)  # once the whole frame is painted
        return False
first = FirstFrame()
kiosk.app.installEventFilter(first)
kiosk.app.exec()
"""


def first_frame(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_CHILD, *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_the_sample_reaches_its_first_frame_without_parsing_a_bundle():
    """The compiled sample: no loader (the only code that parses a bundle),
    no phone-number library, and no PyYAML at all when no config file is
    given. Its YAML files are read once each, as bytes to hash, to know the
    compiled file was made from them."""
    found = first_frame()
    assert found["shown"] == ["ofallon-mo-sample", 1]
    opened = [name for name, _ in found["yaml_opened"]]
    assert opened[0] == "bundle.yaml" and len(opened) == len(set(opened)) == 22
    assert found["loaded"] == []


def test_the_first_frame_imports_only_the_screen_it_shows():
    """The cover's module and no other screen's (nor the "not ready" window's,
    which a kiosk with a bundle never shows)."""
    # base is the scrolling screens' common part, which the window knows.
    expected = ["kiosk.ui.screens", "kiosk.ui.screens.base", "kiosk.ui.screens.cover"]
    assert first_frame()["screens"] == expected


def test_the_first_frame_watches_the_staff_corner_without_the_staff_tools():
    """The corner hold is watched from the first frame; the PIN pad and the
    staff panel are imported when staff first open them."""
    assert first_frame()["staff_ui"] == ["kiosk.ui.corner_hold"]


def test_the_first_frame_creates_no_service_type():
    """The cover and Home show no service: Resource and its parts are made
    when a screen first decodes one."""
    assert first_frame()["service_types"] is False


def test_the_service_types_are_the_models_own_when_asked_for():
    from kiosk import content
    from kiosk.content import model, resource_model

    assert model.Resource is resource_model.Resource is content.Resource
    assert model.Phone is resource_model.Phone
    assert model.Address is resource_model.Address
    assert model.Verification is resource_model.Verification
    with pytest.raises(AttributeError, match="has no attribute 'Service'"):
        model.Service  # noqa: B018


AFTER_FIRST_FRAME_CHILD = """
import json, sys
from kiosk.cli import build_parser
from kiosk.app.commands import plan_run
from kiosk.app.first_frame import finish_start
argv = ["run", "--windowed"]
kiosk = plan_run(build_parser(argv).parse_args(argv)).start()
screens = lambda: sorted(m for m in sys.modules if m.startswith("kiosk.ui.screens."))
before = screens()
finish_start(kiosk)
print(json.dumps([before, screens(), "kiosk.content.resource_model" in sys.modules]))
"""


def test_finishing_the_start_imports_every_screen_a_visitor_may_open():
    """So the first tap on a topic, a service or a setting builds its screen
    without importing its module (or creating the service types) first."""
    done = subprocess.run(
        [sys.executable, "-c", AFTER_FIRST_FRAME_CHILD],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    before, after, service_types = json.loads(done.stdout.splitlines()[-1])
    assert before == ["kiosk.ui.screens.base", "kiosk.ui.screens.cover"]
    assert service_types
    assert after == sorted(
        ["kiosk.ui.screens.base", "kiosk.ui.screens.cover"]
        + [f"kiosk.ui.screens.{name}" for name in
           ("about", "display", "home", "language", "resource", "slip", "topic")]
    )  # fmt: skip


def test_an_installed_bundle_reaches_its_first_frame_without_parsing_it(tmp_path):
    from update_helpers import TODAY, make_keys, packed

    from kiosk.updates import install
    from kiosk.updates.installer import load_trusted_keys

    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    install(packed(tmp_path, keys, 3), content, load_trusted_keys([keys.pub_file]), today=TODAY)
    config = tmp_path / "kiosk.yaml"
    config.write_text(f"content_dir: {content}\n", encoding="utf-8")
    found = first_frame("--config", str(config))
    assert found["shown"] == ["ofallon-mo-sample", 3]
    assert [name for name, _ in found["yaml_opened"]] == ["kiosk.yaml"]  # no bundle file
    assert "phonenumbers" not in found["loaded"]
    assert "kiosk.content.loader" not in found["loaded"]
