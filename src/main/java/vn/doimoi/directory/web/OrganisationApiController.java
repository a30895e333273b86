package vn.doimoi.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PagedResponses;

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

    /** A page by name, a JSON array as before; the paging is in the Link and X-Total-Count headers. */
    @GetMapping
    ResponseEntity<List<OrganisationSummary>> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        return PagedResponses.array(organisations.page(new Paging(page, size)), request);
    }

    @GetMapping("/{id}")
    OrganisationProfile show(@PathVariable UUID id) {
        Organisations.EditableOrganisation organisation = organisations.editable(id);
        return new OrganisationProfile(organisation.id(), organisation.data());
    }
}
