package vn.doimoi.directory.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;
import vn.doimoi.places.PostalAddress;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.security.CurrentActor;
import vn.doimoi.shared.spreadsheet.SheetImport;
import vn.doimoi.shared.text.VietnameseText;
import vn.doimoi.shared.web.SafeLinks;

/** Creates, changes and lists organisations; every change goes to the audit trail. */
@Service
@Transactional
public class Organisations {

    private static final String ENTITY = "directory.organisation";
    private static final Pattern BARE_HOST = Pattern.compile("[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+(/[^\\s\\\\]*)?");

    private final OrganisationRepository organisations;
    private final FieldTaxonomy taxonomy;
    private final CurrentActor actor;
    private final OrganisationAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final OrganisationAddresses addresses;

    Organisations(
            OrganisationRepository organisations,
            FieldTaxonomy taxonomy,
            CurrentActor actor,
            OrganisationAccess access,
            AuditLog audit,
            Clock clock,
            OrganisationAddresses addresses) {
        this.addresses = addresses;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.actor = actor;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** An organisation with the version that guards concurrent edits, and whether staff verified it. */
    public record EditableOrganisation(UUID id, OrganisationData data, long version, boolean verified) {}

    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByName().stream()
                .map(Organisation::toSummary)
                .toList();
    }

