"""Hervorming: the drafter's workbench. Choose built-in reforms and/or paste or upload one, pick
the month and the population size, and compare up to four variants side by side: the flip
matrix per right with its causes named by parameter change, the money block (amounts, cost,
weighted estimates), the warnings and the month with its reason, the comparison's own example
persons behind every count and each one's explanation under both systems (`uitleg/hervormd.py`,
as `llo waarom --hervorming`), the provisions table of each variant, and the JSON (as `llo
compare --format json`), a CSV and the PNG to download. A sweep of one parameter as `llo sweep`
(`sweep.py` of this package holds its form).

A comparison or a sweep runs as a job (`taken.py`) with a permanent URL, /hervorming/taak/<id>,
that shows its progress and, when done, its result. A run over the limit is refused with a message.
"""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

from flask import Response, abort, current_app, jsonify, redirect, request, url_for

from openfisca_llo.analyse.antwoorden import compare_met_bewijs, compare_verzoek
from openfisca_llo.analyse.vergelijking import GROEPEN, als_json
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import HervormingOngeldig
from openfisca_llo.hervorming.bepalingen import verschillen
from openfisca_llo.uitleg.antwoord import beantwoord
from openfisca_llo.uitleg.overzicht import lees_periode
from openfisca_llo.uitleg.verkenner.parameters import lijkt_op
from openfisca_llo.web.paginas import hervormingswerk as werk_
from openfisca_llo.web.paginas import svg
from openfisca_llo.web.paginas.blauwdruk import fout, pagina, paginas, systeem
from openfisca_llo.web.paginas.formulier import uit_situatie
from openfisca_llo.web.paginas.taken import ServerBezet

# Seconds the POST waits for a small job, so that it lands on the result straight away.
WACHT_OP_KLEINE_TAAK = 3.0


def _taken():
    return current_app.config["LLO_TAKEN"]


def _formulier(**context):
    velden = {
        "periode": werk_.STANDAARD_PERIODE,
        "personen": str(werk_.STANDAARD_PERSONEN),
        "zaad": str(werk_.STANDAARD_ZAAD),
        "eigen": "",
        "gekozen": [],
    } | context.pop("velden", {})
    return {
        "ingebouwd": werk_.ingebouwd(),
        "velden": velden,
        "sweep": werk_.sweepvelden(context.pop("sweepvelden", {})),
        "max_sweep_waarden": werk_.MAX_SWEEP_WAARDEN,
        "max_varianten": werk_.MAX_VARIANTEN,
        "max_personen": werk_.MAX_PERSONEN,
        "max_seconden": werk_.MAX_SECONDEN,
        **context,
    }


@paginas.route("/hervorming", methods=["GET"])
def hervorming():
    gekozen = request.args.getlist("hervorming")
    return pagina("hervorming.html", None, **_formulier(velden={"gekozen": gekozen}), fouten={})


def _met_hint(fout_: dict, s) -> dict:
    """An unknown parameter path gets the closest existing paths as a hint."""
    if fout_["melding"] == "onbekend parameterpad":
        hint = lijkt_op(s, fout_["veld"].removeprefix("wijzigingen."))
        if hint:
            return fout_ | {"melding": f"onbekend parameterpad; bedoelt u {' of '.join(hint)}?"}
    return fout_


def _geheel(tekst, veld, laag, hoog):
    try:
        getal = int(str(tekst).strip())
    except ValueError:
        raise GebruikersFout(f"verwacht een geheel getal, niet {tekst!r}") from None
    if not laag <= getal <= hoog:
        raise GebruikersFout(f"kies een getal van {laag} tot en met {hoog:,}".replace(",", "."))
    return getal


def lees_maand_en_bevolking(velden: dict) -> dict:
    """Reads (in place) the month (empty: the default month, chosen in the job), the number of
    persons and the seed of a form; the errors per field."""
    fouten = {}
    if velden["periode"]:
        try:
            velden["periode"] = str(lees_periode(velden["periode"]))
        except GebruikersFout as e:
            fouten["periode"] = str(e).removeprefix("periode ")
    for veld, laag, hoog in (("personen", 1, werk_.MAX_PERSONEN), ("zaad", 0, 2**32 - 1)):
        try:
            velden[veld] = _geheel(velden[veld], veld, laag, hoog)
        except GebruikersFout as e:
            fouten[veld] = str(e)
    return fouten


