from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_ontwikkeladvies_opleidingsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2022-12-15"
    label = "Heeft ten hoogste mbo-2 als opleidingsniveau (ontwikkeladvies STAP)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007625&artikel=7.2.2&g=2022-04-01",
    ]
    documentation = """
    Art. 1, deelnemer: iemand "die maximaal MBO-2 als opleidingsniveau heeft" (de basisberoepsopleiding
    van WEB art. 7.2.2 lid 1 onder b): NLQF-niveau 2 of lager (`hoogst_behaalde_opleidingsniveau`,
    afgeleid van het diploma).
    """

    def formula_2022_04_01(persoon, period, parameters):
        """Art. 1: "die maximaal MBO-2 als opleidingsniveau heeft"."""
        p = parameters(period).vouchers.stap_ontwikkeladvies
        niveau = persoon("hoogst_behaalde_opleidingsniveau", period)
        return niveau <= p.maximaal_opleidingsniveau
