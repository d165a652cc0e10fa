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
}
