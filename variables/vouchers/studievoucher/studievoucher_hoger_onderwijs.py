from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector


class studievoucher_hoger_onderwijs(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-08-31"
    label = "Volgt geaccrediteerd hoger onderwijs waarvoor de voucher kan worden gebruikt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Art. 12.15 lid 1 (oud): de voucher is een vergoeding "voor de kosten van het volgen van hoger
    onderwijs": ingeschreven voor een geaccrediteerde hbo- of wo-opleiding (voltijd, deeltijd, duaal of
    modulair; bekostigd of niet). Vervallen met de voucher per 1 september 2023.
    Niet gemodelleerd: erkend hoger onderwijs in het buitenland.
    """

    def formula_2015_09_01(persoon, period):
        """Art. 12.15 lid 1 (oud): "voor de kosten van het volgen van hoger onderwijs"."""
        sector = persoon("onderwijssector", period)
        hoger_onderwijs = (sector == Onderwijssector.hbo) + (sector == Onderwijssector.wo)
        return hoger_onderwijs * persoon("opleiding_geaccrediteerd", period)
