import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.studiejaar import parameters_begin_studiejaar_ho


class wettelijk_collegegeld_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Volledig wettelijk collegegeld dat in het studiejaar verschuldigd is"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0006152&artikel=2.2&g=2026-08-01",
        "https://www.rijksoverheid.nl/onderwerpen/hoger-onderwijs/vraag-en-antwoord/hoogte-van-het-collegegeld-hogeschool-universiteit",
    ]
    documentation = """
    WHW art. 7.45 lid 1 en Uitvoeringsbesluit WHW 2008 art. 2.2: het volledig wettelijk collegegeld
    van het studiejaar in het hoger onderwijs dat deze maand loopt (begint op 1 september), na een
    tijdelijke verlaging (2021-2022: gehalveerd). Voor elke persoon gelijk; de persoon heeft er
    alleen iets aan als hij het wettelijk collegegeld verschuldigd is.
    Gedekt vanaf studiejaar 2016-2017 (de eerste waarde van `whw.wettelijk_collegegeld.bedrag`); een
    eerdere periode geeft de fout `periode_niet_gedekt`: het collegegeld bestond toen wel, alleen het
    bedrag is niet opgenomen.
    Niet gemodelleerd: het gedeeltelijk wettelijk collegegeld voor deeltijd en duaal (art. 7.45a lid
    4) en het verlaagd wettelijk collegegeld voor eerstejaars (2018-2019 tot en met 2023-2024).
    """

    def formula(persoon, period, parameters):
        """WHW art. 7.45 lid 1: "De hoogte van het volledig wettelijk collegegeld wordt bij algemene
        maatregel van bestuur vastgesteld." """
        p = parameters_begin_studiejaar_ho(parameters, period).whw.wettelijk_collegegeld
        return np.full(persoon.count, p.bedrag * (1 - p.tijdelijke_verlaging))
