from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leervoucher_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de voorwaarden van de gerichte leervoucher (voorstel)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`).
        Alle richtingsvoorwaarden tegelijk: de regeling staat aan, opleidingsniveau, sector, leeftijd,
        contract en aanbieder. In de basis onwaar voor iedereen.
        Niet gemodelleerd: een budget of plafond en een maximum aantal vouchers per persoon.
    """

    def formula(persoon, period):
        """Voorstel: alle richtingsvoorwaarden."""
        in_werking = persoon("leervoucher_in_werking", period)
        opleiding = persoon("leervoucher_opleidingsvoorwaarde", period)
        sector = persoon("leervoucher_sectorvoorwaarde", period)
        leeftijd = persoon("leervoucher_leeftijdsvoorwaarde", period)
        contract = persoon("leervoucher_contractvoorwaarde", period)
        aanbieder = persoon("leervoucher_aanbiedervoorwaarde", period)
        return in_werking * opleiding * sector * leeftijd * contract * aanbieder
