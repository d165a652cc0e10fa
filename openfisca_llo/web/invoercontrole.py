"""Checks on a /calculate situation that OpenFisca itself does not make.

OpenFisca-Core 46 answers some bad input with a 500 (a monthly variable asked for a year) or
accepts it silently (the string "misschien" for a boolean input becomes true). This check
runs before OpenFisca builds the simulation and raises `SituationParsingError`, which the web
API answers with a 400 whose JSON mirrors the path of the offending field.

`installeer()` puts the check in front of OpenFisca's `/calculate` and `/trace` handlers, so
that plain `openfisca serve --country-package openfisca_llo` is protected as well as `llo`.

A variable derived from another input (`openfisca_llo.regels.afgeleid`) given a value gets a
400 whose leaf is `{"code": "afgeleide_variabele", "melding": ..., "gebruik": <the input>}`.
The same wrapper turns a period before a parameter's first value (`PeriodeNietGedekt`, which
OpenFisca would answer with a 500) into a 400 with code `periode_niet_gedekt`, the requested
variable and period, and the first covered date.
"""

import datetime
import functools

from openfisca_core import periods
from openfisca_core.errors import SituationParsingError

from openfisca_llo.regels import afgeleid
from openfisca_llo.regels.dekking import PeriodeNietGedekt, benoem

_PERIODE_EENHEDEN = {
    periods.DateUnit.MONTH: ("maand", "een maand, zoals 2024-10"),
    periods.DateUnit.YEAR: ("jaar", "een jaar, zoals 2024"),
}


def controleer_situatie(systeem, situatie) -> None:
    """Raise SituationParsingError naming the first field that OpenFisca would mishandle."""
    if not isinstance(situatie, dict):
        raise _fout([], "De situatie moet een JSON-object zijn.")
    # (variable, period) pairs already asked and found right: a batch of persons asks the same
    # pairs for every person, and parsing a period costs more than the rest of the check.
    goed_gevraagd = set()
    for meervoud, personen in situatie.items():
        if not isinstance(personen, dict):
            continue
        for persoon_id, variabelen in personen.items():
            if not isinstance(variabelen, dict):
                continue
            for naam, waarden in variabelen.items():
                variabele = systeem.variables.get(naam)
                if variabele is None or not isinstance(waarden, dict):
                    continue  # OpenFisca answers these itself (404, 400)
                for periode, waarde in waarden.items():
                    pad = [meervoud, persoon_id, naam, periode]
                    if waarde is None:
                        if (naam, periode) not in goed_gevraagd:
                            _controleer_gevraagde_periode(variabele, periode, pad)
                            goed_gevraagd.add((naam, periode))
                    elif naam in afgeleid.AFGELEIDE_VARIABELEN:
                        raise _afgeleide_invoer(naam, pad)
                    else:
                        _controleer_waarde(variabele, waarde, pad)


def _controleer_gevraagde_periode(variabele, periode, pad):
    try:
        gevraagd = periods.period(periode)
    except (ValueError, TypeError):
        return  # OpenFisca names malformed periods itself
    eenheid = variabele.definition_period
    if eenheid == periods.DateUnit.ETERNITY:
        return
    if gevraagd.unit != eenheid or gevraagd.size != 1:
        per, verwacht = _PERIODE_EENHEDEN.get(eenheid, (str(eenheid), str(eenheid)))
        raise _fout(
            pad,
            f"'{variabele.name}' wordt per {per} berekend: vraag {verwacht}, niet '{periode}'.",
        )


def _controleer_waarde(variabele, waarde, pad):
    soort = variabele.value_type
    if soort is bool and not isinstance(waarde, bool):
        raise _fout(pad, f"'{variabele.name}' is waar of onwaar: geef true of false, niet {waarde!r}.")
    if soort is int and (isinstance(waarde, bool) or not isinstance(waarde, int)):
        raise _fout(pad, f"'{variabele.name}' is een geheel getal, niet {waarde!r}.")
    if soort is float and (isinstance(waarde, bool) or not isinstance(waarde, (int, float))):
        raise _fout(pad, f"'{variabele.name}' is een getal, niet {waarde!r}.")
    if soort is datetime.date:
        if not isinstance(waarde, str):
            raise _fout(pad, f"'{variabele.name}' is een datum als tekst JJJJ-MM-DD, niet {waarde!r}.")
        try:
            datetime.date.fromisoformat(waarde)
        except ValueError:
            raise _fout(
                pad, f"'{waarde}' is geen bestaande datum (JJJJ-MM-DD) voor '{variabele.name}'."
            ) from None


def _afgeleide_invoer(naam, pad) -> SituationParsingError:
    """A derived variable given as input: the leaf names the code and the input to give instead."""
    fout = SituationParsingError([], afgeleid.melding(naam))
    fout.error = {
        "code": afgeleid.CODE,
        "melding": afgeleid.melding(naam),
        "gebruik": afgeleid.AFGELEIDE_VARIABELEN[naam],
    }
    for sleutel in reversed(pad):
        fout.error = {sleutel: fout.error}
    return fout


def _fout(pad, bericht) -> SituationParsingError:
    """A SituationParsingError whose JSON nests the message under `pad`.

    Built by hand: OpenFisca's own constructor turns a numeric key such as the period
    "2024" into a list index.
    """
    fout = SituationParsingError([], bericht)
    fout.error = bericht if pad else {"error": bericht}
    for sleutel in reversed(pad):
        fout.error = {sleutel: fout.error}
    return fout


def periode_niet_gedekt(systeem, situatie, fout: PeriodeNietGedekt) -> SituationParsingError:
    """The 400 for a period before a parameter's first value, naming the requested variable."""
    fout = benoem(systeem, situatie, fout)
    antwoord = SituationParsingError([], str(fout), code=400)
    antwoord.error = fout.als_json()
    antwoord.periode_niet_gedekt = fout
    return antwoord


def met_controle(handler):
    """Wrap an OpenFisca web-API handler `(tax_benefit_system, input_data)` with the check."""
    if getattr(handler, "llo_gecontroleerd", False):
        return handler

    @functools.wraps(handler)
    def gecontroleerd(tax_benefit_system, input_data):
        controleer_situatie(tax_benefit_system, input_data)
        try:
            return handler(tax_benefit_system, input_data)
        except PeriodeNietGedekt as fout:
            antwoord = periode_niet_gedekt(tax_benefit_system, input_data, fout)
            raise antwoord from antwoord.periode_niet_gedekt

    gecontroleerd.llo_gecontroleerd = True
    return gecontroleerd


def installeer() -> None:
    """Put the check in front of OpenFisca's /calculate and /trace handlers."""
    try:
        from openfisca_web_api import handlers
    except ImportError:  # the web API is an optional part of openfisca-core
        return
    handlers.calculate = met_controle(handlers.calculate)
    handlers.trace = met_controle(handlers.trace)
