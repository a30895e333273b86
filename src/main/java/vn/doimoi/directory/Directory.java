package vn.doimoi.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;

/** The directory module's public face. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Organisations organisations;
    private final FieldTaxonomy taxonomy;

    Directory(Organisations organisations, FieldTaxonomy taxonomy) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
    }

    /** The S&T field classification, by code. */
    public List<FieldCode> fieldCodes() {
        return taxonomy.all();
    }

    public Optional<FieldCode> fieldCode(String code) {
        return taxonomy.find(code);
    }

    /** All organisations by name, for choosers. */
    public List<OrganisationSummary> organisations() {
        return organisations.all();
    }

    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.find(id);
    }

    public Optional<OrganisationSummary> organisationByTaxCode(String taxCode) {
        return organisations.findByTaxCode(taxCode);
    }
}
