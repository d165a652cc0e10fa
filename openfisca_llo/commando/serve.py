"""`llo serve`: the OpenFisca web API with POST /compare, on gunicorn."""

import os
import sys

NAAM = "serve"
HULP = "Start de OpenFisca-webapi (alle standaardendpoints) met POST /compare, op gunicorn."


def registreer(parser):
    parser.add_argument("--bind", default="127.0.0.1", help="adres (standaard 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="poort (standaard 5000)")
    parser.add_argument("--workers", type=int, default=2, help="aantal gunicorn-werkers")
    parser.add_argument(
        "--threads",
        type=int,
        default=8,
        help="draden per werker (gthread); gelijktijdige /calculate-verzoeken rekenen samen (1: niet)",
    )
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args):
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    argv = [
        gunicorn,
        "--bind",
        f"{args.bind}:{args.port}",
        "--workers",
        str(args.workers),
        *(["--worker-class", "gthread", "--threads", str(args.threads)] if args.threads > 1 else []),
        "--preload",
        "openfisca_llo.web.api:wsgi_app()",
    ]
    os.execv(gunicorn, argv)
