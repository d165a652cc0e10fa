"""Who gains and who loses a right under a reform, how much money moves, and why.

For each contract output (a right) that exists in the tax-benefit system, the persons of a
population fall in four groups: `blijft_recht` (right in both), `krijgt_recht` (only with the
reform), `verliest_recht` (only without it) and `blijft_zonder_recht`. For every person whose
right flipped, `oorzaken` counts which condition variables of that right (the table in
openfisca_llo/regels/voorwaarden.py) changed value, and `verklaring` names the parameter changes
behind them; `uitsplitsing` breaks the flips down by age band (bands that follow the age
thresholds in play), highest education level and sector; `voorbeelden` gives the first persons
by id per transition. Each amount of the right (analyse/bedragen.py) is compared in `bedragen`.

Per population, every result is a pure function of its arrays that returns sums, counts and
lists of ids (`vergelijk_recht`, `bedragen.vergelijk_bedrag`), so parts of a population merge by
adding and, for examples, by taking the first ids (`brokken.voeg_samen`). What follows from the
merged numbers is derived afterwards (`rond_af_alle`): the texts of the causes,
the cost estimate, the warnings, the inputs of the example persons. The JSON shape is documented
in docs/hervormingen.md.
"""

from __future__ import annotations

import sys

import numpy as np
from openfisca_core.errors import ParameterNotFoundError

from openfisca_llo.analyse import kosten as kostenschatting
from openfisca_llo.analyse import voorbeelden as vb
from openfisca_llo.analyse.bedragen import DREMPEL, afgerond, bedragen_in, gewogen_aantal, vergelijk_bedrag
from openfisca_llo.analyse.leeftijdsklassen import VASTE_KLASSEN, grenzen, klassen
from openfisca_llo.analyse.leeftijdsklassen import leeftijdsklasse as _klasse
from openfisca_llo.analyse.oorzaken import OVERGANGEN, gewijzigde_paden, parameterwijzigingen, verklaringen
from openfisca_llo.analyse.populatie import bouw_simulatie, omvang
from openfisca_llo.analyse.populatie.gewicht import KOLOM as GEWICHT
from openfisca_llo.analyse.populatie.gewicht import gewicht_van
from openfisca_llo.analyse.waarschuwingen import spoor, waarschuwing_niets_veranderd, waarschuwingen_vooraf
from openfisca_llo.analyse.zaaien import zaai, zaaibaar
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.contract import CONTRACT_RECHTEN
from openfisca_llo.regels.dekking import PeriodeNietGedekt
from openfisca_llo.regels.voorwaarden import VOORWAARDEN

# Rights listed in voorwaarden.py that are not contract rights follow the contract's own, so
# that rights added by other rule areas appear too.

LEEFTIJDSKLASSEN = VASTE_KLASSEN
GROEPEN = ("blijft_recht", "krijgt_recht", "verliest_recht", "blijft_zonder_recht")
VOORTGANG_VANAF = 50_000


def rechten(systeem) -> list[str]:
    namen = CONTRACT_RECHTEN + [naam for naam in VOORWAARDEN if naam not in CONTRACT_RECHTEN]
    return [naam for naam in namen if naam in systeem.variables]


def leeftijdsklasse(leeftijd, banden=None) -> np.ndarray:
    return _klasse(leeftijd, banden or LEEFTIJDSKLASSEN)


def _telling(waarden) -> dict:
    namen, aantallen = np.unique(np.asarray(waarden, dtype=str), return_counts=True)
    return {str(naam): int(aantal) for naam, aantal in zip(namen, aantallen, strict=True)}


class _Voortgang:
    def __init__(self, totaal: int, aan: bool):
        self.totaal, self.gedaan, self.aan = totaal, 0, aan

    def stap(self, wat: str):
        self.gedaan += 1
        if callable(self.aan):  # a caller's own progress report (the pages): (done, total, what)
            self.aan(self.gedaan, self.totaal, wat)
        elif self.aan:
            breedte = 30
            vol = breedte * self.gedaan // self.totaal
            print(
                f"\r[{'#' * vol}{'.' * (breedte - vol)}] {self.gedaan}/{self.totaal} {wat[:50]:<50}",
                end="",
                file=sys.stderr,
            )
            if self.gedaan == self.totaal:
                print(file=sys.stderr)


def _bereken(simulatie, naam, periode):
    try:
        return simulatie.calculate(naam, periode)
    except PeriodeNietGedekt as fout:  # a month before the rules' coverage: one line, no traceback
        raise GebruikersFout(str(fout.bij(naam, periode))) from fout
    except ParameterNotFoundError as fout:
        raise GebruikersFout(
            f"{naam} in {periode}: parameter {fout.parameter_name} bestaat niet op {fout.instant_str} "
            "(beëindigd?), terwijl de regels haar nog lezen"
        ) from fout


