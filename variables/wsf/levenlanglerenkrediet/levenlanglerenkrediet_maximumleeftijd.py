import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import MAANDEN_PER_JAAR
from openfisca_llo.regels.studiejaar import in_studiejaar


class levenlanglerenkrediet_maximumleeftijd(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Maximumleeftijd voor levenlanglerenkrediet in het studiejaar van de persoon"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.1&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
        "https://duo.nl/particulier/levenlanglerenkrediet/",
    ]
    documentation = """
    De maximumleeftijd van Wsf 2000 art. 2.3a lid 4 tot en met 6, zoals bekendgemaakt, in het
    studiejaar dat de maand bevat: in het beroepsonderwijs vanaf 1 augustus, in het hoger
    onderwijs vanaf 1 september (art. 1.1, studiejaar). Wie niet is ingeschreven, krijgt de
    waarde van het studiejaar van het hoger onderwijs.
    Staat de beleidsschakelaar `wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd` aan
    (een hervorming), dan is de maximumleeftijd de eigen pensioengerechtigde leeftijd van de
    student in hele jaren (67 jaar en 3 maanden geeft 67). Keuze: deze uitvoer blijft een geheel
    aantal jaren, zoals het contract zegt; de leeftijdsvoorwaarde zelf vergelijkt dan op de maand
    nauwkeurig (`levenlanglerenkrediet_leeftijdsvoorwaarde`).
    In augustus 2017 was het levenlanglerenkrediet er al in het mbo, maar liep in het hoger
    onderwijs nog studiejaar 2016-2017, waarin de regeling niet bestond: dan is de waarde 0
    (geen enkele leeftijd voldoet; de regeling is ook niet van toepassing).
    """

    def formula_2017_08_01(persoon, period, parameters):
        """Art. 2.3a lid 5: verhoging "met ingang van het studiejaar"."""
        art_2_3a_lid_4_tot_6 = in_studiejaar(
            persoon, period, parameters, lambda p: p.wsf.levenlanglerenkrediet.maximumleeftijd, voor_de_start=0
        )
        volgt_aow_leeftijd = in_studiejaar(
            persoon,
            period,
            parameters,
            lambda p: p.wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd,
            voor_de_start=False,
        )
        aow_leeftijd_in_jaren = persoon("pensioengerechtigde_leeftijd_in_maanden", period) // MAANDEN_PER_JAAR
        return np.where(volgt_aow_leeftijd, aow_leeftijd_in_jaren, art_2_3a_lid_4_tot_6)
