import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class stap_scholing_ocw_erkend(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = (
        "De scholing valt onder het begrip scholing van de STAP-regeling (vanaf 18 september 2023 OCW-erkend)"
    )
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=1&g=2023-09-04",
        "https://zoek.officielebekendmakingen.nl/stcrt-2023-20707.html",
        "https://vwg.nl/nieuws/stap-budget-flink-ingeperkt/",
    ]
    documentation = """
    Subsidieregeling STAP-budget art. 1, begrip scholing, zoals Staatscourant 2023, 20707 art. I onder A
    het beperkte voor de aanvraagtijdvakken vanaf 18 september 2023 tot het einde van de regeling: alleen
    een beroepsopleiding (of keuzedeel of onderdeel) onder de WEB en een geaccrediteerde opleiding (of
    onderdeel) onder WHW art. 7.3a en 7.3b (invoer `scholing_web_of_whw_erkend`). Daarvoor volstond elke
    scholing in het scholingsregister (`stap_scholing_in_register`). De maand is de maand van aanvraag;
    de beperking geldt in een maand als er op een dag van die maand onder de nieuwe tekst kon worden
    aangevraagd (schakelaar `vouchers.stap.alleen_ocw_erkende_scholing`): vanaf september 2023.
    """

    def formula_2022_01_01(persoon, period, parameters):
        """
        Art. 1 (versie vanaf 18 september 2023): "scholing: a. een beroepsopleiding als bedoeld in artikel
        7.1.2, tweede lid, van de Wet educatie en beroepsonderwijs, een keuzedeel ... dan wel andere
        onderdelen ...; b. een opleiding als bedoeld in de artikelen 7.3a en 7.3b van de Wet op het hoger
        onderwijs en wetenschappelijk onderzoek waarvoor accreditatie ... is verleend dan wel onderdelen".
        """
        beperkt = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.stap.alleen_ocw_erkende_scholing
        )
        art_1_scholing_ocw_erkend = persoon("scholing_web_of_whw_erkend", period)
        return np.logical_or(np.logical_not(np.full(persoon.count, beperkt)), art_1_scholing_ocw_erkend)
