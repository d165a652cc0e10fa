"""`llo diff HERVORMING.yaml`: what a reform changes, before anything is computed.

The table itself is made by `openfisca_llo.hervorming.bepalingen.verschillen`, which the
Hervorming page calls too.
"""

import json

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import lees_hervorming, valideer, waarschuwingen
from openfisca_llo.hervorming.bepalingen import verschillen
from openfisca_llo.tax_benefit_system import basissysteem

NAAM = "diff"
HULP = "Toon per gewijzigde parameter de waarden van het geldende recht en van de hervorming, met de bron."


def registreer(parser):
    parser.add_argument("hervorming", nargs="+", help="hervormingsbestand (YAML), een of meer")
    parser.add_argument(
        "--format", choices=["tekst", "json"], default="tekst", help="uitvoer (standaard tekst)"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def _tekst(waarde) -> str:
    if waarde is None:
        return "(geen)"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return f"{waarde:g}" if isinstance(waarde, float) else str(waarde)


def uitvoeren(args):
    systeem = basissysteem()
    alles = []
    for pad in args.hervorming:
        document = valideer(lees_hervorming(pad), systeem, bron=pad)
        alles.append(
            {
                "hervorming": document["naam"],
                "bestand": pad,
                "bron": document["bron"],
                "wijzigingen": verschillen(document, systeem),
                "waarschuwingen": waarschuwingen(document, systeem.parameters),
            }
        )
    if args.format == "json":
        print(json.dumps(alles if len(alles) > 1 else alles[0], indent=2, ensure_ascii=False))
        return
    for blok in alles:
        print(f"Hervorming: {blok['hervorming']}  ({blok['bestand']})")
        for bron in blok["bron"]:
            print(f"  bron: {bron['title']}")
            print(f"        {bron.get('href') or '(geen adres: concept)'}")
        for wijziging in blok["wijzigingen"]:
            print()
            print(f"  {wijziging['parameter']}")
            print(f"    {wijziging['label']} (eenheid: {wijziging['eenheid'] or 'onbekend'})")
            for referentie in wijziging["referentie"]:
                print(f"    referentie: {referentie.get('title', '')}")
                print(f"                {referentie.get('href', '')}")
            print(f"    {'vanaf':<12} {'geldend recht':>14} {'hervorming':>12}")
            for rij in wijziging["waarden"]:
                anders = "  gewijzigd" if rij["geldend_recht"] != rij["hervorming"] else ""
                if rij["beeindigd"]:
                    anders = "  BEËINDIGD: de parameter bestaat vanaf deze datum niet meer"
                basis, nieuw = _tekst(rij["geldend_recht"]), _tekst(rij["hervorming"])
                print(f"    {rij['datum']:<12} {basis:>14} {nieuw:>12}{anders}")
        for waarschuwing in blok["waarschuwingen"]:
            print(f"  waarschuwing: {waarschuwing['veld']}: {waarschuwing['melding']}")
        print()
    if not alles:
        raise GebruikersFout("geen hervorming opgegeven")
