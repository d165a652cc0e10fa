"""`llo bereken SITUATIE.json`: compute a situation as OpenFisca's /calculate would."""

import json
import sys
from pathlib import Path

from openfisca_llo.analyse.situatie import bereken_situatie
from openfisca_llo.fouten import GebruikersFout

NAAM = "bereken"
HULP = "Bereken een situatie (JSON zoals voor /calculate) en druk het antwoord af."


def registreer(parser):
    parser.add_argument("situatie", help="JSON-bestand met een situatie, of - voor standaardinvoer")
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    tekst = sys.stdin.read() if args.situatie == "-" else _lees(args.situatie)
    try:
        situatie = json.loads(tekst)
    except json.JSONDecodeError as fout:
        raise GebruikersFout(f"{args.situatie}: geen geldige JSON ({fout})") from fout
    print(json.dumps(bereken_situatie(situatie), indent=2, ensure_ascii=False))


def _lees(pad):
    try:
        return Path(pad).read_text(encoding="utf-8")
    except OSError as fout:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({fout.strerror})") from fout
