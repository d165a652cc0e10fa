"""Checks on a /calculate or /trace situation that OpenFisca itself does not make.

OpenFisca-Core 46 answers much bad input with a 500 (an integer beyond int32, a period of
100,000 months, an id with a '/', a birth date `19680915`) or accepts it silently (the string
"misschien" for a boolean becomes true, a negative number of months, a birth after the period).
`controleer_situatie` runs before any simulation is built and raises `SituationParsingError`,
which the web API answers with a 4xx whose JSON mirrors the path of the offending field, in
OpenFisca's own shape, with next to it a stable `code` (openfisca_llo/web/codes.py), the field
as a JSON Pointer (`veld`) and the message (`error`).

The checks, in order: the situation is an object of entities (`personen` only; `axes` are not
supported); the number of persons and each id; each variable exists and holds an object of
periods; each period is readable, lies within the years served and is not longer than allowed;
a requested value (null) is asked for exactly one period of the variable's own unit; an input
period is not shorter than that unit; each value has the variable's type, is finite, is a
strict ISO date `JJJJ-MM-DD` where a date is asked, and lies in the variable's range
(openfisca_llo/regels/bereik.py); no requested month lies before the person's birth. The limits
come from openfisca_llo/web/grenzen.py.

A value is checked per person (it differs per person); a period and a (variable, period) pair
once per request, however many persons share it. Messages never repeat a long value or key.

`installeer()` puts the check in front of OpenFisca's `/calculate` and `/trace` handlers, so
that plain `openfisca serve --country-package openfisca_llo` is protected as well as `llo`.

A variable derived from another input (`openfisca_llo.regels.afgeleid`) given a value gets a
400 whose leaf is `{"code": "afgeleide_variabele", "melding": ..., "gebruik": <the input>}`.
The same wrapper turns a period before a parameter's first value (`PeriodeNietGedekt`, which
OpenFisca would answer with a 500) into a 400 with code `periode_niet_gedekt`, the requested
variable and period, and the first covered date.
"""

from __future__ import annotations

import datetime
import functools
import math
import re

from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.indexed_enums import Enum

from openfisca_llo.fouten import json_pointer
from openfisca_llo.regels import afgeleid
from openfisca_llo.regels.bereik import BEREIK, ONMISBAAR
from openfisca_llo.regels.dekking import PeriodeNietGedekt, benoem
from openfisca_llo.web.codes import status
from openfisca_llo.web.grenzen import Grenzen
from openfisca_llo.web.onmisbaar import eerste_ontbrekende

#: The longest id, variable name or period that is repeated in an answer; a longer key is not.
MAX_SLEUTEL = 200
#: Whole numbers are stored as int32.
INT32 = (-(2**31), 2**31 - 1)
#: float32, OpenFisca's float, holds no finite number beyond this.
FLOAT32_MAX = 3.4028234663852886e38
ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
MAANDEN_PER = {periods.DateUnit.MONTH: 1, periods.DateUnit.YEAR: 12}
DAGEN_PER_WEEK = 7
KORTSTE_MAAND = 28

_PERIODE_EENHEDEN = {
    periods.DateUnit.MONTH: ("maand", "een maand, zoals 2024-10"),
    periods.DateUnit.YEAR: ("jaar", "een jaar, zoals 2024"),
    periods.DateUnit.ETERNITY: ("eeuwigheid", "ETERNITY"),
}


@functools.lru_cache(maxsize=1)
def standaardgrenzen() -> Grenzen:
    return Grenzen.uit_omgeving()


