package vn.doimoi.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/** A member keeps its own organisation's profile; the service checks which organisation that is. */
@Controller
class MyOrganisationController {

    private final Organisations organisations;
    private final Directory directory;
    private final AddressChoices addresses;

    MyOrganisationController(Organisations organisations, Directory directory, AddressChoices addresses) {
        this.organisations = organisations;
        this.directory = directory;
        this.addresses = addresses;
    }

    @GetMapping("/my-organisation")
    String edit(Model model) {
        Organisations.EditableOrganisation own = organisations.editableOwn();
        return form(model, own, OrganisationForm.of(own.data(), own.version()), FormErrors.none());
    }

    @PostMapping("/my-organisation")
    String update(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Organisations.EditableOrganisation own = organisations.editableOwn();
        if (form.refreshesCommunes()) {
            return form(model, own, form.withType(own.data().type()), addresses.refreshErrors(form.province()));
        }
        return FormSubmission.of(binding, e -> OrganisationAdminController.fieldOf(e))
                .run(
                        () -> {
                            organisations.updateOwn(form.version(), form.data());
                            return PostRedirectGet.done(redirect, "/organisations/" + own.id(), "organisation.saved");
                        },
                        errors -> form(model, own, form.withType(own.data().type()), errors));
    }

    private String form(Model model, Organisations.EditableOrganisation own, OrganisationForm form, FormErrors errors) {
        model.addAttribute("organisationId", own.id());
        model.addAttribute("action", "/my-organisation");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(OrganisationType.values()));
        model.addAttribute("fieldCodes", directory.fieldCodes());
        model.addAttribute("typeEditable", false);
        addresses.addTo(model, form, own.data());
        return "directory/organisation-form";
    }
}
