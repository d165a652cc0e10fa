"""Applying a validated reform document to a tax-benefit system.

Applying copies the baseline parameters and calls `Parameter.update(start=date, value=value)`
per date in order: a value holds from its date until the next date of the same path in the
reform, and replaces later baseline values. Then each path under `beeindig` is ended from its
date (`update(start=date, value=None)`): no value exists from that day on.
"""

from __future__ import annotations

from pathlib import Path

from openfisca_core import periods
from openfisca_core.parameters import ParameterNode
from openfisca_core.reforms import Reform

from openfisca_llo.hervorming.document import lees_hervorming, parameterblad, valideer


def wijzig_parameters(
    parameters: ParameterNode, wijzigingen: dict, beeindig: dict | None = None
) -> ParameterNode:
    for pad, waarden in wijzigingen.items():
        blad = parameterblad(parameters, pad)
        for datum, waarde in waarden.items():
            blad.update(start=periods.instant(datum), value=waarde)
    for pad, datum in (beeindig or {}).items():
        parameterblad(parameters, pad).update(start=periods.instant(datum), value=None)
    return parameters


def hervorming_klasse(document: dict, bron: str = "hervorming", klassenaam: str = "Hervorming") -> type[Reform]:
    """An OpenFisca Reform class for `document`; validated against its baseline when applied."""

    def apply(self):
        valideer(document, self.baseline, bron)
        self.modify_parameters(
            modifier_function=lambda parameters: wijzig_parameters(
                parameters, document["wijzigingen"], document.get("beeindig")
            )
        )

    return type(
        klassenaam,
        (Reform,),
        {"name": document.get("naam", klassenaam), "apply": apply, "document": document, "bron": bron},
    )


def hervorming_uit_bestand(pad) -> type[Reform]:
    """The Reform class of a reform file; a module in reforms/ passes its own `__file__`.

    `reforms/x.py` reads `reforms/x.yaml`, so that YAML tests can name the class as
    `openfisca_llo.reforms.x.Hervorming`.
    """
    pad = Path(pad)
    if pad.suffix == ".py":
        pad = pad.with_suffix(".yaml")
    return hervorming_klasse(lees_hervorming(pad), bron=pad.name)


def pas_toe(document: dict, systeem, bron: str = "hervorming"):
    """The baseline `systeem` with the reform applied (validated first)."""
    return hervorming_klasse(document, bron)(systeem)


def laad(pad, systeem):
    """Read, validate and apply a reform file; returns (document, reformed system)."""
    document = lees_hervorming(pad)
    return document, pas_toe(document, systeem, bron=str(pad))
