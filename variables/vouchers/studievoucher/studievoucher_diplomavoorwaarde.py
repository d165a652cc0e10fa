from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import MAANDEN_PER_JAAR, maandnummer


class studievoucher_diplomavoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Behaalde binnen de diplomatermijn een hbo-bachelor of wo-bachelor en -master"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Art. 12.15 lid 2 onder b: "binnen de diplomatermijn hoger onderwijs met goed gevolg een
    hbo-bacheloropleiding of het geheel van een wo-bacheloropleiding en een wo-masteropleiding afgerond".
    De diplomatermijn is tien jaar vanaf de eerste maand studiefinanciering (DUO). Als diplomadatum geldt
    de dag van registratie van het diploma (`diploma_registratiedatum`): de kalendermaand daarvan ligt
    vóór de eerste maand studiefinanciering plus tien jaar.
    Niet gemodelleerd: een verschil tussen de dag van het examen en die van de registratie.
    """

    def formula_2015_09_01(persoon, period, parameters):
        """Art. 12.15 lid 2 onder b: "binnen de diplomatermijn hoger onderwijs met goed gevolg ... afgerond"."""
        p = parameters(period).vouchers.studievoucher
        diploma = persoon("diploma_hbo_bachelor_of_wo_master", period)
        eerste_maand_sf = maandnummer(persoon("eerste_maand_studiefinanciering_bachelor", period))
        diplomamaand = maandnummer(persoon("diploma_registratiedatum", period))
        binnen_diplomatermijn = diplomamaand < eerste_maand_sf + p.diplomatermijn_jaren * MAANDEN_PER_JAAR
        return diploma * binnen_diplomatermijn
