"""`llo waarom SITUATIE.json --periode 2026-10`: why a person has (or has not) each right."""

import json
import sys
from pathlib import Path

from openfisca_core.errors import SituationParsingError

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.tax_benefit_system import basissysteem
from openfisca_llo.uitleg.antwoord import beantwoord, situatie_fout
from openfisca_llo.uitleg.tijdlijn import STANDAARD_MAANDEN
from openfisca_llo.uitleg.weergave_tekst import antwoord_tekst
from openfisca_llo.web.invoercontrole import controleer_situatie

NAAM = "waarom"
HULP = (
    "Leg per recht uit waarom een persoon het wel of niet heeft: elke voorwaarde met haar artikel, "
    "wat zij las (invoer, tussenwaarden, parameters met waarde, datum en bron), een zin per niet "
    "vervulde voorwaarde en een tijdlijn; met --hervorming naast het geldende recht."
)


def registreer(parser):
    parser.add_argument(
        "situatie", help="JSON-bestand met een situatie zoals voor /calculate, of - voor standaardinvoer"
    )
    parser.add_argument(
        "--periode", help="de maand, als JJJJ-MM; zonder: de maanden die de situatie met null opvraagt"
    )
    parser.add_argument("--persoon", help="alleen deze persoon uit de situatie")
    parser.add_argument(
        "--recht", action="append", metavar="VARIABELE", help="alleen deze variabele (herhaalbaar)"
    )
    parser.add_argument(
        "--hervorming", metavar="X.yaml", help="een hervorming (YAML of JSON), naast het geldende recht"
    )
    parser.add_argument(
        "--maanden",
        type=int,
        default=STANDAARD_MAANDEN,
        help=f"lengte van de tijdlijn in maanden vanaf de periode (standaard {STANDAARD_MAANDEN}; 0: geen)",
    )
    parser.add_argument("--alles", action="store_true", help="elke voorwaarde voluit en de hele berekening")
    parser.add_argument("--json", action="store_true", help="geef de uitleg als JSON (met verzoek en bewijs)")
    parser.set_defaults(uitvoeren=uitvoeren)


def verzoek_uit(args) -> dict:
    """The request of these arguments: the same object POST /waarom takes as its body."""
    verzoek = {"situation": lees_json(args.situatie)}
    if args.hervorming:
        verzoek["reform"] = lees_hervorming(args.hervorming)
    for veld, waarde in (("periode", args.periode), ("persoon", args.persoon), ("recht", args.recht)):
        if waarde:
            verzoek[veld] = waarde
    if args.maanden != STANDAARD_MAANDEN:
        verzoek["maanden"] = args.maanden
    if args.alles:
        verzoek["alles"] = True
    return verzoek


def lees_json(pad: str):
    try:
        tekst = sys.stdin.read() if pad == "-" else Path(pad).read_text(encoding="utf-8")
    except OSError as fout:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({fout.strerror})") from fout
    try:
        return json.loads(tekst)
    except json.JSONDecodeError as fout:
        raise GebruikersFout(f"{pad}: geen geldige JSON ({fout})") from fout


def uitvoeren(args):
    systeem = basissysteem()
    verzoek = verzoek_uit(args)
    try:
        controleer_situatie(systeem, verzoek["situation"])
    except SituationParsingError as fout:
        raise situatie_fout(fout) from fout
    antwoord = beantwoord(verzoek, systeem)
    if args.json:
        print(json.dumps(antwoord.als_json(), indent=2, ensure_ascii=False))
    else:
        print(antwoord_tekst(antwoord, alles=args.alles))
    sys.stdout.flush()
    return 0
