package vn.doimoi.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;

/** The directory module's public face. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Organisations organisations;
    private final FieldTaxonomy taxonomy;
    private final People people;
    private final JdbcClient jdbc;

    Directory(Organisations organisations, FieldTaxonomy taxonomy, People people, JdbcClient jdbc) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** Scientists and experts, by name (public facts only). */
    public List<PersonSummary> people() {
        return people.all();
    }

    public Optional<PersonSummary> person(UUID id) {
        return people.find(id);
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

    /**
     * The Department's staff confirm that the organisation is who it says it is (as on its admin
     * page); for loaders that act as a staff member, such as the demo (traceability, issue 20).
     */
    @Transactional
    public void verify(UUID organisationId) {
        organisations.setVerified(organisationId, true);
    }

    /** How many organisations the directory held just before this instant (for indicators). */
    public long countOrganisationsRegisteredBefore(Instant instant) {
        return organisations.countRegisteredBefore(instant);
    }

    /** How many organisations the Department had verified (and still has) just before this instant. */
    public long countOrganisationsVerifiedBefore(Instant instant) {
        return organisations.countVerifiedBefore(instant);
    }

    /** The agency with this name, created when the directory has none (demo data of other modules). */
    @Transactional
    public UUID ensureAgency(String name, @Nullable String shortName, @Nullable String province) {
        return organisations.all().stream()
                .filter(o -> o.type() == OrganisationType.AGENCY && o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseGet(() -> organisations.create(new OrganisationData(
                        OrganisationType.AGENCY, name, shortName, null, province, null, null, null, null, null, null)));
    }

    public Optional<OrganisationSummary> organisationByTaxCode(String taxCode) {
        return organisations.findByTaxCode(taxCode);
    }

    /** A person's current and past employers, declared relatives and account (conflict-of-interest facts). */
    public Optional<PersonAffiliations> affiliations(UUID personId) {
        return jdbc.sql("SELECT organisation_id, declared_relatives, user_id FROM directory.person WHERE id = ?")
                .param(personId)
                .query((rs, row) -> new PersonAffiliations(
                        personId,
                        rs.getObject("organisation_id", UUID.class),
                        java.util.Set.copyOf(
                                jdbc.sql("SELECT organisation_id FROM directory.person_affiliation WHERE person_id = ?")
                                        .param(personId)
                                        .query(UUID.class)
                                        .list()),
                        rs.getString("declared_relatives"),
                        rs.getObject("user_id", UUID.class)))
                .optional();
    }

    /** The directory person linked to an account, if any. */
    public Optional<UUID> personOfUser(UUID userId) {
        return jdbc.sql("SELECT id FROM directory.person WHERE user_id = ?")
                .param(userId)
                .query(UUID.class)
                .optional();
    }

    /** Records that a person works or worked at an organisation (years may be unknown). */
    @Transactional
    public void recordAffiliation(
            UUID personId, UUID organisationId, @Nullable Integer fromYear, @Nullable Integer toYear) {
        jdbc.sql("""
                        INSERT INTO directory.person_affiliation (person_id, organisation_id, from_year, to_year)
                        VALUES (?, ?, ?, ?) ON CONFLICT (person_id, organisation_id) DO NOTHING""").params(personId, organisationId, fromYear, toYear).update();
    }

    /**
     * The expert with this name, created when the directory has none (demo data of other modules);
     * {@code username} links the profile to that account when given.
     */
    @Transactional
    public UUID ensureExpert(
            String fullName,
            @Nullable Degree degree,
            @Nullable String position,
            @Nullable UUID organisationId,
            java.util.Set<String> fieldCodes,
            @Nullable String expertise,
            @Nullable String username) {
        return people.all().stream()
                .filter(p -> p.fullName().equals(fullName))
                .map(PersonSummary::id)
                .findFirst()
                .orElseGet(() -> people.create(
                        new PersonData(
                                fullName,
                                null,
                                degree,
                                position,
                                organisationId,
                                null,
                                null,
                                fieldCodes,
                                expertise,
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null),
                        username));
    }

    /** The people the directory lists at an organisation (its scientists), by name. */
    public List<PersonSummary> peopleOf(UUID organisationId) {
        return people.all().stream()
                .filter(p -> organisationId.equals(p.organisationId()))
                .toList();
    }

    /** A person's public CV fields, read from their profile. */
    public Optional<PersonCv> cv(UUID personId) {
        return people.find(personId)
                .flatMap(summary -> jdbc.sql("""
                        SELECT orcid, expertise, publications, patents, biography
                        FROM directory.person WHERE id = ?""")
                        .param(personId)
                        .query((rs, row) -> new PersonCv(
                                personId,
                                summary.titledName(),
                                summary.degree(),
                                summary.position(),
                                summary.organisationId(),
                                rs.getString("orcid"),
                                summary.fieldCodes(),
                                rs.getString("expertise"),
                                rs.getString("publications"),
                                rs.getString("patents"),
                                rs.getString("biography")))
                        .optional());
    }

    /**
     * The code of the organisation's commune in the official list, when its address names one (for
     * lists filtered by commune, e.g. the startups of issue 21).
     */
    public Optional<String> communeCode(UUID organisationId) {
        return jdbc.sql("SELECT commune_code FROM directory.organisation WHERE id = ? AND commune_code IS NOT NULL")
                .param(organisationId)
                .query(String.class)
                .optional();
    }

    /** An organisation's public profile; its address in the names of its day (ADR 0052). */
    public Optional<OrganisationProfile> organisationProfile(UUID organisationId) {
        return organisations.find(organisationId).map(summary -> {
            OrganisationData data = organisations.editable(organisationId).data();
            Organisations.AddressLines address = organisations.addressLines(data);
            return new OrganisationProfile(
                    organisationId,
                    summary.type(),
                    summary.name(),
                    summary.taxCode(),
                    address.streetAndCommune(),
                    address.province(),
                    data.email(),
                    data.phone(),
                    data.website(),
                    data.description(),
                    summary.fieldCodes());
        });
    }
}
