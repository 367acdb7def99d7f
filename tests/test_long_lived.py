"""What the kiosk keeps for the whole run stays out of the garbage
collector's full passes (kiosk.app.long_lived), so a full collection in
the middle of a visit walks only what the visit made, and a Quick exit
does not wait for a walk through every object of the bundle."""

from __future__ import annotations

import gc
import time
import weakref

from ui_helpers import TODAY

from kiosk.app.first_frame import finish_start
from kiosk.app.long_lived import tracked_objects
from kiosk.content import load_bundle
from kiosk.content.on_show import ShownBundle
from kiosk.paths import fonts_dir, sample_bundle


def walked(obj: object) -> bool:
    """Whether a full collection walks `obj` (a frozen object it skips)."""
    return any(o is obj for o in gc.get_objects())


def test_what_the_start_built_is_left_out_of_later_full_collections(kiosk):
    model = kiosk.session.bundle
    assert walked(model)
    everything = tracked_objects()
    finish_start(kiosk)
    assert not walked(model)
    assert not walked(kiosk.window.header)
    assert gc.get_freeze_count() > 0.9 * everything  # what was alive then
    kiosk.session.start()
    made_by_the_visit = kiosk.window.screen
    assert made_by_the_visit is not None and walked(made_by_the_visit)
    # A full pass walks only what came after: a few thousand objects.
    assert len(gc.get_objects()) < 0.2 * gc.get_freeze_count()
    start = time.perf_counter()
    gc.collect()
    assert time.perf_counter() - start < 1  # (the benchmark gives the real figure)


def test_a_bundle_that_takes_over_is_settled_and_the_old_one_let_go(kiosk):
    finish_start(kiosk)
    old = kiosk.session.shown
    old_gone = weakref.ref(old.model)
    result = load_bundle(sample_bundle(), today=TODAY, shipped_fonts=fonts_dir())
    assert result.bundle is not None
    new = ShownBundle(result.bundle)
    kiosk.session.start()
    kiosk.offer(new)
    assert kiosk.session.shown is old  # waits for the visit to end
    assert walked(new.model)
    kiosk.quick_exit()
    assert kiosk.session.shown is new
    assert not walked(new.model)  # settled again for the new bundle
    del old
    gc.collect()
    assert old_gone() is None  # nothing frozen keeps the old bundle
