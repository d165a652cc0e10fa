"""Which condition variables make up each right: the "why" behind every contract output.

Each right of the contract is the conjunction of these condition variables (see the
formulas); reform comparisons and the overview use this table to say which condition made
a right appear or disappear. A code-health test checks that every listed name exists and
that every variable listed here is read by the right's formula.
"""

VOORWAARDEN: dict[str, list[str]] = {
    "levenlanglerenkrediet_recht": [
        "levenlanglerenkrediet_van_toepassing",
        "wsf_nationaliteitsvoorwaarde",
        "levenlanglerenkrediet_leeftijdsvoorwaarde",
        "levenlanglerenkrediet_opleidingsvoorwaarde",
        "levenlanglerenkrediet_geen_studiefinanciering",
    ],
    "recht_op_studiefinanciering": [
        "wsf_nationaliteitsvoorwaarde",
        "studiefinanciering_leeftijdsvoorwaarde",
        "studiefinanciering_opleidingsvoorwaarde",
        "studiefinanciering_binnen_duur",
    ],
    "wettelijk_collegegeld_recht": [
        "wettelijk_collegegeld_bekostigde_opleiding",
        "wettelijk_collegegeld_nationaliteitsvoorwaarde",
        "wettelijk_collegegeld_geen_eerdere_graad",
    ],
    # WW: scholing met behoud van uitkering (WW art. 76, Scholingsregeling WW, beleidsregels UWV)
    "ww_scholing_noodzakelijk": [
        "ww_uitkering",
        "ww_scholing_arbeidsmarktrelevant",
        "ww_scholing_binnen_maximale_duur",
        "ww_scholing_schoolbaarheidsvoorwaarde",
        "ww_scholing_diplomavoorwaarde",
    ],
    "ww_scholing_behoud_uitkering": [
        "ww_uitkering",
        "ww_scholing_verenigbaar_met_beschikbaarheid",
    ],
    "ww_scholing_vrijstelling_sollicitatieplicht": [
        "ww_scholing_noodzakelijk",
        "ww_scholing_vrijstelling_nog_niet_geeindigd",
    ],
    # Leerrechten: wat een persoon nog aan publiek bekostigd onderwijs heeft (los van een inschrijving)
    "wettelijk_collegegeld_associate_degree_opleiding": [
        "wettelijk_collegegeld_nationaliteitsvoorwaarde",
        "nog_geen_graad_hoger_onderwijs",
    ],
    "wettelijk_collegegeld_bacheloropleiding": [
        "wettelijk_collegegeld_nationaliteitsvoorwaarde",
        "nog_geen_bachelorgraad",
    ],
    "wettelijk_collegegeld_masteropleiding": [
        "wettelijk_collegegeld_nationaliteitsvoorwaarde",
        "nog_geen_mastergraad",
    ],
    "studiefinanciering_nog_beschikbaar": [
        "wsf_nationaliteitsvoorwaarde",
        "studiefinanciering_leeftijdsvoorwaarde",
        "studiefinanciering_binnen_duur",
    ],
    # Leerrechten volgens het voorstel van SEO en de SER (in de basis niet in werking)
    "leerrechten_ser_seo_recht": [
        "leerrechten_ser_seo_in_werking",
        "leerrechten_ser_seo_startkwalificatie",
        "leerrechten_ser_seo_leeftijdsvoorwaarde",
        "leerrechten_ser_seo_buiten_initieel_onderwijs",
    ],
}
