"""Topics and services are read as plain drafts (kiosk.content.drafts) that
the garbage collector stops walking, and become the same model objects as
before once the last file is read."""

from __future__ import annotations

import gc
from datetime import date

from kiosk.content import load_bundle
from kiosk.content.drafts import resource_from_draft, topic_from_draft
from kiosk.content.findings import Findings
from kiosk.content.format import RESOURCE, RESOURCE_LIST, TOPIC
from kiosk.content.nodes import Sequence
from kiosk.content.schema import ReadContext
from kiosk.content.yamlsource import read_source
from kiosk.paths import fonts_dir, sample_bundle

TODAY = date(2026, 12, 6)


def _context(rel: str, findings: Findings) -> ReadContext:
    bundle = load_bundle(sample_bundle(), today=TODAY, shipped_fonts=fonts_dir()).bundle
    assert bundle is not None
    return ReadContext(
        rel,
        findings,
        default_language=bundle.default_language,
        languages=bundle.languages,
        region=bundle.region,
        today=TODAY,
    )


def _files(folder: str) -> list[str]:
    return sorted(f"{folder}/{p.name}" for p in (sample_bundle() / folder).glob("*.yaml"))


def test_drafts_are_left_alone_by_the_collector_and_make_the_loaded_model() -> None:
    loaded = load_bundle(sample_bundle(), today=TODAY, shipped_fonts=fonts_dir()).bundle
    assert loaded is not None
    findings = Findings()
    resources, topics = [], []
    for rel in _files("resources"):
        source = read_source(sample_bundle(), rel, findings)
        assert source is not None
        if isinstance(source.node, Sequence):
            resources.extend(RESOURCE_LIST.read(source.node, _context(rel, findings)))
        else:
            resources.append(RESOURCE.read(source.node, _context(rel, findings)))
    for rel in _files("topics"):
        source = read_source(sample_bundle(), rel, findings)
        assert source is not None
        topics.append(TOPIC.read(source.node, _context(rel, findings)))
    assert not findings.errors
    # The collector stops tracking a tuple whose items it no longer tracks;
    # a pass may reach an outer tuple before its inner ones, so each pass
    # can peel one level. A draft that held an enum, a dict or a model object
    # would stay tracked whatever the passes (and be walked at every full
    # collection while a large bundle loads).
    for _ in range(8):
        gc.collect()
    tracked = [d[0] for d in [*resources, *topics] if gc.is_tracked(d)]
    assert tracked == []
    assert len(resources) == len(loaded.resources) > 10
    made = {r.id: r for r in (resource_from_draft(d, loaded.default_language) for d in resources)}
    assert made == dict(loaded.resources)
    made_topics = sorted(
        (topic_from_draft(d, loaded.default_language) for d in topics),
        key=lambda t: (t.order, t.id),
    )
    assert tuple(made_topics) == loaded.topics
