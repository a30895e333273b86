package vn.doimoi.directory.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.directory.organisation.Organisations;

/** The public directory of organisations. */
@Controller
class OrganisationController {

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable UUID id, Model model) {
        Organisations.EditableOrganisation organisation = organisations.editable(id);
        model.addAttribute("organisationId", organisation.id());
        model.addAttribute("organisation", organisation.data());
        return "directory/organisation";
    }
}
