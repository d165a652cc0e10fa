"""Reform documents: reading and validating a diff of dated parameters.

A reform document (a YAML file in reforms/, or the same structure as JSON in a request to
/compare) has a `naam`, a `beschrijving`, its `bron` (each a `title`, and an `href` where the
source has one: a draft such as "Concept-amendement, 2026-11-28" has none), its `wijzigingen`:
parameter path -> {ISO date: value}, and optionally `beeindig`: parameter path -> ISO date from
which the parameter no longer exists. Ending a parameter is a separate, visible act: a `null`
among the values is refused.

Reading refuses what YAML would silently accept: a key given twice (YAML keeps the last one),
an alias (`*naam`, the building block of an alias bomb) and a file of more than a megabyte.
Validating collects every problem of a document together, schema and content, each naming the
field (path and date) in Dutch, so that nothing is half-applied:

1. the JSON Schema in reforms/schema.json (shape, date pattern, value types);
2. against the baseline tax-benefit system: every path is a leaf parameter (with the nearest
   existing path suggested for a typo), every date a real calendar date between 1900 and 2100,
   the dates of a path strictly increasing and before its end, and every value fits the leaf:
   a bool for a switch; a whole number for years, months and weeks; a month-of-year from 1 to
   12; no negative amount; and within the leaf's plausible range (`metadata.bereik`).

`waarschuwingen` lists what is allowed but probably not meant: a date before the first value of
the current law (a scheme written back in time), a value equal to the current law's.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml
from openfisca_core.parameters import Parameter, ParameterNode

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.paths import REFORMS_DIR

SCHEMA_PAD = REFORMS_DIR / "schema.json"

GEHELE_EENHEDEN = {"year", "month", "week", "month-of-year"}
PAD_PATROON = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
DATUM_PATROON = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EERSTE_JAAR, LAATSTE_JAAR = 1900, 2100
MAXIMALE_GROOTTE = 1_000_000  # characters of a reform file

TYPEN = {
    "object": "een object (sleutels met waarden)",
    "array": "een lijst",
    "string": "tekst",
    "number": "een getal",
    "integer": "een geheel getal",
    "boolean": "true of false",
    "null": "null",
}


class HervormingOngeldig(GebruikersFout):
    """A reform document that cannot be applied; `fouten` lists {veld, melding} per problem."""

    def __init__(self, bron: str, fouten: list[dict]):
        self.bron = bron
        self.fouten = fouten
        regels = "; ".join(f"{f['veld']}: {f['melding']}" for f in fouten)
        super().__init__(f"{bron}: ongeldige hervorming ({len(fouten)} fout(en)): {regels}")


class HervormingsDocument(dict):
    """A document as read from a file; `leesfouten` holds what reading found (duplicate keys)."""

    def __init__(self, *args, leesfouten=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.leesfouten = list(leesfouten or [])


class _AliasGeweigerd(Exception):
    def __init__(self, regel: int):
        self.regel = regel


class _Lezer(yaml.SafeLoader):
    """A YAML loader that keeps dates as text (a reform file and a JSON body agree) and refuses aliases."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasGeweigerd(self.peek_event().start_mark.line + 1)
        return super().compose_node(parent, index)


_Lezer.yaml_implicit_resolvers = {
    teken: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for teken, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PAD.read_text(encoding="utf-8"))


def _veld(delen) -> str:
    """A field name: `wijzigingen.<path> @ <date>` (or `beeindig.<path>`), else dotted."""
    delen = [str(d) for d in delen]
    if delen[:1] in (["wijzigingen"], ["beeindig"]) and len(delen) >= 2:
        return f"{delen[0]}." + " @ ".join(delen[1:])
    return ".".join(delen) or "(document)"


def _dubbele_sleutels(knoop, pad=()) -> list[dict]:
    """Every key given twice in a mapping of the composed YAML tree, with both line numbers."""
    fouten = []
    if isinstance(knoop, yaml.MappingNode):
        gezien: dict[str, int] = {}
        for sleutel, waarde in knoop.value:
            naam = sleutel.value if isinstance(sleutel, yaml.ScalarNode) else None
            regel = sleutel.start_mark.line + 1
            if naam is not None and naam in gezien:
                fouten.append(
                    {
                        "veld": _veld([*pad, naam]),
                        "melding": f"staat twee keer in het bestand (regel {gezien[naam]} en {regel}); "
                        "YAML zou stil de laatste houden",
                    }
                )
            elif naam is not None:
                gezien[naam] = regel
            fouten += _dubbele_sleutels(waarde, (*pad, naam))
    elif isinstance(knoop, yaml.SequenceNode):
        for index, kind in enumerate(knoop.value):
            fouten += _dubbele_sleutels(kind, (*pad, index))
    return fouten


