"""`llo compare HERVORMING.yaml [...]`: who gains and who loses each right, how much money moves, and why.

Without `--periode`, the month is the first one from the current month on in which every reform
shows (analyse/waarschuwingen.py); the table and the JSON say which month was used and why.
"""

import json
import sys

from openfisca_llo.analyse import verslag
from openfisca_llo.analyse.antwoorden import brokken_volgens, compare_met_bewijs, compare_verzoek
from openfisca_llo.analyse.bedragen import bedragen_in
from openfisca_llo.analyse.brokken import STANDAARD_BROKGROOTTE
from openfisca_llo.analyse.verdeeld import vergelijk_in_brokken
from openfisca_llo.analyse.vergelijking import GROEPEN, als_json, rechten
from openfisca_llo.analyse.waarschuwingen import standaard_periode
from openfisca_llo.commando import _bevolking as bevolking
from openfisca_llo.hervorming import laad
from openfisca_llo.tax_benefit_system import basissysteem

NAAM = "compare"
HULP = (
    "Vergelijk hervormingen met het geldende recht op een bevolking: wie krijgt of verliest welk recht, "
    "hoeveel geld er verschuift, en waarom."
)


def registreer(parser):
    parser.add_argument("hervorming", nargs="+", help="hervormingsbestand(en) (YAML); meerdere naast elkaar")
    bevolking.registreer(
        parser, "maand JJJJ-MM (standaard: de eerste maand vanaf nu waarin elke hervorming doorwerkt)"
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


def kies_periode(args, basis, hervormingen) -> tuple[str, str]:
    """The month asked for, or the default month; with the explanation printed with it."""
    if args.periode is not None:
        return bevolking.maand(args.periode), "opgegeven met --periode"
    variabelen = rechten(basis) + [b.naam for b in bedragen_in(basis)]
    return standaard_periode(basis, hervormingen, variabelen)


def _voortgang(gedaan: int, totaal: int):
    if totaal > 1 and sys.stderr.isatty():
        print(f"\rdeel {gedaan}/{totaal}", end="\n" if gedaan == totaal else "", file=sys.stderr, flush=True)


def uitvoeren(args):
    basis = basissysteem()
    hervormingen, documenten = [], []
    for pad in args.hervorming:
        document, systeem = laad(pad, basis)  # validated here; applied again per worker
        hervormingen.append((document["naam"], systeem))
        documenten.append(document)
    periode, keuze = kies_periode(args, basis, hervormingen)
    soort = bevolking.populatiesoort(args)
    brokken, herkomst, label = brokken_volgens(soort, basis, periode, args.brokgrootte)
    resultaten = vergelijk_in_brokken(
        documenten, brokken, periode, args.werkers, args.dask, _voortgang, schattingslabel=label
    )
    for resultaat in resultaten:
        resultaat["periode_keuze"] = keuze
    if args.plot:
        from openfisca_llo.analyse.grafiek import teken

        teken(resultaten, args.plot, herkomst, basis)
    if args.format == "json":
        uit = [
            compare_met_bewijs(
                als_json(r, args.uitsplitsing),
                compare_verzoek(d, periode, soort, args.uitsplitsing, keuze),
                basis,
            )
            for r, d in zip(resultaten, documenten, strict=True)
        ]
        print(json.dumps(uit[0] if len(uit) == 1 else uit, indent=2, ensure_ascii=False))
        return
    print(tabel(resultaten, herkomst, args.alle_uitvoer, basis))
    if args.plot:
        print(f"Grafiek: {args.plot}")


def tabel(resultaten, herkomst, alle_uitvoer=False, systeem=None) -> str:
    eerste = resultaten[0]
    keuze = f" ({eerste['periode_keuze']})" if eerste.get("periode_keuze") else ""
    regels = [f"Periode {eerste['period']}{keuze}, {eerste['persons']} personen, bevolking: {herkomst}"]
    if "schatting" in eerste:
        regels.append(f"Schattingen voor Nederland: {eerste['schatting']['label']}")
    regels.append("")
    systeem = systeem or basissysteem()
    namen = list(eerste["outputs"])
    kop = ["recht"] + [g.replace("_", " ") for g in GROEPEN]
    for resultaat in resultaten:
        regels.append(f"Hervorming: {resultaat['reform']}")
        regels += verslag.waarschuwingsregels(resultaat)
        rijen = []
        for naam in namen:
            w = resultaat["outputs"][naam]
            if not alle_uitvoer and not (w["krijgt_recht"] or w["verliest_recht"]):
                continue
            rijen.append([naam] + [str(w[g]) for g in GROEPEN])
        if not rijen:
            regels.append("  geen enkel recht verandert voor deze bevolking in deze maand")
            regels += verslag.bedragregels(resultaat, systeem) + verslag.kostenregels(resultaat, systeem)
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
            regels.append(f"  {naam}, waarom:")
            regels += verslag.verklaringsregels(w)
            for groep, kenmerken in w["uitsplitsing"].items():
                for kenmerk, telling in kenmerken.items():
                    delen = ", ".join(f"{k} {v}" for k, v in sorted(telling.items()))
                    regels.append(f"    {groep.replace('_', ' ')} naar {kenmerk}: {delen}")
        regels += verslag.bedragregels(resultaat, systeem) + verslag.kostenregels(resultaat, systeem)
        regels.append("")
    return "\n".join(regels).rstrip() + "\n"