def controleer_situatie(systeem, situatie, grenzen: Grenzen | None = None, trace: bool = False) -> None:
    """Raise SituationParsingError (with a code) for the first field that is not acceptable."""
    grenzen = grenzen or standaardgrenzen()
    if not isinstance(situatie, dict):
        raise fout([], "situatie_geen_object", 'De situatie moet een JSON-object zijn: {"personen": {...}}.')
    meervouden = {entiteit.plural: entiteit for entiteit in systeem.entities}
    for sleutel in situatie:
        if sleutel == "axes":
            raise fout(
                ["axes"],
                "assen_niet_ondersteund",
                "`axes` worden niet ondersteund: geef elke variant als een eigen persoon in één verzoek.",
            )
        if sleutel not in meervouden:
            raise fout(
                [_sleutel(sleutel)],
                "sleutel_onbekend",
                f"Onbekende sleutel {_kort(sleutel)}: een situatie kent alleen "
                f"{', '.join(sorted(meervouden))}.",
            )
    if not situatie:
        raise fout([], "situatie_ongeldig", 'Een situatie heeft personen: {"personen": {"anna": {...}}}.')
    gevraagd: set[tuple[str, str]] = set()
    for meervoud, leden in situatie.items():
        _controleer_leden(systeem, meervoud, leden, grenzen, trace, gevraagd)
    ontbrekend = eerste_ontbrekende(systeem, situatie)
    if ontbrekend is not None:
        lid, invoer, naam, periode = ontbrekend
        raise fout(
            ["personen", lid, invoer],
            "invoer_ontbreekt",
            f"'{invoer}' ontbreekt voor '{lid}', en '{naam}' voor {periode} hangt ervan af: "
            f"{ONMISBAAR[invoer]}.",
        )


def _controleer_leden(systeem, meervoud, leden, grenzen, trace, gevraagd):
    if not isinstance(leden, dict):
        raise fout([meervoud], "situatie_geen_object", f"'{meervoud}' moet een object {{id: ...}} zijn.")
    if not leden:
        raise fout([meervoud], "situatie_ongeldig", f"Geef ten minste één lid van '{meervoud}'.")
    maximum = grenzen.max_personen_trace if trace else grenzen.max_personen
    if len(leden) > maximum:
        raise fout(
            [meervoud],
            "te_veel_personen",
            f"{len(leden)} personen in één verzoek; ten hoogste {maximum}"
            f"{' voor /trace' if trace else ''} (LLO_MAX_PERSONEN{'_TRACE' if trace else ''}).",
        )
    gelezen_perioden: dict[str, object] = {}  # period text -> parsed, checked once per request
    invoerparen: set[tuple[str, str]] = set()  # (variable, period) of inputs already checked
    controleurs: dict[str, tuple] = {}  # variable -> (variable, check of one value)
    for lid, variabelen in leden.items():
        if not lid or "/" in lid or len(lid) > MAX_SLEUTEL:
            raise fout(
                [meervoud, _sleutel(lid)],
                "id_ongeldig",
                f"Een id is niet leeg, zonder '/' en ten hoogste {MAX_SLEUTEL} tekens, niet {_kort(lid)}.",
            )
        if not isinstance(variabelen, dict):
            raise fout(
                [meervoud, lid],
                "situatie_geen_object",
                "Een persoon is een object {variabele: {periode: waarde}}.",
            )
        vroegste_maand = None
        for naam, waarden in variabelen.items():
            bekend = controleurs.get(naam)
            if bekend is None:
                variabele = systeem.variables.get(naam)
                if variabele is None:
                    raise fout(
                        [meervoud, lid, _sleutel(naam)],
                        "variabele_onbekend",
                        f"De variabele {_kort(naam)} bestaat niet (zie /variables).",
                    )
                bekend = controleurs[naam] = (variabele, controleur(variabele))
            variabele, controleer = bekend
            if not isinstance(waarden, dict):
                raise fout(
                    [meervoud, lid, naam],
                    "waarden_geen_object",
                    f"'{naam}' heeft een object {{periode: waarde}} nodig, zoals {{\"2024-10\": null}}.",
                )
            if len(waarden) > grenzen.max_perioden:
                raise fout(
                    [meervoud, lid, naam],
                    "te_veel_perioden",
                    f"{len(waarden)} perioden voor '{naam}'; ten hoogste {grenzen.max_perioden} "
                    "(LLO_MAX_PERIODEN).",
                )
            for periode, waarde in waarden.items():
                gelezen = gelezen_perioden.get(periode)
                if gelezen is None:
                    gelezen = _lees_periode(periode, grenzen, [meervoud, lid, naam, periode])
                    gelezen_perioden[periode] = gelezen
                if waarde is None:
                    if (naam, periode) not in gevraagd:
                        pad = [meervoud, lid, naam, periode]
                        _controleer_gevraagde_periode(variabele, periode, gelezen, pad)
                        gevraagd.add((naam, periode))
                        if len(gevraagd) > grenzen.max_berekeningen:
                            raise fout(
                                pad,
                                "te_veel_berekeningen",
                                f"Meer dan {grenzen.max_berekeningen} gevraagde (variabele, periode)-paren "
                                "in één verzoek (LLO_MAX_BEREKENINGEN).",
                            )
                    if gelezen.unit == periods.DateUnit.MONTH:
                        begin = gelezen.start
                        if vroegste_maand is None or begin < vroegste_maand[0]:
                            vroegste_maand = (begin, periode)
                else:
                    if (naam, periode) not in invoerparen:
                        _controleer_invoerperiode(variabele, periode, gelezen, [meervoud, lid, naam, periode])
                        invoerparen.add((naam, periode))
                    if naam in afgeleid.AFGELEIDE_VARIABELEN:
                        raise _afgeleide_invoer([meervoud, lid, naam, periode])
                    probleem = controleer(waarde)
                    if probleem is not None:
                        raise fout([meervoud, lid, naam, periode], *probleem)
        if vroegste_maand is not None:
            _controleer_geboorte(variabelen, vroegste_maand, [meervoud, lid])


