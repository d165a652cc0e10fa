import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_maximale_duur_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    unit = "month"
    label = "Maximale duur van noodzakelijke scholing met behoud van WW-uitkering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0017139&artikel=2",
        "https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html",
    ]
    documentation = """
    WW art. 76 lid 2 en Scholingsregeling WW art. 2: een noodzakelijke scholing duurt maximaal één
    jaar; UWV kan in een individueel geval een langere duur toestaan, niet meer dan twee jaar.
    De beleidsregels van UWV (2012, 2014, 2016, 2021) herhalen de grens van één jaar.
    Gedekt vanaf 1 augustus 2004 (Scholingsregeling WW): een eerdere maand geeft de fout
    `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period, parameters):
        """
        Scholingsregeling WW art. 2: "duurt maximaal één jaar. Het UWV kan in individuele
        gevallen een opleiding of scholing van een langere duur toestaan, doch niet meer dan
        twee jaar."
        """
        p = parameters(period).ww.scholing
        langere_duur_toegestaan = persoon("scholing_langere_duur_toegestaan", period)
        return np.where(langere_duur_toegestaan, p.maximale_duur_uitzondering_maanden, p.maximale_duur_maanden)
