"""The taxonomy terms a service carries, followed up to their top-level term:
each top-level term becomes a topic."""

from __future__ import annotations

from kiosk.hsds.drawable import fit_to_fonts
from kiosk.hsds.plan import Found, Term
from kiosk.hsds.values import Record, child, children, is_placeholder, text


def read_terms(s: Record, where: str, found: Found) -> list[Term]:
    """The top-level taxonomy terms the service carries: they become topics."""
    terms: list[Term] = []
    for attribute, place in children(s, "attributes", where):
        found.usage.use(attribute, "id")
        term = child(attribute, "taxonomy_term", place)
        if term is None:
            term_id = text(attribute, "taxonomy_term_id", place)
            term = found.ctx.terms.get(term_id) if term_id else None
        if term is None:
            continue
        top = _top_term(term, found.ctx.terms, place)
        title = text(top, "name", place)
        if title is not None:
            title, problem = fit_to_fonts(title)
            if title is None:
                found.problems.append(f"taxonomy term {problem}: no topic from it")
                continue
        if title is None or is_placeholder(title, "name"):
            found.problems.append(
                f"taxonomy term '{title or ''}' looks like a placeholder: no topic from it"
            )
            continue
        found.usage.use(attribute, "taxonomy_term", "taxonomy_term_id")
        found.usage.use(term, *term.keys())
        key = text(top, "id", place) or title
        if all(t.key != key for t in terms):
            terms.append(Term(key, " ".join(title.split())))
    found.usage.use(s, "attributes")
    return terms


def _top_term(term: Record, known: dict[str, Record], where: str) -> Record:
    seen: set[str] = set()
    while True:
        parent_id = text(term, "parent_id", where)
        parent = known.get(parent_id) if parent_id else None
        if parent is None or parent_id in seen:
            return term
        seen.add(parent_id)  # type: ignore[arg-type]
        term = parent
