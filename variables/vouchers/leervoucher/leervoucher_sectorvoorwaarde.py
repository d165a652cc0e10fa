from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.parameterindex import per_sleutel


class leervoucher_sectorvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De scholing leidt tot een beroep in een sector van de leervoucher"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`).
        Richting op arbeidsmarktdoelen: de beroepsklasse van het beroep waartoe de scholing leidt
        (`scholing_beroepsklasse`) staat aan in `vouchers.leervoucher.sectoren`. In de basis staan alle
        beroepsklassen aan.
    """

    def formula(persoon, period, parameters):
        """Voorstel: scholing richting de gekozen (maatschappelijk cruciale) sectoren."""
        p = parameters(period).vouchers.leervoucher
        return per_sleutel(p.sectoren, persoon("scholing_beroepsklasse", period))
