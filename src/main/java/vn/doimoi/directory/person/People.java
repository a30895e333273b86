package vn.doimoi.directory.person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.security.CurrentActor;
import vn.doimoi.shared.security.UserLookup;
import vn.doimoi.shared.spreadsheet.SheetImport;
import vn.doimoi.shared.text.VietnameseText;

/** Scientists and experts: profiles, duplicates, the link to an account, and the expert finder. */
@Service
@Transactional
public class People {

    private static final String ENTITY = "directory.person";

    private final PersonRepository people;
    private final Organisations organisations;
    private final FieldTaxonomy taxonomy;
    private final CurrentActor actor;
    private final UserLookup userLookup;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    People(
            PersonRepository people,
            Organisations organisations,
            FieldTaxonomy taxonomy,
            CurrentActor actor,
            UserLookup userLookup,
            AuditLog audit,
            EntityManager entityManager,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.actor = actor;
        this.userLookup = userLookup;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A person's whole profile (private data included: for the person and staff only). */
    public record EditablePerson(
            UUID id,
            PersonData data,
            long version,
            @Nullable String linkedUsername) {}

    /** An expert found for a council, with why they may be in conflict with an organisation. */
    public record ExpertMatch(PersonSummary person, List<String> conflictKeys) {}

    @Transactional(readOnly = true)
    public List<PersonSummary> all() {
        return people.findAllByOrderByFullName().stream().map(Person::toSummary).toList();
    }

    /** One page of people by name, for the lists (issue 16 #7). */
    @Transactional(readOnly = true)
    public PageOf<PersonSummary> page(Paging paging) {
        return PageOf.of(people.findAll(paging.pageable(org.springframework.data.domain.Sort.by("fullName", "id"))))
                .map(Person::toSummary);
    }

    /** One page of people by name, for the public API. */
    public record PersonPage(List<PersonSummary> people, int page, int size, long total) {}

    /** Pages start at 0 and hold 1 to {@value #MAX_PAGE_SIZE} people. */
    @Transactional(readOnly = true)
    public PersonPage page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("person.api.badPage", MAX_PAGE_SIZE);
        }
        var result = people.findAll(org.springframework.data.domain.PageRequest.of(
                page, size, org.springframework.data.domain.Sort.by("fullName", "id")));
        return new PersonPage(result.map(Person::toSummary).getContent(), page, size, result.getTotalElements());
    }

    public static final int MAX_PAGE_SIZE = 100;

    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(UUID id) {
        return people.findById(id).map(Person::toSummary);
    }

    @Transactional(readOnly = true)
    public EditablePerson editable(UUID id) {
        Person person = load(id);
        String username = person.userId() == null
                ? null
                : userLookup.usernameOf(person.userId()).orElse(null);
        return new EditablePerson(person.id(), person.data(), person.version(), username);
    }

    /** The profile linked to the signed-in account. */
    @Transactional(readOnly = true)
    public Optional<EditablePerson> editableOwn() {
        return actor.userId().flatMap(people::findByUserId).map(person -> editable(person.id()));
    }

    /**
     * People who may already be in the directory: the same e-mail, or the same name once
     * diacritics are set aside ("Nguyen Van An" and "Nguyễn Văn An").
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> likelyDuplicates(PersonData data, @Nullable UUID self) {
        Map<UUID, PersonSummary> found = new LinkedHashMap<>();
        if (data.email() != null && !data.email().isBlank()) {
            for (Person person : people.findByEmail(data.email().strip())) {
                found.put(person.id(), person.toSummary());
            }
        }
        String folded = VietnameseText.fold(VietnameseText.clean(data.fullName()));
        for (Person person : people.findAllByOrderByFullName()) {
            if (VietnameseText.fold(person.fullName()).equals(folded)) {
                found.put(person.id(), person.toSummary());
            }
        }
        if (self != null) {
            found.remove(self);
        }
        return List.copyOf(found.values());
    }

    /** Staff add a person; {@code linkedUsername} links the profile to that account when given. */
    public UUID create(PersonData data, @Nullable String linkedUsername) {
        PersonData clean = clean(data, null);
        Person person = new Person(clean, clock.instant());
        person.linkAccount(resolveAccount(linkedUsername, null), clock.instant());
        people.save(person);
        audit.record("person.created", ENTITY, person.id().toString(), null, person.auditState());
        return person.id();
    }

    public byte[] importTemplate() {
        return PersonWorkbook.template();
    }

    /**
     * Adds the people of an Excel sheet: all of them, or none when any row breaks a rule (the
     * report then lists each such row and why), as the organisations' import does. A row whose
     * e-mail is already in the directory is refused: staff add that person through the form,
     * where a likely duplicate can be confirmed. Where a row names a province and commune, they
     * are checked against the official list by {@code addresses} (a parameter, since this service
     * has its eight collaborators) and recorded today.
     */
    public SheetImport importWorkbook(java.io.InputStream workbook, PersonAddresses addresses) {
        List<PersonWorkbook.Row> rows;
        try {
            rows = PersonWorkbook.read(workbook);
        } catch (java.io.IOException | RuntimeException e) {
            return SheetImport.refused("person.import.unreadable");
        }
        java.util.Set<String> orcids = new java.util.HashSet<>();
        java.util.Set<String> emails = new java.util.HashSet<>();
        List<OrganisationSummary> known = organisations.all();
        return SheetImport.allOrNothing(
                rows,
                "person.import.empty",
                line -> {
                    PersonData data = clean(
                            PersonSheetRows.withOrganisation(
                                    line.data(), PersonSheetRows.organisationOf(line.organisation(), known)),
                            null);
                    if (data.orcid() != null && !orcids.add(data.orcid())) {
                        throw DomainException.conflict("person.import.orcidTwice", data.orcid());
                    }
                    if (data.email() != null) {
                        String email = data.email().toLowerCase(java.util.Locale.ROOT);
                        if (!emails.add(email)) {
                            throw DomainException.conflict("person.import.emailTwice", data.email());
                        }
                        if (!people.findByEmail(data.email()).isEmpty()) {
                            throw DomainException.conflict("person.import.emailTaken", data.email());
                        }
                    }
                    return new ImportedRow(data, addresses.named(line.province(), line.commune()));
                },
                row -> {
                    UUID id = create(row.data(), null);
                    if (row.address().provinceCode() != null) {
                        addresses.move(id, row.address());
                    }
                });
    }

    /** A row checked for import: the person and where they are. */
    private record ImportedRow(PersonData data, vn.doimoi.places.PostalAddress address) {}

    /** Staff change a person's profile and its account link. */
    public void update(UUID id, long version, PersonData data, @Nullable String linkedUsername) {
        Person person = load(id);
        checkVersion(person, version);
        Map<String, Object> before = person.auditState();
        person.apply(clean(data, id), clock.instant());
        person.linkAccount(resolveAccount(linkedUsername, id), clock.instant());
        people.saveAndFlush(person);
        audit.record("person.updated", ENTITY, id.toString(), before, person.auditState());
    }

    /** A scientist changes their own profile (the one linked to their account). */
    public void updateOwn(long version, PersonData data) {
        UUID userId = actor.userId().orElseThrow(() -> DomainException.forbidden("person.error.noProfile"));
        Person person =
                people.findByUserId(userId).orElseThrow(() -> DomainException.forbidden("person.error.noProfile"));
        checkVersion(person, version);
        Map<String, Object> before = person.auditState();
        person.apply(clean(data, person.id()), clock.instant());
        people.saveAndFlush(person);
        audit.record("person.updated", ENTITY, person.id().toString(), before, person.auditState());
    }

    /**
     * Experts who accept review work, in a field (a code and everything under it) and matching
     * the words, most relevant first; each marked where it may conflict with {@code organisation}.
     */
    @Transactional(readOnly = true)
    public List<ExpertMatch> findExperts(
            @Nullable String fieldCode, @Nullable String words, @Nullable UUID organisation) {
        String query = VietnameseText.clean(words == null ? "" : words);
        String field = fieldCode == null || fieldCode.isBlank() ? null : fieldCode.strip();
        List<Person> found = Search.session(entityManager)
                .search(Person.class)
                .where(f -> f.bool().with(bool -> {
                    bool.must(f.match().field("acceptsReview").matching(true));
                    if (field != null) {
                        bool.must(f.wildcard().field("fieldCode").matching(field + "*"));
                    }
                    if (!query.isEmpty()) {
                        bool.must(f.bool().with(any -> {
                            for (var each : VietnameseAnalysis.fieldsFor("summary", query)) {
                                any.should(f.match()
                                        .field(each.name())
                                        .matching(query)
                                        .boost(each.boost()));
                            }
                            for (var each : VietnameseAnalysis.fieldsFor("title", query)) {
                                any.should(f.match()
                                        .field(each.name())
                                        .matching(query)
                                        .boost(each.boost()));
                            }
                        }));
                    }
                }))
                .sort(f -> query.isEmpty() ? f.field("title_sort") : f.score())
                .fetchHits(100);
        OrganisationSummary against =
                organisation == null ? null : organisations.find(organisation).orElse(null);
        List<ExpertMatch> matches = new ArrayList<>();
        for (Person person : found) {
            matches.add(new ExpertMatch(person.toSummary(), ExpertConflicts.of(person, against)));
        }
        return matches;
    }

    private PersonData clean(PersonData data, @Nullable UUID self) {
        String name = VietnameseText.clean(data.fullName());
        if (name == null || name.isEmpty()) {
            throw DomainException.invalid("person.error.nameRequired");
        }
        String orcid = Orcid.normalise(data.orcid());
        if (orcid != null) {
            if (!Orcid.isValid(orcid)) {
                throw DomainException.invalid("person.error.orcidInvalid", orcid);
            }
            people.findByOrcid(orcid).filter(other -> !other.id().equals(self)).ifPresent(other -> {
                throw DomainException.conflict("person.error.orcidTaken", orcid);
            });
        }
        for (String code : data.fieldCodes()) {
            if (taxonomy.find(code).isEmpty()) {
                throw DomainException.invalid("organisation.error.unknownFieldCode", code);
            }
        }
        if (data.organisationId() != null
                && organisations.find(data.organisationId()).isEmpty()) {
            throw DomainException.invalid("person.error.unknownOrganisation");
        }
        String nationalId = blankToNull(data.nationalId());
        if (nationalId != null && !nationalId.matches("\\d{12}")) {
            throw DomainException.invalid("person.error.nationalIdInvalid");
        }
        return new PersonData(
                name,
                data.academicTitle(),
                data.degree(),
                blankToNull(data.position()),
                data.organisationId(),
                blankToNull(data.email()),
                orcid,
                data.fieldCodes(),
                text(data.expertise()),
                text(data.publications()),
                text(data.patents()),
                text(data.biography()),
                data.acceptsReview(),
                nationalId,
                blankToNull(data.phone()),
                text(data.declaredRelatives()));
    }

    private @Nullable UUID resolveAccount(@Nullable String username, @Nullable UUID self) {
        if (username == null || username.isBlank()) {
            return null;
        }
        UUID userId = userLookup
                .userIdOf(username.strip())
                .orElseThrow(() -> DomainException.invalid("person.error.unknownAccount", username.strip()));
        people.findByUserId(userId).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw DomainException.conflict("person.error.accountTaken", username.strip());
        });
        return userId;
    }

    private static void checkVersion(Person person, long version) {
        if (person.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String clean = VietnameseText.clean(value);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : VietnameseText.nfc(value.strip());
    }

    private Person load(UUID id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }
}