def lees_tekst(tekst: str, bron: str = "hervorming"):
    """Parse the text of a reform (a file, a pasted text or a JSON body; YAML or JSON).

    Duplicate keys end up in `leesfouten` (reported with the content errors); a text that is too
    long, holds an alias, is no YAML or no mapping is a HervormingOngeldig naming the line.
    """

    def ongeldig(melding):
        return HervormingOngeldig(bron, [{"veld": "(document)", "melding": melding}])

    if len(tekst) > MAXIMALE_GROOTTE:
        raise ongeldig(f"te groot voor een hervorming ({len(tekst)} tekens, ten hoogste {MAXIMALE_GROOTTE})")
    lezer = _Lezer(tekst)
    try:
        knoop = lezer.get_single_node()
        dubbel = _dubbele_sleutels(knoop)
        document = lezer.construct_document(knoop) if knoop is not None else None
    except _AliasGeweigerd as fout:
        raise ongeldig(
            f"regel {fout.regel}: een alias (*naam) is in een hervorming niet toegestaan; schrijf de waarde uit"
        ) from None
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        waar = f"regel {plek.line + 1}, kolom {plek.column + 1}: " if plek else ""
        raise ongeldig(f"geen geldige YAML: {waar}{getattr(fout, 'problem', None) or fout}") from None
    finally:
        lezer.dispose()
    if not isinstance(document, dict):
        raise ongeldig("verwacht een mapping met naam, beschrijving, bron en wijzigingen")
    return HervormingsDocument(document, leesfouten=dubbel)


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
    except UnicodeDecodeError:
        raise GebruikersFout(f"{pad}: geen UTF-8-tekst") from None
    return lees_tekst(tekst, str(pad))


# ---------------------------------------------------------------------------------------------
# Schema errors, in Dutch.


def _tekst(waarde) -> str:
    if waarde is None:
        return "null"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, dict):
        return "een object"
    if isinstance(waarde, list):
        return "een lijst"
    return repr(waarde) if isinstance(waarde, str) else str(waarde)


def _patroonmelding(patroon: str) -> str:
    if "[0-9]{4}" in patroon:
        return "geen datum in de vorm JJJJ-MM-DD"
    if patroon.startswith("^[a-z0-9_]"):
        return "geen parameterpad (kleine letters, cijfers en _, met punten ertussen)"
    if "https" in patroon:
        return "een adres begint met https://"
    return f"past niet bij het patroon {patroon}"


def _schemafout_in_het_nederlands(fout) -> list[dict]:
    delen = list(fout.absolute_path)
    soort, eis, waarde = fout.validator, fout.validator_value, fout.instance
    if "propertyNames" in fout.absolute_schema_path and isinstance(waarde, str):
        # The bad key itself (a path or a date): name it in the field.
        return [{"veld": _veld([*delen, waarde]), "melding": _patroonmelding(eis)}]
    if soort == "required":
        return [
            {"veld": _veld([*delen, naam]), "melding": "verplicht veld ontbreekt"}
            for naam in eis
            if naam not in waarde
        ]
    if soort == "additionalProperties" and eis is False:
        bekend = list(fout.schema.get("properties", {}))
        return [
            {"veld": _veld([*delen, naam]), "melding": f"onbekend veld; toegestaan: {', '.join(bekend)}"}
            for naam in waarde
            if naam not in bekend
        ]
    if soort == "type":
        if waarde is None and delen[:1] == ["wijzigingen"]:
            pad = delen[1] if len(delen) > 1 else "<pad>"
            datum = delen[2] if len(delen) > 2 else "<datum>"
            melding = (
                "null is geen waarde; een parameter beëindigen is een aparte handeling: "
                f"beeindig: {{{pad}: '{datum}'}}"
            )
        else:
            typen = eis if isinstance(eis, list) else [eis]
            melding = f"verwacht {' of '.join(TYPEN.get(t, t) for t in typen)}, niet {_tekst(waarde)}"
        return [{"veld": _veld(delen), "melding": melding}]
    if soort == "pattern":
        return [{"veld": _veld(delen), "melding": _patroonmelding(eis)}]
    if soort in ("minItems", "minProperties", "minLength"):
        return [{"veld": _veld(delen), "melding": "mag niet leeg zijn"}]
    return [{"veld": _veld(delen), "melding": fout.message}]


def schemafouten(document) -> list[dict]:
    validator = jsonschema.Draft202012Validator(schema())
    fouten = []
    for fout in sorted(validator.iter_errors(document), key=lambda f: [str(p) for p in f.absolute_path]):
        fouten += _schemafout_in_het_nederlands(fout)
    return fouten


