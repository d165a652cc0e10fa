"""The sweep on the Hervorming page: one parameter over a range of values, as `llo sweep`.

The values (`analyse/sweep.reeks`), their validation as reforms (`analyse/sweep.hervormingen`:
an unknown path, a value outside the parameter's range, a switch), the default month
(`analyse/sweep.kies_periode`) and the comparison (`analyse/sweep.sweep`) are the command's own;
this module reads the form, keeps the run within the pages' limits, starts the job and renders
its table and charts (SVG on the server).
"""

from __future__ import annotations

import datetime

from flask import request

from openfisca_llo.analyse import sweep as sweep_
from openfisca_llo.analyse.waarschuwingen import huidige_maand
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import HervormingOngeldig
from openfisca_llo.web.paginas import hervormingswerk as werk_
from openfisca_llo.web.paginas import svg
from openfisca_llo.web.paginas.blauwdruk import fout, pagina, paginas, systeem
from openfisca_llo.web.paginas.hervorming import _formulier, _met_hint, lees_maand_en_bevolking, start_taak

VOORVOEGSEL = "sweep-"


def _reeks(velden: dict, fouten: dict) -> list:
    getallen = {}
    for veld in ("van", "tot", "stap"):
        try:
            getallen[veld] = float(str(velden[veld]).replace(",", "."))
        except ValueError:
            fouten[veld] = f"verwacht een getal, niet {velden[veld]!r}"
    if len(getallen) < 3:
        return []
    try:
        waarden = sweep_.reeks(getallen["van"], getallen["tot"], getallen["stap"])
    except GebruikersFout as e:
        melding = str(e)
        veld = "tot" if melding.startswith("--tot") else "van" if "eindige" in melding else "stap"
        fouten[veld] = melding.replace("--", "")
        return []
    if len(waarden) > werk_.MAX_SWEEP_WAARDEN:
        fouten["stap"] = (
            f"{len(waarden)} waarden; de pagina's rekenen er ten hoogste {werk_.MAX_SWEEP_WAARDEN} "
            "(kies een grotere stap, of gebruik llo sweep op de opdrachtregel)"
        )
    return waarden


def _vanaf(tekst: str, fouten: dict) -> str:
    if not tekst:
        return f"{huidige_maand()}-01"
    try:
        return datetime.date.fromisoformat(tekst).isoformat()
    except ValueError:
        fouten["vanaf"] = f"{tekst!r} is geen bestaande datum (JJJJ-MM-DD)"
        return tekst


def _als_reformen(s, pad: str, waarden: list, vanaf: str, fouten: dict) -> None:
    """Every value checked as a reform (as `llo sweep` does); problems at the parameter or the values."""
    try:
        sweep_.hervormingen(s, pad, waarden, vanaf)
    except HervormingOngeldig as e:
        for f in (_met_hint(f, s) for f in e.fouten):
            veld = "parameter" if f["melding"].startswith("onbekend parameterpad") else "van"
            fouten.setdefault(veld, f["melding"])
    except GebruikersFout as e:
        fouten["parameter"] = str(e)


@paginas.route("/hervorming/sweep", methods=["POST"])
def sweep_starten():
    s = systeem()
    velden = {k: request.form.get(k, "").strip() for k in werk_.sweepvelden({})}
    fouten: dict[str, str] = {}
    pad = velden["parameter"]
    if not pad:
        fouten["parameter"] = "vul een parameterpad in"
    waarden = _reeks(velden, fouten)
    vanaf = _vanaf(velden["vanaf"], fouten)
    fouten.update(lees_maand_en_bevolking(velden))
    code, status = "ongeldige_invoer", 400
    if not fouten and werk_.geschatte_seconden(velden["personen"], len(waarden)) > werk_.MAX_SECONDEN:
        seconden = werk_.geschatte_seconden(velden["personen"], len(waarden))
        fouten["personen"] = (
            f"deze sweep zou naar schatting {seconden:.0f} seconden rekenen; de pagina's rekenen ten hoogste "
            f"{werk_.MAX_SECONDEN} seconden. Kies minder personen of waarden, of gebruik llo sweep"
        )
        code, status = "te_groot", 422
    if not fouten:
        _als_reformen(s, pad, waarden, vanaf, fouten)
    if fouten:
        veld, melding = next(iter(fouten.items()))
        return fout(
            code,
            veld,
            melding,
            status=status,
            template="hervorming.html",
            fouten={VOORVOEGSEL + k: v for k, v in fouten.items()},
            **_formulier(sweepvelden=velden),
        )
    opdracht = {
        "soort": "sweep",
        "parameter": pad,
        "waarden": waarden,
        "vanaf": vanaf,
        "periode": velden["periode"],
        "personen": velden["personen"],
        "zaad": velden["zaad"],
    }
    werk = werk_.sweep_werk(opdracht, s)
    return start_taak(opdracht, werk, {"sweepvelden": velden}, voorvoegsel=VOORVOEGSEL, anders="parameter")


def sweep_resultaat(staat: dict):
    """The page of a finished sweep: the table of `llo sweep` and its charts."""
    uit = staat["resultaat"]["sweep"]
    rijen = uit["rijen"]
    geschat = uit["kosten_eenheid"].endswith("schatting voor Nederland")
    waarden = [f"{r['waarde']:g}" for r in rijen]
    personen = svg.kolommen(
        waarden,
        [
            ("krijgt recht", svg.GROEN, [r["krijgt"] for r in rijen]),
            ("verliest recht", svg.ROOD, [-r["verliest"] for r in rijen]),
        ],
        f"Wie krijgt en wie verliest een recht, per waarde van {uit['parameter']}",
    )
    kosten = svg.kolommen(
        waarden,
        [
            ("maximaal", svg.LIJN, [r["kosten"]["maximaal"] for r in rijen]),
            ("met gebruik", svg.ORANJE, [r["kosten"]["met_gebruik"] for r in rijen]),
        ],
        f"Kosten per waarde van {uit['parameter']} ({uit['kosten_eenheid']})",
        opmaak=(lambda w: f"{w / 1e6:+.1f} mln") if geschat else (lambda w: f"{w:+,.0f}".replace(",", ".")),
    )
    veranderd = sorted({n for r in rijen for n in (*r["krijgt_recht"], *r["verliest_recht"])})
    return pagina(
        "hervorming_sweep.html",
        uit,
        staat=staat,
        uit=uit,
        rijen=rijen,
        geschat=geschat,
        grafieken=[personen, kosten],
        veranderd=veranderd,
        schatting=staat["resultaat"].get("schatting"),
        herkomst=staat["resultaat"]["herkomst"],
    )