def start_taak(opdracht: dict, werk, formulier: dict, voorvoegsel: str = "", anders: str = "hervorming"):
    """Start a job; wait a moment for a small one; the job's URL (303), or the error at the field.

    `formulier`: the arguments of `_formulier` to show the form again; `voorvoegsel`: of the field
    ids on the page (the sweep's fields are `sweep-...`); `anders`: the field of an error that is
    not about the month."""
    try:
        taak_id = _taken().start(opdracht, werk)
    except ServerBezet as e:
        return fout(
            "server_bezet", "", str(e), status=503, template="hervorming.html", **_formulier(**formulier)
        )
    staat = _taken().wacht(taak_id, WACHT_OP_KLEINE_TAAK)
    if staat and staat["status"] == "fout" and staat.get("soort_fout") == "invoer":
        # Input the rules cannot compute (a month before their coverage, a parameter a reform ends
        # while the rules still read it): shown at the field, like any other bad input.
        veld = "periode" if "gedekte periode" in staat["melding"] else anders
        return fout(
            "niet_te_berekenen",
            veld,
            staat["melding"],
            template="hervorming.html",
            fouten={voorvoegsel + veld: staat["melding"]},
            **_formulier(**formulier),
        )
    if request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json":
        return jsonify({"taak": taak_id, "url": url_for("paginas.taak", taak_id=taak_id)}), 202
    return redirect(url_for("paginas.taak", taak_id=taak_id), 303)


@paginas.route("/hervorming", methods=["POST"])
def hervorming_starten():
    s = systeem()
    formulier = request.form
    velden = {
        "periode": formulier.get("periode", "").strip(),
        "personen": formulier.get("personen", "").strip(),
        "zaad": formulier.get("zaad", "").strip(),
        "eigen": formulier.get("eigen", ""),
        "gekozen": formulier.getlist("hervorming"),
    }
    fouten: dict[str, str] = {}
    reformfouten: dict[str, list] = {}
    fouten.update(lees_maand_en_bevolking(velden))

    bekend = {h["stam"]: h for h in werk_.ingebouwd()}
    varianten = []
    for stam in velden["gekozen"]:
        if stam not in bekend:
            fouten["hervorming"] = f"onbekende ingebouwde hervorming {stam!r}"
            continue
        varianten.append(
            {"naam": bekend[stam]["naam"], "bron": f"ingebouwd: {stam}", "document": bekend[stam]["document"]}
        )
    eigen = [("eigen", velden["eigen"], "geplakte hervorming")]
    bestand = request.files.get("bestand")
    if bestand and bestand.filename:
        inhoud = bestand.read().decode("utf-8", errors="replace")
        eigen.append(("bestand", inhoud, bestand.filename))
    for veld, tekst, bron in eigen:
        if not tekst.strip():
            continue
        try:
            document = werk_.lees_eigen(tekst, bron, s)
        except HervormingOngeldig as e:
            reformfouten[veld] = [_met_hint(f, s) for f in e.fouten]
            fouten[veld] = f"{len(e.fouten)} {'fout' if len(e.fouten) == 1 else 'fouten'} in de hervorming"
            continue
        varianten.append({"naam": document["naam"], "bron": bron, "document": document})
    if not varianten and "hervorming" not in fouten and not reformfouten:
        fouten["hervorming"] = "kies een ingebouwde hervorming of plak of kies een eigen hervormingsbestand"
    if len(varianten) > werk_.MAX_VARIANTEN:
        fouten["hervorming"] = (
            f"ten hoogste {werk_.MAX_VARIANTEN} varianten naast elkaar, niet {len(varianten)}"
        )
    if not fouten and werk_.geschatte_seconden(velden["personen"], len(varianten)) > werk_.MAX_SECONDEN:
        seconden = werk_.geschatte_seconden(velden["personen"], len(varianten))
        fouten["personen"] = (
            f"deze vergelijking zou naar schatting {seconden:.0f} seconden rekenen; de pagina's rekenen ten "
            f"hoogste {werk_.MAX_SECONDEN} seconden. Kies minder personen of varianten, of gebruik llo compare "
            "op de opdrachtregel"
        )
    if fouten:
        veld, melding = next(iter(fouten.items()))
        code = (
            "ongeldige_hervorming"
            if reformfouten
            else "te_groot"
            if "schatting" in melding
            else "ongeldige_invoer"
        )
        return fout(
            code,
            veld,
            melding,
            status=422 if code == "te_groot" else 400,
            template="hervorming.html",
            fouten=fouten,
            **_formulier(velden=velden, reformfouten=reformfouten),
        )

    opdracht = {
        "soort": "vergelijking",
        "periode": velden["periode"],
        "personen": velden["personen"],
        "zaad": velden["zaad"],
        "varianten": werk_.unieke_namen(varianten),
    }
    return start_taak(opdracht, werk_.werk(opdracht, s), {"velden": velden})


