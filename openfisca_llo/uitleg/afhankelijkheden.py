"""Which parameters each variable reads, directly or through the variables it reads.

Taken from OpenFisca's own full tracer on a sample of persons in one month: every traced
calculation records the variables it asked for (`TraceNode.children`) and the parameters it
read (`TraceNode.parameters`, with the instant). Formulas are vectorised, so every branch of an
`np.where` is computed for every person and a handful of persons shows every read; a per-key
table lookup (`per_sleutel`) counts as reading the whole table while the trace runs.

Two users: the comparison names the parameter changes behind each flipped condition, and a
reform simulation takes the baseline's values of every variable that reads no changed
parameter (nothing it computes from can differ, so neither can its value).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from openfisca_llo.regels.parameterindex import HELE_TABEL_LEZEN


def raakt(gewijzigd: str, gelezen: str) -> bool:
    """A change of parameter path `gewijzigd` can change a read of `gelezen` (a leaf or a node)."""
    return gelezen == gewijzigd or gelezen.startswith(gewijzigd + ".") or gewijzigd.startswith(gelezen + ".")


@dataclass(frozen=True)
class Afhankelijkheden:
    """The read graph of one month: variable -> variables and parameters it reads directly."""

    variabelen: dict[str, frozenset[str]]
    parameters: dict[str, frozenset[str]]

    def parameters_van(self, variabele: str) -> set[str]:
        """Every parameter path `variabele` reads, directly or through other variables."""
        gezien, te_doen, paden = set(), [variabele], set()
        while te_doen:
            naam = te_doen.pop()
            if naam in gezien:
                continue
            gezien.add(naam)
            paden |= self.parameters.get(naam, frozenset())
            te_doen.extend(self.variabelen.get(naam, ()))
        return paden

    def geraakt_door(self, gewijzigde_paden: Iterable[str]) -> set[str]:
        """The variables whose value can change when any of `gewijzigde_paden` changes."""
        gewijzigd = list(gewijzigde_paden)
        geraakt = {
            naam
            for naam, gelezen in self.parameters.items()
            if any(raakt(g, p) for g in gewijzigd for p in gelezen)
        }
        lezers: dict[str, set[str]] = {}
        for naam, kinderen in self.variabelen.items():
            for kind in kinderen:
                lezers.setdefault(kind, set()).add(naam)
        te_doen = list(geraakt)
        while te_doen:
            for lezer in lezers.get(te_doen.pop(), ()):
                if lezer not in geraakt:
                    geraakt.add(lezer)
                    te_doen.append(lezer)
        return geraakt

    def oorzaken(self, variabele: str, gewijzigde_paden: Iterable[str]) -> list[str]:
        """Of `gewijzigde_paden`, those that `variabele` reads (directly or not), in the given order."""
        gelezen = self.parameters_van(variabele)
        return [g for g in gewijzigde_paden if any(raakt(g, p) for p in gelezen)]


def lees_afhankelijkheden(simulatie, variabelen: Iterable[str], periode) -> Afhankelijkheden:
    """Trace `variabelen` in `periode` on `simulatie` (a small sample: the trace keeps every array).

    The simulation must be fresh (nothing computed yet), or cached values hide their reads.
    """
    simulatie.trace = True
    spoor = simulatie.tracer
    token = HELE_TABEL_LEZEN.set(True)
    try:
        for naam in variabelen:
            simulatie.calculate(naam, periode)
    finally:
        HELE_TABEL_LEZEN.reset(token)
        simulatie.trace = False
    kinderen: dict[str, set[str]] = {}
    parameters: dict[str, set[str]] = {}
    for knoop in spoor.browse_trace():
        kinderen.setdefault(knoop.name, set()).update(k.name for k in knoop.children)
        parameters.setdefault(knoop.name, set()).update(p.name for p in knoop.parameters)
    return Afhankelijkheden(
        variabelen={k: frozenset(v) for k, v in kinderen.items()},
        parameters={k: frozenset(v) for k, v in parameters.items()},
    )
