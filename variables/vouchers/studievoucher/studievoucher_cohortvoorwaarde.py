from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import MAANDEN_PER_JAAR, maandnummer, maandnummer_van_jaar_en_maand


class studievoucher_cohortvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Ontving voor het eerst studiefinanciering voor een bachelor in het vouchercohort"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Art. 12.15 lid 2 onder a: "hij heeft in één van de vier studiejaren vanaf 1 september 2015 voor het
    eerst studiefinanciering ontvangen voor het volgen van een bacheloropleiding in het hoger onderwijs":
    de eerste maand van september 2015 tot en met augustus 2019 (invoer
    `eerste_maand_studiefinanciering_bachelor`).
    """

    def formula_2015_09_01(persoon, period, parameters):
        """Art. 12.15 lid 2 onder a: "in één van de vier studiejaren vanaf 1 september 2015"."""
        p = parameters(period).vouchers.studievoucher.cohort
        eerste_maand_ho = parameters(period).wsf.studiejaar.eerste_maand_hoger_onderwijs
        eerste_maand_sf = maandnummer(persoon("eerste_maand_studiefinanciering_bachelor", period))
        begin = maandnummer_van_jaar_en_maand(p.eerste_jaar, eerste_maand_ho)
        einde = begin + p.aantal_studiejaren * MAANDEN_PER_JAAR
        art_12_15_lid_2_a = (eerste_maand_sf >= begin) * (eerste_maand_sf < einde)
        return art_12_15_lid_2_a