def _staat(taak_id):
    staat = _taken().lees(taak_id)
    if staat is None:
        abort(404)
    return staat


@paginas.route("/hervorming/taak/<taak_id>/status")
def taak_status(taak_id):
    staat = _staat(taak_id)
    return jsonify({k: staat.get(k) for k in ("id", "status", "voortgang", "melding")})


def _rijen(resultaten, alle: bool):
    namen = list(resultaten[0]["outputs"])
    if alle:
        return namen
    return [
        n
        for n in namen
        if any(r["outputs"][n]["krijgt_recht"] or r["outputs"][n]["verliest_recht"] for r in resultaten)
    ]


def _label(naam: str) -> str:
    variabele = systeem().variables.get(naam)
    return (variabele.label if variabele is not None else None) or naam


def geldrijen(uitkomst: dict) -> list[dict]:
    """Every amount of a comparison (`als_json`), with its right and label: the rows of the money block."""
    return [
        {"naam": bedrag, "recht": recht, "label": _label(bedrag), **blok}
        for recht, w in uitkomst["outputs"].items()
        for bedrag, blok in w.get("bedragen", {}).items()
    ]


def _verandert(rij: dict) -> bool:
    return bool(rij["verschil"] or rij["meer"] or rij["minder"])


@paginas.route("/hervorming/taak/<taak_id>")
def taak(taak_id):
    staat = _staat(taak_id)
    if staat["status"] != "klaar":
        status = 500 if staat.get("soort_fout") == "intern" else 200
        return pagina("hervorming_taak.html", staat, status=status, staat=staat, resultaat=None)
    if staat["opdracht"].get("soort") == "sweep":
        from openfisca_llo.web.paginas.sweep import sweep_resultaat  # sweep.py builds on this module

        return sweep_resultaat(staat)
    uit = staat["resultaat"]
    resultaten = uit["resultaten"]
    alle = request.args.get("alle") == "1"
    rijen = _rijen(resultaten, alle)
    uitkomsten = [als_json(r) for r in resultaten]
    grafieken = [
        svg.staafgrafiek(
            [(n, r["outputs"][n]["krijgt_recht"], r["outputs"][n]["verliest_recht"]) for n in rijen],
            f"Wie krijgt en wie verliest een recht: {r['reform']}",
        )
        for r in resultaten
    ]
    geld = [geldrijen(u) for u in uitkomsten]
    return pagina(
        "hervorming_taak.html",
        uitkomsten[0] if len(uitkomsten) == 1 else uitkomsten,
        staat=staat,
        resultaat=uit,
        resultaten=uitkomsten,
        rijen=rijen,
        alle=alle,
        labels={n: _label(n) for n in resultaten[0]["outputs"]},
        grafieken=grafieken,
        geld=[[r for r in rijen_ if _verandert(r)] for rijen_ in geld],
        geld_gelijk=[sum(not _verandert(r) for r in rijen_) for rijen_ in geld],
        kostenlabels={n: _label(n) for u in uitkomsten for n in u["kosten"]["bedragen"]},
        groepen=GROEPEN,
    )


