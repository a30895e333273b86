package vn.doimoi.directory.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.places.PostalAddress;
import vn.doimoi.shared.search.ExactKeys;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.search.VietnameseField;

/**
 * A scientist, expert or inventor. Only public facts are indexed: the name as "title", the
 * expertise as "summary", fields and whether the person accepts review work.
 */
@Entity
@Table(schema = "directory", name = "person")
@Indexed(index = "person")
class Person {

    @Id
    private UUID id;

    @VietnameseField(name = "title")
    @KeywordField(name = "title_sort", normalizer = VietnameseAnalysis.SORT, sortable = Sortable.YES)
    private String fullName;

    @Enumerated(EnumType.STRING)
    private @Nullable AcademicTitle academicTitle;

    @Enumerated(EnumType.STRING)
    private @Nullable Degree degree;

    private @Nullable String position;
    private @Nullable UUID organisationId;
    private @Nullable String email;
    private @Nullable String orcid;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "directory", name = "person_field", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "code")
    @KeywordField(name = "fieldCode", aggregable = Aggregable.YES)
    private Set<String> fieldCodes = new TreeSet<>();

    @VietnameseField(name = "summary")
    private @Nullable String expertise;

    private @Nullable String publications;
    private @Nullable String patents;
    private @Nullable String biography;

    @GenericField
    private boolean acceptsReview;

    private @Nullable UUID userId;
    private @Nullable String nationalId;
    private @Nullable String phone;
    private @Nullable String declaredRelatives;
    private @Nullable String provinceCode;
    private @Nullable String communeCode;
    private @Nullable LocalDate addressRecordedOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {}

    Person(PersonData data, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(data, now);
    }

    void apply(PersonData data, Instant now) {
        this.fullName = data.fullName();
        this.academicTitle = data.academicTitle();
        this.degree = data.degree();
        this.position = data.position();
        this.organisationId = data.organisationId();
        this.email = data.email();
        this.orcid = data.orcid();
        this.fieldCodes = new TreeSet<>(data.fieldCodes());
        this.expertise = data.expertise();
        this.publications = data.publications();
        this.patents = data.patents();
        this.biography = data.biography();
        this.acceptsReview = data.acceptsReview();
        this.nationalId = data.nationalId();
        this.phone = data.phone();
        this.declaredRelatives = data.declaredRelatives();
        this.updatedAt = now;
    }

    /** Where the person is, at commune level (ADR 0052); null until one is recorded. */
    @Nullable
    PostalAddress address() {
        return addressRecordedOn == null ? null : new PostalAddress(provinceCode, communeCode, null, addressRecordedOn);
    }

    void moveTo(PostalAddress address, Instant now) {
        this.provinceCode = address.provinceCode();
        this.communeCode = address.communeCode();
        this.addressRecordedOn = address.provinceCode() == null ? null : address.recordedOn();
        this.updatedAt = now;
    }

    void linkAccount(@Nullable UUID userId, Instant now) {
        this.userId = userId;
        this.updatedAt = now;
    }

    PersonData data() {
        return new PersonData(
                fullName,
                academicTitle,
                degree,
                position,
                organisationId,
                email,
                orcid,
                new TreeSet<>(fieldCodes),
                expertise,
                publications,
                patents,
                biography,
                acceptsReview,
                nationalId,
                phone,
                declaredRelatives);
    }

    /** The audit keeps that private data changed, never its values. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fullName", fullName);
        state.put("academicTitle", academicTitle == null ? null : academicTitle.name());
        state.put("degree", degree == null ? null : degree.name());
        state.put("position", position);
        state.put("organisationId", organisationId == null ? null : organisationId.toString());
        state.put("orcid", orcid);
        state.put("fieldCodes", String.join(",", new TreeSet<>(fieldCodes)));
        state.put("acceptsReview", acceptsReview);
        state.put("userId", userId == null ? null : userId.toString());
        state.put("provinceCode", provinceCode);
        state.put("communeCode", communeCode);
        state.put("privateDataHash", Integer.toHexString(java.util.Objects.hash(nationalId, phone, declaredRelatives)));
        return state;
    }

    PersonSummary toSummary() {
        return new PersonSummary(
                id, fullName, academicTitle, degree, position, organisationId, Set.copyOf(fieldCodes), acceptsReview);
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String orcid() {
        return orcid;
    }

    String fullName() {
        return fullName;
    }

    @Nullable
    String declaredRelatives() {
        return declaredRelatives;
    }

    /** The person's name in one spelling, so that searching it finds the person first. */
    @KeywordField(name = ExactKeys.FIELD)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fullName")))
    public List<String> getExactKeys() {
        return List.of(ExactKeys.name(fullName));
    }
}
