from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Arbeidspositie


class ontwikkeladvies_45plus_werkende(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Is niet-werkloze werknemer, ambtenaar of zzp'er (ontwikkeladvies 45+)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Art. 1 onder c: werkende is een "niet-werkloze werknemer, ambtenaar of zelfstandige zonder personeel"
    (invoer `arbeidspositie`; een zelfstandige met personeel valt erbuiten).
    """

    def formula_2017_12_01(persoon, period):
        """Art. 1 onder c: "niet-werkloze werknemer, ambtenaar of zelfstandige zonder personeel"."""
        positie = persoon("arbeidspositie", period)
        return (
            (positie == Arbeidspositie.werknemer)
            + (positie == Arbeidspositie.ambtenaar)
            + (positie == Arbeidspositie.zelfstandige_zonder_personeel)
        )
