import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_vrijstelling_resterende_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    unit = "month"
    label = "Aantal maanden vrijstelling van de sollicitatieplicht vanaf deze maand"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0019305&artikel=6",
    ]
    documentation = """
    Hoeveel kalendermaanden, deze maand meegeteld, de vrijstelling van art. 6 nog loopt als de
    situatie niet verandert: de resterende scholingsmaanden min de twee laatste, of alle resterende
    maanden als een aansluitende baan van ten minste zes maanden in zicht is; 0 zonder vrijstelling.
    """

    def formula_2005_12_29(persoon, period, parameters):
        """Art. 6 lid 2: de vrijstelling "eindigt twee maanden voor het tijdstip" van het einde."""
        p = parameters(period).ww.scholing
        vrijgesteld = persoon("ww_scholing_vrijstelling_sollicitatieplicht", period)
        resterend = persoon("scholing_resterende_maanden", period)
        aansluitende_baan = persoon("scholing_aansluitende_dienstbetrekking_maanden", period)
        doorlopend = aansluitende_baan >= p.aansluitende_dienstbetrekking_minimale_duur_maanden
        maanden = np.where(doorlopend, resterend, resterend - p.vrijstelling_eindigt_maanden_voor_einde)
        return np.where(vrijgesteld, maanden, 0)
