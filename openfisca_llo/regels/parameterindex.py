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

from contextvars import ContextVar

import numpy as np
from openfisca_core.indexed_enums import EnumArray

#: While true, a lookup reads every key of the node, not only the keys present: a dependency
#: trace (openfisca_llo/uitleg/afhankelijkheden.py) then records the whole table as read, so a
#: reform of any key counts, whichever keys the traced persons happened to have.
HELE_TABEL_LEZEN: ContextVar[bool] = ContextVar("hele_tabel_lezen", default=False)


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
    if HELE_TABEL_LEZEN.get():
        for naam in knoop:
            _ = knoop[naam]  # recorded by a tracing node
    gevonden = {int(i): knoop[namen[i]] for i in aanwezig}
    if not all(isinstance(w, bool | int | float | np.generic) for w in gevonden.values()):
        return knoop[sleutels]
    # Keys that occur nowhere in the array are never read; fill them with any present value.
    opvulling = next(iter(gevonden.values()))
    tabel = np.array([gevonden.get(i, opvulling) for i in range(len(namen))])
    return tabel[codes.reshape(np.shape(sleutels))]
