from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.parameterindex import per_sleutel


class slim_ontwikkelpaden_cruciale_sector(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2027-12-31"
    label = "De scholing leidt tot een beroep in een maatschappelijk cruciale sector"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.1&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.3&g=2025-02-28",
    ]
    documentation = """
    Art. 3.1: beroepsgroepen in maatschappelijk cruciale sectoren zijn de beroepen van bijlage II in de
    beroepsklassen pedagogische, technische, ICT-, transport- en logistiek-, agrifood- en natuur- en
    leefomgevings-, en zorg- en welzijnsberoepen. Gelezen uit `scholing_beroepsklasse`.
    Niet gemodelleerd: de afzonderlijke beroepen van bijlage II (niet gezien).
    """

    def formula_2025_02_28(persoon, period, parameters):
        """Art. 3.1: "beroepsgroepen in maatschappelijk cruciale sectoren"."""
        p = parameters(period).vouchers.slim_ontwikkelpaden
        beroepsklasse = persoon("scholing_beroepsklasse", period)
        return per_sleutel(p.cruciale_sectoren, beroepsklasse)
