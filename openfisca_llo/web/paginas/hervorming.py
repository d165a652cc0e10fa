"""Hervorming: the drafter's workbench. Choose built-in reforms and/or paste or upload one, pick
the month and the population size, and compare up to four variants side by side: the flip
matrix per right with its causes, example persons behind every count, the provisions table of
each variant, and the JSON (as `llo compare --format json`), a CSV and the PNG to download.

A comparison runs as a job (`taken.py`) with a permanent URL, /hervorming/taak/<id>, that shows
its progress and, when done, its result. A comparison over the limit is refused with a message.
"""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

from flask import Response, abort, current_app, jsonify, redirect, request, url_for

from openfisca_llo.analyse.vergelijking import GROEPEN, als_json
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import HervormingOngeldig
from openfisca_llo.hervorming.bepalingen import verschillen
from openfisca_llo.uitleg.overzicht import lees_periode, overzicht_situatie
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
    try:
        velden["periode"] = str(lees_periode(velden["periode"]))
    except GebruikersFout as e:
        fouten["periode"] = str(e).removeprefix("periode ")
    for veld, laag, hoog in (("personen", 1, werk_.MAX_PERSONEN), ("zaad", 0, 2**32 - 1)):
        try:
            velden[veld] = _geheel(velden[veld], veld, laag, hoog)
        except GebruikersFout as e:
            fouten[veld] = str(e)

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
        "periode": velden["periode"],
        "personen": velden["personen"],
        "zaad": velden["zaad"],
        "varianten": werk_.unieke_namen(varianten),
    }
    try:
        taak_id = _taken().start(opdracht, werk_.werk(opdracht, s))
    except ServerBezet as e:
        return fout(
            "server_bezet", "", str(e), status=503, template="hervorming.html", **_formulier(velden=velden)
        )
    staat = _taken().wacht(taak_id, WACHT_OP_KLEINE_TAAK)
    if staat and staat["status"] == "fout" and staat.get("soort_fout") == "invoer":
        # Input the rules cannot compute (a month before their coverage, a parameter a reform ends
        # while the rules still read it): shown at the field, like any other bad input.
        veld = "periode" if "gedekte periode" in staat["melding"] else "hervorming"
        return fout(
            "niet_te_berekenen", veld, staat["melding"], template="hervorming.html", **_formulier(velden=velden)
        )
    if request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json":
        return jsonify({"taak": taak_id, "url": url_for("paginas.taak", taak_id=taak_id)}), 202
    return redirect(url_for("paginas.taak", taak_id=taak_id), 303)


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


@paginas.route("/hervorming/taak/<taak_id>")
def taak(taak_id):
    staat = _staat(taak_id)
    if staat["status"] != "klaar":
        status = 500 if staat.get("soort_fout") == "intern" else 200
        return pagina("hervorming_taak.html", staat, status=status, staat=staat, resultaat=None)
    uit = staat["resultaat"]
    resultaten = uit["resultaten"]
    alle = request.args.get("alle") == "1"
    rijen = _rijen(resultaten, alle)
    labels = {n: systeem().variables[n].label for n in resultaten[0]["outputs"]}
    oorzaaklabels = {
        c: systeem().variables[c].label
        for r in resultaten
        for w in r["outputs"].values()
        for c in w["oorzaken"]
        if c in systeem().variables
    }
    grafieken = [
        svg.staafgrafiek(
            [(n, r["outputs"][n]["krijgt_recht"], r["outputs"][n]["verliest_recht"]) for n in rijen],
            f"Wie krijgt en wie verliest een recht: {r['reform']}",
        )
        for r in resultaten
    ]
    gegevens = [als_json(r) for r in resultaten]
    return pagina(
        "hervorming_taak.html",
        gegevens[0] if len(gegevens) == 1 else gegevens,
        staat=staat,
        resultaat=uit,
        resultaten=resultaten,
        rijen=rijen,
        alle=alle,
        labels=labels,
        oorzaaklabels=oorzaaklabels,
        grafieken=grafieken,
        groepen=GROEPEN,
    )


