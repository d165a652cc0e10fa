"""Variables for the explorer: label, references, documentation, formulas by start date and,
for a right, its condition tree (openfisca_llo/regels/voorwaarden.py)."""

from __future__ import annotations

import datetime
import difflib
import inspect
import textwrap

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.paths import VARIABLES_DIR
from openfisca_llo.regels.voorwaarden import VOORWAARDEN, detailvariabelen

BEGIN_DER_TIJDEN = "0001-01-01"


def mappen(systeem) -> dict[str, list[str]]:
    """Variable names per folder of variables/ (the tree mirrors the law), folders sorted."""
    uit: dict[str, list[str]] = {}
    for pad in sorted(VARIABLES_DIR.rglob("*.py")):
        if pad.name == "__init__.py" or pad.stem not in systeem.variables:
            continue
        map_ = str(pad.parent.relative_to(VARIABLES_DIR))
        uit.setdefault("" if map_ == "." else map_, []).append(pad.stem)
    return dict(sorted(uit.items()))


def voorwaardenboom(naam: str, variabelen, gezien: tuple = ()) -> dict:
    """A right with its conditions; a condition that is itself a right is expanded (no cycles)."""
    variabele = variabelen[naam]
    kinderen = []
    if naam in VOORWAARDEN and naam not in gezien:
        kinderen = [
            voorwaardenboom(v, variabelen, gezien + (naam,)) for v in VOORWAARDEN[naam] if v in variabelen
        ]
    return {
        "naam": naam,
        "label": variabele.label,
        "bron": _eerste(variabele.reference),
        "voorwaarden": kinderen,
    }


def _eerste(referenties) -> str:
    if isinstance(referenties, str):
        return referenties
    return referenties[0] if referenties else ""


def _formules(variabele) -> list[dict]:
    starts = list(variabele.formulas)
    uit = []
    for i, start in enumerate(starts):
        if i + 1 < len(starts):
            volgende = datetime.date.fromisoformat(starts[i + 1])
            tot = (volgende - datetime.timedelta(days=1)).isoformat()
        else:
            tot = str(variabele.end) if variabele.end else None
        try:
            code = textwrap.dedent(inspect.getsource(variabele.formulas[start]))
        except (OSError, TypeError):
            code = ""
        uit.append({"vanaf": None if start == BEGIN_DER_TIJDEN else start, "tot_en_met": tot, "code": code})
    return uit


def variabele_info(systeem, naam: str) -> dict:
    """Everything the Regels page shows of one variable; GebruikersFout for an unknown name."""
    variabelen = systeem.variables
    if naam not in variabelen:
        hint = difflib.get_close_matches(naam, list(variabelen), n=3, cutoff=0.6)
        meer = f"; bedoelt u {' of '.join(hint)}?" if hint else ""
        raise GebruikersFout(f"variabele {naam!r} bestaat niet{meer}")
    v = variabelen[naam]
    referenties = [v.reference] if isinstance(v.reference, str) else list(v.reference or [])
    mogelijk = getattr(v, "possible_values", None)
    return {
        "naam": naam,
        "label": v.label,
        "entiteit": v.entity.key,
        "periode": str(v.definition_period),
        "soort": v.value_type.__name__,
        "eenheid": getattr(v, "unit", None),
        "standaard": getattr(v.default_value, "name", v.default_value),
        "mogelijke_waarden": [lid.name for lid in mogelijk] if mogelijk is not None else [],
        "referenties": referenties,
        "documentatie": v.documentation or "",
        "invoer": not v.formulas,
        "einde": str(v.end) if v.end else None,
        "formules": _formules(v),
        "voorwaardenboom": voorwaardenboom(naam, variabelen) if naam in VOORWAARDEN else None,
        "voorwaarde_van": sorted(r for r, lijst in VOORWAARDEN.items() if naam in lijst),
        "details": detailvariabelen(naam, variabelen) if naam in VOORWAARDEN else [],
    }
