"""One plain Dutch sentence per condition that is not met, from templates (never a language model).

A template is a text with placeholders, filled from what the engine read for that condition
(its subtree in the trace, see `spoor.py`):

- `{peildatum}` the first day of the month ("1 oktober 2026"), `{maand}` the month ("oktober 2026");
- `{artikel}` the condition's own article ("Wsf 2000 art. 2.3a");
- `{var:NAAM}` the value of variable NAAM read in the subtree (a number, ja/nee, an enum value, a
  date in words); `{leeftijd}` the age on the peildatum (the variable `leeftijd` where it was read,
  else computed from `geboortedatum` as art. 1.2 Wsf 2000 does);
  `{jaren:NAAM}` a number of months as years and months;
- `{param:PAD}` the value of parameter PAD as read for this person (`{param}`: the first one read),
  `{plabel:PAD}` its label, `{sinds:PAD}` the date that value took effect, `{studiejaar:PAD}` the
  studiejaar that starts on the day it was read ("2026-2027"; for parameters read per studiejaar),
  `{bron:PAD}` the article of that value and its first other source.

Templates per condition are tried in order; a template applies when its guard (a predicate on the
same data) holds and every placeholder can be filled. Otherwise a generic sentence names the
condition, its article, the values it read directly and the parameters with their dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from openfisca_core import periods

from openfisca_llo.regels.datums import (
    MAANDEN_PER_JAAR,
    eerste_maand_van_kwartaal_na_verjaardag,
    leeftijd_op,
    maand_waarin_leeftijd_bereikt,
    maandnummer_van_instant,
)
from openfisca_llo.uitleg.spoor import INVOER, Knoop, ParameterLezing
from openfisca_llo.uitleg.wetten import kort_citaat

MAANDNAMEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def datum_tekst(iso: str) -> str:
    """'2024-08-01' -> '1 augustus 2024'."""
    jaar, maand, dag = (int(d) for d in str(iso)[:10].split("-"))
    return f"{dag} {MAANDNAMEN[maand - 1]} {jaar}"


def maand_tekst(periode) -> str:
    """'2026-10' (or a period) -> 'oktober 2026'."""
    start = periods.period(str(periode)).start
    return f"{MAANDNAMEN[start.month - 1]} {start.year}"


def studiejaar_tekst(iso: str) -> str:
    """The studiejaar that starts on the day `iso` (a parameter read on the first day of a
    studiejaar, as `regels/studiejaar.in_studiejaar` reads it): '2026-09-01' -> '2026-2027'."""
    jaar = int(iso[:4])
    return f"{jaar}-{jaar + 1}"


def waarde_tekst(waarde, eenheid: str | None = None) -> str:
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if eenheid == "currency-EUR" and isinstance(waarde, int | float):
        bedrag = f"{float(waarde):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        return f"€ {bedrag.removesuffix(',00')}"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", waarde):
        return datum_tekst(waarde)
    return str(waarde)


def jaren_tekst(maanden: int) -> str:
    jaren, rest = divmod(int(maanden), MAANDEN_PER_JAAR)
    return f"{jaren} jaar" + (f" en {rest} {'maand' if rest == 1 else 'maanden'}" if rest else "")


def bron_tekst(lezing: ParameterLezing) -> str:
    """'Wsf 2000 art. 2.3a lid 4 tot en met 6; bron: Rijksoverheid, ...' for a parameter read."""
    delen = []
    if lezing.artikel:
        delen.append(kort_citaat(lezing.artikel.get("title", "")))
    artikel = kort_citaat(lezing.artikel.get("title", "")) if lezing.artikel else None
    overige = [b for b in lezing.bronnen if b != lezing.artikel and kort_citaat(b.get("title", "")) != artikel]
    if overige:
        delen.append("bron: " + re.split(r":\s", overige[0].get("title", ""), maxsplit=1)[0].strip())
    if lezing.door_hervorming:
        delen.insert(0, "gezet door de hervorming")
    return "; ".join(d for d in delen if d)


class _Ontbreekt(LookupError):
    """A placeholder that this condition's data cannot fill."""


class Gegevens:
    """What a condition read, looked up by name: the data a template is filled from."""

    def __init__(self, knoop: Knoop, periode: str):
        self.knoop = knoop
        self.periode = periods.period(str(periode))
        self.lezingen = knoop.alle_parameters()

    def var(self, naam: str):
        gevonden = self.knoop.zoek(naam)
        if gevonden is None:
            raise _Ontbreekt(naam)
        return gevonden.waarde

    def heeft(self, naam: str) -> bool:
        return self.knoop.zoek(naam) is not None

    def leeftijd(self) -> int:
        if self.heeft("leeftijd"):
            return int(self.var("leeftijd"))
        geboren = self.var("geboortedatum")
        return int(leeftijd_op([geboren], self.periode.start)[0])

    def param(self, pad: str | None = None) -> ParameterLezing:
        for lezing in self.lezingen:
            if pad is None or lezing.naam == pad:
                return lezing
        raise _Ontbreekt(pad or "parameter")

    def waar(self, pad: str) -> bool:
        """A switch parameter read as true (false when it was not read)."""
        try:
            return bool(self.param(pad).waarde)
        except _Ontbreekt:
            return False