def _controleer_geboorte(variabelen, vroegste_maand, pad):
    """A person is not asked about a month that begins before their birth."""
    begin, periode = vroegste_maand
    for sleutel, geboortedatum in (variabelen.get("geboortedatum") or {}).items():
        if not (isinstance(geboortedatum, str) and geboortedatum > str(begin)):
            continue  # a date variable holds one value for ever, under whatever period it is given
        raise fout(
            [*pad, "geboortedatum", sleutel],
            "geboren_na_periode",
            f"Geboren op {geboortedatum}, na het begin van de gevraagde maand {periode} ({begin}): "
            "een leeftijd of recht vóór de geboorte bestaat niet.",
        )


@functools.lru_cache(maxsize=4096)
def _periode(tekst: str):
    """The parsed period, or None where OpenFisca cannot read it."""
    try:
        return periods.period(tekst)
    except (ValueError, TypeError, AttributeError):
        return None


def _lees_periode(tekst, grenzen: Grenzen, pad):
    gelezen = _periode(tekst) if isinstance(tekst, str) and len(tekst) <= MAX_SLEUTEL else None
    if gelezen is None:
        raise fout(
            _pad_zonder_lange_sleutel(pad),
            "periode_ongeldig",
            f"{_kort(tekst)} is geen periode: gebruik een maand (2024-10), een jaar (2024) of ETERNITY.",
        )
    if gelezen.unit == periods.DateUnit.ETERNITY:
        return gelezen
    maanden = _maanden(gelezen)
    if maanden > grenzen.max_maanden_per_periode:
        raise fout(
            pad,
            "periode_te_lang",
            f"De periode '{tekst}' beslaat {maanden} maanden; ten hoogste {grenzen.max_maanden_per_periode} "
            "(LLO_MAX_MAANDEN_PER_PERIODE).",
        )
    eerste_jaar = gelezen.start.year
    laatste_jaar = eerste_jaar + (gelezen.start.month - 1 + max(maanden, 1) - 1) // 12
    if eerste_jaar < grenzen.eerste_jaar or laatste_jaar > grenzen.laatste_jaar:
        raise fout(
            pad,
            "periode_buiten_bereik",
            f"De periode '{tekst}' ligt buiten de jaren {grenzen.eerste_jaar} "
            f"tot en met {grenzen.laatste_jaar}.",
        )
    return gelezen


