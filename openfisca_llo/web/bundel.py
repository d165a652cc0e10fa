"""Micro-batching for /calculate: concurrent requests computed in one simulation, split again.

A single-person /calculate costs a few milliseconds of CPU, nearly all of it OpenFisca's fixed
cost per variable per simulation; sixteen persons in one simulation cost hardly more than one.
Under a threaded server (gunicorn `gthread`), `Bundelaar.bereken` lets the first request of a
batch wait at most `venster` seconds (or until `maximum` requests are waiting) for others, puts
every person of every waiting request in one situation (each under its own key, so that equal
person ids of different requests never meet), computes it with the vectorised path
(openfisca_llo/web/vectorberekening.py) and gives each request its own persons back.

The answer is the one the request would get alone, because
- persons do not interact: the only entity is the person;
- only requests whose inputs are all input variables (no formula) are batched: a variable that
  one request gives as an input would otherwise be fixed (at its default) for the persons of
  the other requests, where alone it would be computed. Any other request is computed alone,
  at once, and so is a request of more than `maximum` persons;
- when the batch cannot be computed in one go (a shape outside the vectorised path, an error),
  each request is computed alone, and a request that fails alone gets None, so that the caller
  answers with OpenFisca's own handler and its own error.

A lone request waits no longer than the window. tests/suites/test_bundel.py checks the answers
against the unbatched path on generated persons.
"""

from __future__ import annotations

import threading
from collections import deque

from openfisca_llo.web.vectorberekening import bereken as bereken_vectorieel

#: Seconds the first request of a batch waits for others.
VENSTER = 0.002
#: Requests (and persons per request) in one batch at most.
MAXIMUM = 64
#: Sizes of the last batches kept (for tests and figures), not of every batch a server ever made.
BIJGEHOUDEN = 10_000


class _Verzoek:
    __slots__ = ("antwoord", "deadline", "fout", "klaar", "situatie")

    def __init__(self, situatie, deadline):
        self.situatie, self.deadline, self.antwoord, self.fout = situatie, deadline, None, None
        self.klaar = threading.Event()

    def uitkomst(self) -> dict | None:
        if self.fout is not None:
            raise self.fout
        return self.antwoord

    def alleen(self, systeem) -> None:
        """Computed alone; an error (a period not covered, the time limit) is this request's own."""
        try:
            self.antwoord = bereken_vectorieel(systeem, self.situatie, self.deadline)
        except Exception as fout:  # noqa: BLE001 - re-raised in the request's own thread
            self.fout = fout


class Bundelaar:
    """`bereken(situatie)` with the contract of `vectorberekening.bereken`, batching concurrent calls."""

    def __init__(self, systeem, venster: float = VENSTER, maximum: int = MAXIMUM):
        self.systeem, self.venster, self.maximum = systeem, venster, maximum
        self._slot = threading.Lock()
        self._vol = threading.Condition(self._slot)
        self._wachtend: list[_Verzoek] = []
        self.bundels: deque[int] = deque(maxlen=BIJGEHOUDEN)  # sizes of the last batches

    def bundelbaar(self, situatie) -> bool:
        """Plain `personen` only, at most `maximum` persons, every given value for an input variable."""
        if not isinstance(situatie, dict) or list(situatie) != ["personen"]:
            return False
        personen = situatie["personen"]
        if not isinstance(personen, dict) or not 0 < len(personen) <= self.maximum:
            return False
        variabelen = self.systeem.variables
        for persoon in personen.values():
            if not isinstance(persoon, dict):
                return False
            for naam, waarden in persoon.items():
                variabele = variabelen.get(naam)
                if variabele is None or not isinstance(waarden, dict):
                    return False
                if variabele.formulas and any(w is not None for w in waarden.values()):
                    return False
        return True

    def bereken(self, situatie, deadline: float | None = None) -> dict | None:
        if self.venster <= 0 or not self.bundelbaar(situatie):
            return bereken_vectorieel(self.systeem, situatie, deadline)
        verzoek = _Verzoek(situatie, deadline)
        with self._slot:
            self._wachtend.append(verzoek)
            leider = len(self._wachtend) == 1
            if len(self._wachtend) >= self.maximum:
                self._vol.notify_all()
        if not leider:
            verzoek.klaar.wait()
            return verzoek.uitkomst()
        with self._slot:
            self._vol.wait_for(lambda: len(self._wachtend) >= self.maximum, timeout=self.venster)
            bundel, self._wachtend = self._wachtend, []
        try:
            self._reken(bundel)
        finally:
            for ander in bundel:
                ander.klaar.set()
        return verzoek.uitkomst()

    def _reken(self, bundel: list[_Verzoek]) -> None:
        self.bundels.append(len(bundel))
        if len(bundel) == 1:
            bundel[0].alleen(self.systeem)
            return
        personen = {
            (i, persoon_id): persoon
            for i, verzoek in enumerate(bundel)
            for persoon_id, persoon in verzoek.situatie["personen"].items()
        }
        deadlines = [v.deadline for v in bundel if v.deadline is not None]
        try:
            samen = bereken_vectorieel(self.systeem, {"personen": personen}, min(deadlines, default=None))
        except Exception:  # noqa: BLE001 - one request's error: each is computed alone below
            samen = None
        if samen is None:
            for verzoek in bundel:
                verzoek.alleen(self.systeem)
            return
        per_verzoek: list[dict] = [{} for _ in bundel]
        for (i, persoon_id), waarden in samen["personen"].items():
            per_verzoek[i][persoon_id] = waarden
        for verzoek, eigen in zip(bundel, per_verzoek, strict=True):
            verzoek.antwoord = {"personen": eigen}
