from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_budget_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Voldoet aan de voorwaarden van de Subsidieregeling STAP-budget"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=7&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=8&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=12&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=29&g=2023-09-04",
        "https://www.uwv.nl/",
    ]
    documentation = """
    Subsidieregeling STAP-budget (in werking voor aanvragen van 1 maart 2022 tot en met 31 december
    2023): de maand is de maand van aanvraag. Voorwaarden: aanvragen mogelijk (art. 8, 29), leeftijd
    (art. 5 lid 2 onder a), EU-burgerschap zolang vereist (art. 5 lid 2 onder b oud), verzekering (art. 5
    lid 2 onder b), geen eerdere toekenning dat kalenderjaar (art. 12 lid 1 onder c), geen
    studiefinanciering, lerarenbeurs of WTOS (uitvoering, art. 5 lid 5), scholing in het register (art.
    5 lid 1), de uitsluiting van OCW-onderwijs onder de 30 (art. 5 lid 4) en, voor aanvragen vanaf 18
    september 2023, alleen OCW-erkende scholing (art. 1, begrip scholing, Staatscourant 2023, 20707).
    Niet gemodelleerd: de aanvraagtijdvakken en subsidieplafonds (op = op, art. 9a, 9b, 12a), de start
    van de scholing tussen vier weken na de aanvraag en drie maanden na het tijdvak (art. 5 lid 3) en de
    weigeringsgronden wegens misbruik.
    """

    def formula_2022_01_01(persoon, period):
        """Art. 1, 5, 8, 12 en 29: alle voorwaarden tegelijk."""
        in_werking = persoon("stap_in_werking", period)
        art_5_lid_2_a = persoon("stap_leeftijdsvoorwaarde", period)
        art_5_lid_2_b_oud = persoon("stap_nationaliteitsvoorwaarde", period)
        art_5_lid_2_b = persoon("stap_verzekeringsvoorwaarde", period)
        art_12_lid_1_c = persoon("stap_geen_eerdere_toekenning", period)
        art_5_lid_5 = persoon("stap_geen_studiefinanciering", period)
        art_5_lid_1 = persoon("stap_scholing_in_register", period)
        art_5_lid_4 = persoon("stap_ocw_onderwijs_toegestaan", period)
        art_1_scholing = persoon("stap_scholing_ocw_erkend", period)
        return (
            in_werking * art_5_lid_2_a * art_5_lid_2_b_oud * art_5_lid_2_b * art_12_lid_1_c * art_5_lid_5
        ) * (art_5_lid_1 * art_5_lid_4 * art_1_scholing)