def vergelijk_recht(voor, na, voorwaarden: dict, kenmerken: dict, ids, gewicht=None) -> dict:
    """Counts, causes, breakdown and examples of one right over one population (pure; mergeable).

    `voorwaarden`: {condition: (baseline values, reform values)}, needed only where someone flipped;
    `kenmerken`: {characteristic: values per person} for the breakdown.
    """
    krijgt, verliest = ~voor & na, voor & ~na
    omgeslagen = krijgt | verliest
    groepen = {"blijft_recht": voor & na, "krijgt_recht": krijgt, "verliest_recht": verliest}
    groepen["blijft_zonder_recht"] = ~voor & ~na
    uit = {groep: int(np.count_nonzero(masker)) for groep, masker in groepen.items()}
    oorzaken, per_overgang = {}, {overgang: {} for overgang in OVERGANGEN}
    for voorwaarde, (a, b) in voorwaarden.items():
        veranderd = a != b
        if np.any(veranderd & omgeslagen):
            oorzaken[voorwaarde] = int(np.count_nonzero(veranderd & omgeslagen))
            for overgang in OVERGANGEN:
                aantal = int(np.count_nonzero(veranderd & groepen[overgang]))
                if aantal:
                    per_overgang[overgang][voorwaarde] = aantal
    uit["oorzaken"] = oorzaken
    uit["oorzaken_per_overgang"] = per_overgang
    uit["uitsplitsing"] = {
        overgang: {kenmerk: _telling(waarden[groepen[overgang]]) for kenmerk, waarden in kenmerken.items()}
        for overgang in OVERGANGEN
        if groepen[overgang].any()
    }
    uit["voorbeelden"] = {o: vb.eerste_ids(groepen[o], ids) for o in OVERGANGEN if groepen[o].any()}
    if gewicht is not None:
        uit["schatting_nederland"] = {groep: gewogen_aantal(gewicht, m) for groep, m in groepen.items()}
    return uit


class _Klassen:
    """Age bands of the persons asked for (`klassen[masker]`), computed only for them."""

    def __init__(self, leeftijd, banden):
        self.leeftijd, self.banden = leeftijd, banden

    def __getitem__(self, masker):
        return leeftijdsklasse(self.leeftijd[masker], self.banden)


def vergelijk(
    basis,
    hervormingen: list[tuple[str, object]],
    populatie: dict,
    periode: str,
    voortgang=None,
    schattingslabel: str | None = None,
    zaaien=True,
) -> list[dict]:
    """Compare each (name, reformed system) with the baseline on `populatie` in month `periode`.

    A reformed system made from a reform document (openfisca_llo.hervorming) carries it as
    `.document`: its parameter changes then name the causes, and the warnings are checked. With
    weights (a column `gewicht`), counts and totals also come as an estimate, labelled with
    `schattingslabel`. With `zaaien`, each reform simulation starts with the baseline's values of
    every variable the reform cannot change (openfisca_llo/analyse/zaaien.py); the answer is the same.
    `voortgang`: None (a bar on a terminal's stderr from VOORTGANG_VANAF persons), a bool, or a callable
    called after every step with (steps done, total steps, what was done).

    Two steps, so that a population in parts (openfisca_llo/analyse/verdeeld.py) gives the same
    answer: `vergelijk_ruw` counts and sums over one population (or part), `rond_af_alle` derives
    what follows from the (merged) sums.
    """
    ruwe = vergelijk_ruw(basis, hervormingen, populatie, periode, voortgang, zaaien)
    return rond_af_alle(basis, hervormingen, ruwe, periode, schattingslabel)