_PLAATSHOUDER = re.compile(r"\{(\w+)(?::([\w.]+))?\}")


def vul(sjabloon: str, g: Gegevens, artikel: str) -> str:
    """Fill `sjabloon`; raises `_Ontbreekt` when a placeholder cannot be filled."""

    def een(match):
        soort, naam = match.groups()
        if soort == "peildatum":
            return datum_tekst(str(g.periode.start))
        if soort == "maand":
            return maand_tekst(g.periode)
        if soort == "artikel":
            return artikel
        if soort == "leeftijd":
            return str(g.leeftijd())
        if soort == "var":
            gevonden = g.knoop.zoek(naam)
            if gevonden is None:
                raise _Ontbreekt(naam)
            return waarde_tekst(gevonden.waarde, gevonden.eenheid)
        if soort == "jaren":
            return jaren_tekst(g.var(naam))
        lezing = g.param(naam)
        if soort == "param":
            return waarde_tekst(lezing.waarde, lezing.eenheid)
        if soort == "plabel":
            return lezing.label or lezing.naam
        if soort == "sinds":
            if not lezing.geldt_sinds:
                raise _Ontbreekt(naam)
            return datum_tekst(lezing.geldt_sinds)
        if soort == "studiejaar":
            return studiejaar_tekst(lezing.gelezen_op)
        if soort == "bron":
            return bron_tekst(lezing)
        raise _Ontbreekt(soort)

    return _PLAATSHOUDER.sub(een, sjabloon)


MAX = "wsf.levenlanglerenkrediet.maximumleeftijd"
MIN_MBO = "wsf.levenlanglerenkrediet.minimumleeftijd_beroepsonderwijs"
VOLGT_AOW = "wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd"
SF_MAX = "wsf.studiefinanciering.maximumleeftijd"
SF_MIN_MBO = "wsf.studiefinanciering.minimumleeftijd_beroepsonderwijs"


def _in_mbo(g: Gegevens) -> bool:
    return g.var("onderwijssector") == "mbo"


def _maand(g: Gegevens) -> int:
    return maandnummer_van_instant(g.periode.start)


def _begin_mbo(g: Gegevens) -> int:
    return int(eerste_maand_van_kwartaal_na_verjaardag([g.var("geboortedatum")], g.param(SF_MIN_MBO).waarde)[0])


def _maand_max(g: Gegevens) -> int:
    return int(maand_waarin_leeftijd_bereikt([g.var("geboortedatum")], g.param(SF_MAX).waarde)[0])


Sjabloon = tuple[Callable[[Gegevens], bool], str]

