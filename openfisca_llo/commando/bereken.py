"""`llo bereken SITUATIE.json`: compute a situation as OpenFisca's /calculate would.

The answer is OpenFisca's, with two more top-level keys: `verzoek` (the request) and `bewijs`
(the receipt), so that `llo controleer` can check it later.
"""

import json
import sys
from pathlib import Path

from openfisca_llo.analyse.antwoorden import bereken_antwoord, bereken_verzoek
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.tax_benefit_system import basissysteem

NAAM = "bereken"
HULP = (
    "Bereken een situatie (JSON zoals voor /calculate) en druk het antwoord af, met het verzoek en het "
    "bewijs (versies en SHA-256 van regels en verzoek)."
)


def registreer(parser):
    parser.add_argument("situatie", help="JSON-bestand met een situatie, of - voor standaardinvoer")
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    tekst = sys.stdin.read() if args.situatie == "-" else _lees(args.situatie)
    try:
        situatie = json.loads(tekst)
    except json.JSONDecodeError as fout:
        raise GebruikersFout(f"{args.situatie}: geen geldige JSON ({fout})") from fout
    antwoord = bereken_antwoord(bereken_verzoek(situatie), basissysteem())
    print(json.dumps(antwoord, indent=2, ensure_ascii=False))


def _lees(pad):
    try:
        return Path(pad).read_text(encoding="utf-8")
    except OSError as fout:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({fout.strerror})") from fout
