"""Batched /calculate gives every request the answer it gets alone.

Concurrent requests (threads) with generated persons, several of them with the same person
ids, go through `Bundelaar` with a window long enough that they meet; each answer is compared
with the unbatched vectorised path and with OpenFisca's own handler.
"""

import copy
import threading

import pytest
from openfisca_web_api import handlers

from openfisca_llo.meten.bench_api import situaties
from openfisca_llo.web.bundel import Bundelaar
from openfisca_llo.web.vectorberekening import bereken as bereken_vectorieel

VERZOEKEN = 48


def tegelijk(bundelaar, verzoeken):
    """Every request from its own thread, released at the same moment."""
    antwoorden = [None] * len(verzoeken)
    start = threading.Barrier(len(verzoeken))

    def stuur(i):
        start.wait()
        antwoorden[i] = bundelaar.bereken(copy.deepcopy(verzoeken[i]))

    draden = [threading.Thread(target=stuur, args=(i,)) for i in range(len(verzoeken))]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    return antwoorden


def persoon(situatie):
    (enige,) = situatie["personen"].values()
    return enige


@pytest.fixture(scope="module")
def verzoeken():
    """Generated single persons (every contract output asked), all named `p0`, and a few pairs."""
    enkel = [{"personen": {"p0": persoon(s)}} for s in situaties(VERZOEKEN - 4)]
    paren = situaties(8, zaad=4)
    dubbel = [
        {"personen": {"p0": persoon(a), "p1": persoon(b)}} for a, b in zip(paren[:4], paren[4:], strict=True)
    ]
    return enkel + dubbel


def test_batched_answers_equal_the_unbatched_path(systeem, verzoeken):
    bundelaar = Bundelaar(systeem, venster=0.5, maximum=16)
    antwoorden = tegelijk(bundelaar, verzoeken)
    assert max(bundelaar.bundels) > 1, "no two requests met: the test would check nothing"
    assert sum(bundelaar.bundels) == len(verzoeken)
    for verzoek, antwoord in zip(verzoeken, antwoorden, strict=True):
        assert antwoord == bereken_vectorieel(systeem, copy.deepcopy(verzoek))
    for verzoek, antwoord in list(zip(verzoeken, antwoorden, strict=True))[:6]:
        assert antwoord == handlers.calculate(systeem, copy.deepcopy(verzoek))


def test_a_request_that_sets_a_computed_variable_is_computed_alone(systeem, verzoeken):
    """`leeftijd` given as an input would fix it for the other persons of a batch."""
    eigen = copy.deepcopy(verzoeken[0])
    eigen["personen"]["p0"]["leeftijd"] = {"2026-10": 40}
    bundelaar = Bundelaar(systeem, venster=0.5, maximum=16)
    assert not bundelaar.bundelbaar(eigen)
    antwoorden = tegelijk(bundelaar, [eigen, *verzoeken[1:8]])
    assert antwoorden[0] == bereken_vectorieel(systeem, copy.deepcopy(eigen))
    assert antwoorden[1:] == [bereken_vectorieel(systeem, copy.deepcopy(v)) for v in verzoeken[1:8]]


def test_a_bad_request_in_a_batch_spoils_no_other(systeem, verzoeken):
    """A value outside the vectorised path makes the batch fall back to one by one."""
    slecht = copy.deepcopy(verzoeken[0])
    slecht["personen"]["p0"]["onderwijssector"] = {"2026-10": "universiteit"}
    bundelaar = Bundelaar(systeem, venster=0.5, maximum=8)
    antwoorden = tegelijk(bundelaar, [slecht, *verzoeken[1:8]])
    assert antwoorden[0] is None  # the caller answers with OpenFisca's handler and its error
    assert antwoorden[1:] == [bereken_vectorieel(systeem, copy.deepcopy(v)) for v in verzoeken[1:8]]
    assert list(bundelaar.bundels) == [8]


def test_a_lone_request_waits_no_longer_than_the_window(systeem, verzoeken):
    import time

    bundelaar = Bundelaar(systeem, venster=0.05)
    bundelaar.bereken(copy.deepcopy(verzoeken[0]))  # warm the caches
    begin = time.perf_counter()
    bundelaar.bereken(copy.deepcopy(verzoeken[1]))
    alleen_rekenen = time.perf_counter()
    bereken_vectorieel(systeem, copy.deepcopy(verzoeken[1]))
    rekentijd = time.perf_counter() - alleen_rekenen
    assert alleen_rekenen - begin < 0.05 + rekentijd + 0.25  # window + compute + scheduling slack
