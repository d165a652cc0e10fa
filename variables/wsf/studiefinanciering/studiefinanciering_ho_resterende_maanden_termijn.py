import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import MAANDEN_PER_JAAR, maandnummer, maandnummer_van_instant


class studiefinanciering_ho_resterende_maanden_termijn(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    unit = "month"
    label = "Resterende maanden van de termijn van tien jaar voor studiefinanciering hoger onderwijs"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
    ]
    documentation = """
    Wsf 2000 art. 2.13 lid 1 onder b: geen aanspraak meer "indien er 10 jaren verstreken zijn met
    ingang van de maand waarover voor het eerst studiefinanciering is toegekend voor het volgen van
    hoger onderwijs". Resterend, deze maand meegeteld: de eerste maand plus 120 maanden min deze
    maand, tussen 0 en 120. Wie nog nooit studiefinanciering in het hoger onderwijs had, heeft de
    hele termijn nog.
    Niet gemodelleerd: de verlenging bij bijzondere omstandigheden (lid 3 en 4, art. 5.16).
    """

    def formula_2017_09_01(persoon, period, parameters):
        """Art. 2.13 lid 1 onder b: "10 jaren verstreken ... met ingang van de maand waarover voor het
        eerst studiefinanciering is toegekend"."""
        p = parameters(period).wsf.studiefinanciering
        termijn = p.termijn_jaren * MAANDEN_PER_JAAR
        eerste_maand = maandnummer(persoon("studiefinanciering_ho_eerste_maand", period))
        deze_maand = maandnummer_van_instant(period.start)
        return np.clip(eerste_maand + termijn - deze_maand, 0, termijn)
