"""Long runs of the pages: a comparison runs as a job that can be left and come back to.

A job runs in a thread of the worker that received it and writes its state to a JSON file in
one folder (`LLO_TAKEN_MAP`, by default `<tmp>/openfisca_llo-taken`), so that any gunicorn
worker can answer for it: `status` (`bezig`, `klaar`, `fout`), the progress (steps done of the
total, and what), the request and, when done, the result. The job id (in the URL) is a random
hex string. A job whose file was not updated for `STIL_NA` seconds (its worker stopped) counts as
broken off. At most `MAX_TEGELIJK` jobs run at once on a server; another is refused with a
message (never queued into a timeout).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import tempfile
import threading
import time
import traceback
import uuid
from pathlib import Path

from openfisca_llo.fouten import GebruikersFout

MAX_TEGELIJK = 1
STIL_NA = 120  # seconds without an update before a running job counts as broken off
SCHRIJF_INTERVAL = 0.25  # seconds between two progress writes
BEWAAR = 7 * 24 * 3600  # finished jobs older than a week are removed when a new one starts
GELDIG_ID = re.compile(r"^[0-9a-f]{32}$")


class ServerBezet(GebruikersFout):
    """Another job is running; `lopend` is its state."""

    def __init__(self, lopend: dict):
        self.lopend = lopend
        super().__init__("de server rekent al aan een andere vergelijking; probeer het over een minuut opnieuw")


def _leeft(pid) -> bool:
    """Whether the process that runs a job still exists (its worker was not stopped)."""
    if not pid:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def standaard_map() -> Path:
    return Path(os.environ.get("LLO_TAKEN_MAP") or Path(tempfile.gettempdir()) / "openfisca_llo-taken")


class Taken:
    def __init__(self, map_: Path | None = None):
        self.map = Path(map_ or standaard_map())
        self.map.mkdir(parents=True, exist_ok=True)

    def _pad(self, taak_id: str) -> Path:
        return self.map / f"{taak_id}.json"

    def _schrijf(self, staat: dict):
        doel = self._pad(staat["id"])
        staat["bijgewerkt"] = time.time()
        with tempfile.NamedTemporaryFile("w", dir=self.map, delete=False, suffix=".tmp", encoding="utf-8") as f:
            json.dump(staat, f, ensure_ascii=False)
        os.replace(f.name, doel)

    def lees(self, taak_id: str) -> dict | None:
        """The state of a job, or None for an unknown (or malformed) id."""
        if not GELDIG_ID.match(taak_id or ""):
            return None
        try:
            staat = json.loads(self._pad(taak_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if staat["status"] == "bezig" and (
            time.time() - staat.get("bijgewerkt", 0) > STIL_NA or not _leeft(staat.get("pid"))
        ):
            staat["status"] = "fout"
            staat["melding"] = "de berekening is afgebroken (de server is herstart); start haar opnieuw"
        return staat

    def lopend(self) -> list[dict]:
        uit = []
        for pad in self.map.glob("*.json"):
            staat = self.lees(pad.stem)
            if staat and staat["status"] == "bezig":
                uit.append(staat)
        return uit

    def _ruim_op(self):
        grens = time.time() - BEWAAR
        for pad in self.map.glob("*.json"):
            with contextlib.suppress(OSError):
                if pad.stat().st_mtime < grens:
                    pad.unlink()

    def start(self, opdracht: dict, werk) -> str:
        """Start `werk(voortgang)` in a thread; `voortgang(done, total, what)` reports progress.

        `werk` returns the result (a JSON-able dict); a GebruikersFout it raises becomes the
        job's message, any other exception a short message too (the trace goes to stderr).
        Raises ServerBezet when MAX_TEGELIJK jobs already run.
        """
        with open(self.map / ".slot", "w") as slot:
            fcntl.flock(slot, fcntl.LOCK_EX)
            lopend = self.lopend()
            if len(lopend) >= MAX_TEGELIJK:
                raise ServerBezet(lopend[0])
            self._ruim_op()
            taak_id = uuid.uuid4().hex
            staat = {
                "id": taak_id,
                "status": "bezig",
                "opdracht": opdracht,
                "voortgang": {"gedaan": 0, "totaal": 1, "wat": "begint"},
                "gestart": time.time(),
                "pid": os.getpid(),
            }
            self._schrijf(staat)
        threading.Thread(target=self._draai, args=(staat, werk), daemon=True, name=f"taak-{taak_id}").start()
        return taak_id

    def _draai(self, staat: dict, werk):
        laatst = [0.0]

        def voortgang(gedaan, totaal, wat):
            staat["voortgang"] = {"gedaan": int(gedaan), "totaal": int(totaal), "wat": str(wat)}
            if time.monotonic() - laatst[0] >= SCHRIJF_INTERVAL:
                laatst[0] = time.monotonic()
                self._schrijf(staat)

        try:
            staat["resultaat"] = werk(voortgang)
            staat["status"] = "klaar"
        except GebruikersFout as fout:
            staat["status"], staat["melding"], staat["soort_fout"] = "fout", str(fout), "invoer"
        except Exception as fout:  # a bug: say so briefly on the page, the trace on stderr
            traceback.print_exc()
            staat["status"], staat["soort_fout"] = "fout", "intern"
            staat["melding"] = f"interne fout bij het rekenen ({type(fout).__name__})"
        staat["klaar_om"] = time.time()
        self._schrijf(staat)

    def wacht(self, taak_id: str, seconden: float) -> dict | None:
        """Wait up to `seconden` for the job to finish; its state."""
        einde = time.monotonic() + seconden
        staat = self.lees(taak_id)
        while staat and staat["status"] == "bezig" and time.monotonic() < einde:
            time.sleep(0.05)
            staat = self.lees(taak_id)
        return staat
