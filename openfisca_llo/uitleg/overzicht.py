"""The learning-rights overview: every right of this engine for one person in one month.

The 2018 cabinet letter on Leven Lang Ontwikkelen asks for one overview of a person's
individual training rights ("Bundeling individuele scholingsmogelijkheden in eigen portal").
This module builds it from the table in `openfisca_llo/regels/voorwaarden.py`: every right listed there
appears, with the conditions that decide it, its legal source (the first reference of the
variable) and, where one exists, an amount or remaining length. A right added to that table by
another area (vouchers, STAP) is picked up without a change here; its amount is found by name
(`<stam>_bedrag`, `<stam>_maximum_jaarbedrag`, with `<stam>` the right without `_recht`) or
listed in `DETAILS`.

Every right is explained as `llo waarom` explains it (`uitleg/waarom.py`, from OpenFisca's trace
of one simulation per person): its verdict, its conditions with their own articles and, for a
condition not met, the sentence of `uitleg/zinnen.py`. `llo overzicht` prints `als_tekst` (the
compact view names the first unmet condition and its sentence; `--alles` shows every condition
and the whole tree); `als_json` carries each right's explanation; `overzicht_antwoord` adds the
request and the receipt. The web API offers the rights held through the variables
`leerrechten_overzicht` and `leerrechten_aantal` (see `regels/voorwaarden.tekst_vectorieel`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace

import numpy as np
from openfisca_core.errors import (
    ParameterNotFoundError,
    PeriodMismatchError,
    SituationParsingError,
    VariableNotFoundError,
)
from openfisca_core.periods import period as maak_periode

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels import afgeleid
from openfisca_llo.regels.dekking import PeriodeNietGedekt, eerste_gedekte_maand
from openfisca_llo.regels.voorwaarden import VOORWAARDEN, detailvariabelen
from openfisca_llo.uitleg import weergave_json, weergave_tekst
from openfisca_llo.uitleg.bewijs import bewijs
from openfisca_llo.uitleg.waarom import Uitleg, leg_uit_persoon
from openfisca_llo.uitleg.zinnen import maand_tekst

#: Sections of the overview, in order: (title, name prefixes). A right goes to the first
#: section with a matching prefix, or else to the last ("Overige regelingen").
RUBRIEKEN: list[tuple[str, tuple[str, ...]]] = [
    ("Hoger onderwijs: wettelijk collegegeld (WHW)", ("wettelijk_collegegeld",)),
    ("Studiefinanciering (Wsf 2000)", ("recht_op_studiefinanciering", "studiefinanciering")),
    ("Levenlanglerenkrediet (Wsf 2000)", ("levenlanglerenkrediet",)),
    ("Scholing met behoud van WW-uitkering (WW)", ("ww_",)),
    ("Vouchers en scholingsbudgetten", ("stap_", "studievoucher", "voucher")),
    ("Leerrechten: voorstel SEO en SER (geen geldend recht)", ("leerrechten_",)),
    ("Overige regelingen", ("",)),
]

#: How many unmet conditions the text overview shows per right (all are in --json).
MAX_REDENEN = 2


@dataclass
class Voorwaarde:
    naam: str
    label: str
    voldaan: bool | None
    bron: str
    zin: str | None = None


@dataclass
class Detail:
    naam: str
    label: str
    waarde: float | int | bool
    eenheid: str | None

    def tekst(self) -> str:
        return waarde_als_tekst(self.waarde, self.eenheid)


@dataclass
class Recht:
    naam: str
    label: str
    rubriek: str
    heeft: bool
    bron: str
    details: list[Detail] = field(default_factory=list)
    voorwaarden: list[Voorwaarde] = field(default_factory=list)
    uitleg: Uitleg | None = field(default=None, repr=False, compare=False)

    @property
    def niet_voldaan(self) -> list[Voorwaarde]:
        return [v for v in self.voorwaarden if v.voldaan is False]

    @property
    def regeling_gesloten(self) -> bool:
        """The scheme itself is not open this month: no rules in force, or every in-force switch is off."""
        if self.uitleg is not None and not self.uitleg.regels_van_kracht:
            return True
        schakelaars = [v for v in self.voorwaarden if v.naam.endswith(SCHAKELAAR_ACHTERVOEGSELS)]
        return bool(schakelaars) and not any(v.voldaan for v in schakelaars)


def rubriek_van(naam: str) -> str:
    for titel, voorvoegsels in RUBRIEKEN:
        if any(naam.startswith(v) for v in voorvoegsels):
            return titel
    return RUBRIEKEN[-1][0]


def bron_van(variabele) -> str:
    referenties = variabele.reference or []
    if isinstance(referenties, str):
        return referenties
    return referenties[0] if referenties else ""


def waarde_als_tekst(waarde, eenheid: str | None) -> str:
    if eenheid == "currency-EUR":
        bedrag = f"{float(waarde):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        return f"€ {bedrag.removesuffix(',00')}"
    if eenheid == "month":
        return f"{int(waarde)} maand" if int(waarde) == 1 else f"{int(waarde)} maanden"
    if isinstance(waarde, bool | np.bool_):
        return "ja" if waarde else "nee"
    return str(waarde)


def periode_als_tekst(periode) -> str:
    return maand_tekst(periode)


def lees_periode(tekst: str):
    try:
        periode = maak_periode(tekst)
    except (ValueError, TypeError, AttributeError) as fout:
        raise GebruikersFout(f"periode {tekst!r}: geef een maand als JJJJ-MM ({fout})") from fout
    if periode.unit != "month" or periode.size != 1:
        raise GebruikersFout(f"periode {tekst!r}: geef één maand als JJJJ-MM")
    return periode


def _personen(situatie) -> dict:
    if (
        not isinstance(situatie, dict)
        or len(situatie) != 1
        or not isinstance(next(iter(situatie.values())), dict)
    ):
        raise GebruikersFout('een situatie heeft de vorm {"personen": {...}}')
    return next(iter(situatie.values()))


def _uitleg(systeem, persoon: str, invoer, gevraagd) -> list[Uitleg]:
    try:
        return leg_uit_persoon(systeem, persoon, invoer, gevraagd)
    except (SituationParsingError, PeriodMismatchError) as fout:
        raise GebruikersFout(json.dumps(fout.error, ensure_ascii=False)) from fout
    except VariableNotFoundError as fout:
        raise GebruikersFout(str(fout).splitlines()[0]) from fout
    except PeriodeNietGedekt as fout:
        naam, periode = gevraagd[0]
        if fout.variabele is None:
            fout.bij(naam, periode, eerste_gedekte_maand(systeem, naam, periode))
        raise GebruikersFout(str(fout)) from fout
    except ParameterNotFoundError as fout:
        raise GebruikersFout(f"parameter {fout.name} heeft geen waarde op {fout.instant_str}") from fout


def overzicht_persoon(systeem, persoon: str, invoer: dict, periode) -> list[Recht]:
    """Every right of VOORWAARDEN for one person in the month `periode`, each with its explanation."""
    variabelen = systeem.variables
    rechten = [r for r in VOORWAARDEN if r in variabelen]
    details = list(dict.fromkeys(d for r in rechten for d in detailvariabelen(r, variabelen)))
    uitleg = _uitleg(systeem, persoon, invoer, [(n, str(periode)) for n in rechten + details])
    per_naam = {u.naam: u for u in uitleg}
    lijst = []
    for recht in rechten:
        u = per_naam[recht]
        lijst.append(
            Recht(
                naam=recht,
                label=u.label,
                rubriek=rubriek_van(recht),
                heeft=u.toegekend is True,
                bron=bron_van(variabelen[recht]),
                details=[
                    Detail(
                        naam=d,
                        label=variabelen[d].label,
                        waarde=per_naam[d].waarde,
                        eenheid=getattr(variabelen[d], "unit", None),
                    )
                    for d in detailvariabelen(recht, variabelen)
                ],
                voorwaarden=[
                    Voorwaarde(
                        naam=v.naam,
                        label=v.label,
                        voldaan=v.voldaan,
                        bron=bron_van(variabelen[v.naam]),
                        zin=v.zin,
                    )
                    for v in u.voorwaarden
                ],
                uitleg=u,
            )
        )
    return lijst


def overzicht_situatie(situatie: dict, periode: str, systeem=None) -> dict[str, list[Recht]]:
    """The overview of every person of `situatie` in the month `periode`."""
    if systeem is None:
        from openfisca_llo.tax_benefit_system import basissysteem

        systeem = basissysteem()
    maand = lees_periode(periode)
    pad = afgeleid.eerste_afgeleide_invoer(situatie)
    if pad is not None:
        raise GebruikersFout(f"{'.'.join(pad)}: {afgeleid.melding(pad[2])} ({afgeleid.CODE})")
    return {
        str(persoon): overzicht_persoon(systeem, str(persoon), invoer, maand)
        for persoon, invoer in _personen(situatie).items()
    }


def overzicht_verzoek(situatie: dict, periode: str, persoon: str | None = None) -> dict:
    verzoek = {"soort": "overzicht", "situation": situatie, "periode": str(periode)}
    if persoon:
        verzoek["persoon"] = persoon
    return verzoek


def overzicht_antwoord(verzoek: dict, systeem) -> dict:
    """`llo overzicht --json`: the overview of the request, with the request and its receipt."""
    overzichten = overzicht_situatie(verzoek["situation"], verzoek["periode"], systeem)
    if verzoek.get("persoon"):
        if verzoek["persoon"] not in overzichten:
            raise GebruikersFout(
                f"persoon {verzoek['persoon']!r} staat niet in de situatie ({', '.join(overzichten)})"
            )
        overzichten = {verzoek["persoon"]: overzichten[verzoek["persoon"]]}
    return {**als_json(overzichten, verzoek["periode"]), "verzoek": verzoek, "bewijs": bewijs(systeem, verzoek)}


class _Opmaak:
    def __init__(self, kleur: bool):
        self.kleur = kleur

    def _c(self, code: str, tekst: str) -> str:
        return f"\033[{code}m{tekst}\033[0m" if self.kleur else tekst

    def vet(self, t):
        return self._c("1", t)

    def groen(self, t):
        return self._c("32", t)

    def rood(self, t):
        return self._c("31", t)

    def grijs(self, t):
        return self._c("2", t)


SCHAKELAAR_ACHTERVOEGSELS = ("_in_werking", "_van_toepassing")


def als_tekst(persoon: str, periode, rechten: list[Recht], kleur: bool = False, alles: bool = False) -> str:
    """A terminal-friendly overview.

    By default: the rights held, in full, per section; then one line per right not held with
    its first unmet condition; then, on one line, the schemes not open this month. With
    `alles`, every right in full with up to three unmet conditions.
    """
    if not alles:
        return _kort(persoon, periode, rechten, _Opmaak(kleur))
    o = _Opmaak(kleur)
    regels = _kop(persoon, periode, rechten, o)
    for rubriek, _ in RUBRIEKEN:
        in_rubriek = [r for r in rechten if r.rubriek == rubriek]
        if not in_rubriek:
            continue
        regels += ["", o.vet(rubriek)]
        for recht in sorted(in_rubriek, key=lambda r: not r.heeft):
            teken = o.groen("✔") if recht.heeft else o.rood("✘")
            regels.append(f"  {teken} {recht.label}")
            for detail in recht.details:
                regels.append(f"      {detail.label}: {o.vet(detail.tekst())}")
            if recht.uitleg is not None:
                regels += [
                    ("    " + r).rstrip() for r in weergave_tekst.uitleg_regels(recht.uitleg, alles=True)
                ]
            regels.append(o.grijs(f"      bron: {recht.bron}  [{recht.naam}]"))
    regels += [
        "",
        o.grijs(
            "Uitkomst van rekenregels op de opgegeven gegevens; DUO en UWV beslissen. "
            "Per recht: llo waarom; de berekening zelf: llo bereken of /calculate."
        ),
    ]
    return "\n".join(regels)


def _kop(persoon, periode, rechten, o) -> list[str]:
    """The title, underlined, and how many of the rights apply."""
    periode = lees_periode(str(periode)) if isinstance(periode, str) else periode
    titel = f"Leerrechtenoverzicht voor {persoon}, {periode_als_tekst(periode)}"
    aantal = sum(r.heeft for r in rechten)
    return [
        o.vet(titel),
        "═" * len(titel),
        f"{aantal} van de {len(rechten)} rechten in deze rekenregels zijn van toepassing.",
    ]


def _kort(persoon, periode, rechten, o) -> str:
    regels = _kop(persoon, periode, rechten, o)
    for rubriek, _ in RUBRIEKEN:
        gehouden = [r for r in rechten if r.rubriek == rubriek and r.heeft]
        if gehouden:
            regels += ["", o.vet(rubriek)]
        for recht in gehouden:
            regels.append(f"  {o.groen('✔')} {recht.label}")
            for detail in recht.details:
                regels.append(f"      {detail.label}: {o.vet(detail.tekst())}")
            regels.append(o.grijs(f"      bron: {recht.bron}  [{recht.naam}]"))
    niet = [r for r in rechten if not r.heeft and not r.regeling_gesloten]
    if niet:
        regels += ["", o.vet("Niet van toepassing (eerste voorwaarde die niet is vervuld)")]
        for recht in niet:
            eerste = recht.niet_voldaan[0].label if recht.niet_voldaan else "geen recht"
            meer = len(recht.niet_voldaan) - 1
            extra = f" (en nog {meer})" if meer > 0 else ""
            regels.append(f"  {o.rood('✘')} {o.grijs(f'{recht.naam}: {eerste}{extra}')}")
            zin = recht.niet_voldaan[0].zin if recht.niet_voldaan else None
            if zin:
                regels.append(o.grijs(f"      {zin}"))
    gesloten = [r.naam for r in rechten if not r.heeft and r.regeling_gesloten]
    if gesloten:
        regels += ["", o.grijs(f"Niet open in {periode_als_tekst(periode)}: {', '.join(gesloten)}")]
    regels += [
        "",
        o.grijs(
            "Uitkomst van rekenregels op de opgegeven gegevens; DUO en UWV beslissen. "
            "Alle voorwaarden: llo overzicht --alles; per recht: llo waarom."
        ),
    ]
    return "\n".join(regels)


def recht_json(recht: Recht) -> dict:
    uit = asdict(replace(recht, uitleg=None))
    del uit["uitleg"]
    uit["niet_voldaan"] = [v.naam for v in recht.niet_voldaan]
    uit["uitleg"] = weergave_json.uitleg(recht.uitleg) if recht.uitleg is not None else None
    return uit


def als_json(overzichten: dict[str, list[Recht]], periode: str) -> dict:
    return {
        "periode": str(periode),
        "personen": {persoon: [recht_json(r) for r in rechten] for persoon, rechten in overzichten.items()},
    }
