"""`llo serve`: the web API with POST /compare, and the pages, on gunicorn (web/server.py)."""

import os
import sys

NAAM = "serve"
HULP = (
    "Start de OpenFisca-webapi (alle standaardendpoints) met POST /compare en de pagina's "
    "(/regels, /persoon, /hervorming), op gunicorn."
)


def registreer(parser):
    from openfisca_llo.web.server import THREADS

    parser.add_argument("--bind", default="127.0.0.1", help="adres (standaard 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="poort (standaard 5000)")
    parser.add_argument("--workers", type=int, default=2, help="aantal gunicorn-werkers")
    parser.add_argument(
        "--threads", type=int, default=THREADS, help=f"verbindingen per werker (standaard {THREADS})"
    )
    parser.add_argument(
        "--access-log", metavar="BESTAND", help="schrijf elk verzoek naar BESTAND ('-': stdout)"
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    from openfisca_llo.web.server import gunicorn_argumenten

    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    argv = gunicorn_argumenten(args.bind, args.port, args.workers, args.threads)
    if args.access_log:
        argv = ["--access-logfile", args.access_log, *argv]
    os.execv(gunicorn, [gunicorn, *argv])
