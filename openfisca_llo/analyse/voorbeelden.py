"""Example persons: for each transition, the first few persons by id, with their inputs.

Deterministic: the first `k` ids (in increasing order) of the persons in a group, so the same
population gives the same examples, and chunks of a population merge by concatenating their
ids and keeping the first `k` (analyse/brokken.py `voeg_samen`). The inputs of those persons come separately
(`invoer_van`), once per person, so a drafter can rebuild the situation and ask why.
"""

from __future__ import annotations

import numpy as np
from openfisca_core.indexed_enums import EnumArray

#: Example persons per transition.
AANTAL = 5


def eerste_ids(masker, ids, k: int = AANTAL) -> list[int]:
    """The first `k` ids (smallest first) of the persons where `masker` holds."""
    gekozen = np.asarray(ids)[np.asarray(masker, dtype=bool)]
    if len(gekozen) > k:
        gekozen = np.partition(gekozen, k - 1)[:k]
    return [int(i) for i in np.sort(gekozen)]


def _waarde(waarde):
    if isinstance(waarde, np.datetime64):
        return str(waarde.astype("datetime64[D]"))
    if isinstance(waarde, np.generic):
        return waarde.item()
    return waarde


def invoer_van(populatie: dict, ids, kolommen=None) -> dict[str, dict]:
    """Per id (as text), the person's value in every column of the population (ids are rows)."""
    kolommen = [k for k in (kolommen or populatie) if k in populatie]
    rijen = np.array(sorted({int(i) for i in ids}), dtype=np.intp)
    # An enum column of codes (an EnumArray) gives its members' names, as a file or a request would.
    gekozen = {
        k: populatie[k][rijen].decode_to_str() if isinstance(populatie[k], EnumArray) else populatie[k][rijen]
        for k in kolommen
    }
    return {str(int(i)): {k: _waarde(gekozen[k][j]) for k in kolommen} for j, i in enumerate(rijen)}
