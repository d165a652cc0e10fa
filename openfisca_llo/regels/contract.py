"""The outputs of the public contract (../CONTRACT.md), in the contract's order.

Some belong to rule areas that may not be loaded in every tax-benefit system; `uitvoer(systeem)`
returns those that exist.
"""

# The inputs of the contract, in its order (the person form of the pages shows these first).
CONTRACT_INVOER = [
    "geboortedatum",
    "nationaliteit_categorie",
    "onderwijssector",
    "opleidingsvorm",
    "mbo_leerweg",
    "opleiding_graad",
    "opleiding_bekostigd",
    "opleiding_geaccrediteerd",
    "opleiding_onderwijs_of_zorg",
    "heeft_bachelorgraad",
    "heeft_mastergraad",
    "studiefinanciering_aanspraak_verbruikt",
    "studiefinanciering_ononderbroken_genoten",
    "levenlanglerenkrediet_ononderbroken_genoten",
    "ww_uitkering",
    "scholing_duur_maanden",
    "scholing_baangarantie_of_intentie",
    "scholing_richting_kansberoep",
    "scholing_reele_kans_op_werk",
    "scholing_schoolbaar",
    "scholing_erkend_diploma_of_certificaat",
    "scholing_belemmert_beschikbaarheid",
]

CONTRACT_UITVOER = [
    "leeftijd",
    "levenlanglerenkrediet_maximumleeftijd",
    "levenlanglerenkrediet_recht",
    "levenlanglerenkrediet_maximum_jaarbedrag",
    "recht_op_studiefinanciering",
    "wettelijk_collegegeld_recht",
    "ww_scholing_noodzakelijk",
    "ww_scholing_behoud_uitkering",
    "ww_scholing_vrijstelling_sollicitatieplicht",
    "stap_budget_recht",
    "studievoucher_recht",
]


# The outputs that are a number, not a right: an age, an age limit and an amount.
CONTRACT_GETALLEN = {
    "leeftijd",
    "levenlanglerenkrediet_maximumleeftijd",
    "levenlanglerenkrediet_maximum_jaarbedrag",
}

# The boolean outputs: the rights of the contract, in its order.
CONTRACT_RECHTEN = [naam for naam in CONTRACT_UITVOER if naam not in CONTRACT_GETALLEN]


def uitvoer(systeem) -> list[str]:
    return [naam for naam in CONTRACT_UITVOER if naam in systeem.variables]


def rechten(systeem) -> list[str]:
    """The boolean outputs: the rights."""
    return [naam for naam in uitvoer(systeem) if systeem.variables[naam].value_type is bool]
