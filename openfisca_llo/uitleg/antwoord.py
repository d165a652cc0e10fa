"""The answer to a "why" request: the same for `llo waarom` and POST /waarom.

A request (`verzoek`) is a JSON object:

    {"situation": <a situation as for /calculate>,      required
     "reform":    <a reform document>,                 optional (reforms/schema.json)
     "periode":   "2026-10",                           optional: the month to explain
     "persoon":   "anna",                              optional: only this person
     "recht":     ["levenlanglerenkrediet_recht"],     optional: only these variables
     "maanden":   24,                                  optional: length of the timeline (0: none)
     "alles":     false}                               optional: add the whole tree

What is explained, per person (by period, then in the order of `regels/voorwaarden.py`, then by
name, whatever the order of the JSON keys): every variable the situation requests with `null`; with
`periode`, only those of that month, and when the person requests nothing, every right of
`regels/voorwaarden.py` in that month; with `recht`, only those variables (in `periode` when the
person requests none of them). A request that names nothing to explain is an error.

The answer is `{"verzoek": <the request, normalised>, "uitleg": {person: [explanation, ...]},
"bewijs": <receipt>}`; each explanation is rendered by `weergave_json` and carries its timeline
and, with a reform, the reform's explanation and the comparison (`hervormd.py`). The answer holds
nothing that depends on the moment it was made, so that `llo controleer` can recompute it.

Errors are `VerzoekFout`s: a stable `code`, the offending `veld` and a message (a 4xx on the web,
one line on the command line).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field

from openfisca_core import periods
from openfisca_core.errors import (
    ParameterNotFoundError,
    PeriodMismatchError,
    SituationParsingError,
    VariableNotFoundError,
)

from openfisca_llo.fouten import GebruikersFout, json_pointer
from openfisca_llo.hervorming import HervormingOngeldig, pas_toe
from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg import weergave_json
from openfisca_llo.uitleg.bewijs import bewijs
from openfisca_llo.uitleg.hervormd import vergelijk
from openfisca_llo.uitleg.tijdlijn import STANDAARD_MAANDEN, tijdlijnen
from openfisca_llo.uitleg.waarom import leg_uit_persoon

SOORT = "waarom"
VELDEN = ("situation", "reform", "periode", "persoon", "recht", "maanden", "alles")
MAX_MAANDEN = 120
NIET_GEVONDEN = 404
RANG = {naam: i for i, naam in enumerate(VOORWAARDEN)}


class VerzoekFout(GebruikersFout):
    """A request that cannot be answered: `code` (stable), the offending field, `status`.

    The field is a path of keys (`pad`; one key may be given as a text, "(body)" for the whole
    request). The command line names it dotted (`veld`); the JSON body as a JSON Pointer (RFC 6901),
    as every error of the web API does.
    """

    def __init__(self, code: str, pad, melding: str, status: int = 400, **extra):
        self.pad = () if pad == "(body)" else (pad,) if isinstance(pad, str) else tuple(pad)
        self.veld = ".".join(str(deel) for deel in self.pad) or "(body)"
        self.code, self.melding, self.status, self.extra = code, melding, status, extra
        super().__init__(f"{self.veld}: {melding}")

    def als_json(self) -> dict:
        """The error body; `error` carries the message too, as in every other error of the API."""
        return {
            "code": self.code,
            "veld": json_pointer(self.pad),
            "melding": self.melding,
            "error": self.melding,
            **self.extra,
        }


def eerste_pad(boom, pad=()) -> tuple[list[str], str]:
    """The path to the first message in an OpenFisca error tree, and that message (a leaf may be an
    object with its own `code` and `melding`)."""
    if isinstance(boom, dict) and "code" in boom and "melding" in boom:
        return list(pad), str(boom["melding"])
    if isinstance(boom, dict) and boom:
        sleutel = next(iter(boom))
        return eerste_pad(boom[sleutel], (*pad, str(sleutel)))
    return list(pad), str(boom)


def normaliseer(verzoek) -> dict:
    """Check the shape of a request; returns it with `soort` and without defaults."""
    if not isinstance(verzoek, dict):
        raise VerzoekFout(
            "json_ongeldig", "(body)", 'het verzoek moet een JSON-object zijn: {"situation": ...}'
        )
    onbekend = [k for k in verzoek if k not in VELDEN and k != "soort"]
    if onbekend:
        raise VerzoekFout("veld_onbekend", onbekend[0], f"onbekend veld; toegestaan: {', '.join(VELDEN)}")
    situatie = verzoek.get("situation")
    if situatie is None:
        raise VerzoekFout("veld_ontbreekt", "situation", "dit veld is verplicht")
    if (
        not isinstance(situatie, dict)
        or not situatie
        or not all(isinstance(v, dict) for v in situatie.values())
    ):
        raise VerzoekFout("situatie_ongeldig", "situation", 'een situatie heeft de vorm {"personen": {...}}')
    uit = {"soort": SOORT, "situation": situatie}
    if verzoek.get("reform") is not None:
        if not isinstance(verzoek["reform"], dict):
            raise VerzoekFout("hervorming_ongeldig", "reform", "een hervorming is een JSON-object")
        uit["reform"] = verzoek["reform"]
    if verzoek.get("periode") is not None:
        tekst = verzoek["periode"]
        if not isinstance(tekst, str) or not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", tekst):
            raise VerzoekFout("periode_ongeldig", "periode", f"verwacht een maand JJJJ-MM, niet {tekst!r}")
        uit["periode"] = tekst
    if verzoek.get("persoon") is not None:
        uit["persoon"] = str(verzoek["persoon"])
    if verzoek.get("recht") is not None:
        recht = verzoek["recht"]
        recht = [recht] if isinstance(recht, str) else recht
        if not isinstance(recht, list) or not all(isinstance(r, str) for r in recht) or not recht:
            raise VerzoekFout("recht_ongeldig", "recht", "geef een variabele of een lijst van variabelen")
        uit["recht"] = recht
    maanden = verzoek.get("maanden", STANDAARD_MAANDEN)
    if isinstance(maanden, bool) or not isinstance(maanden, int) or not 0 <= maanden <= MAX_MAANDEN:
        raise VerzoekFout(
            "maanden_ongeldig", "maanden", f"een geheel aantal maanden van 0 tot en met {MAX_MAANDEN}"
        )
    if maanden != STANDAARD_MAANDEN:
        uit["maanden"] = maanden
    if verzoek.get("alles"):
        uit["alles"] = True
    return uit


def _gevraagd(systeem, verzoek: dict) -> dict[str, list[tuple[str, str]]]:
    """Per person: the (variable, period) pairs to explain (see the module docstring)."""
    meervoud = next(iter(verzoek["situation"]))
    personen = verzoek["situation"][meervoud]
    if "persoon" in verzoek:
        if verzoek["persoon"] not in personen:
            raise VerzoekFout(
                "persoon_onbekend",
                "persoon",
                f"{verzoek['persoon']!r} staat niet in de situatie ({', '.join(personen)})",
            )
        personen = {verzoek["persoon"]: personen[verzoek["persoon"]]}
    for naam in verzoek.get("recht", []):
        if naam not in systeem.variables:
            raise VerzoekFout("variabele_onbekend", "recht", f"onbekende variabele {naam!r}", status=404)
    periode, rechten = verzoek.get("periode"), verzoek.get("recht")
    uit = {}
    for persoon, invoer in personen.items():
        if not isinstance(invoer, dict):
            raise VerzoekFout("situatie_ongeldig", ("situation", meervoud, persoon), "verwacht een object")
        paren = [
            (naam, str(p))
            for naam, waarden in invoer.items()
            if isinstance(waarden, dict)
            for p, waarde in waarden.items()
            if waarde is None
        ]
        if periode:
            paren = [(n, p) for n, p in paren if p == periode]
        if rechten:
            paren = [(n, p) for n, p in paren if n in rechten]
        if not paren and periode:
            paren = [(n, periode) for n in (rechten or [r for r in VOORWAARDEN if r in systeem.variables])]
        if paren:
            uit[persoon] = sorted(set(paren), key=lambda paar: (paar[1], RANG.get(paar[0], len(RANG)), paar[0]))
    if not uit:
        raise VerzoekFout(
            "niets_gevraagd",
            "situation",
            "vraag een variabele op met null (zoals voor /calculate) of geef een periode",
        )
    return uit


@dataclass
class Antwoord:
    verzoek: dict
    items: dict[str, list] = field(default_factory=dict)  # person -> [(basis, hervormd, naast)]
    bewijs: dict = field(default_factory=dict)

    def als_json(self) -> dict:
        alles = bool(self.verzoek.get("alles"))
        return {
            "verzoek": self.verzoek,
            "uitleg": {
                persoon: [weergave_json.met_hervorming(b, h, n, alles) for b, h, n in items]
                for persoon, items in self.items.items()
            },
            "bewijs": self.bewijs,
        }


def _leg_uit(systeem, persoon, invoer, paren, document=None):
    try:
        return leg_uit_persoon(systeem, persoon, invoer, paren, document)
    except (SituationParsingError, PeriodMismatchError) as fout:
        raise situatie_fout(fout) from fout
    except VariableNotFoundError as fout:
        raise VerzoekFout(
            "variabele_onbekend", "situation", str(fout).splitlines()[0], status=NIET_GEVONDEN
        ) from fout
    except ParameterNotFoundError as fout:
        if hasattr(fout, "als_json"):  # a period before a parameter's first value
            raise VerzoekFout(
                fout.als_json().get("code", "parameter_ontbreekt"), "periode", str(fout)
            ) from fout
        melding = f"parameter {fout.name} heeft geen waarde op {fout.instant_str}"
        raise VerzoekFout("parameter_ontbreekt", "periode", melding) from fout


def situatie_fout(fout) -> VerzoekFout:
    """OpenFisca's error on a situation as a `VerzoekFout` naming the first offending field."""
    pad, melding = eerste_pad(fout.error)
    onbekend = getattr(fout, "code", None) == NIET_GEVONDEN
    blad = fout.error
    for deel in pad:
        blad = blad.get(deel, {}) if isinstance(blad, dict) else {}
    eigen_code = blad.get("code") if isinstance(blad, dict) else None
    return VerzoekFout(
        eigen_code or ("variabele_onbekend" if onbekend else "situatie_ongeldig"),
        ("situation", *pad),
        melding.split(". ")[0] if onbekend else melding,
        status=NIET_GEVONDEN if onbekend else 400,
        fouten=fout.error,
    )


