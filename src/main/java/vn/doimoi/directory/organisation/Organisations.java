package vn.doimoi.directory.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/** Creates, changes and lists organisations; every change goes to the audit trail. */
@Service
@Transactional
public class Organisations {

    private static final String ENTITY = "directory.organisation";

    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, AuditLog audit, Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** An organisation with the version that guards concurrent edits. */
    public record EditableOrganisation(UUID id, OrganisationData data, long version) {}

    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByName().stream()
                .map(Organisation::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(UUID id) {
        return organisations.findById(id).map(Organisation::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByTaxCode(String taxCode) {
        return organisations.findByTaxCode(TaxCode.normalise(taxCode)).map(Organisation::toSummary);
    }

    /** How many organisations the directory held just before this instant. */
    @Transactional(readOnly = true)
    public long countRegisteredBefore(java.time.Instant instant) {
        return organisations.countByCreatedAtBefore(instant);
    }

    @Transactional(readOnly = true)
    public EditableOrganisation editable(UUID id) {
        Organisation organisation = load(id);
        return new EditableOrganisation(organisation.id(), organisation.data(), organisation.version());
    }

    public UUID create(OrganisationData data) {
        OrganisationData clean = clean(data);
        requireFreeTaxCode(clean.taxCode(), null);
        Organisation organisation = new Organisation(clean, clock.instant());
        organisations.save(organisation);
        audit.record("organisation.created", ENTITY, organisation.id().toString(), null, organisation.auditState());
        return organisation.id();
    }

    public void update(UUID id, long version, OrganisationData data) {
        Organisation organisation = load(id);
        if (organisation.version() != version) {
            throw new DomainException(409, "error.concurrentEdit");
        }
        OrganisationData clean = clean(data);
        requireFreeTaxCode(clean.taxCode(), id);
        Map<String, Object> before = organisation.auditState();
        organisation.apply(clean, clock.instant());
        organisations.saveAndFlush(organisation);
        audit.record("organisation.updated", ENTITY, id.toString(), before, organisation.auditState());
    }

    private void requireFreeTaxCode(String taxCode, UUID self) {
        if (taxCode == null) {
            return;
        }
        organisations
                .findByTaxCode(taxCode)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new DomainException(409, "organisation.error.taxCodeTaken", taxCode);
                });
    }

    private static OrganisationData clean(OrganisationData data) {
        String taxCode = TaxCode.normalise(data.taxCode());
        if (taxCode != null && !TaxCode.isValid(taxCode)) {
            throw new DomainException(400, "organisation.error.taxCodeInvalid", taxCode);
        }
        String name = VietnameseText.clean(data.name());
        if (name == null || name.isEmpty()) {
            throw new DomainException(400, "organisation.error.nameRequired");
        }
        return new OrganisationData(
                data.type(),
                name,
                blankToNull(data.shortName()),
                taxCode,
                blankToNull(data.province()),
                blankToNull(data.commune()),
                blankToNull(data.streetAddress()),
                blankToNull(data.email()),
                blankToNull(data.phone()),
                blankToNull(data.website()),
                data.description() == null || data.description().isBlank()
                        ? null
                        : VietnameseText.nfc(data.description().strip()));
    }

    private static String blankToNull(String value) {
        String clean = VietnameseText.clean(value);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private Organisation load(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
