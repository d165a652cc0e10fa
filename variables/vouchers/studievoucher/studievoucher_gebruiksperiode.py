from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import (
    MAANDEN_PER_JAAR,
    maand_van_eerste_studiejaar_na,
    maandnummer_van_instant,
)


class studievoucher_gebruiksperiode(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-08-31"
    label = "De maand valt in het vijfde tot en met negende studiejaar na de registratie van het diploma"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Art. 12.15 lid 2 onder c (oud): de voucher wordt gebruikt "in het tijdvak van het vijfde tot en met
    negende studiejaar volgend op de dag waarop Onze Minister de mededeling, bedoeld in artikel 7.9d WHW,
    heeft ontvangen". Het eerste studiejaar volgend op die dag is het eerste studiejaar van het hoger
    onderwijs (vanaf 1 september) dat na die dag begint. DUO: diploma in 2015-2016, gebruik van
    2020-2021 tot en met 2024-2025. Vervallen met de voucher per 1 september 2023.
    """

    def formula_2015_09_01(persoon, period, parameters):
        """Art. 12.15 lid 2 onder c: "het vijfde tot en met negende studiejaar volgend op de dag ..."."""
        p = parameters(period).vouchers.studievoucher.voucher
        eerste_maand_ho = parameters(period).wsf.studiejaar.eerste_maand_hoger_onderwijs
        registratie = persoon("diploma_registratiedatum", period)
        eerste_studiejaar = maand_van_eerste_studiejaar_na(registratie, eerste_maand_ho)
        begin = eerste_studiejaar + (p.eerste_bruikbare_studiejaar - 1) * MAANDEN_PER_JAAR
        einde = eerste_studiejaar + p.laatste_bruikbare_studiejaar * MAANDEN_PER_JAAR
        maand = maandnummer_van_instant(period.start)
        art_12_15_lid_2_c = (maand >= begin) * (maand < einde)
        return art_12_15_lid_2_c
