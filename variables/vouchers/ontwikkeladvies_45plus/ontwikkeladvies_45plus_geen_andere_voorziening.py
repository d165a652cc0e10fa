import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ontwikkeladvies_45plus_geen_andere_voorziening(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Heeft geen re-integratieplan en geen reorganisatieregeling (ontwikkeladvies 45+)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Geen ontwikkeladvies voor wie een plan van aanpak voor re-integratie bij ziekte heeft of krijgt, of
    gebruik kan maken van een reorganisatieregeling van de werkgever (regeling en uitvoering, volgens
    secundaire bronnen; het artikel zelf is niet gezien, middel).
    """

    def formula_2017_12_01(persoon, period):
        """Geen re-integratieplan bij ziekte en geen reorganisatieregeling van de werkgever."""
        plan = persoon("plan_van_aanpak_reintegratie", period)
        reorganisatie = persoon("reorganisatieregeling_werkgever", period)
        return np.logical_not(plan + reorganisatie)
