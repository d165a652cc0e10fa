from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class levenlanglerenkrediet_geen_studiefinanciering(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft geen aanspraak op reguliere studiefinanciering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=3.1&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=3.16b&g=2026-01-01",
    ]
    documentation = """
    Wsf 2000 art. 3.1 lid 3: "Indien een student geen aanspraak heeft op studiefinanciering als
    bedoeld in het eerste of tweede lid bestaat studiefinanciering uit levenlanglerenkrediet."
    Zo ook art. 3.16b lid 2 onder a. Het krediet is dus subsidiair aan de reguliere
    studiefinanciering.
    """

    def formula_2017_08_01(persoon, period):
        """Art. 3.1 lid 3: alleen wie geen aanspraak heeft op studiefinanciering."""
        return ~persoon("recht_op_studiefinanciering", period)
