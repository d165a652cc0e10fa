"""`llo bench-soak`: mixed good and bad requests against `llo serve` on 127.0.0.1 for a set time."""

import json

from openfisca_llo.fouten import GebruikersFout

NAAM = "bench-soak"
HULP = (
    "Start llo serve op 127.0.0.1 en stuur een begrensde tijd goede en foute verzoeken door elkaar; "
    "drukt fouten en het geheugen van de server (begin, eind, maximum) af."
)


def registreer(parser):
    parser.add_argument(
        "--duration", "--duur", dest="duur", type=float, default=600.0, help="seconden (standaard 600)"
    )
    parser.add_argument(
        "--connections", "--verbindingen", dest="verbindingen", type=int, default=64, help="verbindingen (64)"
    )
    parser.add_argument("--workers", "--werkers", dest="werkers", type=int, default=2, help="gunicorn-werkers")
    parser.add_argument(
        "--format", choices=["table", "json"], default="table", help="uitvoer (standaard table)"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    from openfisca_llo.meten.soak import soak

    if args.duur <= 0 or args.verbindingen < 1 or args.werkers < 1:
        raise GebruikersFout("--duration, --connections en --workers moeten positief zijn")
    uit = soak(args.duur, args.verbindingen, args.werkers)
    if args.format == "json":
        print(json.dumps(uit, indent=2, ensure_ascii=False))
    else:
        print(tabel(uit))
    return 1 if uit["errors"] else 0


def tabel(uit) -> str:
    regels = [
        f"llo serve op {uit['server']['address']}, {uit['server']['workers']} werkers; "
        f"{uit['connections']} verbindingen, {uit['seconds']:g} s",
        f"{uit['requests']} verzoeken ({uit['requests_per_second']:g}/s), fouten {uit['errors']}",
        f"geheugen (RSS, master en werkers): begin {uit['rss']['start_mb']} MB, "
        f"eind {uit['rss']['end_mb']} MB, "
        f"maximum {uit['rss']['max_mb']} MB",
        "",
        f"{'soort':<22}{'verzoeken':>10}{'fouten':>8}",
    ]
    regels += [f"{naam:<22}{t['requests']:>10}{t['errors']:>8}" for naam, t in uit["per_kind"].items()]
    regels += [f"  {v}" for v in uit["error_examples"]]
    return "\n".join(regels)