def vergelijk_ruw(
    basis,
    hervormingen: list[tuple[str, object]],
    populatie: dict,
    periode: str,
    voortgang=None,
    zaaien=True,
    eerste_id: int = 0,
) -> list[dict]:
    """Counts, sums and example ids of every reform over one population, mergeable over parts.

    Persons are numbered from `eerste_id` (a part's first row in the whole population); every
    value is a count, a sum, a list of the first example ids, or the inputs of those examples.
    """
    n = omvang(populatie)
    ids = np.arange(n) + eerste_id
    gewicht = gewicht_van(populatie)
    uitvoer = rechten(basis)
    bedragen = bedragen_in(basis)
    variabelen = uitvoer + [b.naam for b in bedragen]
    stappen = len(uitvoer) * (1 + len(hervormingen)) + 1 + len(hervormingen)
    # The bar only where someone watches a terminal: redirected output stays clean.
    aan = n >= VOORTGANG_VANAF and sys.stderr.isatty()
    balk = _Voortgang(stappen, voortgang if voortgang is not None else aan)

    invoer = {}  # encoded input columns, shared by every system
    basis_sim = bouw_simulatie(basis, populatie, periode, invoer)
    balk.stap("bevolking (geldend recht)")
    basis_waarden = {}
    for naam in uitvoer:
        basis_waarden[naam] = np.asarray(_bereken(basis_sim, naam, periode), dtype=bool)
        balk.stap(f"geldend recht: {naam}")
    basis_bedragen = {b.naam: _bedrag(basis_sim, b, basis_waarden, periode) for b in bedragen}
    leeftijd = _bereken(basis_sim, "leeftijd", periode)
    vast = {
        "opleidingsniveau": populatie.get("hoogste_opleidingsniveau", np.full(n, "onbekend", dtype=object)),
        "sector": basis_sim.calculate("onderwijssector", periode).decode_to_str(),
    }
    basis_graaf = spoor(basis, periode, variabelen)

    resultaten = []
    for naam_hervorming, systeem in hervormingen:
        document = getattr(systeem, "document", None)
        graaf = spoor(systeem, periode, variabelen, terugval=basis) if document else basis_graaf
        sim = bouw_simulatie(systeem, populatie, periode, invoer)
        if zaaien:
            zaai(basis_sim, sim, zaaibaar(basis, systeem, periode), periode)
        balk.stap(f"bevolking ({naam_hervorming})")
        waarden = {}
        uitkomst = {}
        for naam in uitvoer:
            voor = basis_waarden[naam]
            na = waarden[naam] = np.asarray(_bereken(sim, naam, periode), dtype=bool)
            voorwaarden = {}
            if np.any(voor != na):
                for voorwaarde in VOORWAARDEN.get(naam, []):
                    if voorwaarde in systeem.variables:
                        voorwaarden[voorwaarde] = (
                            _bereken(basis_sim, voorwaarde, periode),
                            _bereken(sim, voorwaarde, periode),
                        )
            paden = basis_graaf.parameters_van(naam) | graaf.parameters_van(naam)
            banden = klassen(
                grenzen(paden, {**basis_graaf.momenten, **graaf.momenten}, [basis, systeem], periode)
            )
            kenmerken = {"leeftijd": _Klassen(leeftijd, banden), **vast}
            uitkomst[naam] = vergelijk_recht(voor, na, voorwaarden, kenmerken, ids, gewicht)
            balk.stap(f"{naam_hervorming}: {naam}")
        for b in bedragen:
            voor, na = basis_bedragen[b.naam], _bedrag(sim, b, waarden, periode)
            blok = vergelijk_bedrag(voor, na, gewicht)
            blok["voorbeelden"] = {
                "meer": vb.eerste_ids(na - voor >= DREMPEL, ids),
                "minder": vb.eerste_ids(na - voor <= -DREMPEL, ids),
            }
            uitkomst[b.recht].setdefault("bedragen", {})[b.naam] = blok
        resultaat = {"reform": naam_hervorming, "period": periode, "persons": n, "outputs": uitkomst}
        if gewicht is not None:
            resultaat["gewicht_som"] = float(gewicht.sum())
        resultaat["personen"] = _voorbeeldinvoer(populatie, uitkomst, eerste_id)
        resultaten.append(resultaat)
    return resultaten


def _voorbeeldinvoer(populatie: dict, uitkomst: dict, eerste_id: int) -> dict[str, dict]:
    """The inputs of every example person of `uitkomst`, keyed by id (as text)."""
    voorbeeld_ids = set()
    for blok in uitkomst.values():
        for lijst in blok["voorbeelden"].values():
            voorbeeld_ids.update(lijst)
        for bedrag in blok.get("bedragen", {}).values():
            for lijst in bedrag["voorbeelden"].values():
                voorbeeld_ids.update(lijst)
    kolommen = [k for k in populatie if k != GEWICHT]
    lokaal = vb.invoer_van(populatie, [i - eerste_id for i in voorbeeld_ids], kolommen)
    return {str(int(i) + eerste_id): invoer for i, invoer in lokaal.items()}


def rond_af_alle(basis, hervormingen, ruwe: list[dict], periode: str, schattingslabel=None) -> list[dict]:
    """What follows from each reform's (merged) counts and sums: see `rond_af`."""
    variabelen = rechten(basis) + [b.naam for b in bedragen_in(basis)]
    basis_graaf = spoor(basis, periode, variabelen)
    uit = []
    for (_naam, systeem), resultaat in zip(hervormingen, ruwe, strict=True):
        document = getattr(systeem, "document", None)
        graaf = spoor(systeem, periode, variabelen, terugval=basis) if document else basis_graaf
        waarschuwingen, zichtbaar = (
            waarschuwingen_vooraf(basis, systeem, document, periode, variabelen, graaf)
            if document
            else ([], True)
        )
        gewicht_som = resultaat.pop("gewicht_som", None)
        if gewicht_som is not None:
            resultaat["schatting"] = {
                "label": schattingslabel
                or "schatting uit de gewichten van de bevolking; een schatting, geen telling",
                "bevolking": round(gewicht_som),
            }
        context = {
            "basis": basis,
            "systeem": systeem,
            "document": document,
            "graaf": (basis_graaf, graaf),
            "waarschuwingen": waarschuwingen,
            "zichtbaar": zichtbaar,
            "gewogen": gewicht_som is not None,
        }
        uit.append(rond_af(resultaat, context))
    return uit


