"""`llo controleer ANTWOORD.json`: does a saved answer still stand under the installed rules?

A saved answer (the JSON of `llo waarom`, `llo bereken`, `llo overzicht --json`, `llo compare
--format json`, or the body of POST /waarom) carries its request (`verzoek`, with its `soort`) and
its receipt (`bewijs`). `controleer` checks, per answer (a list is checked element by element):

1. the request is the one the receipt was made for (`verzoek_sha256`); if not, the saved answer
   was altered: `verzoek_gewijzigd`;
2. the request is recomputed with the installed rules (by the function the caller registers for
   its `soort`), which gives a new answer and a new receipt;
3. the two receipts are compared: a different `regels_sha256` (and which part:
   `parameters_sha256`, `formules_sha256`) means `andere_regels`; a different population
   (`populatie`: the file's SHA-256) `andere_invoer`; the answers without their receipts are
   compared value by value;
4. the verdict: `identiek` (same rules, same answer), `zelfde_regels_ander_antwoord` (same rules,
   same request, a different answer: a defect), `andere_regels` (the rules changed; the lines say
   which hash and whether the answer still stands), `andere_invoer`, `verzoek_gewijzigd`.

The recomputation functions are passed in (`herbereken`: soort -> function(verzoek, systeem) ->
answer), so that this module, in the explanation layer, need not import the analysis layer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.uitleg.bewijs import sha256_json

IDENTIEK = "identiek"
DEFECT = "zelfde_regels_ander_antwoord"
ANDERE_REGELS = "andere_regels"
ANDERE_INVOER = "andere_invoer"
VERZOEK_GEWIJZIGD = "verzoek_gewijzigd"

UITKOMSTEN = {
    IDENTIEK: "identiek",
    DEFECT: "zelfde regels, ander antwoord (een defect)",
    ANDERE_REGELS: "andere regels",
    ANDERE_INVOER: "andere invoer",
    VERZOEK_GEWIJZIGD: "verzoek gewijzigd",
}

REGELHASHES = ("regels_sha256", "parameters_sha256", "formules_sha256")


@dataclass
class Oordeel:
    uitkomst: str
    regels: list[str] = field(default_factory=list)
    verschillende_hashes: list[str] = field(default_factory=list)
    eerste_verschil: str | None = None

    def tekst(self) -> str:
        return "\n".join([f"{UITKOMSTEN[self.uitkomst]}", *(f"  {r}" for r in self.regels)])


def eerste_verschil(a, b, pad: str = "") -> str | None:
    """The path of the first value where `a` and `b` differ, with both values; None when equal."""
    if isinstance(a, dict) and isinstance(b, dict):
        for sleutel in list(a) + [k for k in b if k not in a]:
            if sleutel not in a or sleutel not in b:
                return f"{pad}.{sleutel}: {'ontbreekt' if sleutel not in a else 'weg'}".lstrip(".")
            gevonden = eerste_verschil(a[sleutel], b[sleutel], f"{pad}.{sleutel}")
            if gevonden:
                return gevonden
        return None
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            gevonden = eerste_verschil(x, y, f"{pad}[{i}]")
            if gevonden:
                return gevonden
        return None if len(a) == len(b) else f"{pad}: {len(a)} -> {len(b)} elementen".lstrip(".")
    if a != b:
        return f"{pad}: {json.dumps(a, ensure_ascii=False)} -> {json.dumps(b, ensure_ascii=False)}".lstrip(".")
    return None


def _zonder_bewijs(antwoord: dict) -> dict:
    return {k: v for k, v in antwoord.items() if k != "bewijs"}


def controleer_een(antwoord, herbereken: dict[str, Callable], systeem) -> Oordeel:
    if not isinstance(antwoord, dict) or not isinstance(antwoord.get("verzoek"), dict):
        raise GebruikersFout("het antwoord draagt geen verzoek (een JSON-antwoord van llo of /waarom)")
    if not isinstance(antwoord.get("bewijs"), dict):
        raise GebruikersFout("het antwoord draagt geen bewijs")
    verzoek, oud = antwoord["verzoek"], antwoord["bewijs"]
    soort = verzoek.get("soort")
    if soort not in herbereken:
        raise GebruikersFout(f"onbekende soort antwoord {soort!r}; bekend: {', '.join(sorted(herbereken))}")
    if oud.get("verzoek_sha256") != sha256_json(verzoek):
        melding = (
            f"verzoek_sha256 in het bewijs {oud.get('verzoek_sha256')}, van het verzoek {sha256_json(verzoek)}"
        )
        return Oordeel(VERZOEK_GEWIJZIGD, [melding], ["verzoek_sha256"])
    nieuw = json.loads(json.dumps(herbereken[soort](verzoek, systeem), ensure_ascii=False, default=str))
    nu = nieuw["bewijs"]
    verschil = eerste_verschil(_zonder_bewijs(antwoord), _zonder_bewijs(nieuw))
    hashes = [h for h in REGELHASHES if oud.get(h) != nu.get(h)]
    regels = []
    if hashes:
        for h in hashes:
            regels.append(f"{h}: opgeslagen {oud.get(h)}, nu {nu.get(h)}")
        if oud.get("versies") != nu.get("versies"):
            regels.append(f"versies: opgeslagen {oud.get('versies')}, nu {nu.get('versies')}")
        regels.append(
            "het antwoord staat nog"
            if verschil is None
            else f"het antwoord is veranderd; eerste verschil: {verschil}"
        )
        return Oordeel(ANDERE_REGELS, regels, hashes, verschil)
    invoer = [h for h in ("hervorming_sha256", "populatie") if oud.get(h) != nu.get(h)]
    if invoer:
        regels = [f"{h}: opgeslagen {oud.get(h)}, nu {nu.get(h)}" for h in invoer]
        return Oordeel(ANDERE_INVOER, regels, invoer, verschil)
    if verschil is not None:
        return Oordeel(
            DEFECT, [f"regels_sha256 {nu['regels_sha256']}", f"eerste verschil: {verschil}"], [], verschil
        )
    return Oordeel(IDENTIEK, [f"regels_sha256 {nu['regels_sha256']}"])


def controleer(antwoord, herbereken: dict[str, Callable], systeem) -> list[Oordeel]:
    """A verdict per answer in `antwoord` (one answer, or a list of them)."""
    antwoorden = antwoord if isinstance(antwoord, list) else [antwoord]
    if not antwoorden:
        raise GebruikersFout("het bestand bevat geen antwoord")
    return [controleer_een(a, herbereken, systeem) for a in antwoorden]
