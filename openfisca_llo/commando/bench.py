"""`llo bench [--persons N ...] [--format json]`: how fast the engine computes a population."""

import json
import subprocess
import sys

from openfisca_llo.analyse.brokken import STANDAARD_BROKGROOTTE
from openfisca_llo.commando._bevolking import maand
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.meten.bench import (
    LLO,
    STANDAARD_HERHALINGEN,
    STANDAARD_HERVORMING,
    STANDAARD_PERIODE,
    een_kern,
    machine,
    meet,
)
from openfisca_llo.meten.parallel import STANDAARD_PARALLEL, meet_parallel, tekst
from openfisca_llo.meten.schaal import NEDERLAND, meet_schaal

NAAM = "bench"
HULP = (
    "Meet rekentijd en geheugen: een synthetische bevolking, alle contractuitvoer voor een maand, "
    "en llo compare van een hervorming, met de numpy-vloer ernaast."
)
STANDAARD_OMVANG = 1_000_000


def registreer(parser):
    parser.add_argument(
        "--persons",
        "--personen",
        dest="personen",
        type=int,
        nargs="+",
        default=[STANDAARD_OMVANG],
        help="aantal personen; meerdere aantallen draaien elk in een eigen proces (bijv. 10000 100000 1000000)",
    )
    parser.add_argument(
        "--format", choices=["table", "json"], default="table", help="uitvoer (standaard table)"
    )
    parser.add_argument(
        "--runs",
        "--herhalingen",
        dest="herhalingen",
        type=int,
        default=STANDAARD_HERHALINGEN,
        help="herhalingen",
    )
    parser.add_argument(
        "--reform",
        "--hervorming",
        dest="hervorming",
        default=STANDAARD_HERVORMING,
        help="hervorming voor de meting van llo compare (bestand of ingebouwde naam); 'geen' slaat die over",
    )
    parser.add_argument(
        "--period", "--periode", dest="periode", default=STANDAARD_PERIODE, help="maand JJJJ-MM"
    )
    parser.add_argument(
        "--all-cores",
        "--alle-kernen",
        dest="alle_kernen",
        action="store_true",
        help="niet op één kern vastzetten",
    )
    parser.add_argument(
        "--scale",
        "--schaal",
        dest="schaal",
        type=int,
        nargs="?",
        const=NEDERLAND,
        metavar="N",
        help=f"schrijf N personen (standaard {NEDERLAND:,}) in delen naar Parquet en vergelijk in delen",
    )
    parser.add_argument(
        "--chunk-size", "--brokgrootte", dest="brokgrootte", type=int, default=STANDAARD_BROKGROOTTE,
        help="personen per deel bij --scale",
    )  # fmt: skip
    parser.add_argument(
        "--parallel",
        type=int,
        nargs="?",
        const=STANDAARD_PARALLEL,
        metavar="N",
        help=f"vergelijk N personen (standaard {STANDAARD_PARALLEL:,}) in één proces, in --workers processen "
        "en op een warm Dask-cluster, met een numpy-controle van wat de kernen nu geven",
    )
    parser.add_argument(
        "--workers",
        "--werkers",
        dest="werkers",
        type=int,
        default=2,
        help="processen bij --scale en --parallel",
    )
    parser.add_argument(
        "--file", "--bestand", dest="bestand", help="bij --scale: schrijf het Parquet-bestand hier"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def _in_eigen_proces(args, omvang: int) -> dict:
    argv = [
        sys.executable,
        "-c",
        LLO,
        "bench",
        "--persons",
        str(omvang),
        "--format",
        "json",
    ]
    argv += ["--runs", str(args.herhalingen), "--reform", args.hervorming, "--period", args.periode]
    if args.alle_kernen:
        argv.append("--all-cores")
    proces = subprocess.run(argv, capture_output=True, text=True, check=False)
    if proces.returncode != 0:
        raise GebruikersFout(f"meting van {omvang} personen mislukt: {proces.stderr.strip().splitlines()[-1:]}")
    return json.loads(proces.stdout)


def uitvoeren(args):
    periode = maand(args.periode)
    if args.schaal is not None:
        return _schaal(args, periode)
    if args.parallel is not None:
        return _parallel(args, periode)
    if any(n < 1 for n in args.personen):
        raise GebruikersFout("--persons: elk aantal moet minstens 1 zijn")
    if len(args.personen) > 1:
        uitkomsten = [_in_eigen_proces(args, n) for n in args.personen]
    else:
        kern = None if args.alle_kernen else een_kern()
        hervorming = None if args.hervorming == "geen" else args.hervorming
        uitkomst = meet(args.personen[0], periode, hervorming, args.herhalingen)
        uitkomst["machine"] = {**machine(), "pinned_core": kern}
        uitkomsten = [uitkomst]
    if args.format == "json":
        print(json.dumps(uitkomsten[0] if len(uitkomsten) == 1 else uitkomsten, indent=2))
        return
    print(tabel(uitkomsten))


def _parallel(args, periode):
    if args.parallel < 1 or args.werkers < 2:
        raise GebruikersFout("--parallel: minstens 1 persoon en --workers minstens 2")
    uit = meet_parallel(args.parallel, args.werkers, args.hervorming, periode, args.brokgrootte)
    uit["machine"] = machine()
    print(json.dumps(uit, indent=2) if args.format == "json" else tekst(uit))


def _schaal(args, periode):
    if args.schaal < 1 or args.brokgrootte < 1 or args.werkers < 1:
        raise GebruikersFout("--scale, --chunk-size en --workers moeten positief zijn")
    uit = meet_schaal(args.schaal, args.bestand, args.brokgrootte, args.werkers, args.hervorming, periode)
    uit["machine"] = machine()
    if args.format == "json":
        print(json.dumps(uit, indent=2))
        return
    print(
        f"{uit['persons']:,} personen uit Parquet ({uit['file_mb']:,} MB, "
        f"geschreven in {uit['write_seconds']} s), "
        f"{uit['chunks']} delen van {uit['chunk_size']:,}, {uit['workers']} processen\n"
        f"llo compare '{uit['reform']}': {uit['compare_seconds']} s, {uit['persons_per_second']:,} personen/s\n"
        f"piekgeheugen: hoofdproces {uit['peak_rss_mb_main']:,.0f} MB, grootste werker "
        f"{uit['peak_rss_mb_worker'] or 0:,.0f} MB"
    )


def tabel(uitkomsten) -> str:
    kop = [
        "persons",
        "build s",
        "compute s",
        "persons/s",
        "floor s",
        "ratio",
        "peak MB",
        "compare s",
        "compare MB",
    ]
    rijen = []
    for u in uitkomsten:
        vergelijking = u.get("compare") or {}
        rijen.append(
            [
                f"{u['persons']:,}",
                f"{u['build_seconds']:.3f}",
                f"{u['compute_seconds']:.3f}",
                f"{u['persons_per_second']:,}",
                f"{u['floor_seconds']:.4f}",
                f"{u['ratio_to_floor']}",
                f"{u['peak_rss_mb']:.0f}",
                f"{vergelijking['compare_seconds']:.3f}" if vergelijking else "-",
                f"{vergelijking['peak_rss_mb']:.0f}" if vergelijking else "-",
            ]
        )
    breedtes = [max(len(r[i]) for r in rijen + [kop]) for i in range(len(kop))]
    regels = ["  ".join(k.rjust(b) for k, b in zip(kop, breedtes, strict=True))]
    regels += ["  ".join(c.rjust(b) for c, b in zip(rij, breedtes, strict=True)) for rij in rijen]
    eerste = uitkomsten[0]
    regels.append("")
    regels.append(
        f"Maand {eerste['period']}, {eerste['outputs']} contractuitvoeren, mediaan van {eerste['runs']} runs; "
        "floor = numpy leest elke invoerarray één keer; ratio = compute / floor."
    )
    if eerste.get("compare"):
        regels.append(f"compare: llo compare van '{eerste['compare']['reform']}' op dezelfde bevolking.")
        for u in uitkomsten:
            commando = u.get("compare_command") or {}
            if commando:
                regels.append(
                    f"{u['persons']:,} personen: het hele llo compare-commando, bevolking trekken inbegrepen: "
                    f"{commando['compare_command_seconds']:.3f} s"
                )
    return "\n".join(regels)
