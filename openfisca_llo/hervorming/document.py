"""Reform documents: reading and validating a diff of dated parameters.

A reform document (a YAML file in reforms/, or the same structure as JSON in a request to
/compare) has a `naam`, a `beschrijving`, its `bron` and its `wijzigingen`: parameter path ->
{ISO date: value}. It is checked in two passes before anything is applied:

1. against the JSON Schema in reforms/schema.json (shape, date pattern, value types);
2. against the baseline tax-benefit system: every path is a leaf parameter, every date is a
   real calendar date, the dates of a path are strictly increasing, and every value fits the
   leaf (a bool for a bool switch; a whole number for years, months and weeks; a month-of-year
   from 1 to 12; a share from 0 to 1 where the baseline is a share; no negative amount).

Every problem is collected and reported together, each naming the field (path and date), so
that nothing is half-applied. Applying a valid reform copies the baseline parameters and calls
`Parameter.update(start=date, value=value)` per date in order: a value holds from its date
until the next date of the same path in the reform, and replaces later baseline values; `null`
ends the parameter from that date.
"""

from __future__ import annotations

import datetime
import json
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml
from openfisca_core.parameters import Parameter, ParameterNode

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.paths import REFORMS_DIR

SCHEMA_PAD = REFORMS_DIR / "schema.json"

GEHELE_EENHEDEN = {"year", "month", "week", "month-of-year"}


class HervormingOngeldig(GebruikersFout):
    """A reform document that cannot be applied; `fouten` lists {veld, melding} per problem."""

    def __init__(self, bron: str, fouten: list[dict]):
        self.bron = bron
        self.fouten = fouten
        regels = "; ".join(f"{f['veld']}: {f['melding']}" for f in fouten)
        super().__init__(f"{bron}: ongeldige hervorming: {regels}")


class _LezerZonderDatums(yaml.SafeLoader):
    """A YAML loader that keeps dates as text, so that a reform file and a JSON body agree."""


_LezerZonderDatums.yaml_implicit_resolvers = {
    teken: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for teken, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PAD.read_text(encoding="utf-8"))


def lees_hervorming(pad) -> dict:
    """Read a reform file (YAML or JSON) without validating it.

    A bare name of a built-in reform (`llk_bbl_en_deeltijd_mbo`, with or without `.yaml`) is
    found in the installed package, so that the library works from any directory.
    """
    pad = Path(pad)
    if not pad.exists() and pad.parent == Path("."):
        ingebouwd = REFORMS_DIR / (pad.name if pad.suffix else f"{pad.name}.yaml")
        if ingebouwd.exists():
            pad = ingebouwd
    try:
        tekst = pad.read_text(encoding="utf-8")
    except OSError as fout:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({fout.strerror})") from fout
    try:
        document = yaml.load(tekst, Loader=_LezerZonderDatums)
    except yaml.YAMLError as fout:
        raise GebruikersFout(f"{pad}: geen geldige YAML ({fout})") from fout
    if not isinstance(document, dict):
        raise HervormingOngeldig(str(pad), [{"veld": "(document)", "melding": "verwacht een mapping"}])
    return document


def _veld(pad_delen) -> str:
    return ".".join(str(deel) for deel in pad_delen) or "(document)"


def schemafouten(document) -> list[dict]:
    validator = jsonschema.Draft202012Validator(schema())
    fouten = []
    for fout in sorted(validator.iter_errors(document), key=lambda f: [str(p) for p in f.absolute_path]):
        delen = list(fout.absolute_path)
        if "propertyNames" in fout.absolute_schema_path and isinstance(fout.instance, str):
            # The bad key itself (a path or a date): name it in the field.
            delen.append(fout.instance)
        if delen[:1] == ["wijzigingen"] and len(delen) >= 2:
            veld = "wijzigingen." + " @ ".join(str(d) for d in delen[1:])
        else:
            veld = _veld(delen)
        fouten.append({"veld": veld, "melding": fout.message})
    return fouten


def parameterblad(parameters: ParameterNode, pad: str):
    knoop = parameters
    for deel in pad.split("."):
        kinderen = getattr(knoop, "children", None)
        if kinderen is None or deel not in kinderen:
            return None
        knoop = kinderen[deel]
    return knoop


def _waardefout(blad: Parameter, waarde) -> str | None:
    """Why `waarde` does not fit the baseline leaf `blad`, or None."""
    if waarde is None:
        return None
    eenheid = (blad.metadata or {}).get("unit")
    bestaande = [w.value for w in blad.values_list if w.value is not None]
    is_schakelaar = eenheid == "bool" or (bestaande and all(isinstance(w, bool) for w in bestaande))
    if is_schakelaar:
        if not isinstance(waarde, bool):
            return f"verwacht true of false (eenheid bool), niet {waarde!r}"
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int | float):
        return f"verwacht een getal (eenheid {eenheid or 'onbekend'}), niet {waarde!r}"
    if eenheid in GEHELE_EENHEDEN and not float(waarde).is_integer():
        return f"verwacht een geheel getal (eenheid {eenheid}), niet {waarde!r}"
    if eenheid == "month-of-year" and not 1 <= waarde <= 12:
        return f"verwacht een maand van 1 tot en met 12, niet {waarde!r}"
    if eenheid == "/1" and all(0 <= w <= 1 for w in bestaande) and not 0 <= waarde <= 1:
        return f"verwacht een aandeel van 0 tot en met 1 (eenheid /1), niet {waarde!r}"
    if eenheid in {"currency-EUR", "/1"} | GEHELE_EENHEDEN and waarde < 0:
        return f"verwacht een getal van 0 of meer (eenheid {eenheid}), niet {waarde!r}"
    return None


def inhoudsfouten(document: dict, parameters: ParameterNode) -> list[dict]:
    fouten = []
    for pad, waarden in document.get("wijzigingen", {}).items():
        blad = parameterblad(parameters, pad)
        if blad is None:
            fouten.append({"veld": f"wijzigingen.{pad}", "melding": "onbekend parameterpad"})
            continue
        if not isinstance(blad, Parameter):
            fouten.append(
                {
                    "veld": f"wijzigingen.{pad}",
                    "melding": "is een groep parameters, geen enkele parameter; noem een blad "
                    f"(bijvoorbeeld {pad}.{next(iter(blad.children))})",
                }
            )
            continue
        vorige = None
        for datum, waarde in waarden.items():
            veld = f"wijzigingen.{pad} @ {datum}"
            try:
                dag = datetime.date.fromisoformat(datum)
            except (TypeError, ValueError):
                fouten.append({"veld": veld, "melding": "geen bestaande datum (JJJJ-MM-DD)"})
                continue
            if vorige is not None and dag <= vorige:
                fouten.append(
                    {"veld": veld, "melding": f"datums moeten oplopen; deze komt niet na {vorige.isoformat()}"}
                )
            vorige = dag
            reden = _waardefout(blad, waarde)
            if reden:
                fouten.append({"veld": veld, "melding": reden})
    return fouten


def valideer(document, systeem, bron: str = "hervorming") -> dict:
    """The document if it is a valid reform for `systeem`; otherwise `HervormingOngeldig`."""
    if not isinstance(document, dict):
        raise HervormingOngeldig(bron, [{"veld": "(document)", "melding": "verwacht een object"}])
    fouten = schemafouten(document)
    if not fouten:
        fouten = inhoudsfouten(document, systeem.parameters)
    if fouten:
        raise HervormingOngeldig(bron, fouten)
    return document
