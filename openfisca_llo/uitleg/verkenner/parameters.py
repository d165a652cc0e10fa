"""Parameters for the explorer: the tree, one parameter's history with a source per dated
value, and the value that held on a date.

A leaf's sources are in `metadata.bronnen`, keyed by the date its value starts (a list of
{title, href} per date); `metadata.niet_gevonden` lists what was searched for and not found.
"""

from __future__ import annotations

import datetime
import difflib

from openfisca_core.parameters import Parameter, ParameterNode

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming.bepalingen import bronnen_op, ingang_op, waarde_op
from openfisca_llo.hervorming.document import parameterblad

METADATA_VELDEN = ("label", "unit", "reference", "last_value_still_valid_on", "niet_gevonden", "status")


def lees_datum(tekst: str, veld: str = "op") -> str:
    """An ISO date (JJJJ-MM-DD) that exists, or a GebruikersFout naming `veld`."""
    try:
        return datetime.date.fromisoformat(str(tekst).strip()).isoformat()
    except ValueError:
        raise GebruikersFout(f"{veld}: {tekst!r} is geen bestaande datum (JJJJ-MM-DD)") from None


def zoek(systeem, pad: str):
    """The parameter or node at dotted `pad` (the root for ""), or None."""
    return systeem.parameters if pad in ("", None) else parameterblad(systeem.parameters, pad)


def alle_bladeren(systeem) -> list[Parameter]:
    return [p for p in systeem.parameters.get_descendants() if isinstance(p, Parameter)]


def lijkt_op(systeem, pad: str, aantal: int = 3) -> list[str]:
    """The leaf paths closest to a mistyped `pad`, for a "did you mean" hint."""
    return difflib.get_close_matches(pad, [p.name for p in alle_bladeren(systeem)], n=aantal, cutoff=0.6)


def _meta(knoop) -> dict:
    metadata = getattr(knoop, "metadata", None) or {}
    return {k: metadata[k] for k in METADATA_VELDEN if k in metadata}


def boom(knoop, waarden_op: str | None = None) -> dict:
    """The tree under `knoop` as nested dicts; with `waarden_op`, each leaf's value on that date."""
    uit = {
        "pad": knoop.name or "",
        "naam": (knoop.name or "").rsplit(".", 1)[-1],
        "beschrijving": knoop.description or "",
        **_meta(knoop),
    }
    if isinstance(knoop, Parameter):
        uit["blad"] = True
        if waarden_op:
            uit["op"] = op_datum(knoop, waarden_op)
        return uit
    uit["blad"] = False
    uit["kinderen"] = [boom(kind, waarden_op) for kind in knoop.children.values()]
    return uit


def geschiedenis(blad: Parameter) -> list[dict]:
    """Every dated value, oldest first: start, last day (None if open-ended), value, sources."""
    oud_naar_nieuw = list(reversed(blad.values_list))
    bronnen = (blad.metadata or {}).get("bronnen") or {}
    rijen = []
    for i, waarde in enumerate(oud_naar_nieuw):
        tot = None
        if i + 1 < len(oud_naar_nieuw):
            volgende = datetime.date.fromisoformat(oud_naar_nieuw[i + 1].instant_str)
            tot = (volgende - datetime.timedelta(days=1)).isoformat()
        rijen.append(
            {
                "vanaf": waarde.instant_str,
                "tot_en_met": tot,
                "waarde": waarde.value,
                "beeindigd": waarde.value is None,
                "bronnen": list(bronnen.get(waarde.instant_str) or []),
            }
        )
    return rijen


def op_datum(blad: Parameter, datum: str) -> dict:
    """The value that held on `datum`, the date it took effect and its sources."""
    ingang = ingang_op(blad, datum)
    eerste = blad.values_list[-1].instant_str if blad.values_list else None
    return {
        "datum": datum,
        "waarde": waarde_op(blad, datum),
        "ingang": ingang,
        "bronnen": bronnen_op(blad, datum),
        "voor_eerste_waarde": ingang is None,
        "eerste_waarde": eerste,
    }


def parameterblad_info(systeem, pad: str, datums: list[str] = ()) -> dict:
    """Everything the Regels page shows of one parameter or node.

    A leaf: metadata, documentation, history and, for each of `datums`, the value on it.
    A node: its description and its children (with their value on the first of `datums`).
    Raises GebruikersFout for an unknown path (with the closest paths in the message).
    """
    knoop = zoek(systeem, pad)
    if knoop is None:
        hint = lijkt_op(systeem, pad)
        meer = f"; bedoelt u {' of '.join(hint)}?" if hint else ""
        raise GebruikersFout(f"parameter {pad!r} bestaat niet{meer}")
    uit = {
        "pad": knoop.name or "",
        "beschrijving": knoop.description or "",
        "documentatie": getattr(knoop, "documentation", None) or "",
        **_meta(knoop),
        "ouders": _ouders(knoop.name or ""),
    }
    if isinstance(knoop, ParameterNode):
        uit["blad"] = False
        uit["kinderen"] = boom(knoop, datums[0] if datums else None)["kinderen"]
        return uit
    uit["blad"] = True
    uit["geschiedenis"] = geschiedenis(knoop)
    uit["op"] = [op_datum(knoop, d) for d in datums]
    return uit


def _ouders(pad: str) -> list[str]:
    delen = pad.split(".") if pad else []
    return [".".join(delen[: i + 1]) for i in range(len(delen) - 1)]
