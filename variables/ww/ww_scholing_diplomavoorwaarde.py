import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_diplomavoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De scholing leidt tot een erkend diploma of certificaat (voor zover vereist)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0017139&artikel=1",
        "https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html",
    ]
    documentation = """
    Beleidsregels Scholing 2016, art. 1: scholing leidt tot een "door het Ministerie van Onderwijs
    Cultuur en Wetenschap (OCW) dan wel door een landelijke brancheorganisatie erkend en
    geregistreerd bewijs". Onder de protocollen van 2012 en 2014 was dat geen eis (parameter
    `ww.scholing.erkend_diploma_vereist`).
    Niet gemodelleerd: de algemene eisen van Scholingsregeling WW art. 1 lid 1 en 3 (systematisch,
    volgens een vooraf vastgesteld programma, getoetst, niet hoofdzakelijk productie); die worden
    aangenomen.
    Gedekt vanaf 1 januari 2012 (Protocol Scholing 2012): een eerdere maand geeft de fout
    `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period, parameters):
        """Beleidsregels Scholing 2016, art. 1: "Certificaat of Diploma: ... erkend en geregistreerd bewijs"."""
        p = parameters(period).ww.scholing
        erkend = persoon("scholing_erkend_diploma_of_certificaat", period)
        return erkend + np.logical_not(p.erkend_diploma_vereist)