def _maanden(gelezen) -> int:
    """The months a period touches, at most: a span of days or weeks counts by 28-day months."""
    per = MAANDEN_PER.get(gelezen.unit)
    if per:
        return gelezen.size * per
    dagen = gelezen.size * (DAGEN_PER_WEEK if gelezen.unit == periods.DateUnit.WEEK else 1)
    return -(-dagen // KORTSTE_MAAND) + 1


def _controleer_gevraagde_periode(variabele, tekst, gelezen, pad):
    eenheid = variabele.definition_period
    if gelezen.unit == eenheid and (eenheid == periods.DateUnit.ETERNITY or gelezen.size == 1):
        return
    per, verwacht = _PERIODE_EENHEDEN.get(eenheid, (str(eenheid), str(eenheid)))
    raise fout(
        pad,
        "periode_ongeldig",
        f"'{variabele.name}' wordt per {per} berekend: vraag {verwacht}, niet '{tekst}'.",
    )


def _controleer_invoerperiode(variabele, tekst, gelezen, pad):
    """An input may span several months (it is spread over them), not part of one."""
    if variabele.definition_period == periods.DateUnit.MONTH and gelezen.unit not in MAANDEN_PER:
        raise fout(
            pad,
            "periode_ongeldig",
            f"'{variabele.name}' geldt per maand: geef een maand (2024-10) of een jaar (2024), niet '{tekst}'.",
        )


_CONTROLEURS: dict[int, tuple] = {}


def controleur(variabele):
    """The check of one value of `variabele`, built once per variable."""
    bekend = _CONTROLEURS.get(id(variabele))
    if bekend is None or bekend[0] is not variabele:
        bekend = (variabele, _bouw_controleur(variabele))
        _CONTROLEURS[id(variabele)] = bekend
    return bekend[1]


def _bouw_controleur(variabele):
    """A function `waarde -> None or (code, message)` for one variable."""
    naam, soort, bereik = variabele.name, variabele.value_type, BEREIK.get(variabele.name)

    def buiten_bereik(waarde):
        if bereik is not None and not bereik.bevat(waarde):
            return (
                "waarde_buiten_bereik",
                f"{_kort(waarde)} ligt buiten het bereik van '{naam}': {bereik.als_tekst()} "
                f"({bereik.grondslag}).",
            )
        return None

    if soort is bool:

        def controleer(waarde):
            if not isinstance(waarde, bool):
                return "type_ongeldig", f"'{naam}' is waar of onwaar: geef true of false, niet {_kort(waarde)}."
            return None

    elif soort is int:

        def controleer(waarde):
            if isinstance(waarde, bool) or not isinstance(waarde, int | float):
                return "type_ongeldig", f"'{naam}' is een geheel getal, niet {_kort(waarde)}."
            if isinstance(waarde, float) and not (math.isfinite(waarde) and waarde.is_integer()):
                return "type_ongeldig", f"'{naam}' is een geheel getal, niet {_kort(waarde)}."
            if not INT32[0] <= waarde <= INT32[1]:
                return (
                    "waarde_buiten_bereik",
                    f"{_kort(waarde)} past niet in '{naam}' (een geheel getal van {INT32[0]} "
                    f"tot en met {INT32[1]}).",
                )
            return buiten_bereik(waarde)

    elif soort is float:

        def controleer(waarde):
            if isinstance(waarde, bool) or not isinstance(waarde, int | float):
                return "type_ongeldig", f"'{naam}' is een getal, niet {_kort(waarde)}."
            if not (math.isfinite(waarde) and abs(waarde) <= FLOAT32_MAX):
                return "getal_niet_eindig", f"'{naam}' is een eindig getal, niet {_kort(waarde)}."
            return buiten_bereik(waarde)

    elif soort is datetime.date:

        def controleer(waarde):
            if not isinstance(waarde, str):
                return "type_ongeldig", f"'{naam}' is een datum als tekst JJJJ-MM-DD, niet {_kort(waarde)}."
            try:
                if not ISO_DATUM.fullmatch(waarde):
                    raise ValueError
                datetime.date.fromisoformat(waarde)
            except ValueError:
                return "waarde_ongeldig", f"{_kort(waarde)} is geen bestaande datum JJJJ-MM-DD voor '{naam}'."
            return buiten_bereik(waarde)

    elif soort is Enum:
        namen = frozenset(lid.name for lid in variabele.possible_values)

        def controleer(waarde):
            if not isinstance(waarde, str) or waarde not in namen:
                return (
                    "waarde_ongeldig",
                    f"{_kort(waarde)} is geen waarde van '{naam}'; mogelijk: {', '.join(sorted(namen))}.",
                )
            return None

    else:

        def controleer(waarde):
            if not isinstance(waarde, str):
                return "type_ongeldig", f"'{naam}' is tekst, niet {_kort(waarde)}."
            return None

    return controleer


def _kort(waarde, lengte: int = 40) -> str:
    """A value for a message: never more than `lengte` characters of it."""
    tekst = repr(waarde) if not isinstance(waarde, str) else f"'{waarde}'"
    return tekst if len(tekst) <= lengte else f"{tekst[: lengte - 12]}... ({len(tekst)} tekens)"


def _sleutel(sleutel):
    """A key as it may appear in an answer: a key too long to repeat becomes a placeholder."""
    return sleutel if isinstance(sleutel, str) and len(sleutel) <= MAX_SLEUTEL else "..."


def _pad_zonder_lange_sleutel(pad):
    return [_sleutel(deel) for deel in pad]


def fout(pad, code: str, bericht: str) -> SituationParsingError:
    """A SituationParsingError whose JSON nests the message under `pad`, with code, veld and error.

    Built by hand: OpenFisca's own constructor turns a numeric key such as the period "2024"
    into a list index. The message is nested only under an entity (`personen`), so that the
    keys `code`, `veld` and `error` next to it can never clash with a key of the situation.
    """
    uitzondering = SituationParsingError([], bericht, code=status(code))
    inhoud = bericht
    genest = bool(pad) and pad[0] == "personen"
    if genest:
        for sleutel in reversed(pad):
            inhoud = {sleutel: inhoud}
    uitzondering.error = {
        **(inhoud if genest else {}),
        "code": code,
        "veld": json_pointer(pad),
        "error": bericht,
    }
    uitzondering.llo_code = code
    return uitzondering


def _afgeleide_invoer(pad) -> SituationParsingError:
    """A derived variable given as input: the leaf names the code and the input to give instead."""
    naam = pad[2]
    uitzondering = fout(pad, afgeleid.CODE, afgeleid.melding(naam))
    blad = uitzondering.error
    for sleutel in pad[:-1]:
        blad = blad[sleutel]
    blad[pad[-1]] = {
        "code": afgeleid.CODE,
        "melding": afgeleid.melding(naam),
        "gebruik": afgeleid.AFGELEIDE_VARIABELEN[naam],
    }
    return uitzondering


def periode_niet_gedekt(systeem, situatie, niet_gedekt: PeriodeNietGedekt) -> SituationParsingError:
    """The 400 for a period before a parameter's first value, naming the requested variable."""
    niet_gedekt = benoem(systeem, situatie, niet_gedekt)
    antwoord = SituationParsingError([], str(niet_gedekt), code=400)
    antwoord.error = niet_gedekt.als_json()
    antwoord.periode_niet_gedekt = niet_gedekt
    return antwoord


def met_controle(handler, trace: bool = False):
    """Wrap an OpenFisca web-API handler `(tax_benefit_system, input_data)` with the check."""
    if getattr(handler, "llo_gecontroleerd", False):
        return handler

    @functools.wraps(handler)
    def gecontroleerd(tax_benefit_system, input_data):
        controleer_situatie(tax_benefit_system, input_data, trace=trace)
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
    handlers.trace = met_controle(handlers.trace, trace=True)
