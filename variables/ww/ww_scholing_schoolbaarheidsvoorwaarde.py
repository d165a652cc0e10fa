import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_schoolbaarheidsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de eis van schoolbaarheid (voor zover UWV die toetst)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037955&artikel=1&g=2016-05-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://wetten.overheid.nl/BWBR0032081",
        "https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html",
    ]
    documentation = """
    Beleidsregels Scholing 2016 (en 2021): noodzaak vereist dat "de uitkeringsgerechtigde schoolbaar
    is": in staat de scholing met goed gevolg af te ronden en het beoogde beroep uit te oefenen.
    Onder de protocollen van 2012 en 2014 toetste UWV de schoolbaarheid van een WW-gerechtigde niet;
    dan is aan deze voorwaarde altijd voldaan (parameter `ww.scholing.schoolbaarheid_getoetst`).
    Gedekt vanaf 1 januari 2012 (Protocol Scholing 2012): een eerdere maand geeft de fout
    `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period, parameters):
        """
        Protocol Scholing 2012, par. 3: "UWV [gaat] niet over tot het beoordelen van de
        schoolbaarheid van de werkzoekende met een WW-uitkering". Beleidsregels Scholing 2016:
        "c. de uitkeringsgerechtigde is schoolbaar".
        """
        p = parameters(period).ww.scholing
        schoolbaar = persoon("scholing_schoolbaar", period)
        return schoolbaar + np.logical_not(p.schoolbaarheid_getoetst)
