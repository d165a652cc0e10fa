"""`llo bench-api`: an HTTP load benchmark of `llo serve` on 127.0.0.1, bounded in time."""

import json

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.meten.bench_api import meet_api

NAAM = "bench-api"
HULP = (
    "Start llo serve op 127.0.0.1, belast /calculate (één persoon), een batch en /compare "
    "een begrensde tijd, en stop de server weer."
)


def registreer(parser):
    parser.add_argument(
        "--duration", "--duur", dest="duur", type=float, default=10.0, help="seconden per belasting"
    )
    parser.add_argument(
        "--connections",
        "--verbindingen",
        dest="verbindingen",
        type=int,
        default=16,
        help="gelijktijdige verbindingen",
    )
    parser.add_argument("--workers", "--werkers", dest="werkers", type=int, default=2, help="gunicorn-werkers")
    parser.add_argument("--batch", type=int, default=10_000, help="personen in het batchverzoek")
    parser.add_argument(
        "--reform",
        "--hervorming",
        dest="hervorming",
        default="llk_maximumleeftijd_aow_leeftijd",
        help="hervorming voor /compare",
    )
    parser.add_argument(
        "--client",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="lastgenerator: wrk waar geïnstalleerd (auto), anders een Python-client",
    )
    parser.add_argument(
        "--format", choices=["table", "json"], default="table", help="uitvoer (standaard table)"
    )
    parser.add_argument(
        "--zonder-stock",
        dest="stock",
        action="store_false",
        help="de standaard openfisca serve van hetzelfde pakket niet ernaast meten",
    )
    parser.add_argument(
        "--threads", type=int, help="draden per werker van llo serve (standaard die van llo serve)"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    if args.duur <= 0 or args.verbindingen < 1 or args.werkers < 1 or args.batch < 1:
        raise GebruikersFout("--duration, --connections, --workers en --batch moeten positief zijn")
    uit = meet_api(
        args.duur,
        args.verbindingen,
        args.werkers,
        args.batch,
        args.hervorming,
        args.client,
        stock=args.stock,
        draden=args.threads,
    )
    if args.format == "json":
        print(json.dumps(uit, indent=2, ensure_ascii=False))
        return
    print(tabel(uit))


def tabel(uit) -> str:
    s, c, b, v = uit["server"], uit["calculate"], uit["batch"], uit["compare"]
    last = uit["load"]
    regels = [
        f"llo serve op {s['address']}, {s['workers']} werkers, start in {s['start_seconds']:.2f} s",
        f"Belasting: {last['connections']} verbindingen, {last['seconds']:g} s, client {c['client']}",
        "",
        f"{'':<22}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}",
        f"{'/calculate (1 pers.)':<22}{c['requests_per_second']:>9.1f}{c['p50_ms']:>9.2f}"
        f"{c['p99_ms']:>9.2f}{c['errors']:>8}",
        f"{'/compare (1 pers.)':<22}{v['requests_per_second']:>9.1f}{v['p50_ms']:>9.2f}"
        f"{v['p99_ms']:>9.2f}{v['errors']:>8}",
        "",
        f"/calculate met {b['persons']:,} personen ({b['request_mb']} MB): {b['seconds']:.3f} s "
        f"(mediaan van {len(b['seconds_all_runs'])}), fouten {b['errors']}",
    ]
    if "stock" in uit:
        h = uit["stock"]["calculate"]
        regels[5:5] = [
            f"{'stock openfisca serve':<22}{h['requests_per_second']:>9.1f}{h['p50_ms']:>9.2f}"
            f"{h['p99_ms']:>9.2f}{h['errors']:>8}",
            f"{'verhouding /calculate':<22}{uit['ratio']:>8}x",
        ]
    return "\n".join(regels)
