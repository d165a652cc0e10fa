from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.parameterindex import per_sleutel


class hoogst_behaalde_opleidingsniveau(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    label = "Hoogst behaalde opleidingsniveau op de schaal van het NLQF (0 tot en met 8)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/kst-36341-3.html",
        "https://www.nuffic.nl/onderwijssystemen/nederland/niveau-van-nederlandse-diplomas",
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Afgeleid, geen invoer meer: het NLQF-niveau van het hoogst behaalde diploma
    (`hoogst_behaald_opleidingsniveau`), volgens de parameter `opleiding.nlqf.niveau` (Nuffic; 0 =
    onder niveau 1). Gebruikt voor het ontwikkeladvies STAP (ten hoogste mbo-2) en de gerichte
    leervoucher. De web-API weigert deze naam als invoer (400, code `afgeleide_variabele`); als
    uitvoer blijft hij werken.
    """

    def formula(persoon, period, parameters):
        """Het NLQF-niveau per diploma (generieke inschaling van formele opleidingen)."""
        diploma = persoon("hoogst_behaald_opleidingsniveau", period)
        return per_sleutel(parameters(period).opleiding.nlqf.niveau, diploma)
