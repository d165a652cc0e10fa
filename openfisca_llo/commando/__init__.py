"""The `llo` command line: one subcommand per module in this package.

Each module there defines `NAAM`, `HULP` and `registreer(parser)`, and sets
`parser.set_defaults(uitvoeren=...)`. A user error (bad file, unknown variable, bad period)
raises `GebruikersFout`; `main` prints it as one line on stderr and exits with status 2,
never with a traceback. So does a period before a parameter's first value (`PeriodeNietGedekt`).
A module whose name starts with `_` holds what several subcommands share and is not one itself.
"""

import argparse
import importlib
import pkgutil
import sys

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.dekking import PeriodeNietGedekt


def parser_bouwen() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="llo",
        description="openfisca_llo: rechten op leven lang ontwikkelen, berekend uit de wet.",
    )
    sub = parser.add_subparsers(dest="commando", required=True, metavar="COMMANDO")
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"openfisca_llo.commando.{module_info.name}")
        module.registreer(sub.add_parser(module.NAAM, help=module.HULP, description=module.HULP))
    return parser


def main(argv=None) -> int:
    args = parser_bouwen().parse_args(argv)
    try:
        return args.uitvoeren(args) or 0
    except (GebruikersFout, PeriodeNietGedekt) as fout:
        print(f"llo {args.commando}: fout: {fout}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