def _klaar(taak_id):
    staat = _staat(taak_id)
    if staat["status"] != "klaar":
        abort(409)
    return staat


def compare_antwoorden(staat: dict) -> list[dict]:
    """Per variant the answer of `llo compare --format json`: the comparison with its request and receipt."""
    uit, opdracht = staat["resultaat"], staat["opdracht"]
    populatie = {"omvang": opdracht["personen"], "zaad": opdracht["zaad"]}
    return [
        compare_met_bewijs(
            als_json(r),
            compare_verzoek(v["document"], uit["periode"], populatie, False, uit["periode_keuze"]),
            systeem(),
        )
        for r, v in zip(uit["resultaten"], opdracht["varianten"], strict=True)
    ]


@paginas.route("/hervorming/taak/<taak_id>/vergelijking.json")
def taak_json(taak_id):
    staat = _klaar(taak_id)
    if staat["opdracht"].get("soort") == "sweep":
        uit, naam = staat["resultaat"]["sweep"], "sweep.json"
    else:
        antwoorden = compare_antwoorden(staat)
        uit, naam = antwoorden[0] if len(antwoorden) == 1 else antwoorden, "vergelijking.json"
    return Response(
        json.dumps(uit, indent=2, ensure_ascii=False),
        mimetype="application/json",
        headers={"Content-Disposition": f"attachment; filename={naam}"},
    )


def _vergelijking(taak_id):
    staat = _klaar(taak_id)
    if staat["opdracht"].get("soort") == "sweep":
        abort(404)
    return staat


@paginas.route("/hervorming/taak/<taak_id>/vergelijking.csv")
def taak_csv(taak_id):
    resultaten = _vergelijking(taak_id)["resultaat"]["resultaten"]
    buffer = io.StringIO()
    schrijver = csv.writer(buffer)
    schrijver.writerow(["hervorming", "periode", "personen", "recht", *GROEPEN])
    for r in resultaten:
        for naam, w in r["outputs"].items():
            schrijver.writerow([r["reform"], r["period"], r["persons"], naam, *(w[g] for g in GROEPEN)])
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=vergelijking.csv"},
    )


@paginas.route("/hervorming/taak/<taak_id>/vergelijking.png")
def taak_png(taak_id):
    from openfisca_llo.analyse.grafiek import teken

    uit = _vergelijking(taak_id)["resultaat"]
    buffer = io.BytesIO()
    teken(uit["resultaten"], buffer, uit["herkomst"])
    return Response(buffer.getvalue(), mimetype="image/png")


def _variant(staat, variant):
    varianten = staat["opdracht"]["varianten"]
    if not 0 <= variant < len(varianten):
        abort(404)
    return varianten[variant]


#: Groups with example persons: of a right (`outputs.<recht>.voorbeelden`) and of an amount
#: (`outputs.<recht>.bedragen.<bedrag>.voorbeelden`).
RECHTGROEPEN = ("krijgt_recht", "verliest_recht")
BEDRAGGROEPEN = ("meer", "minder")


def _groep(resultaat: dict, naam: str, groep: str) -> tuple[str, int, list[int]] | None:
    """(the right, the count, the example ids) of a group of the comparison, or None."""
    if groep in RECHTGROEPEN and naam in resultaat["outputs"]:
        w = resultaat["outputs"][naam]
        return naam, w[groep], w.get("voorbeelden", {}).get(groep, [])
    if groep in BEDRAGGROEPEN:
        for recht, w in resultaat["outputs"].items():
            blok = w.get("bedragen", {}).get(naam)
            if blok is not None:
                return recht, blok[groep], blok["voorbeelden"].get(groep, [])
    return None


