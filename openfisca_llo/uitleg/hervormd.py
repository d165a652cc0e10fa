"""A right under current law and under a reform, side by side: which condition and which parameter.

Given the `Uitleg` of the same right for the same person and month under the baseline and under
the reformed system (each built on its own trace), `vergelijk` gives a `Naast`:

- both values, and whether they differ;
- every condition with both values, and the first whose value differs (in the order of the
  explanation: the table of `regels/voorwaarden.py` first);
- every parameter read (for this person) by either run whose value differs between the two
  systems at the instant it was read: baseline value -> reform value, each with the date it took
  effect, the reform's value marked as set by the reform (with the reform's sources);
- one sentence.

The parameter values are looked up in both systems at the same instant, so a parameter read
only in one run (a branch the reform switches on) is compared too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.parameters import Parameter

from openfisca_llo.hervorming.document import parameterblad
from openfisca_llo.uitleg.spoor import lees_parameter
from openfisca_llo.uitleg.zinnen import datum_tekst, waarde_tekst


@dataclass
class Naast:
    naam: str
    hervorming: str
    basis: Any
    hervormd: Any
    verschilt: bool
    voorwaarden: list[dict]
    eerste_verschillende_voorwaarde: dict | None
    parameters: list[dict] = field(default_factory=list)
    zin: str = ""


def _waarde_op(parameters, naam: str, instant: str):
    blad = parameterblad(parameters, naam)
    if not isinstance(blad, Parameter):
        return None, False
    try:
        return blad(instant), True
    except ParameterNotFoundError:
        return None, False


def _parameterverschillen(basis_systeem, hervormd_systeem, basis, hervormd, document) -> list[dict]:
    gelezen = {}
    for uitleg in (basis, hervormd):
        for lezing in uitleg.knoop.alle_parameters():
            gelezen.setdefault((lezing.naam, lezing.gelezen_op), lezing)
    verschillen = []
    for (naam, instant), lezing in gelezen.items():
        oud, oud_bestaat = _waarde_op(basis_systeem.parameters, naam, instant)
        nieuw, nieuw_bestaat = _waarde_op(hervormd_systeem.parameters, naam, instant)
        if (oud, oud_bestaat) == (nieuw, nieuw_bestaat):
            continue
        voor = lees_parameter(basis_systeem.parameters, naam, instant, oud)
        na = lees_parameter(hervormd_systeem.parameters, naam, instant, nieuw, hervorming=document)
        verschillen.append(
            {
                "naam": naam,
                "label": lezing.label,
                "eenheid": lezing.eenheid,
                "gelezen_op": instant,
                "basis": {
                    "waarde": oud if oud_bestaat else None,
                    "geldt_sinds": voor.geldt_sinds,
                    "artikel": voor.artikel,
                    "bronnen": voor.bronnen,
                },
                "hervorming": {
                    "waarde": nieuw if nieuw_bestaat else None,
                    "geldt_sinds": na.geldt_sinds,
                    "door_hervorming": na.door_hervorming,
                    "bronnen": na.bronnen,
                },
            }
        )
    return verschillen


def _zin(naast: Naast, eenheid) -> str:
    def w(waarde):
        if isinstance(waarde, bool):
            return "recht" if waarde else "geen recht"
        return waarde_tekst(waarde, eenheid)

    if not naast.verschilt:
        zin = f"Met de hervorming hetzelfde: {w(naast.basis)}"
    else:
        zin = f"Met de hervorming {w(naast.hervormd)}, nu {w(naast.basis)}"
    eerste = naast.eerste_verschillende_voorwaarde
    if eerste:
        zin += (
            f"; eerste voorwaarde die verschilt: {eerste['naam']} "
            f"({waarde_tekst(eerste['basis'])} -> {waarde_tekst(eerste['hervorming'])})"
        )
    for p in naast.parameters:
        b, h = p["basis"], p["hervorming"]
        sinds_b = f" sinds {datum_tekst(b['geldt_sinds'])}" if b["geldt_sinds"] else ""
        sinds_h = f" sinds {datum_tekst(h['geldt_sinds'])}" if h["geldt_sinds"] else ""
        door = ", door de hervorming" if h["door_hervorming"] else ""
        zin += (
            f"; {p['naam']} gelezen op {datum_tekst(p['gelezen_op'])}: "
            f"{waarde_tekst(b['waarde'], p['eenheid'])}{sinds_b} -> "
            f"{waarde_tekst(h['waarde'], p['eenheid'])}{sinds_h}{door}"
        )
    return zin + "."


def vergelijk(basis_systeem, hervormd_systeem, basis, hervormd, document: dict) -> Naast:
    """`basis` and `hervormd`: the `Uitleg` of one right for one person under each system."""
    voorwaarden = []
    hervormde = {v.naam: v for v in hervormd.voorwaarden}
    namen = [v.naam for v in basis.voorwaarden] + [
        n for n in hervormde if n not in {v.naam for v in basis.voorwaarden}
    ]
    basis_per_naam = {v.naam: v for v in basis.voorwaarden}
    for naam in namen:
        b, h = basis_per_naam.get(naam), hervormde.get(naam)
        voorwaarden.append(
            {
                "naam": naam,
                "label": (b or h).label,
                "basis": b.waarde if b else None,
                "hervorming": h.waarde if h else None,
                "verschilt": (b.waarde if b else None) != (h.waarde if h else None),
            }
        )
    naast = Naast(
        naam=basis.naam,
        hervorming=document.get("naam", ""),
        basis=basis.waarde,
        hervormd=hervormd.waarde,
        verschilt=basis.waarde != hervormd.waarde,
        voorwaarden=voorwaarden,
        eerste_verschillende_voorwaarde=next((v for v in voorwaarden if v["verschilt"]), None),
        parameters=_parameterverschillen(basis_systeem, hervormd_systeem, basis, hervormd, document),
    )
    naast.zin = _zin(naast, basis.knoop.eenheid)
    return naast
