package vn.doimoi.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationShowcase;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.security.CurrentActor;
import vn.doimoi.shared.web.PageSize;

/** The public directory of organisations. */
@Controller
class OrganisationController {

    static final int PAGE_SIZE = 20;

    private final Organisations organisations;
    private final Directory directory;
    private final CurrentActor actor;
    private final List<OrganisationShowcase> showcases;

    OrganisationController(
            Organisations organisations,
            Directory directory,
            CurrentActor actor,
            List<OrganisationShowcase> showcases) {
        this.showcases = showcases;
        this.organisations = organisations;
        this.directory = directory;
        this.actor = actor;
    }

    @GetMapping("/organisations")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("organisations", organisations.page(paging));
        return "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable UUID id, Model model) {
        Organisations.EditableOrganisation organisation = organisations.editable(id);
        model.addAttribute("organisationId", organisation.id());
        model.addAttribute("organisation", organisation.data());
        model.addAttribute("address", organisations.formattedAddress(organisation.data()));
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
        model.addAttribute("sections", sections(id));
        return "directory/organisation";
    }

    /** What the other modules list for the organisation (listings, tasks, results), in their order. */
    private List<OrganisationShowcase.Section> sections(UUID id) {
        return showcases.stream()
                .map(showcase -> showcase.showcase(id))
                .filter(section -> !section.items().isEmpty())
                .sorted(Comparator.comparingInt(OrganisationShowcase.Section::order))
                .toList();
    }
}