def _klaar(taak_id):
    staat = _staat(taak_id)
    if staat["status"] != "klaar":
        abort(409)
    return staat


@paginas.route("/hervorming/taak/<taak_id>/vergelijking.json")
def taak_json(taak_id):
    resultaten = _klaar(taak_id)["resultaat"]["resultaten"]
    uit = [als_json(r) for r in resultaten]
    tekst = json.dumps(uit[0] if len(uit) == 1 else uit, indent=2, ensure_ascii=False)
    return Response(
        tekst,
        mimetype="application/json",
        headers={"Content-Disposition": "attachment; filename=vergelijking.json"},
    )


@paginas.route("/hervorming/taak/<taak_id>/vergelijking.csv")
def taak_csv(taak_id):
    resultaten = _klaar(taak_id)["resultaat"]["resultaten"]
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

    uit = _klaar(taak_id)["resultaat"]
    buffer = io.BytesIO()
    teken(uit["resultaten"], buffer, uit["herkomst"])
    return Response(buffer.getvalue(), mimetype="image/png")


def _variant(staat, variant):
    varianten = staat["opdracht"]["varianten"]
    if not 0 <= variant < len(varianten):
        abort(404)
    return varianten[variant]


@paginas.route("/hervorming/taak/<taak_id>/voorbeelden/<int:variant>/<recht>/<groep>")
def voorbeelden(taak_id, variant, recht, groep):
    staat = _klaar(taak_id)
    gegevens = _variant(staat, variant)
    if groep not in ("krijgt_recht", "verliest_recht"):
        abort(404)
    personen = staat["resultaat"]["voorbeelden"][variant].get(recht, {}).get(groep, [])
    aantal = staat["resultaat"]["resultaten"][variant]["outputs"].get(recht, {}).get(groep)
    if aantal is None:
        abort(404)
    return pagina(
        "hervorming_voorbeelden.html",
        {"variant": gegevens["naam"], "recht": recht, "groep": groep, "aantal": aantal, "personen": personen},
        staat=staat,
        variant=variant,
        naam=gegevens["naam"],
        recht=recht,
        label=systeem().variables[recht].label,
        groep=groep,
        aantal=aantal,
        personen=personen,
    )


@paginas.route("/hervorming/taak/<taak_id>/persoon/<int:variant>/<int:index>")
def voorbeeldpersoon(taak_id, variant, index):
    """One example person: the overview under the current law and under the variant, side by side.

    PLAATS VOOR DE UITLEG (issue 13): the explanation of the right that flipped, per system.
    """
    staat = _klaar(taak_id)
    gegevens = _variant(staat, variant)
    gevonden = [
        p
        for groepen in staat["resultaat"]["voorbeelden"][variant].values()
        for lijst in groepen.values()
        for p in lijst
        if p["index"] == index
    ]
    if not gevonden:
        abort(404)
    situatie = gevonden[0]["situatie"]
    periode = staat["opdracht"]["periode"]
    basis = systeem()
    naam = next(iter(situatie["personen"]))
    voor = overzicht_situatie(situatie, periode, basis)[naam]
    na = overzicht_situatie(situatie, periode, werk_.hervormd_systeem(gegevens["document"], basis))[naam]
    teksten, _ = uit_situatie(basis, situatie)
    link = "/persoon?" + urlencode({"periode": periode, **teksten})
    paren = list(zip(voor, na, strict=True))
    # Per right, the conditions whose value differs between the two systems: the cause of a flip.
    veranderingen = {
        a.naam: [v.naam for v, w in zip(a.voorwaarden, b.voorwaarden, strict=True) if v.voldaan != w.voldaan]
        for a, b in paren
    }
    return pagina(
        "hervorming_persoon.html",
        {"situatie": situatie, "periode": periode},
        staat=staat,
        variant=variant,
        naam=gegevens["naam"],
        persoon=naam,
        index=index,
        periode=periode,
        paren=paren,
        veranderingen=veranderingen,
        recht=request.args.get("recht"),
        situatie=json.dumps(situatie, indent=2, ensure_ascii=False),
        link=link,
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
