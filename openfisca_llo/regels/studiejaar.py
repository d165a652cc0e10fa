"""Parameters as they stand in a person's studiejaar.

Amounts and age limits of the Wsf 2000 hold per studiejaar. The studiejaar of the
beroepsonderwijs and that of the hoger onderwijs start in different months (Wsf 2000
art. 1.1; both are parameters), so a person's value is read on the first day of the
studiejaar of the sector they are enrolled in. Two parameter look-ups per period, whatever
the population size.
"""

import numpy as np
from openfisca_core.errors import ParameterNotFoundError

from openfisca_llo.enums import Onderwijssector
from openfisca_llo.regels.datums import begin_studiejaar


def parameters_begin_studiejaar_mbo(parameters, period):
    eerste_maand = parameters(period).wsf.studiejaar.eerste_maand_beroepsonderwijs
    return parameters(begin_studiejaar(period, eerste_maand))


def parameters_begin_studiejaar_ho(parameters, period):
    eerste_maand = parameters(period).wsf.studiejaar.eerste_maand_hoger_onderwijs
    return parameters(begin_studiejaar(period, eerste_maand))


def in_studiejaar(persoon, period, parameters, kies_ho, kies_mbo=None, voor_de_start=None):
    """`kies_ho(parameters)` as it stands on the first day of the person's studiejaar.

    For persons in the mbo, `kies_mbo` (by default the same selection) is read on the first
    day of the mbo studiejaar instead. Persons not enrolled follow the hoger onderwijs.

    A scheme that starts with the mbo studiejaar (1 August) has no value yet on the first
    day of the running ho studiejaar (1 September of the year before); `voor_de_start` is
    then used, and must be given explicitly by the caller, who documents its meaning.
    """
    kies_mbo = kies_mbo or kies_ho
    in_mbo = persoon("onderwijssector", period) == Onderwijssector.mbo
    waarde_mbo = _lees(kies_mbo, parameters_begin_studiejaar_mbo(parameters, period), voor_de_start)
    waarde_ho = _lees(kies_ho, parameters_begin_studiejaar_ho(parameters, period), voor_de_start)
    return np.where(in_mbo, waarde_mbo, waarde_ho)


def _lees(kies, parameters_op_dag, voor_de_start):
    try:
        return kies(parameters_op_dag)
    except ParameterNotFoundError:
        if voor_de_start is None:
            raise
        return voor_de_start
