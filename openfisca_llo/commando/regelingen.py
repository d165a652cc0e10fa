"""`llo regelingen`: which voucher and training schemes were open, month by month.

The table comes from the `in_werking` switches in the parameters (see openfisca_llo/regels/regelingen.py),
not from a hand-written list, so it changes when a parameter changes. A scheme is open in a
month when applications could be made on at least one day of it.
"""

from openfisca_core.periods import period as maak_periode

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.regelingen import schakelaar_open_in_maand, schakelaars
from openfisca_llo.tax_benefit_system import basissysteem

NAAM = "regelingen"
HULP = "Toon per maand welke vouchers en scholingsregelingen open waren (uit de parameters)."


def registreer(parser):
    parser.add_argument("--van", default="2016-01", help="eerste maand, JJJJ-MM (standaard 2016-01)")
    parser.add_argument("--tot", default="2027-12", help="laatste maand, JJJJ-MM (standaard 2027-12)")
    parser.add_argument(
        "--format",
        choices=["tekst", "markdown"],
        default="tekst",
        help="uitvoer als tekst of als Markdown-tabel",
    )
    parser.add_argument(
        "--per-maand",
        action="store_true",
        help="één regel per maand in plaats van aaneengesloten maanden met dezelfde regelingen samen",
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def _maand(tekst, optie):
    try:
        periode = maak_periode(tekst)
    except (ValueError, TypeError) as fout:
        raise GebruikersFout(f"{optie} {tekst!r}: geen maand in de vorm JJJJ-MM") from fout
    if periode.unit != "month" or periode.size != 1:
        raise GebruikersFout(f"{optie} {tekst!r}: geen maand in de vorm JJJJ-MM")
    return periode


def open_regelingen(parameters, van, tot):
    """[(month, [open schemes])] for every month from `van` to `tot`, both included."""
    alle = schakelaars(parameters)
    maanden = []
    maand = van
    while maand.start <= tot.start:
        open_ = [
            naam for naam, schakelaar in sorted(alle.items()) if schakelaar_open_in_maand(schakelaar, maand)
        ]
        maanden.append((maand, open_))
        maand = maand.offset(1)
    return alle, maanden


def samenvoegen(maanden):
    """Runs of consecutive months with the same open schemes: [(first, last, schemes)]."""
    reeksen = []
    for maand, open_ in maanden:
        if reeksen and reeksen[-1][2] == open_:
            reeksen[-1][1] = maand
        else:
            reeksen.append([maand, maand, open_])
    return [tuple(reeks) for reeks in reeksen]


def _korte_naam(pad):
    return pad.removeprefix("vouchers.")


def uitvoeren(args):
    van, tot = _maand(args.van, "--van"), _maand(args.tot, "--tot")
    if tot.start < van.start:
        raise GebruikersFout(f"--tot {args.tot} ligt vóór --van {args.van}")
    systeem = basissysteem()
    alle, maanden = open_regelingen(systeem.parameters, van, tot)
    reeksen = [(maand, maand, open_) for maand, open_ in maanden] if args.per_maand else samenvoegen(maanden)

    def periode_tekst(eerste, laatste):
        return str(eerste) if eerste == laatste else f"{eerste} t/m {laatste}"

    def regelingen_tekst(open_):
        return ", ".join(_korte_naam(naam) for naam in open_) or "(geen)"

    if args.format == "markdown":
        print("| maanden | open regelingen |")
        print("| --- | --- |")
        for eerste, laatste, open_ in reeksen:
            print(f"| {periode_tekst(eerste, laatste)} | {regelingen_tekst(open_)} |")
        print()
        print("Regelingen (schakelaar `in_werking` in de parameters):")
        print()
        for naam, schakelaar in sorted(alle.items()):
            print(f"- `{_korte_naam(naam)}`: {schakelaar.metadata.get('label', naam)}")
    else:
        breedte = max(len(periode_tekst(eerste, laatste)) for eerste, laatste, _ in reeksen)
        for eerste, laatste, open_ in reeksen:
            print(f"{periode_tekst(eerste, laatste):<{breedte}}  {regelingen_tekst(open_)}")
    return 0
