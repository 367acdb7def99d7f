"""Property tests: whatever is written into a bundle file, load_bundle returns
findings, never an exception (and never its catch-all 'internal-error')."""

from __future__ import annotations

import copy
import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Final

import yaml
from content_helpers import RESOURCE_YAML, TOPIC_YAML, make_bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import Finding, LoadResult, Severity
from kiosk.content.format import RESOURCE

FAST = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Random trees take longer to draw than to load: fewer of them.
TREE_SETTINGS = settings(FAST, max_examples=100)
RULE = re.compile(r"[a-z][a-z0-9-]*")


def load_with(rel: str, content: str | bytes) -> LoadResult:
    """A fresh template bundle with `rel` replaced by `content`, loaded."""
    with tempfile.TemporaryDirectory() as tmp:
        bundle = make_bundle(Path(tmp))
        bundle.write(rel, content)
        result = bundle.load()
    check_result(result)
    return result


def check_result(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    assert not result.unreadable
    for finding in result.findings:
        assert isinstance(finding, Finding)
        assert finding.severity in (Severity.ERROR, Severity.WARNING)
        assert RULE.fullmatch(finding.rule), finding
        assert finding.message.strip(), finding
        assert finding.pos.line >= 0 and finding.pos.col >= 0, finding
        assert finding.pos.file in {"bundle.yaml", "topics", "resources"} or re.fullmatch(
            r"(topics|resources)/[^/]+", finding.pos.file
        ), finding
    rules = {f.rule for f in result.findings}
    assert "internal-error" not in rules, [str(f) for f in result.findings]
    # No partly loaded bundle: a bundle exactly when nothing is an error.
    assert (result.bundle is None) == bool(result.errors), [str(f) for f in result.findings]


# --- random text and bytes -----------------------------------------------------


@FAST
@given(st.text(max_size=2000))
def test_random_text_as_topic_file(text: str) -> None:
    load_with("topics/help.yaml", text)


@FAST
@given(st.text(max_size=2000))
def test_random_text_as_bundle_yaml(text: str) -> None:
    load_with("bundle.yaml", text)


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_as_topic_file(data: bytes) -> None:
    load_with("topics/help.yaml", data)


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_as_bundle_yaml(data: bytes) -> None:
    load_with("bundle.yaml", data)


YAML_NOISE = st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"#%@`,? \n\tyesno0123.~")))


@FAST
@given(
    which=st.sampled_from([TOPIC_YAML, RESOURCE_YAML]),
    at=st.integers(min_value=0),
    cut=st.integers(min_value=0, max_value=40),
    noise=YAML_NOISE | st.text(max_size=20),
)
def test_template_with_a_random_splice_never_raises(
    which: str, at: int, cut: int, noise: str
) -> None:
    at %= len(which) + 1
    text = which[:at] + noise + which[at + cut :]
    load_with("topics/help.yaml" if which is TOPIC_YAML else "resources/hotline.yaml", text)


# --- random YAML trees -----------------------------------------------------------

FIELD_NAMES = [*RESOURCE.fields, "on", "by", "method", "number", "type", "en", "es", "fr"]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    | st.sampled_from(["1-888-373-7888", "233733", "911", "no", "10:30", "01234", "en", "es"])
)
KEYS = st.sampled_from(FIELD_NAMES) | st.text(max_size=12)


def trees(leaves: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=5)
        ),
        max_leaves=20,
    )


TREES = trees(SCALARS)


def dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


@TREE_SETTINGS
@given(TREES)
def test_random_yaml_tree_as_resource_file(tree: Any) -> None:
    load_with("resources/hotline.yaml", dump(tree))


@TREE_SETTINGS
@given(st.dictionaries(KEYS, TREES, max_size=5))
def test_random_mapping_as_resource_file(fields: dict[Any, Any]) -> None:
    load_with("resources/hotline.yaml", dump(fields))


def _read_template() -> dict[str, Any]:
    fields = yaml.safe_load(RESOURCE_YAML)
    fields["verified"]["on"] = fields["verified"].pop(True)  # safe_load reads `on:` as True
    return fields


TEMPLATE_FIELDS: Final = _read_template()


def _template_fields() -> dict[str, Any]:
    """A fresh copy of the template resource as Python data."""
    return copy.deepcopy(TEMPLATE_FIELDS)


def test_template_fields_round_trip_clean() -> None:
    assert load_with("resources/hotline.yaml", dump(_template_fields())).findings == []


@TREE_SETTINGS
@given(field=st.sampled_from(sorted(_template_fields())), value=TREES)
def test_valid_resource_with_one_random_field(field: str, value: Any) -> None:
    fields = _template_fields()
    fields[field] = value
    load_with("resources/hotline.yaml", dump(fields))


NOT_MAPPINGS = TREES.filter(lambda tree: not isinstance(tree, dict))


@TREE_SETTINGS
@given(st.lists(NOT_MAPPINGS | st.builds(_template_fields), max_size=5))
def test_random_list_of_resources(items: list[Any]) -> None:
    load_with("resources/hotline.yaml", dump(items))


@TREE_SETTINGS
@given(
    key=st.sampled_from(["title", "questions", "resources", "order", "icon", "id"]),
    value=TREES,
)
def test_valid_topic_with_one_random_field(key: str, value: Any) -> None:
    fields = yaml.safe_load(TOPIC_YAML)
    fields[key] = value
    load_with("topics/help.yaml", dump(fields))


def _mutators() -> list[Callable[[dict[str, Any], Any], None]]:
    def set_phone(fields: dict[str, Any], value: Any) -> None:
        fields["phones"][0]["number"] = value

    def set_verified_on(fields: dict[str, Any], value: Any) -> None:
        fields["verified"]["on"] = value

    def set_name_es(fields: dict[str, Any], value: Any) -> None:
        fields["name"]["es"] = value

    return [set_phone, set_verified_on, set_name_es]


@TREE_SETTINGS
@given(mutate=st.sampled_from(_mutators()), value=SCALARS | TREES)
def test_valid_resource_with_one_random_nested_value(
    mutate: Callable[[dict[str, Any], Any], None], value: Any
) -> None:
    fields = _template_fields()
    mutate(fields, value)
    load_with("resources/hotline.yaml", dump(fields))