# ---------------------------------------------------------------------------------------------
# Content errors, against the baseline parameters.


def parameterblad(parameters: ParameterNode, pad: str):
    knoop = parameters
    for deel in pad.split("."):
        kinderen = getattr(knoop, "children", None)
        if kinderen is None or deel not in kinderen:
            return None
        knoop = kinderen[deel]
    return knoop


def bladpaden(parameters: ParameterNode) -> list[str]:
    return sorted(p.name for p in parameters.get_descendants() if isinstance(p, Parameter))


def dichtstbijzijnde_pad(parameters: ParameterNode, pad: str) -> str | None:
    """The existing leaf path closest to a mistyped `pad`, or None."""
    gevonden = difflib.get_close_matches(pad, bladpaden(parameters), n=1, cutoff=0.6)
    return gevonden[0] if gevonden else None


def is_schakelaar(blad: Parameter) -> bool:
    bestaande = [w.value for w in blad.values_list if w.value is not None]
    return (
        (blad.metadata or {}).get("unit") == "bool"
        or bool(bestaande)
        and all(isinstance(w, bool) for w in bestaande)
    )


def _waardefout(blad: Parameter, waarde) -> str | None:
    """Why `waarde` does not fit the baseline leaf `blad`, or None."""
    eenheid = (blad.metadata or {}).get("unit")
    if is_schakelaar(blad):
        if not isinstance(waarde, bool):
            return f"verwacht true of false (eenheid bool), niet {_tekst(waarde)}"
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int | float):
        return f"verwacht een getal (eenheid {eenheid or 'onbekend'}), niet {_tekst(waarde)}"
    if waarde != waarde or waarde in (float("inf"), float("-inf")):
        return f"verwacht een eindig getal, niet {waarde}"
    bestaande = [w.value for w in blad.values_list if w.value is not None]
    if eenheid in GEHELE_EENHEDEN and not float(waarde).is_integer():
        return f"verwacht een geheel getal (eenheid {eenheid}), niet {waarde!r}"
    if eenheid == "month-of-year" and not 1 <= waarde <= 12:
        return f"verwacht een maand van 1 tot en met 12, niet {waarde!r}"
    if eenheid == "/1" and all(0 <= w <= 1 for w in bestaande) and not 0 <= waarde <= 1:
        return f"verwacht een aandeel van 0 tot en met 1 (eenheid /1), niet {waarde!r}"
    if eenheid in {"currency-EUR", "/1"} | GEHELE_EENHEDEN and waarde < 0:
        return f"verwacht een getal van 0 of meer (eenheid {eenheid}), niet {waarde!r}"
    bereik = (blad.metadata or {}).get("bereik")
    if bereik and not bereik["min"] <= waarde <= bereik["max"]:
        return (
            f"{waarde:g} ligt buiten het plausibele bereik {bereik['min']:g} tot en met {bereik['max']:g} "
            f"(eenheid {eenheid}; metadata.bereik van de parameter)"
        )
    return None


def _blad_of_fout(parameters, pad, veld):
    blad = parameterblad(parameters, pad)
    if blad is None:
        melding = "onbekend parameterpad"
        suggestie = dichtstbijzijnde_pad(parameters, pad)
        fout = {"veld": veld, "melding": melding + (f"; bedoelt u {suggestie}?" if suggestie else "")}
        if suggestie:
            fout["suggestie"] = suggestie
        return None, fout
    if not isinstance(blad, Parameter):
        return None, {
            "veld": veld,
            "melding": "is een groep parameters, geen enkele parameter; noem een blad "
            f"(bijvoorbeeld {pad}.{next(iter(blad.children))})",
        }
    return blad, None


def _dag(datum, veld, fouten):
    """The date of a key, or None after reporting why not (a bad pattern is the schema's)."""
    if not isinstance(datum, str) or not DATUM_PATROON.fullmatch(datum):
        return None
    try:
        dag = datetime.date.fromisoformat(datum)
    except ValueError:
        fouten.append({"veld": veld, "melding": "geen bestaande datum (JJJJ-MM-DD)"})
        return None
    if not EERSTE_JAAR <= dag.year <= LAATSTE_JAAR:
        fouten.append(
            {
                "veld": veld,
                "melding": f"een ingangsdatum ligt tussen {EERSTE_JAAR} en {LAATSTE_JAAR}, niet {datum}",
            }
        )
        return None
    return dag


