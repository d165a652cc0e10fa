from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class hoogst_behaalde_opleidingsniveau(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Hoogst behaalde opleidingsniveau op de schaal van het NLQF (0 tot en met 8)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Invoer. Het niveau van het hoogste diploma op de schaal van het NLQF: 0 = lager dan niveau 1 (geen
    diploma of alleen basisonderwijs), 1 = entree (mbo-1) of vmbo-basis, 2 = mbo-2 of vmbo-kader/gt,
    3 = mbo-3, 4 = mbo-4, havo of vwo, 5 = associate degree, 6 = bachelor, 7 = master, 8 = doctor.
    Standaard 0. Gebruikt voor het ontwikkeladvies STAP (ten hoogste mbo-2) en de gerichte leervoucher.
    """
