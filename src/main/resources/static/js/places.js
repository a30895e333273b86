// Address forms (ADR 0052): when the province changes, the commune select is filled with that
// province's communes from the public JSON list, and the "show communes" button (with its hint),
// which without script sends the form back to be shown with them, is hidden.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("select[data-communes]").forEach((province) => {
    const commune = document.getElementById(province.dataset.communes);
    if (!commune) {
      return;
    }
    const refresh = province.form ? [...province.form.querySelectorAll("[data-places-refresh]")] : [];
    // the site's buttons are display: inline-block, which outweighs the hidden attribute
    const show = (shown) => refresh.forEach((element) => (element.style.display = shown ? "" : "none"));
    show(false);
    province.addEventListener("change", async () => {
      const choose = new Option(commune.dataset.choose || "", "");
      commune.replaceChildren(choose);
      if (!province.value) {
        return;
      }
      try {
        const answer = await fetch("/api/v1/places/provinces/" + encodeURIComponent(province.value) + "/communes",
          { headers: { Accept: "application/json" } });
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        for (const unit of await answer.json()) {
          commune.append(new Option(unit.name, unit.code));
        }
      } catch (e) {
        // the list could not be read: the button sends the form back to be shown with the communes
        show(true);
      }
    });
  });
});
