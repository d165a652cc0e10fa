"""Vectorised lookup of a parameter per person: `per_sleutel(p.sectoren, beroepsklasse)`.

OpenFisca-Core 46 supports `node[array]` ("fancy indexing") on a parameter node, but it looks
up every element of the array one at a time in Python (`[node[key] for key in keys]`), which
costs about a second per million persons. `per_sleutel` looks up each distinct key once and
then indexes a small numpy table: the same values, and the same error (ParameterNotFoundError)
for a key that is not a child of the node, but only a handful of Python steps per call.

It handles a node whose children are leaves (numbers or booleans), keyed by an EnumArray or
by an array of key strings (such as `nlqf_sleutel`'s). Anything else (an empty array, a node
of nodes) goes to OpenFisca's own fancy indexing.
"""

from __future__ import annotations

import numpy as np
from openfisca_core.indexed_enums import EnumArray


def per_sleutel(knoop, sleutels):
    """`knoop[sleutels]` for a parameter node at an instant, vectorised over persons."""
    if len(sleutels) == 0:
        return knoop[sleutels]
    if isinstance(sleutels, EnumArray):
        leden = sorted(sleutels.possible_values, key=lambda lid: lid.index)
        namen = [lid.name for lid in leden]
        codes = np.asarray(sleutels).view(np.ndarray).astype(np.intp, copy=False)
        if codes.min() < 0 or codes.max() >= len(namen):
            return knoop[sleutels]  # OpenFisca reports the invalid index
        aanwezig = np.flatnonzero(np.bincount(codes, minlength=len(namen)))
    else:
        uniek, codes = np.unique(np.asarray(sleutels), return_inverse=True)
        namen = [str(sleutel) for sleutel in uniek]
        aanwezig = range(len(namen))
    gevonden = {int(i): knoop[namen[i]] for i in aanwezig}
    if not all(isinstance(w, bool | int | float | np.generic) for w in gevonden.values()):
        return knoop[sleutels]
    # Keys that occur nowhere in the array are never read; fill them with any present value.
    opvulling = next(iter(gevonden.values()))
    tabel = np.array([gevonden.get(i, opvulling) for i in range(len(namen))])
    return tabel[codes.reshape(np.shape(sleutels))]