def hervorming_fout(fout: HervormingOngeldig) -> VerzoekFout:
    """The field is the reform; the message and `fouten` name the place inside it as a reform file
    does (`wijzigingen.<parameter>.<date>`), since a parameter path has dots of its own."""
    eerste = fout.fouten[0] if fout.fouten else {"veld": "(document)", "melding": str(fout)}
    plaats = "" if eerste["veld"] == "(document)" else f"{eerste['veld']}: "
    return VerzoekFout("hervorming_ongeldig", "reform", plaats + eerste["melding"], fouten=fout.fouten)


def hervormd_systeem(document: dict, basis):
    try:
        return pas_toe(document, basis, bron="reform")
    except HervormingOngeldig as fout:
        raise hervorming_fout(fout) from fout


def beantwoord(verzoek, systeem, hervormd=None) -> Antwoord:
    """Explain what `verzoek` asks (see the module docstring); `hervormd` may be given pre-built."""
    verzoek = normaliseer(verzoek)
    verzoek = json.loads(json.dumps(verzoek, default=str))  # a plain copy, as a JSON body would be
    document = verzoek.get("reform")
    if document is not None and hervormd is None:
        hervormd = hervormd_systeem(document, systeem)
    gevraagd = _gevraagd(systeem, verzoek)
    meervoud = next(iter(verzoek["situation"]))
    personen = verzoek["situation"][meervoud]
    antwoord = Antwoord(verzoek=verzoek)
    for persoon, paren in gevraagd.items():
        basis = _leg_uit(systeem, persoon, copy.deepcopy(personen[persoon]), paren)
        if document is not None:
            nieuw = _leg_uit(hervormd, persoon, copy.deepcopy(personen[persoon]), paren, document)
            antwoord.items[persoon] = [
                (b, h, vergelijk(systeem, hervormd, b, h, document)) for b, h in zip(basis, nieuw, strict=True)
            ]
        else:
            antwoord.items[persoon] = [(b, None, None) for b in basis]
    _tijdlijnen(antwoord, systeem, hervormd, verzoek.get("maanden", STANDAARD_MAANDEN), meervoud, personen)
    antwoord.bewijs = bewijs(systeem, verzoek=verzoek, hervorming=document)
    return antwoord


