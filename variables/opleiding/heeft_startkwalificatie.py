from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.parameterindex import per_sleutel


class heeft_startkwalificatie(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft ten minste een startkwalificatie"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002628&artikel=1&g=2026-01-01",
        "https://zoek.officielebekendmakingen.nl/stb-2007-203.html",
    ]
    documentation = """
    Leerplichtwet 1969 art. 1: een startkwalificatie is een diploma havo, vwo of mbo niveau 2 of
    hoger (WEB art. 7.2.2 lid 1 onder b tot en met e). Afgeleid van het hoogst behaalde diploma
    (`hoogst_behaald_opleidingsniveau`) via de parameter `opleiding.startkwalificatie`: een
    vmbo-diploma is geen startkwalificatie, ook niet op NLQF-niveau 2 zoals mbo-2.
    """

    def formula(persoon, period, parameters):
        """Leerplichtwet 1969 art. 1: startkwalificatie per diploma."""
        diploma = persoon("hoogst_behaald_opleidingsniveau", period)
        return per_sleutel(parameters(period).opleiding.startkwalificatie, diploma)
