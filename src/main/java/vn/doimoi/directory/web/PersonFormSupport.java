package vn.doimoi.directory.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.places.PostalAddress;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;

/** What the person form needs, for staff and for the scientist alike. */
@Component
class PersonFormSupport {

    private final Directory directory;
    private final AddressChoices addressChoices;
    private final PersonAddresses addresses;

    PersonFormSupport(Directory directory, AddressChoices addressChoices, PersonAddresses addresses) {
        this.directory = directory;
        this.addressChoices = addressChoices;
        this.addresses = addresses;
    }

    /** The form as the person's profile and address stand. */
    PersonForm formOf(UUID personId, PersonData data, long version, @Nullable String linkedUsername) {
        return PersonForm.of(data, version, linkedUsername, addresses.of(personId));
    }

    /**
     * Saves the profile ({@code profile} answers the person's id) with the form's address. The address is
     * checked first: a code the list does not hold, or a commune of another province, saves nothing.
     */
    UUID save(@Nullable UUID personId, PersonForm form, Supplier<UUID> profile) {
        PostalAddress address = addresses.checked(personId, form.province(), form.commune());
        UUID id = profile.get();
        addresses.move(id, address);
        return id;
    }

    /** The form again after "show communes": nothing saved; a province the list does not hold is hostile. */
    String refreshed(Model model, @Nullable UUID personId, String action, boolean staff, PersonForm form) {
        return render(model, personId, action, staff, form, addressChoices.refreshErrors(form.province()), List.of());
    }

    String render(
            Model model,
            @Nullable UUID personId,
            String action,
            boolean staff,
            PersonForm form,
            FormErrors errors,
            List<PersonSummary> duplicates) {
        model.addAttribute("personId", personId);
        model.addAttribute("action", action);
        model.addAttribute("staff", staff);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("titles", List.of(AcademicTitle.values()));
        model.addAttribute("degrees", List.of(Degree.values()));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("fieldCodes", directory.fieldCodes());
        PostalAddress stored = addresses.of(personId);
        addressChoices.addTo(
                model,
                form.province(),
                form.commune(),
                stored != null && stored.beforeMerger() ? addresses.formatted(personId) : null);
        return "directory/person-form";
    }

    static String fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "person.error.nameRequired" -> "fullName";
            case "person.error.orcidInvalid", "person.error.orcidTaken" -> "orcid";
            case "organisation.error.unknownFieldCode" -> "fieldCodes";
            case "person.error.unknownOrganisation" -> "organisationId";
            case "person.error.nationalIdInvalid" -> "nationalId";
            case "person.error.unknownAccount", "person.error.accountTaken" -> "linkedUsername";
            case "error.input.place.province" -> "province";
            case "error.input.place.commune",
                    "places.error.communeOutsideProvince",
                    "places.error.communeWithoutProvince" -> "commune";
            default -> FormErrors.GLOBAL;
        };
    }
}