#: Per condition variable: (guard, template), tried in order.
SJABLONEN: dict[str, list[Sjabloon]] = {
    "levenlanglerenkrediet_leeftijdsvoorwaarde": [
        (
            lambda g: g.var("onderwijssector") == "geen",
            "Niet ingeschreven in {maand}: de leeftijdsvoorwaarde geldt voor een mbo- of ho-student "
            "({artikel}).",
        ),
        (
            lambda g: _in_mbo(g) and g.leeftijd() < g.param(MIN_MBO).waarde,
            "Leeftijd op {peildatum}: {leeftijd} jaar; in het mbo is de minimumleeftijd "
            "{param:" + MIN_MBO + "} (sinds {sinds:" + MIN_MBO + "}, {bron:" + MIN_MBO + "}).",
        ),
        (
            lambda g: (
                g.waar(VOLGT_AOW)
                and g.var("leeftijd_in_maanden") >= g.var("pensioengerechtigde_leeftijd_in_maanden")
            ),
            "Leeftijd op {peildatum}: {jaren:leeftijd_in_maanden}; de grens is de eigen AOW-leeftijd, "
            "{jaren:pensioengerechtigde_leeftijd_in_maanden} (sinds {sinds:" + VOLGT_AOW + "}, "
            "{bron:" + VOLGT_AOW + "}); het krediet liep niet zonder onderbreking door (art. 2.3a lid 3).",
        ),
        (
            lambda g: not g.waar(VOLGT_AOW) and g.leeftijd() >= g.param(MAX).waarde,
            "Leeftijd op {peildatum}: {leeftijd} jaar; de maximumleeftijd voor studiejaar "
            "{studiejaar:" + MAX + "} is {param:" + MAX + "} (sinds {sinds:" + MAX + "}, {bron:" + MAX + "}); "
            "het krediet liep niet zonder onderbreking door (art. 2.3a lid 3).",
        ),
    ],
    "studiefinanciering_leeftijdsvoorwaarde": [
        (
            lambda g: _in_mbo(g) and _maand(g) < _begin_mbo(g),
            "Geboren op {var:geboortedatum}: in het mbo bestaat de aanspraak pas met ingang van het "
            "kwartaal na dat waarin de student {param:"
            + SF_MIN_MBO
            + "} jaar wordt (sinds {sinds:"
            + SF_MIN_MBO
            + "}, {bron:"
            + SF_MIN_MBO
            + "}).",
        ),
        (
            lambda g: _maand(g) > _maand_max(g),
            "Geboren op {var:geboortedatum}: de aanspraak loopt tot en met de maand waarin de student "
            "{param:" + SF_MAX + "} jaar wordt (sinds {sinds:" + SF_MAX + "}, {bron:" + SF_MAX + "}), en de "
            "studiefinanciering liep niet zonder onderbreking door.",
        ),
    ],
    "levenlanglerenkrediet_geen_studiefinanciering": [
        (
            lambda g: bool(g.var("recht_op_studiefinanciering")),
            "Heeft in {maand} recht op studiefinanciering; levenlanglerenkrediet is er alleen voor wie "
            "dat recht niet heeft ({artikel}).",
        ),
    ],
    "levenlanglerenkrediet_opleidingsvoorwaarde": [
        (
            lambda g: True,
            "De opleiding (sector {var:onderwijssector}, {var:opleidingsvorm}, graad {var:opleiding_graad}, "
            "mbo-leerweg {var:mbo_leerweg}, geaccrediteerd: {var:opleiding_geaccrediteerd}) is geen "
            "opleiding waarvoor levenlanglerenkrediet kan worden verstrekt ({artikel}).",
        ),
    ],
}

#: Templates for every condition whose name ends so: the switch of a scheme.
SCHAKELAARS: list[tuple[str, str]] = [
    (
        "_in_werking",
        "De regeling is in {maand} niet open ({artikel}): {plabel} is {param} sinds {sinds} ({bron}).",
    ),
    (
        "_van_toepassing",
        "De regeling geldt niet in het studiejaar van {maand} ({artikel}): {plabel} is {param} sinds {sinds} "
        "({bron}).",
    ),
]


def _generiek(voorwaarde_knoop: Knoop, artikel: str) -> str:
    if voorwaarde_knoop.soort == INVOER:
        herkomst = "opgegeven" if voorwaarde_knoop.opgegeven else "standaardwaarde, niet opgegeven"
        waarde = waarde_tekst(voorwaarde_knoop.waarde, voorwaarde_knoop.eenheid)
        return (
            f"Niet vervuld: {voorwaarde_knoop.label.rstrip('.')}"
            + (f" ({artikel})" if artikel else "")
            + f"; {voorwaarde_knoop.naam} = {waarde} ({herkomst})."
        )
    gelezen = [
        f"{k.naam} = {waarde_tekst(k.waarde, k.eenheid)}"
        + (" (standaard)" if k.soort == INVOER and not k.opgegeven else "")
        for k in voorwaarde_knoop.kinderen
    ]
    for lezing in voorwaarde_knoop.parameters:
        if not lezing.voor_deze_persoon:
            continue
        tekst = f"{lezing.naam} = {waarde_tekst(lezing.waarde, lezing.eenheid)}"
        extra = [f"sinds {datum_tekst(lezing.geldt_sinds)}"] if lezing.geldt_sinds else []
        if bron_tekst(lezing):
            extra.append(bron_tekst(lezing))
        gelezen.append(tekst + (f" ({'; '.join(extra)})" if extra else ""))
    zin = f"Niet vervuld: {voorwaarde_knoop.label.rstrip('.')}" + (f" ({artikel})" if artikel else "")
    return zin + (f". Gelezen: {'; '.join(gelezen)}." if gelezen else ".")


def zin(voorwaarde_knoop: Knoop, periode) -> str:
    """The sentence for a condition that is not met (see the module docstring)."""
    artikel = voorwaarde_knoop.artikel.titel if voorwaarde_knoop.artikel else ""
    g = Gegevens(voorwaarde_knoop, periode)
    kandidaten = list(SJABLONEN.get(voorwaarde_knoop.naam, []))
    kandidaten += [
        (lambda g: True, tekst) for eind, tekst in SCHAKELAARS if voorwaarde_knoop.naam.endswith(eind)
    ]
    for bewaker, sjabloon in kandidaten:
        try:
            if bewaker(g):
                return vul(sjabloon, g, artikel)
        except (_Ontbreekt, TypeError, ValueError):
            continue
    return _generiek(voorwaarde_knoop, artikel)