def _tijdlijnen(antwoord: Antwoord, systeem, hervormd, aantal: int, meervoud: str, personen: dict) -> None:
    if aantal <= 0:
        return
    per_periode: dict[str, dict[str, list[str]]] = {}
    voorwaarden: dict[str, list[str]] = {}
    for persoon, items in antwoord.items.items():
        for basis, _, _ in items:
            try:
                periode = periods.period(basis.periode)
            except ValueError:
                continue
            if periode.unit != periods.DateUnit.MONTH:
                continue
            per_periode.setdefault(basis.periode, {}).setdefault(persoon, []).append(basis.naam)
            voorwaarden.setdefault(basis.naam, [v.naam for v in basis.voorwaarden])
    for periode, gevraagd in per_periode.items():
        situatie = {meervoud: {p: personen[p] for p in gevraagd}}
        systemen = [(systeem, 0)] + ([(hervormd, 1)] if hervormd is not None else [])
        for sys_, plaats in systemen:
            lijnen = tijdlijnen(sys_, situatie, periode, gevraagd, aantal, voorwaarden)
            for persoon, items in antwoord.items.items():
                for item in items:
                    if item[plaats] is not None and item[0].periode == periode:
                        item[plaats].tijdlijn = lijnen.get((persoon, item[0].naam))
