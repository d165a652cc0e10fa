"""Regels: the auditor's explorer. Permanent URLs:

/regels                                   the parameter tree and the variables
/regels/parameter/<pad>?op=D&op=E         a parameter: history, sources, step chart, value on D and E
/regels/variabele/<naam>                  a variable: label, articles, documentation, formulas, conditions
/regels/datum/<D>                         every parameter's value on D, with its source
/regels/verschil?van=D&tot=E              what changed between D and E
"""

from __future__ import annotations

from flask import redirect, request, url_for

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.uitleg.verkenner.parameters import boom, lees_datum, parameterblad_info
from openfisca_llo.uitleg.verkenner.variabelen import mappen, variabele_info
from openfisca_llo.uitleg.verkenner.verschil import verschil
from openfisca_llo.web.paginas import svg
from openfisca_llo.web.paginas.blauwdruk import _waarde, fout, pagina, paginas, systeem

MAX_DATUMS = 6


@paginas.route("/regels")
def regels():
    s = systeem()
    gegevens = {"parameters": boom(s.parameters), "variabelen": mappen(s)}
    variabelen = {naam: s.variables[naam].label for namen in gegevens["variabelen"].values() for naam in namen}
    return pagina("regels.html", gegevens, **gegevens, labels=variabelen)


@paginas.route("/regels/parameter/<pad>")
def parameter(pad):
    s = systeem()
    datums = [d for d in request.args.getlist("op") if d.strip()][:MAX_DATUMS]
    try:
        datums = [lees_datum(d, "op") for d in datums]
    except GebruikersFout as e:
        return fout(
            "ongeldige_datum", "op", str(e), template="regels_parameter.html", info=None, pad=pad, datums=datums
        )
    try:
        info = parameterblad_info(s, pad, datums)
    except GebruikersFout as e:
        return fout("onbekende_parameter", "pad", str(e), status=404, template="fout.html")
    grafiek = ""
    if info["blad"]:
        grafiek = svg.trapgrafiek(info["geschiedenis"], info.get("label") or pad, info.get("unit"), _waarde)
    return pagina("regels_parameter.html", info, info=info, pad=pad, datums=datums, grafiek=grafiek, fouten={})


@paginas.route("/regels/variabele/<naam>")
def variabele(naam):
    try:
        info = variabele_info(systeem(), naam)
    except GebruikersFout as e:
        return fout("onbekende_variabele", "naam", str(e), status=404)
    return pagina("regels_variabele.html", info, info=info)


@paginas.route("/regels/datum")
def datum_formulier():
    """The "what held on" box of /regels: a GET form, redirected to the permanent URL."""
    try:
        dag = lees_datum(request.args.get("op", ""), "op")
    except GebruikersFout as e:
        return fout("ongeldige_datum", "op", str(e))
    return redirect(url_for("paginas.datum", dag=dag), 303)


@paginas.route("/regels/datum/<dag>")
def datum(dag):
    try:
        dag = lees_datum(dag, "datum")
    except GebruikersFout as e:
        return fout("ongeldige_datum", "datum", str(e))
    gegevens = {"datum": dag, "parameters": boom(systeem().parameters, dag)}
    return pagina("regels_datum.html", gegevens, **gegevens)


@paginas.route("/regels/verschil")
def verschil_pagina():
    velden = {"van": request.args.get("van", ""), "tot": request.args.get("tot", "")}
    if not any(velden.values()):
        return pagina("regels_verschil.html", None, velden=velden, uitkomst=None, fouten={})
    fouten = {}
    for veld, tekst in velden.items():
        try:
            velden[veld] = lees_datum(tekst, veld)
        except GebruikersFout as e:
            fouten[veld] = str(e)
    if fouten:
        veld, melding = next(iter(fouten.items()))
        return fout(
            "ongeldige_datum",
            veld,
            melding,
            template="regels_verschil.html",
            fouten=fouten,
            velden=velden,
            uitkomst=None,
        )
    uitkomst = verschil(systeem(), velden["van"], velden["tot"])
    return pagina("regels_verschil.html", uitkomst, velden=velden, uitkomst=uitkomst, fouten={})
