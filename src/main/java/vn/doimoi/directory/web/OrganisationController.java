package vn.doimoi.directory.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.security.CurrentActor;

/** The public directory of organisations. */
@Controller
class OrganisationController {

    static final int PAGE_SIZE = 20;

    private final Organisations organisations;
    private final Directory directory;
    private final CurrentActor actor;

    OrganisationController(Organisations organisations, Directory directory, CurrentActor actor) {
        this.organisations = organisations;
        this.directory = directory;
        this.actor = actor;
    }

    @GetMapping("/organisations")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("organisations", organisations.page(Paging.of(page, size, PAGE_SIZE)));
        return "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable UUID id, Model model) {
        Organisations.EditableOrganisation organisation = organisations.editable(id);
        model.addAttribute("organisationId", organisation.id());
        model.addAttribute("organisation", organisation.data());
        model.addAttribute("verified", organisation.verified());
        model.addAttribute(
                "fields",
                organisation.data().fieldCodes().stream()
                        .sorted()
                        .map(directory::fieldCode)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute(
                "ownOrganisation",
                actor.hasRole("ORG_MEMBER")
                        && actor.organisationId().filter(id::equals).isPresent());
        return "directory/organisation";
    }
}
