"""`llo overzicht SITUATIE.json --periode 2026-10`: every learning right of a person, with sources."""

import json
import sys
from pathlib import Path

from openfisca_core.periods import ETERNITY

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.tax_benefit_system import basissysteem
from openfisca_llo.uitleg.overzicht import (
    als_tekst,
    lees_periode,
    overzicht_antwoord,
    overzicht_situatie,
    overzicht_verzoek,
)

NAAM = "overzicht"
HULP = (
    "Toon per persoon alle rechten op leven lang ontwikkelen in een maand: wettelijk collegegeld, "
    "studiefinanciering, levenlanglerenkrediet, scholing met WW, vouchers, met bedrag of resterende "
    "duur en wettelijke bron."
)


def registreer(parser):
    parser.add_argument(
        "situatie",
        nargs="?",
        help="JSON-bestand met een situatie zoals voor /calculate, of - voor standaardinvoer; "
        "zonder bestand: één persoon uit --geboortedatum en --invoer",
    )
    parser.add_argument("--periode", required=True, help="de maand, als JJJJ-MM (bijvoorbeeld 2026-10)")
    parser.add_argument("--persoon", help="alleen deze persoon uit de situatie")
    parser.add_argument("--geboortedatum", help="geboortedatum (JJJJ-MM-DD) van de persoon zonder bestand")
    parser.add_argument(
        "--invoer",
        action="append",
        default=[],
        metavar="NAAM=WAARDE",
        help="een invoervariabele voor de maand (herhaalbaar), bijvoorbeeld --invoer ww_uitkering=true",
    )
    parser.add_argument("--json", action="store_true", help="geef het overzicht als JSON")
    parser.add_argument("--alles", action="store_true", help="elk recht voluit, met de voorwaarden")
    parser.add_argument(
        "--kleur", choices=["auto", "altijd", "nooit"], default="auto", help="kleur in de terminal"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    periode = lees_periode(args.periode)
    situatie = _situatie(args, str(periode))
    if args.json:
        antwoord = overzicht_antwoord(overzicht_verzoek(situatie, str(periode), args.persoon), basissysteem())
        print(json.dumps(antwoord, indent=2, ensure_ascii=False))
        return 0
    overzichten = overzicht_situatie(situatie, str(periode))
    if args.persoon:
        if args.persoon not in overzichten:
            raise GebruikersFout(
                f"persoon {args.persoon!r} staat niet in de situatie ({', '.join(overzichten)})"
            )
        overzichten = {args.persoon: overzichten[args.persoon]}
    kleur = args.kleur == "altijd" or (args.kleur == "auto" and sys.stdout.isatty())
    print("\n\n".join(als_tekst(p, periode, r, kleur=kleur, alles=args.alles) for p, r in overzichten.items()))
    return 0


def _situatie(args, periode: str) -> dict:
    if args.situatie:
        tekst = sys.stdin.read() if args.situatie == "-" else _lees(args.situatie)
        try:
            situatie = json.loads(tekst)
        except json.JSONDecodeError as fout:
            raise GebruikersFout(f"{args.situatie}: geen geldige JSON ({fout})") from fout
        if not isinstance(situatie, dict) or "personen" not in situatie:
            raise GebruikersFout(f'{args.situatie}: een situatie heeft de vorm {{"personen": {{...}}}}')
    else:
        situatie = {"personen": {"persoon": {}}}
    if args.geboortedatum or args.invoer:
        if len(situatie["personen"]) != 1:
            raise GebruikersFout("--geboortedatum en --invoer werken alleen bij een situatie met één persoon")
        gegevens = next(iter(situatie["personen"].values()))
        if args.geboortedatum:
            gegevens["geboortedatum"] = {"ETERNITY": args.geboortedatum}
        variabelen = basissysteem().variables
        for paar in args.invoer:
            naam, is_, waarde = paar.partition("=")
            if not is_:
                raise GebruikersFout(f"--invoer {paar!r}: schrijf NAAM=WAARDE")
            if naam not in variabelen:
                raise GebruikersFout(f"--invoer {paar!r}: onbekende variabele {naam!r}")
            sleutel = "ETERNITY" if variabelen[naam].definition_period == ETERNITY else periode
            gegevens[naam] = {sleutel: _waarde(waarde)}
    return situatie


def _waarde(tekst: str):
    try:
        return json.loads(tekst)
    except json.JSONDecodeError:
        return tekst


def _lees(pad):
    try:
        return Path(pad).read_text(encoding="utf-8")
    except OSError as fout:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({fout.strerror})") from fout