@paginas.route("/hervorming/taak/<taak_id>/voorbeelden/<int:variant>/<naam>/<groep>")
def voorbeelden(taak_id, variant, naam, groep):
    """The comparison's own example persons behind a count (the first by id, `llo compare`'s `voorbeelden`)."""
    staat = _vergelijking(taak_id)
    gegevens = _variant(staat, variant)
    resultaat = staat["resultaat"]["resultaten"][variant]
    gevonden = _groep(resultaat, naam, groep)
    if gevonden is None:
        abort(404)
    recht, aantal, ids = gevonden
    personen = [{"index": i, "invoer": resultaat["personen"][str(i)]} for i in ids]
    vragen = [recht] if naam == recht else [recht, naam]
    return pagina(
        "hervorming_voorbeelden.html",
        {"variant": gegevens["naam"], "naam": naam, "groep": groep, "aantal": aantal, "personen": personen},
        staat=staat,
        variant=variant,
        variantnaam=gegevens["naam"],
        naam=naam,
        vragen=vragen,
        label=_label(naam),
        groep=groep,
        aantal=aantal,
        personen=personen,
    )


def _gevraagd(resultaat: dict, index: int, gevraagd: list[str]) -> list[str]:
    """The variables to explain: those asked for (rights and amounts of the comparison), or else
    every right and amount for which this person is an example."""
    bekend = set(resultaat["outputs"]) | {
        b for w in resultaat["outputs"].values() for b in w.get("bedragen", {})
    }
    if gevraagd:
        if not set(gevraagd) <= bekend:
            abort(404)
        return list(dict.fromkeys(gevraagd))
    uit = []
    for recht, w in resultaat["outputs"].items():
        if any(index in ids for ids in w.get("voorbeelden", {}).values()):
            uit.append(recht)
        uit += [
            b
            for b, blok in w.get("bedragen", {}).items()
            if any(index in i for i in blok["voorbeelden"].values())
        ]
    return uit


@paginas.route("/hervorming/taak/<taak_id>/persoon/<int:variant>/<int:index>")
def voorbeeldpersoon(taak_id, variant, index):
    """One example person: the explanation of the right that flipped (and of an amount that
    changed) under the current law and under the variant, side by side: `uitleg/antwoord.py`
    `beantwoord` with the reform, the same answer as `llo waarom --hervorming` and POST /waarom."""
    staat = _vergelijking(taak_id)
    gegevens = _variant(staat, variant)
    resultaat = staat["resultaat"]["resultaten"][variant]
    periode = staat["resultaat"]["periode"]
    basis = systeem()
    situatie = werk_.voorbeeldsituatie(basis, resultaat, index, periode)
    if situatie is None:
        abort(404)
    gevraagd = _gevraagd(resultaat, index, request.args.getlist("recht"))
    if not gevraagd:
        abort(404)
    verzoek = {"situation": situatie, "reform": gegevens["document"], "periode": periode, "recht": gevraagd}
    try:
        antwoord = beantwoord(verzoek, basis, werk_.hervormd_systeem(gegevens["document"], basis))
    except GebruikersFout as e:
        return fout(getattr(e, "code", "niet_te_berekenen"), getattr(e, "veld", ""), str(e))
    naam = next(iter(situatie["personen"]))
    uitleg = antwoord.als_json()["uitleg"][naam]
    teksten, _ = uit_situatie(basis, situatie)
    return pagina(
        "hervorming_persoon.html",
        {"verzoek": verzoek, "uitleg": uitleg},
        staat=staat,
        variant=variant,
        naam=gegevens["naam"],
        persoon=naam,
        index=index,
        periode=periode,
        uitleg=uitleg,
        verzoek=json.dumps(verzoek, indent=2, ensure_ascii=False),
        link="/persoon?" + urlencode({"periode": periode, **teksten}),
    )


@paginas.route("/hervorming/bepalingen/<stam>")
def bepalingen(stam):
    bekend = {h["stam"]: h for h in werk_.ingebouwd()}
    if stam not in bekend:
        return fout("onbekende_hervorming", "stam", f"onbekende ingebouwde hervorming {stam!r}", status=404)
    h = bekend[stam]
    tabel = verschillen(h["document"], systeem())
    return pagina(
        "hervorming_bepalingen.html", {"hervorming": h["naam"], "wijzigingen": tabel}, h=h, tabel=tabel
    )
