// Progress of a running comparison: polls its status and reloads the page when it is done.
// Without JavaScript the page shows the progress at load time and a "Vernieuwen" link.
(function () {
  "use strict";
  var blok = document.getElementById("voortgang-blok");
  if (!blok) { return; }
  var balk = document.getElementById("voortgang");
  var tekst = document.getElementById("voortgang-tekst");
  function vraag() {
    fetch(blok.getAttribute("data-status-url"), { headers: { "Accept": "application/json" } })
      .then(function (antwoord) { return antwoord.json(); })
      .then(function (staat) {
        var v = staat.voortgang || { gedaan: 0, totaal: 1, wat: "" };
        balk.max = v.totaal;
        balk.value = v.gedaan;
        tekst.textContent = "Stap " + v.gedaan + " van " + v.totaal + ": " + v.wat;
        if (staat.status === "bezig") { window.setTimeout(vraag, 700); } else { window.location.reload(); }
      })
      .catch(function () { window.setTimeout(vraag, 2000); });
  }
  window.setTimeout(vraag, 500);
})();
