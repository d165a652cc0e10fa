from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class slim_ontwikkelpaden_subsidiabele_scholing(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2027-12-31"
    label = "De scholing is subsidiabel als scholing in een ontwikkelpad (SLIM)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.5&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.1&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.12&g=2025-02-28",
        "https://zoek.officielebekendmakingen.nl/stcrt-2025-7276.html",
    ]
    documentation = """
    SLIM-regeling hoofdstuk 3 (aanvragen van 10 maart 2025 tot en met 31 december 2027): de scholing is
    opgenomen in een erkend ontwikkelpad (art. 3.5 lid 2), leidt tot een beroep in een maatschappelijk
    cruciale sector (art. 3.1), heeft een NLQF-niveau (art. 3.8 lid 3) en is kosteloos voor de deelnemer
    (art. 3.5 lid 2). De subsidie gaat naar de werkgever of het collectief (art. 3.4), niet naar de
    persoon; deze variabele zegt of de scholing van deze persoon subsidiabel is.
    Niet gemodelleerd: de start van de scholing (niet vóór 28 februari 2025, uiterlijk 13 weken na de
    aanvraag), de aanvraagtijdvakken en plafonds (art. 3.12, 3.13), het maximum per aanvraag (art. 3.14)
    en de toeslagen voor collectieven (art. 3.8 lid 2).
    """

    def formula_2025_02_28(persoon, period):
        """Art. 3.1, 3.5 lid 2 en 3.8 lid 3."""
        in_werking = persoon("slim_ontwikkelpaden_in_werking", period)
        art_3_5_lid_2_ontwikkelpad = persoon("scholing_in_erkend_ontwikkelpad", period)
        art_3_1 = persoon("slim_ontwikkelpaden_cruciale_sector", period)
        art_3_8_lid_3 = persoon("slim_ontwikkelpaden_nlqf_ingeschaald", period)
        art_3_5_lid_2_kosteloos = persoon("scholing_kosteloos_voor_deelnemer", period)
        return in_werking * art_3_5_lid_2_ontwikkelpad * art_3_1 * art_3_8_lid_3 * art_3_5_lid_2_kosteloos
