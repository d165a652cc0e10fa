"""The NLQF scale (Nederlands Kwalificatieraamwerk) as used for levels of education.

Levels run from 1 (entree, mbo-1) to 8 (doctor); 0 stands for below level 1. These are the
bounds of the scale, not rules of law, so they live here rather than in the parameters.
"""

import numpy as np

LAAGSTE_NIVEAU = 0
HOOGSTE_NIVEAU = 8


def nlqf_sleutel(niveau):
    """Parameter keys `nlqf_0` ... `nlqf_8` for an array of levels (clipped to the scale)."""
    begrensd = np.clip(np.asarray(niveau, dtype=np.int64), LAAGSTE_NIVEAU, HOOGSTE_NIVEAU)
    return np.char.add("nlqf_", begrensd.astype(str))
