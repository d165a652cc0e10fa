"""`llo controleer ANTWOORD.json`: does a saved answer still stand under the installed rules?"""

import json
import sys
from pathlib import Path

from openfisca_llo.analyse.antwoorden import HERBEREKEN
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.tax_benefit_system import basissysteem
from openfisca_llo.uitleg.controle import ANDERE_REGELS, IDENTIEK, controleer

NAAM = "controleer"
HULP = (
    "Reken een bewaard JSON-antwoord (met verzoek en bewijs) opnieuw met de geïnstalleerde regels: "
    "identiek; zelfde regels maar een ander antwoord (een defect); of andere regels (welke hash)."
)

#: Exit status per verdict: 0 identical, 3 different rules, 1 anything else (a defect, changed input).
STATUS = {IDENTIEK: 0, ANDERE_REGELS: 3}


def registreer(parser):
    parser.add_argument(
        "antwoord", help="een bewaard JSON-antwoord van llo of van POST /waarom, of - voor standaardinvoer"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    try:
        tekst = sys.stdin.read() if args.antwoord == "-" else Path(args.antwoord).read_text(encoding="utf-8")
    except OSError as fout:
        raise GebruikersFout(f"{args.antwoord}: kan het bestand niet lezen ({fout.strerror})") from fout
    try:
        antwoord = json.loads(tekst)
    except json.JSONDecodeError as fout:
        raise GebruikersFout(f"{args.antwoord}: geen geldige JSON ({fout})") from fout
    oordelen = controleer(antwoord, HERBEREKEN, basissysteem())
    print("\n".join(oordeel.tekst() for oordeel in oordelen))
    return max(STATUS.get(oordeel.uitkomst, 1) for oordeel in oordelen)
