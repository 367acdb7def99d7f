"""Validation reports for people (one finding per line) and for tools (JSON)."""

from __future__ import annotations

import json

from kiosk.content.loader import LoadResult
from kiosk.content.rules import coverage
from kiosk.shown import shown


def coverage_by_language(result: LoadResult) -> dict[str, str]:
    bundle = result.bundle
    counts = result.texts_by_language
    if bundle is None:
        return {}
    total = counts.get(bundle.default_language, 0)
    return {lang: coverage(counts.get(lang, 0), total) for lang in bundle.languages}


def text_report(result: LoadResult) -> str:
    # One line a finding, whatever a file name holds (kiosk.shown).
    lines = [shown(str(f)) for f in result.findings]
    errors, warnings = len(result.errors), len(result.warnings)
    summary = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    if result.bundle is not None:
        b = result.bundle
        summary += (
            f" in bundle '{b.id}' version {b.version} ({b.status}): "
            f"{len(b.topics)} topics, {len(b.resources)} resources"
        )
        cover = ", ".join(f"{lang} {pct}" for lang, pct in coverage_by_language(result).items())
        lines.append(summary)
        lines.append(f"translation coverage: {cover}")
    else:
        lines.append(summary + "; the bundle cannot be used until the errors are fixed")
    return "\n".join(lines)


def json_report(result: LoadResult) -> str:
    bundle = result.bundle
    payload = {
        "ok": not result.errors,
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "bundle": None
        if bundle is None
        else {
            "id": bundle.id,
            "version": bundle.version,
            "status": str(bundle.status),
            "topics": len(bundle.topics),
            "resources": len(bundle.resources),
        },
        "coverage": coverage_by_language(result),
        "findings": [f.as_dict() for f in result.findings],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
