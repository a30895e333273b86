package vn.doimoi.directory.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;

/** What the person form needs, for staff and for the scientist alike. */
@Component
class PersonFormSupport {

    private final Directory directory;

    PersonFormSupport(Directory directory) {
        this.directory = directory;
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
            default -> FormErrors.GLOBAL;
        };
    }
}