def inhoudsfouten(document, parameters: ParameterNode) -> list[dict]:
    """Every content problem of the well-formed parts of `document` (the schema reports the rest)."""
    if not isinstance(document, dict):
        return []
    fouten: list[dict] = []
    wijzigingen = document.get("wijzigingen")
    wijzigingen = wijzigingen if isinstance(wijzigingen, dict) else {}
    beeindig = document.get("beeindig")
    beeindig = beeindig if isinstance(beeindig, dict) else {}
    einden = {}
    for pad, datum in beeindig.items():
        if not isinstance(pad, str) or not PAD_PATROON.fullmatch(pad):
            continue
        veld = f"beeindig.{pad}"
        blad, fout = _blad_of_fout(parameters, pad, veld)
        if fout:
            fouten.append(fout)
        dag = _dag(datum, f"{veld} @ {datum}", fouten)
        if blad is not None and dag is not None:
            einden[pad] = dag
    for pad, waarden in wijzigingen.items():
        if not isinstance(pad, str) or not PAD_PATROON.fullmatch(pad):
            continue
        blad, fout = _blad_of_fout(parameters, pad, f"wijzigingen.{pad}")
        if fout:
            fouten.append(fout)
        if blad is None or not isinstance(waarden, dict):
            continue
        vorige = None
        for datum, waarde in waarden.items():
            veld = f"wijzigingen.{pad} @ {datum}"
            dag = _dag(datum, veld, fouten)
            if dag is not None:
                if vorige is not None and dag <= vorige:
                    fouten.append(
                        {
                            "veld": veld,
                            "melding": f"datums moeten oplopen; deze komt niet na {vorige.isoformat()}",
                        }
                    )
                if pad in einden and dag >= einden[pad]:
                    fouten.append(
                        {
                            "veld": veld,
                            "melding": f"ligt op of na het einde van de parameter ({einden[pad].isoformat()})",
                        }
                    )
                vorige = dag
            if waarde is None or isinstance(waarde, dict | list | str):
                continue  # the schema reports these
            reden = _waardefout(blad, waarde)
            if reden:
                fouten.append({"veld": veld, "melding": reden})
    return fouten


def controleer(document, systeem) -> list[dict]:
    """Every problem of `document` for `systeem`: reading, schema and content, each once."""
    if not isinstance(document, dict):
        return [{"veld": "(document)", "melding": "verwacht een object"}]
    fouten = list(getattr(document, "leesfouten", []))
    fouten += schemafouten(document)
    fouten += inhoudsfouten(document, systeem.parameters)
    uniek, gezien = [], set()
    for fout in fouten:
        sleutel = (fout["veld"], fout["melding"])
        if sleutel not in gezien:
            gezien.add(sleutel)
            uniek.append(fout)
    return uniek


def valideer(document, systeem, bron: str = "hervorming") -> dict:
    """The document if it is a valid reform for `systeem`; otherwise `HervormingOngeldig`."""
    fouten = controleer(document, systeem)
    if fouten:
        raise HervormingOngeldig(bron, fouten)
    return document


def waarde_op(blad: Parameter, datum: str):
    """The value of a leaf on a day (ISO text), or None where it has none (before its first value, or ended)."""
    for waarde in blad.values_list:  # newest first
        if waarde.instant_str <= datum:
            return waarde.value
    return None


def waarschuwingen(document: dict, parameters: ParameterNode) -> list[dict]:
    """What a valid document allows but a drafter probably did not mean, as {veld, melding}.

    A date before the current law's first value (a scheme written back in time); a first value
    equal to the current law's on that date, or a value repeating the reform's previous one (a
    step that changes nothing; a step back to the current law's value after a change is meant).
    """
    uit = []
    for pad, waarden in document.get("wijzigingen", {}).items():
        blad = parameterblad(parameters, pad)
        eerste = min((w.instant_str for w in blad.values_list), default=None)
        vorige = None
        for datum, waarde in sorted(waarden.items()):
            veld = f"wijzigingen.{pad} @ {datum}"
            if eerste is not None and datum < eerste:
                uit.append(
                    {
                        "veld": veld,
                        "melding": f"ligt vóór de eerste waarde van het geldende recht ({eerste}): "
                        "de hervorming schrijft de regeling terug in de tijd",
                    }
                )
            gelijk = waarde_op(blad, datum) if vorige is None else vorige[0]
            if gelijk is not None and gelijk == waarde and isinstance(gelijk, bool) == isinstance(waarde, bool):
                bron = (
                    "het geldende recht heeft" if vorige is None else f"de hervorming heeft sinds {vorige[1]}"
                )
                uit.append(
                    {"veld": veld, "melding": f"verandert niets: {bron} op die datum al {_tekst(waarde)}"}
                )
            vorige = (waarde, datum)
    return uit
