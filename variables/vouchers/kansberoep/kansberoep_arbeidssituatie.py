from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Arbeidspositie


class kansberoep_arbeidssituatie(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2017-12-31"
    label = "Werkt in loondienst of als zelfstandige, of ontvangt WW (kansberoep)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=2&g=2017-07-18",
    ]
    documentation = """
    Art. 2: de geregistreerde werkzoekende die a. arbeid in loondienst verricht of een IOW- of
    WW-uitkering ontvangt, of b. als zelfstandige werkzaamheden verricht.
    Niet gemodelleerd: de IOW-uitkering (alleen de WW-uitkering is invoer).
    """

    def formula_2016_05_01(persoon, period):
        """
        Art. 2: "a. arbeid in loondienst verricht, dan wel ... een IOW- of WW-uitkering ontvangt; of
        b. als zelfstandige werkzaamheden verricht".
        """
        positie = persoon("arbeidspositie", period)
        loondienst = (positie == Arbeidspositie.werknemer) + (positie == Arbeidspositie.ambtenaar)
        art_2_a = loondienst + persoon("ww_uitkering", period)
        art_2_b = (positie == Arbeidspositie.zelfstandige_zonder_personeel) + (
            positie == Arbeidspositie.zelfstandige_met_personeel
        )
        return art_2_a + art_2_b
