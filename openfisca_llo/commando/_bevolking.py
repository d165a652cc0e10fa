"""The arguments `llo compare` and `llo sweep` share: the month, the population and its seed, the format.

Both read them the same way, so they are registered and read here once.
"""

import re

from openfisca_llo.analyse.populatie import STANDAARD_OMVANG, STANDAARD_ZAAD
from openfisca_llo.fouten import GebruikersFout


def registreer(parser, periodehulp: str):
    """--period, --population, --seed and --format; `periodehulp` says what the default month is."""
    parser.add_argument("--period", "--periode", dest="periode", default=None, help=periodehulp)
    parser.add_argument(
        "--population",
        "--populatie",
        dest="populatie",
        default=str(STANDAARD_OMVANG),
        help="aantal personen van de ingebouwde synthetische bevolking, of een CSV- of Parquet-bestand",
    )
    parser.add_argument(
        "--seed", "--zaad", dest="zaad", type=int, default=STANDAARD_ZAAD, help="zaad van de bevolking"
    )
    parser.add_argument(
        "--format", choices=["table", "json"], default="table", help="uitvoer (standaard table)"
    )


def maand(tekst: str) -> str:
    """The --period given: a month JJJJ-MM, or a one-line error."""
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", tekst):
        raise GebruikersFout(f"--period: verwacht een maand JJJJ-MM, niet {tekst!r}")
    return tekst


def populatiesoort(args) -> dict:
    """--population as a request: a number of synthetic persons (with --seed) or a file."""
    if re.fullmatch(r"\d+", args.populatie):
        return {"omvang": int(args.populatie), "zaad": args.zaad}
    return {"bestand": args.populatie}
