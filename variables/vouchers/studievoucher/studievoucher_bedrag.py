import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studievoucher_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Resterende waarde van de voucher, of de tegemoetkoming (0 zonder recht)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011545&artikel=19&g=2020-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
        "https://duo.nl/particulier/studievoucher/nieuwe-regeling-geld-in-plaats-van-studievoucher.jsp",
    ]
    documentation = """
    Tot en met 31 augustus 2023: de waarde van de voucher in het kalenderjaar van gebruik (Bsf 2000 art.
    19: € 2.000 naar de maatstaf van 1 januari 2017, geïndexeerd; DUO) min het al verzilverde deel.
    Vanaf 1 september 2023: de tegemoetkoming van art. 12.15 lid 3, € 1.835,94 voor wie de voucher niet
    verzilverde; wie haar gedeeltelijk gebruikte, krijgt "de resterende waarde van de voucher, met een
    maximum van" € 1.835,94 (DUO: "Dan is de resterende waarde van uw voucher de tegemoetkoming"). De
    resterende waarde is de waarde van de voucher in 2023 (€ 2.207,88, de laatste vastgestelde) min het
    verzilverde deel; de wet zegt niet tegen welke voucherwaarde de rest wordt bepaald, dat is een keuze
    (parameter `vouchers.studievoucher.tegemoetkoming.voucherwaarde`). Een eenmalig bedrag, geen bedrag
    per maand. 0 zonder recht.
    """

    def formula_2017_01_01(persoon, period, parameters):
        """Bsf 2000 art. 19 lid 1: "De waarde van de voucher bedraagt € 2.000 naar de maatstaf van 2017"."""
        p = parameters(period).vouchers.studievoucher.voucher
        recht = persoon("studievoucher_recht", period)
        verzilverd = persoon("studievoucher_verzilverd_bedrag", period)
        return np.where(recht, np.maximum(p.waarde - verzilverd, 0), 0)

    def formula_2023_09_01(persoon, period, parameters):
        """
        Art. 12.15 lid 3: "De tegemoetkoming bedraagt voor een rechthebbende die de ... voucher niet heeft
        verzilverd € 1.835,94. Indien een rechthebbende de voucher reeds gedeeltelijk heeft verzilverd,
        bedraagt voor deze rechthebbende de tegemoetkoming de resterende waarde van de voucher, met een
        maximum van het bedrag genoemd in de eerste volzin."
        """
        p = parameters(period).vouchers.studievoucher.tegemoetkoming
        recht = persoon("studievoucher_recht", period)
        verzilverd = persoon("studievoucher_verzilverd_bedrag", period)
        resterende_waarde = np.maximum(p.voucherwaarde - verzilverd, 0)
        art_12_15_lid_3 = np.minimum(resterende_waarde, p.bedrag)
        return np.where(recht, art_12_15_lid_3, 0)
