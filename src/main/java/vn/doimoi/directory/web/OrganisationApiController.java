package vn.doimoi.directory.web;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.organisation.OrganisationData;
import vn.doimoi.directory.organisation.Organisations;

/** Organisations for machines: the public facts only. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    /** One organisation's public profile. */
    record OrganisationProfile(UUID id, OrganisationData profile) {}

    @GetMapping
    List<OrganisationSummary> list() {
        return organisations.all();
    }

    @GetMapping("/{id}")
    OrganisationProfile show(@PathVariable UUID id) {
        Organisations.EditableOrganisation organisation = organisations.editable(id);
        return new OrganisationProfile(organisation.id(), organisation.data());
    }
}