def _bedrag(simulatie, bedrag, rechten_, periode) -> np.ndarray:
    waarden = np.asarray(_bereken(simulatie, bedrag.naam, periode), dtype=float)
    if bedrag.alleen_bij_recht:
        recht = rechten_.get(bedrag.recht)
        if recht is None:
            recht = np.asarray(_bereken(simulatie, bedrag.recht, periode), dtype=bool)
        waarden = np.where(recht, waarden, 0.0)
    return waarden


def rond_af(resultaat: dict, context: dict) -> dict:
    """What follows from the (merged) sums: causes named by parameter, cost, warnings, example inputs."""
    basis, systeem, document = context["basis"], context["systeem"], context["document"]
    basis_graaf, graaf = context["graaf"]
    wijzigingen = parameterwijzigingen(document, basis.parameters) if document else {}
    paden = gewijzigde_paden(document) if document else []
    voorbeeld_ids = set()
    iets_veranderd = False
    for naam, blok in resultaat["outputs"].items():
        per_voorwaarde = {}
        for voorwaarde in VOORWAARDEN.get(naam, []):
            gelezen = basis_graaf.oorzaken(voorwaarde, paden) + graaf.oorzaken(voorwaarde, paden)
            per_voorwaarde[voorwaarde] = list(dict.fromkeys(gelezen))
        blok["verklaring"] = verklaringen(blok["oorzaken_per_overgang"], per_voorwaarde, wijzigingen, systeem)
        iets_veranderd |= bool(blok["krijgt_recht"] or blok["verliest_recht"])
        for ids in blok["voorbeelden"].values():
            voorbeeld_ids.update(ids)
        for bedragnaam, bedrag in blok.get("bedragen", {}).items():
            iets_veranderd |= bool(bedrag["meer"] or bedrag["minder"])
            gelezen = basis_graaf.oorzaken(bedragnaam, paden) + graaf.oorzaken(bedragnaam, paden)
            bedrag["oorzaken"] = [p for p in dict.fromkeys(gelezen)]
            for ids in bedrag["voorbeelden"].values():
                voorbeeld_ids.update(ids)
    resultaat["kosten"] = kostenschatting.schat(resultaat, basis, systeem, context["gewogen"])
    # A changed take-up rate changes no person, but it changes the cost estimate.
    iets_veranderd |= any(
        k["met_gebruik"] is not None and abs(k["met_gebruik"]["verschil"]) >= DREMPEL
        for k in resultaat["kosten"]["bedragen"].values()
    )
    waarschuwingen = list(context["waarschuwingen"])
    if document and context["zichtbaar"] and not iets_veranderd:
        waarschuwingen.append(waarschuwing_niets_veranderd(document, resultaat["period"]))
    resultaat["waarschuwingen"] = waarschuwingen
    resultaat["personen"] = {i: v for i, v in resultaat["personen"].items() if int(i) in voorbeeld_ids}
    return resultaat


#: Keys of an output in the JSON, besides the groups; `uitsplitsing` only on request.
UITVOERSLEUTELS = ("oorzaken", "verklaring", "voorbeelden", "bedragen", "schatting_nederland")
#: Keys of a reform's result in the JSON, besides reform, period, persons and outputs.
RESULTAATSLEUTELS = ("periode_keuze", "schatting", "waarschuwingen", "kosten", "personen")


def als_json(resultaat: dict, met_uitsplitsing: bool = False) -> dict:
    """The documented JSON shape (docs/hervormingen.md); the breakdown only on request."""
    uit = {k: resultaat[k] for k in ("reform", "period", "persons")}
    uit["outputs"] = {
        naam: {
            k: (
                afgerond(v, schatting=k == "schatting_nederland")
                if k in ("bedragen", "schatting_nederland")
                else v
            )
            for k, v in waarden.items()
            if k in GROEPEN or k in UITVOERSLEUTELS or (met_uitsplitsing and k == "uitsplitsing")
        }
        for naam, waarden in resultaat["outputs"].items()
    }
    for sleutel in RESULTAATSLEUTELS:
        if sleutel in resultaat:
            uit[sleutel] = afgerond(resultaat[sleutel]) if sleutel == "kosten" else resultaat[sleutel]
    return uit
