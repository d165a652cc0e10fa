"""`llo sweep PARAMETER --van A --tot B --stap S`: the comparison for each value of one parameter."""

import json
import re

from openfisca_llo.analyse.antwoorden import populatie_volgens
from openfisca_llo.analyse.sweep import als_json, kies_periode, reeks, sweep
from openfisca_llo.analyse.verslag import euro, miljoen
from openfisca_llo.analyse.waarschuwingen import huidige_maand
from openfisca_llo.commando import _bevolking as bevolking
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming.document import parameterblad
from openfisca_llo.tax_benefit_system import basissysteem

NAAM = "sweep"
HULP = "Dezelfde vergelijking voor elke waarde van één parameter: wie krijgt, wie verliest, wat het kost."


def registreer(parser):
    parser.add_argument(
        "parameter", help="parameterpad, bijvoorbeeld wsf.levenlanglerenkrediet.maximumleeftijd"
    )
    parser.add_argument("--van", type=float, required=True, help="eerste waarde")
    parser.add_argument("--tot", type=float, required=True, help="laatste waarde (tot en met)")
    parser.add_argument("--stap", type=float, required=True, help="stap tussen de waarden")
    parser.add_argument(
        "--vanaf", help="ingangsdatum JJJJ-MM-DD (standaard: de eerste dag van de huidige maand)"
    )
    bevolking.registreer(parser, "maand JJJJ-MM (standaard: de eerste maand waarin de wijziging doorwerkt)")
    parser.add_argument(
        "--plot", metavar="FILE.png", help="schrijf een grafiek: winnaars, verliezers en kosten per waarde"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def _vanaf(tekst):
    if tekst is None:
        return f"{huidige_maand()}-01"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", tekst):
        raise GebruikersFout(f"--vanaf: verwacht een datum JJJJ-MM-DD, niet {tekst!r}")
    return tekst


def uitvoeren(args):
    basis = basissysteem()
    waarden = reeks(args.van, args.tot, args.stap)
    vanaf = _vanaf(args.vanaf)
    if args.periode is not None:
        periode, keuze = bevolking.maand(args.periode), "opgegeven met --periode"
    else:
        periode, keuze = kies_periode(basis, args.parameter, waarden, vanaf)
    soort = bevolking.populatiesoort(args)
    populatie, herkomst, label = populatie_volgens(soort, basis, periode)
    rijen, resultaten = sweep(basis, args.parameter, waarden, vanaf, populatie, periode, label)
    geschat = "schatting" in resultaten[0]
    eenheid = "schatting voor Nederland" if geschat else "som over de bevolking"
    if args.plot:
        from openfisca_llo.analyse.grafiek import teken_sweep

        blad = parameterblad(basis.parameters, args.parameter)
        label = (blad.metadata or {}).get("label") or args.parameter
        teken_sweep(rijen, args.plot, f"{label} ({args.parameter})", periode, herkomst, eenheid)
    if args.format == "json":
        uit = als_json(args.parameter, vanaf, periode, keuze, resultaten, rijen)
        print(json.dumps(uit, indent=2, ensure_ascii=False))
        return
    print(tabel(args.parameter, vanaf, periode, keuze, herkomst, resultaten[0]["persons"], rijen, eenheid))
    if args.plot:
        print(f"Grafiek: {args.plot}")


def tabel(parameter, vanaf, periode, keuze, herkomst, personen, rijen, eenheid) -> str:
    regels = [
        f"Sweep {parameter} vanaf {vanaf}; periode {periode} ({keuze})",
        f"{personen} personen, bevolking: {herkomst}",
        "",
    ]
    kop = ["waarde", "krijgt recht", "verliest recht", f"kosten maximaal ({eenheid})", "kosten met gebruik"]
    geld = miljoen if eenheid.startswith("schatting") else euro
    cellen = [
        [
            f"{r['waarde']:g}",
            str(r["krijgt"]),
            str(r["verliest"]),
            geld(r["kosten"]["maximaal"]),
            geld(r["kosten"]["met_gebruik"]),
        ]
        for r in rijen
    ]
    breedtes = [max(len(c[i]) for c in [kop, *cellen]) for i in range(len(kop))]
    for rij in [kop, *cellen]:
        regels.append("  ".join(c.rjust(breedtes[i]) for i, c in enumerate(rij)))
    veranderd = sorted({n for r in rijen for n in (*r["krijgt_recht"], *r["verliest_recht"])})
    regels += ["", "Rechten die veranderen: " + (", ".join(veranderd) if veranderd else "geen")]
    regels += [f"let op, waarde {r['waarde']:g}: {m}" for r in rijen for m in r["waarschuwingen"]]
    return "\n".join(regels) + "\n"
