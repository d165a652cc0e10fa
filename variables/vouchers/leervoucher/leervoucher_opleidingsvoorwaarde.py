from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leervoucher_opleidingsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft niet meer dan het maximale opleidingsniveau van de leervoucher"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`).
        Richting op doelgroep: het hoogst behaalde opleidingsniveau (NLQF) is ten hoogste
        `maximaal_opleidingsniveau` ("tot en met mbo-4" is 4). In de basis 8: geen beperking.
    """

    def formula(persoon, period, parameters):
        """Voorstel: een opleiding "tot en met" het maximale niveau."""
        p = parameters(period).vouchers.leervoucher
        return persoon("hoogst_behaalde_opleidingsniveau", period) <= p.maximaal_opleidingsniveau