    /** One page of the directory, by name (issue 16 #7: 62,000 organisations are never sent at once). */
    @Transactional(readOnly = true)
    public PageOf<OrganisationSummary> page(Paging paging) {
        return PageOf.of(organisations.findAll(paging.pageable(Sort.by("name", "id"))))
                .map(Organisation::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(UUID id) {
        return organisations.findById(id).map(Organisation::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByTaxCode(String taxCode) {
        String normalised = TaxCode.normalise(taxCode);
        if (normalised == null) {
            return Optional.empty();
        }
        return organisations.findByTaxCode(normalised).map(Organisation::toSummary);
    }

    /** How many organisations the directory held just before this instant. */
    @Transactional(readOnly = true)
    public long countRegisteredBefore(java.time.Instant instant) {
        return organisations.countByCreatedAtBefore(instant);
    }

    /** How many organisations were verified by the Department (and still are) just before this instant. */
    @Transactional(readOnly = true)
    public long countVerifiedBefore(java.time.Instant instant) {
        return organisations.countByVerifiedTrueAndVerifiedAtBefore(instant);
    }

    @Transactional(readOnly = true)
    public EditableOrganisation editable(UUID id) {
        Organisation organisation = load(id);
        return new EditableOrganisation(
                organisation.id(), organisation.data(), organisation.version(), organisation.verified());
    }

    /**
     * Organisations that may already be in the directory: the same e-mail, or the same name once
     * diacritics and case are set aside ("Cong ty Lua Vang" and "Công ty Lúa Vàng").
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> likelyDuplicates(OrganisationData data, @Nullable UUID self) {
        String folded = VietnameseText.fold(VietnameseText.clean(data.name()));
        String email = data.email() == null ? null : data.email().strip().toLowerCase(java.util.Locale.ROOT);
        return organisations.findAllByOrderByName().stream()
                .filter(other -> !other.id().equals(self))
                .filter(other -> VietnameseText.fold(other.data().name()).equals(folded)
                        || (email != null
                                && !email.isEmpty()
                                && other.data().email() != null
                                && other.data()
                                        .email()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .equals(email)))
                .map(Organisation::toSummary)
                .toList();
    }

    /** The organisation the signed-in member acts for. */
    @Transactional(readOnly = true)
    public EditableOrganisation editableOwn() {
        return editable(access.requireOwnOrganisation());
    }

    public UUID create(OrganisationData data) {
        OrganisationData clean = clean(data, null);
        requireFreeTaxCode(clean.taxCode(), null);
        Organisation organisation = new Organisation(clean, addresses.names(clean), clock.instant());
        organisations.save(organisation);
        audit.record("organisation.created", ENTITY, organisation.id().toString(), null, organisation.auditState());
        return organisation.id();
    }

    /** Every organisation as an Excel workbook, in the import template's columns. */
    @Transactional(readOnly = true)
    public byte[] exportWorkbook() {
        return OrganisationWorkbook.write(organisations.findAllByOrderByName().stream()
                .map(Organisation::data)
                .map(addresses::withNames)
                .toList());
    }

    public byte[] importTemplate() {
        return OrganisationWorkbook.template();
    }

    /**
     * Adds the organisations of an Excel sheet: all of them, or none when any row breaks a rule
     * (the report then lists each such row and why).
     */
    public SheetImport importWorkbook(java.io.InputStream workbook) {
        List<OrganisationWorkbook.Row> rows;
        try {
            rows = OrganisationWorkbook.read(workbook);
        } catch (java.io.IOException | RuntimeException e) {
            return SheetImport.refused("organisation.import.unreadable");
        }
        java.util.Set<String> taxCodesInFile = new java.util.HashSet<>();
        return SheetImport.allOrNothing(
                rows,
                "organisation.import.empty",
                row -> {
                    OrganisationData data = clean(row, null);
                    if (data.taxCode() != null && !taxCodesInFile.add(data.taxCode())) {
                        throw DomainException.conflict("organisation.import.taxCodeTwice", data.taxCode());
                    }
                    requireFreeTaxCode(data.taxCode(), null);
                    return data;
                },
                this::create);
    }

    /** Department staff or an administrator change any organisation. */
    public void update(UUID id, long version, OrganisationData data) {
        save(load(id), version, data, false);
    }

    /**
     * A member changes its own organisation's profile. Its type stays as the Department set it,
     * and a new name, tax code or registration number needs the Department to verify it again.
     */
    public void updateOwn(long version, OrganisationData data) {
        Organisation organisation = load(access.requireOwnOrganisation());
        OrganisationData keepType = data.withType(organisation.data().type());
        save(organisation, version, keepType, true);
    }

    /** Department staff confirm that the organisation is who it says it is, or withdraw that. */
    public void setVerified(UUID id, boolean verified) {
        Organisation organisation = load(id);
        if (organisation.verified() == verified) {
            return;
        }
        Map<String, Object> before = organisation.auditState();
        organisation.setVerified(verified, actor.name(), clock.instant());
        organisations.saveAndFlush(organisation);
        audit.record(
                verified ? "organisation.verified" : "organisation.unverified",
                ENTITY,
                id.toString(),
                before,
                organisation.auditState());
    }

    private void save(Organisation organisation, long version, OrganisationData data, boolean byMember) {
        if (organisation.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
        OrganisationData clean = clean(data, organisation.data());
        requireFreeTaxCode(clean.taxCode(), organisation.id());
        Map<String, Object> before = organisation.auditState();
        boolean reverify = byMember && organisation.verified() && organisation.changesIdentity(clean);
        organisation.apply(clean, addresses.names(clean), clock.instant());
        if (reverify) {
            organisation.setVerified(false, actor.name(), clock.instant());
        }
        organisations.saveAndFlush(organisation);
        audit.record("organisation.updated", ENTITY, organisation.id().toString(), before, organisation.auditState());
    }

    private void requireFreeTaxCode(@Nullable String taxCode, @Nullable UUID self) {
        if (taxCode == null) {
            return;
        }
        organisations
                .findByTaxCode(taxCode)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw DomainException.conflict("organisation.error.taxCodeTaken", taxCode);
                });
    }

    /** {@code stored}: the organisation's facts before this change, null for a new one. */
    private OrganisationData clean(OrganisationData data, @Nullable OrganisationData stored) {
        for (String code : data.fieldCodes()) {
            if (taxonomy.find(code).isEmpty()) {
                throw DomainException.invalid("organisation.error.unknownFieldCode", code);
            }
        }
        String taxCode = TaxCode.normalise(data.taxCode());
        if (taxCode != null && !TaxCode.isValid(taxCode)) {
            throw DomainException.invalid("organisation.error.taxCodeInvalid", taxCode);
        }
        String name = VietnameseText.clean(data.name());
        if (name == null || name.isEmpty()) {
            throw DomainException.invalid("organisation.error.nameRequired");
        }
        String website = website(data.website());
        PostalAddress address = addresses.checked(data, stored);
        return new OrganisationData(
                data.type(),
                name,
                blankToNull(data.shortName()),
                taxCode,
                blankToNull(data.registrationNumber()),
                data.fieldCodes(),
                address.provinceCode(),
                address.communeCode(),
                address.street(),
                blankToNull(data.email()),
                blankToNull(data.phone()),
                website,
                data.description() == null || data.description().isBlank()
                        ? null
                        : VietnameseText.nfc(data.description().strip()),
                address.recordedOn());
    }

    /** An address in the two parts a profile shows: "street, commune" and the province. */
    public record AddressLines(
            @Nullable String streetAndCommune, @Nullable String province) {}

    @Transactional(readOnly = true)
    public AddressLines addressLines(OrganisationData data) {
        return addresses.lines(data);
    }

    /** The address as a reader sees it: "street, commune, province", former units marked "(cũ)". */
    @Transactional(readOnly = true)
    public String formattedAddress(OrganisationData data) {
        return addresses.formatted(data);
    }

    /**
     * The profile links to its website, so the same rule as every typed link holds (ADR 0034): an
     * http(s) address. A bare host as people often type it ("www.sokhcn.vn") becomes https.
     */
    private static @Nullable String website(@Nullable String value) {
        String website = blankToNull(value);
        if (website == null) {
            return null;
        }
        if (BARE_HOST.matcher(website).matches()) {
            website = "https://" + website;
        }
        if (!SafeLinks.isWebAddress(website)) {
            throw DomainException.invalid("organisation.error.website", website);
        }
        return website;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String clean = VietnameseText.clean(value);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private Organisation load(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
