"""Which condition variables make up each right: the "why" behind every contract output.

Each right of the contract is the conjunction of these condition variables (see the
formulas); reform comparisons and the overview use this table to say which condition made
a right appear or disappear. A code-health test checks that every listed name exists and
that every variable listed here is read by the right's formula.
"""

import numpy as np

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

# Vouchers en gerichte scholingsbudgetten (issue 4)
VOORWAARDEN.update(
    {
        "stap_budget_recht": [
            "stap_in_werking",
            "stap_leeftijdsvoorwaarde",
            "stap_nationaliteitsvoorwaarde",
            "stap_verzekeringsvoorwaarde",
            "stap_geen_eerdere_toekenning",
            "stap_geen_studiefinanciering",
            "stap_scholing_in_register",
            "stap_ocw_onderwijs_toegestaan",
            "stap_scholing_ocw_erkend",
        ],
        # De voucher (tot en met 31 augustus 2023) of de tegemoetkoming (vanaf 1 september 2023):
        # cohort, diploma en tegoed gelden voor beide; gebruiksperiode en hoger onderwijs alleen voor
        # de voucher.
        "studievoucher_recht": [
            "studievoucher_cohortvoorwaarde",
            "studievoucher_diplomavoorwaarde",
            "studievoucher_niet_geheel_verzilverd",
            "studievoucher_voucher_in_werking",
            "studievoucher_gebruiksperiode",
            "studievoucher_hoger_onderwijs",
            "studievoucher_tegemoetkoming_in_werking",
        ],
        "kansberoep_subsidie_recht": [
            "kansberoep_in_werking",
            "geregistreerd_als_werkzoekende",
            "kansberoep_arbeidssituatie",
            "scholing_richting_kansberoep",
            "kansberoep_niet_eerder_verleend",
        ],
        "uwv_scholingsbudget_recht": [
            "uwv_scholingsbudget_in_werking",
            "ww_uitkering",
            "grote_kans_op_langdurige_werkloosheid",
            "uwv_scholingsbudget_duur",
            "uwv_scholingsbudget_gericht_op_werk",
        ],
        "ontwikkeladvies_45plus_recht": [
            "ontwikkeladvies_45plus_in_werking",
            "ontwikkeladvies_45plus_leeftijdsvoorwaarde",
            "ontwikkeladvies_45plus_werkende",
            "ontwikkeladvies_45plus_arbeidsduur",
            "ontwikkeladvies_45plus_beroepsgroep",
            "ontwikkeladvies_45plus_geen_andere_voorziening",
        ],
        "stap_ontwikkeladvies_recht": [
            "stap_ontwikkeladvies_in_werking",
            "band_met_nederlandse_arbeidsmarkt",
            "stap_ontwikkeladvies_leeftijdsvoorwaarde",
            "stap_ontwikkeladvies_opleidingsvoorwaarde",
        ],
        "nl_leert_door_recht": [
            "nl_leert_door_in_werking",
            "band_met_nederlandse_arbeidsmarkt",
            "nl_leert_door_leeftijdsvoorwaarde",
        ],
        "slim_ontwikkelpaden_subsidiabele_scholing": [
            "slim_ontwikkelpaden_in_werking",
            "scholing_in_erkend_ontwikkelpad",
            "slim_ontwikkelpaden_cruciale_sector",
            "slim_ontwikkelpaden_nlqf_ingeschaald",
            "scholing_kosteloos_voor_deelnemer",
        ],
        "leervoucher_recht": [
            "leervoucher_in_werking",
            "leervoucher_opleidingsvoorwaarde",
            "leervoucher_sectorvoorwaarde",
            "leervoucher_leeftijdsvoorwaarde",
            "leervoucher_contractvoorwaarde",
            "leervoucher_aanbiedervoorwaarde",
        ],
    }
)


#: Amounts and lengths to show with a right, besides those found by name.
DETAILS: dict[str, list[str]] = {
    "wettelijk_collegegeld_recht": ["wettelijk_collegegeld_bedrag"],
    "wettelijk_collegegeld_associate_degree_opleiding": ["wettelijk_collegegeld_bedrag"],
    "wettelijk_collegegeld_bacheloropleiding": ["wettelijk_collegegeld_bedrag"],
    "wettelijk_collegegeld_masteropleiding": ["wettelijk_collegegeld_bedrag"],
    "recht_op_studiefinanciering": [
        "studiefinanciering_ho_resterende_maanden_lening",
        "studiefinanciering_ho_resterende_maanden_termijn",
    ],
    "studiefinanciering_nog_beschikbaar": [
        "studiefinanciering_ho_resterende_maanden_lening",
        "studiefinanciering_ho_resterende_maanden_termijn",
    ],
    "ww_scholing_noodzakelijk": ["scholing_duur_maanden", "ww_scholing_maximale_duur_maanden"],
    "ww_scholing_vrijstelling_sollicitatieplicht": ["ww_scholing_vrijstelling_resterende_maanden"],
}


def detailvariabelen(recht: str, variabelen) -> list[str]:
    """The amount/length variables shown with `recht`: the DETAILS entry, then those found by name."""
    stam = recht.removesuffix("_recht")
    kandidaten = DETAILS.get(recht, []) + [f"{stam}_bedrag", f"{stam}_maximum_jaarbedrag", f"{recht}_bedrag"]
    gezien: list[str] = []
    for naam in kandidaten:
        if naam in variabelen and naam not in gezien and naam != recht:
            gezien.append(naam)
    return gezien


def tekst_vectorieel(persoon, period) -> np.ndarray:
    """For the variable `leerrechten_overzicht`: per person, the rights held, with their amounts.

    Vectorised over persons (a loop over rights only): "naam (detail: waarde, ...); naam ...".
    """
    variabelen = persoon.simulation.tax_benefit_system.variables
    resultaat = np.full(persoon.count, "", dtype=object)
    for recht in VOORWAARDEN:
        if recht not in variabelen:
            continue
        heeft = persoon(recht, period)
        stuk = np.full(persoon.count, recht, dtype=object)
        details = detailvariabelen(recht, variabelen)
        if details:
            delen = [np.char.add(f"{d}: ", np.char.mod("%g", persoon(d, period))) for d in details]
            samen = delen[0]
            for deel in delen[1:]:
                samen = np.char.add(np.char.add(samen, ", "), deel)
            stuk = stuk + " (" + samen.astype(object) + ")"
        stuk = np.where(heeft, stuk, "")
        scheiding = np.where((resultaat != "") & (stuk != ""), "; ", "")
        resultaat = resultaat + scheiding + stuk
    return resultaat
