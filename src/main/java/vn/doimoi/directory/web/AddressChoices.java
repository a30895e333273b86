package vn.doimoi.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.Places;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;

/**
 * The province and commune selects of the organisation and person forms (ADR 0052). The communes offered are
 * those of the chosen province; without script the form's "show communes" button sends it back to
 * be shown again with them, and with script {@code /js/places.js} fills them from the JSON list.
 */
@Component
class AddressChoices {

    private final Places places;
    private final Organisations organisations;
    private final Clock clock;

    AddressChoices(Places places, Organisations organisations, Clock clock) {
        this.places = places;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The selects' options and, for an organisation's address recorded before the merger, that address as text. */
    void addTo(Model model, OrganisationForm form, @Nullable OrganisationData stored) {
        addTo(
                model,
                form.province(),
                form.commune(),
                stored != null && stored.addressBeforeMerger() ? organisations.formattedAddress(stored) : null);
    }

    /**
     * The selects' options for the chosen province and commune, and {@code formerAddress}: an address
     * recorded before the merger, shown as text (left empty, the selects keep it).
     */
    void addTo(Model model, @Nullable String province, @Nullable String commune, @Nullable String formerAddress) {
        model.addAttribute("provinces", places.provinces());
        model.addAttribute("communes", communesOf(province));
        model.addAttribute("chosenCommune", chosenCommune(province, commune));
        model.addAttribute("formerAddress", formerAddress);
    }

    /** A "show communes" request with a province the list does not hold: hostile input, shown on the field. */
    FormErrors refreshErrors(@Nullable String province) {
        if (province == null || province.isBlank() || places.province(province).isPresent()) {
            return FormErrors.none();
        }
        return FormErrors.none().with("province", "error.input.place.province", province);
    }

    /**
     * The code of the commune to show chosen: the form's, or, for a row that kept the commune's name
     * as typed before the list existed ("Xã Bình Hiệp"), the code of that name in the chosen province.
     */
    private @Nullable String chosenCommune(@Nullable String province, @Nullable String commune) {
        if (commune == null || commune.isBlank() || places.commune(commune).isPresent()) {
            return commune;
        }
        try {
            return places.address(province, commune, null, LocalDate.now(clock)).communeCode();
        } catch (DomainException unknown) {
            return null;
        }
    }

    private List<CommuneUnit> communesOf(@Nullable String province) {
        if (province == null || province.isBlank() || places.province(province).isEmpty()) {
            return List.of();
        }
        return places.communes(province);
    }
}
