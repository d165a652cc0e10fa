"""From OpenFisca's own full tracer to a tree: what each variable read, with values and sources.

The explanation of an answer is built on the trace the engine records while it computes that
answer (`simulation.trace = True`: every calculation is a `TraceNode` with the variables it asked
for in `children` and the parameters it read in `parameters`, each with its instant and value).
No second walk over the formulas: what the tree shows is what the engine did, so the explanation
agrees with the answer by construction.

`volg(simulatie, gevraagd)` computes the requested (variable, period) pairs with the tracer on and
returns a `Spoor`; `Spoor.knoop(naam, periode)` gives the tree of one of them for one person:

- `Knoop`: a variable with its label, value, unit, kind (`invoer` or `berekend`), whether an input
  was given or is the default, its own article (the first reference, see `wetten.citeer`), the
  text of the formula that applied (the article text above the code), the parameters it read
  and the variables it read (`kinderen`, themselves `Knoop`s);
- `ParameterLezing`: a parameter read, with its value, the instant it was read at, the date that
  value took effect (`geldt_sinds`, the key of the dated value in force on that instant), the
  article of that value (the first source of that date that names an article, else the
  parameter's own reference), every source of that date (`metadata.bronnen`), and whether the
  value was set by a reform (its sources are then the reform's).

A variable computed once and asked again is a cache hit in the trace (a node without children);
the tree always shows the node where it was computed. Reads that a vectorised helper makes for
other persons than this one (the studiejaar of the other sector) stay in the tree, marked
`voor_deze_persoon: false` (see `uitleg/studiejaar.py`).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.parameters import Parameter

from openfisca_llo.hervorming.document import parameterblad
from openfisca_llo.uitleg import studiejaar
from openfisca_llo.uitleg.wetten import Artikel, citeer_variabele, noemt_artikel

INVOER = "invoer"
BEREKEND = "berekend"


@dataclass
class ParameterLezing:
    """One parameter read: `waarde` at `gelezen_op`, in force since `geldt_sinds`, with its sources."""

    naam: str
    label: str | None
    eenheid: str | None
    waarde: Any
    gelezen_op: str
    geldt_sinds: str | None
    artikel: dict | None
    bronnen: list[dict]
    geen_artikel: str | None = None
    door_hervorming: bool = False
    voor_deze_persoon: bool = True


@dataclass
class Knoop:
    """A variable as the engine computed it for one person in one period (see the module docstring)."""

    naam: str
    label: str
    periode: str
    waarde: Any
    eenheid: str | None
    soort: str
    opgegeven: bool | None
    artikel: Artikel | None
    wettekst: str | None
    parameters: list[ParameterLezing] = field(default_factory=list)
    kinderen: list[Knoop] = field(default_factory=list)

    def alle_parameters(self, alleen_voor_persoon: bool = True) -> list[ParameterLezing]:
        """Every parameter read in this subtree, each (name, instant) once, in reading order."""
        gezien, uit = set(), []
        for knoop in self.doorloop():
            for lezing in knoop.parameters:
                sleutel = (lezing.naam, lezing.gelezen_op)
                if sleutel in gezien or (alleen_voor_persoon and not lezing.voor_deze_persoon):
                    continue
                gezien.add(sleutel)
                uit.append(lezing)
        return uit

    def doorloop(self):
        """This node and every node below it, depth first, each (name, period) once."""
        gezien = set()
        te_doen = [self]
        while te_doen:
            knoop = te_doen.pop(0)
            if (knoop.naam, knoop.periode) in gezien:
                continue
            gezien.add((knoop.naam, knoop.periode))
            yield knoop
            te_doen[0:0] = knoop.kinderen

    def zoek(self, naam: str) -> Knoop | None:
        """The first node named `naam` in this subtree."""
        return next((k for k in self.doorloop() if k.naam == naam), None)


def als_waarde(waarden, index: int = 0):
    """Element `index` of an OpenFisca value array, as a plain JSON value."""
    if isinstance(waarden, EnumArray):
        return waarden.decode_to_str()[index].item()
    waarde = np.asarray(waarden)
    if waarde.ndim == 0:
        element = waarde[()]
    elif waarde.size == 0:
        return None
    else:
        element = waarde[min(index, waarde.size - 1)]
    if isinstance(element, np.datetime64):
        return str(np.datetime_as_string(element, unit="D"))
    if isinstance(element, np.bool_ | bool):
        return bool(element)
    if isinstance(element, np.integer):
        return int(element)
    if isinstance(element, np.floating):
        return float(element)
    if isinstance(element, bytes):
        return element.decode()
    return element.item() if isinstance(element, np.generic) else element


def _geldt_sinds(blad: Parameter, instant: str) -> str | None:
    for waarde in blad.values_list:  # newest first
        if waarde.instant_str <= instant:
            return waarde.instant_str
    return None


def _artikel_van(bronnen: list[dict], referenties: list[dict]) -> dict | None:
    """The source that names the article: of the value's own sources first, else the parameter's."""
    for bron in bronnen:
        if noemt_artikel(bron.get("title", "")):
            return bron
    met_lid = [r for r in referenties if " lid " in r.get("title", "")]
    kandidaten = met_lid or [r for r in referenties if noemt_artikel(r.get("title", ""))] or referenties
    return kandidaten[0] if kandidaten else None


def lees_parameter(
    parameters, naam: str, instant: str, waarde, index: int = 0, hervorming=None
) -> ParameterLezing:
    """A `ParameterLezing` for a read recorded by the tracer, with its metadata from `parameters`."""
    blad = parameterblad(parameters, naam)
    metadata = (getattr(blad, "metadata", None) or {}) if blad is not None else {}
    geldt_sinds = _geldt_sinds(blad, instant) if isinstance(blad, Parameter) else None
    bronnen_per_datum = {str(d): b for d, b in (metadata.get("bronnen") or {}).items()}
    bronnen = list(bronnen_per_datum.get(geldt_sinds, [])) if geldt_sinds else []
    geen_artikel = {str(d): t for d, t in (metadata.get("geen_artikel") or {}).items()}.get(geldt_sinds or "")
    referenties = [r for r in metadata.get("reference") or [] if isinstance(r, dict)]
    door_hervorming = bool(
        hervorming and geldt_sinds and geldt_sinds in (hervorming.get("wijzigingen", {}).get(naam) or {})
    )
    if door_hervorming:
        bronnen = list(hervorming.get("bron") or [])
        geen_artikel = None
    return ParameterLezing(
        naam=naam,
        label=metadata.get("label"),
        eenheid=metadata.get("unit"),
        waarde=als_waarde(waarde, index),
        gelezen_op=instant,
        geldt_sinds=geldt_sinds,
        artikel=_artikel_van(bronnen, [] if door_hervorming else referenties),
        bronnen=bronnen,
        geen_artikel=geen_artikel,
        door_hervorming=door_hervorming,
    )


def wettekst(variabele, periode) -> str | None:
    """The docstring of the formula that applies in `periode`: the (abridged) article text."""
    formule = variabele.get_formula(periode) if variabele.formulas else None
    tekst = inspect.getdoc(formule) if formule is not None else None
    return " ".join(tekst.split()) if tekst else None


class Spoor:
    """The trace of one simulation: every computed (variable, period), as `Knoop` trees on request."""

    def __init__(self, simulatie, opgegeven: set[str] | None = None, hervorming: dict | None = None):
        self.simulatie = simulatie
        self.systeem = simulatie.tax_benefit_system
        self.opgegeven = opgegeven or set()
        self.hervorming = hervorming
        self.knopen: dict[tuple[str, str], Any] = {}
        for knoop in simulatie.tracer.browse_trace():
            sleutel = (knoop.name, str(knoop.period))
            bekend = self.knopen.get(sleutel)
            if bekend is None or (
                not (bekend.children or bekend.parameters) and (knoop.children or knoop.parameters)
            ):
                self.knopen[sleutel] = knoop
        self._gebouwd: dict[tuple[str, str, int], Knoop] = {}

    def knoop(self, naam: str, periode, index: int = 0) -> Knoop:
        """The tree of `naam` in `periode` for person `index` of the simulation."""
        sleutel = (naam, str(periode), index)
        if sleutel not in self._gebouwd:
            ruw = self.knopen.get((naam, str(periode)))
            if ruw is None:
                raise KeyError(f"{naam} in {periode} is not in the trace")
            self._gebouwd[sleutel] = self._bouw(ruw, index)
        return self._gebouwd[sleutel]

    def _bouw(self, ruw, index: int) -> Knoop:
        variabele = self.systeem.variables[ruw.name]
        invoer = not variabele.formulas
        lezingen = []
        gezien = set()
        for p in ruw.parameters:
            if (p.name, str(p.period)) in gezien:
                continue
            gezien.add((p.name, str(p.period)))
            lezingen.append(
                lees_parameter(self.systeem.parameters, p.name, str(p.period), p.value, index, self.hervorming)
            )
        studiejaar.markeer(lezingen, ruw.period, lambda: self._sector(ruw.period, index))
        kinderen, namen = [], set()
        for kind in ruw.children:
            if (kind.name, str(kind.period)) in namen:
                continue
            namen.add((kind.name, str(kind.period)))
            kinderen.append(self.knoop(kind.name, kind.period, index))
        return Knoop(
            naam=ruw.name,
            label=variabele.label or ruw.name,
            periode=str(ruw.period),
            waarde=als_waarde(ruw.value, index) if ruw.value is not None else None,
            eenheid=getattr(variabele, "unit", None),
            soort=INVOER if invoer else BEREKEND,
            opgegeven=(ruw.name in self.opgegeven) if invoer else None,
            artikel=citeer_variabele(variabele),
            wettekst=None if invoer else wettekst(variabele, ruw.period),
            parameters=lezingen,
            kinderen=kinderen,
        )

    def _sector(self, periode, index: int) -> str | None:
        if "onderwijssector" not in self.systeem.variables:
            return None
        return als_waarde(self.simulatie.calculate("onderwijssector", periode), index)


def volg(simulatie, gevraagd, opgegeven: set[str] | None = None, hervorming: dict | None = None) -> Spoor:
    """Compute every (variable, period) of `gevraagd` on a fresh `simulatie` with the full tracer on."""
    simulatie.trace = True
    for naam, periode in gevraagd:
        simulatie.calculate(naam, periode)
    spoor = Spoor(simulatie, opgegeven, hervorming)
    return spoor
