"""`llo compare HERVORMING.yaml [...]`: who gains and who loses each right, and why."""

import json
import re
import sys
from pathlib import Path

from openfisca_llo.analyse.brokken import STANDAARD_BROKGROOTTE, bestandsbrokken, synthetische_brokken
from openfisca_llo.analyse.populatie import STANDAARD_OMVANG, STANDAARD_ZAAD
from openfisca_llo.analyse.verdeeld import vergelijk_in_brokken
from openfisca_llo.analyse.vergelijking import GROEPEN, als_json
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import laad
from openfisca_llo.tax_benefit_system import basissysteem

NAAM = "compare"
HULP = "Vergelijk hervormingen met het geldende recht op een bevolking: wie krijgt of verliest welk recht."
STANDAARD_PERIODE = "2026-10"


def registreer(parser):
    parser.add_argument("hervorming", nargs="+", help="hervormingsbestand(en) (YAML); meerdere naast elkaar")
    parser.add_argument(
        "--period", "--periode", dest="periode", default=STANDAARD_PERIODE, help="maand JJJJ-MM"
    )
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
    parser.add_argument("--uitsplitsing", action="store_true", help="in JSON ook de uitsplitsing per groep")
    parser.add_argument("--plot", metavar="FILE.png", help="schrijf een grafiek voor een memo")
    parser.add_argument("--alle-uitvoer", action="store_true", help="ook rechten zonder verschil tonen")
    parser.add_argument(
        "--chunk-size",
        "--brokgrootte",
        dest="brokgrootte",
        type=int,
        help=f"personen per deel (standaard {STANDAARD_BROKGROOTTE:,}): het geheugen volgt het deel",
    )
    parser.add_argument(
        "--workers", "--werkers", dest="werkers", type=int, default=1, help="delen tegelijk in N processen"
    )
    parser.add_argument(
        "--dask", metavar="ADRES", help="delen op een Dask-cluster (tcp://host:8786), of 'local' (LocalCluster)"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def _periode(tekst):
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", tekst):
        raise GebruikersFout(f"--period: verwacht een maand JJJJ-MM, niet {tekst!r}")
    return tekst


def brokken_uit(args, systeem, periode):
    """The population as parts (openfisca_llo/analyse/brokken.py), and where it comes from."""
    brokgrootte = args.brokgrootte
    if re.fullmatch(r"\d+", args.populatie):
        omvang = int(args.populatie)
        if brokgrootte is None and omvang > STANDAARD_BROKGROOTTE:
            brokgrootte = STANDAARD_BROKGROOTTE
        return synthetische_brokken(
            omvang, args.zaad, f"{periode}-01", brokgrootte
        ), f"synthetisch ({args.zaad})"
    pad = Path(args.populatie)
    if not pad.exists():
        raise GebruikersFout(f"--population: {pad} bestaat niet (geef een aantal personen of een bestand)")
    return bestandsbrokken(pad, systeem, STANDAARD_BROKGROOTTE if brokgrootte is None else brokgrootte), str(
        pad
    )


def _voortgang(gedaan: int, totaal: int):
    if totaal > 1 and sys.stderr.isatty():
        print(f"\rdeel {gedaan}/{totaal}", end="\n" if gedaan == totaal else "", file=sys.stderr, flush=True)


def uitvoeren(args):
    periode = _periode(args.periode)
    basis = basissysteem()
    documenten = [laad(pad, basis)[0] for pad in args.hervorming]  # validated here, applied per worker
    brokken, herkomst = brokken_uit(args, basis, periode)
    resultaten = vergelijk_in_brokken(documenten, brokken, periode, args.werkers, args.dask, _voortgang)
    if args.plot:
        from openfisca_llo.analyse.grafiek import teken

        teken(resultaten, args.plot, herkomst)
    if args.format == "json":
        uit = [als_json(r, args.uitsplitsing) for r in resultaten]
        print(json.dumps(uit[0] if len(uit) == 1 else uit, indent=2, ensure_ascii=False))
        return
    print(tabel(resultaten, herkomst, args.alle_uitvoer))
    if args.plot:
        print(f"Grafiek: {args.plot}")


def tabel(resultaten, herkomst, alle_uitvoer=False) -> str:
    eerste = resultaten[0]
    regels = [f"Periode {eerste['period']}, {eerste['persons']} personen, bevolking: {herkomst}", ""]
    namen = list(eerste["outputs"])
    kop = ["recht"] + [g.replace("_", " ") for g in GROEPEN]
    for resultaat in resultaten:
        regels.append(f"Hervorming: {resultaat['reform']}")
        rijen = []
        for naam in namen:
            w = resultaat["outputs"][naam]
            if not alle_uitvoer and not (w["krijgt_recht"] or w["verliest_recht"]):
                continue
            rijen.append([naam] + [str(w[g]) for g in GROEPEN])
        if not rijen:
            regels.append("  geen enkel recht verandert voor deze bevolking in deze maand")
            regels.append("")
            continue
        breedtes = [max(len(r[i]) for r in rijen + [kop]) for i in range(len(kop))]
        regels.append(
            "  "
            + "  ".join(k.ljust(breedtes[0]) if i == 0 else k.rjust(breedtes[i]) for i, k in enumerate(kop))
        )
        for rij in rijen:
            regels.append(
                "  "
                + "  ".join(c.ljust(breedtes[0]) if i == 0 else c.rjust(breedtes[i]) for i, c in enumerate(rij))
            )
        for naam in namen:
            w = resultaat["outputs"][naam]
            if not (w["krijgt_recht"] or w["verliest_recht"]):
                continue
            regels.append(f"  {naam}, waarom (voorwaarde veranderd: aantal personen):")
            for voorwaarde, aantal in sorted(w["oorzaken"].items(), key=lambda x: -x[1]):
                regels.append(f"    {voorwaarde}: {aantal}")
            for groep, kenmerken in w["uitsplitsing"].items():
                for kenmerk, telling in kenmerken.items():
                    delen = ", ".join(f"{k} {v}" for k, v in sorted(telling.items()))
                    regels.append(f"    {groep.replace('_', ' ')} naar {kenmerk}: {delen}")
        regels.append("")
    return "\n".join(regels).rstrip() + "\n"
