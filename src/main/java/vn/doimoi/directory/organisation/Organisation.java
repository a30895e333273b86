package vn.doimoi.directory.organisation;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.search.SearchableType;
import vn.doimoi.shared.search.VietnameseField;

/** An organisation of the innovation system. Indexed for the one search as "title" and "summary". */
@Entity
@Table(schema = "directory", name = "organisation")
@Indexed(index = "organisation")
class Organisation {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private OrganisationType type;

    @VietnameseField(name = "title")
    private String name;

    @VietnameseField(name = "summary")
    private @Nullable String description;

    private @Nullable String shortName;
    private @Nullable String taxCode;
    private @Nullable String registrationNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "directory",
            name = "organisation_field",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "code")
    @KeywordField(name = "fieldCode", aggregable = Aggregable.YES)
    private Set<String> fieldCodes = new TreeSet<>();

    @GenericField
    private boolean verified;

    private @Nullable Instant verifiedAt;
    private @Nullable String verifiedBy;

    /** The current province's name (the search facet); for an address before the merger, the one its province joined. */
    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable String province;

    /** The commune's name as recorded; the text typed before the list existed where no code was found. */
    private @Nullable String commune;

    private @Nullable String provinceCode;
    private @Nullable String communeCode;
    private @Nullable LocalDate addressRecordedOn;
    private @Nullable String streetAddress;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String website;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(OrganisationData data, AddressNames names, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(data, names, now);
    }

    /** {@code data} holds the address as codes, checked against the list; {@code names} their names. */
    void apply(OrganisationData data, AddressNames names, Instant now) {
        this.type = data.type();
        this.name = data.name();
        this.shortName = data.shortName();
        this.taxCode = data.taxCode();
        this.registrationNumber = data.registrationNumber();
        this.fieldCodes = new TreeSet<>(data.fieldCodes());
        this.provinceCode = data.province();
        this.communeCode = data.commune();
        this.addressRecordedOn = data.addressRecordedOn();
        this.province = names.province();
        this.commune = names.commune();
        this.streetAddress = data.streetAddress();
        this.email = data.email();
        this.phone = data.phone();
        this.website = data.website();
        this.description = data.description();
        this.updatedAt = now;
    }

    OrganisationData data() {
        return new OrganisationData(
                type,
                name,
                shortName,
                taxCode,
                registrationNumber,
                new TreeSet<>(fieldCodes),
                provinceCode != null ? provinceCode : province,
                communeCode != null ? communeCode : commune,
                streetAddress,
                email,
                phone,
                website,
                description,
                addressRecordedOn);
    }

    /** Department staff confirm (or withdraw) that the organisation's identity was checked. */
    void setVerified(boolean verified, String by, Instant now) {
        this.verified = verified;
        this.verifiedAt = verified ? now : null;
        this.verifiedBy = verified ? by : null;
        this.updatedAt = now;
    }

    /** Whether a change to these facts needs the Department to verify the organisation again. */
    boolean changesIdentity(OrganisationData data) {
        return !java.util.Objects.equals(name, data.name())
                || !java.util.Objects.equals(taxCode, data.taxCode())
                || !java.util.Objects.equals(registrationNumber, data.registrationNumber());
    }

    boolean verified() {
        return verified;
    }

    @Nullable
    Instant verifiedAt() {
        return verifiedAt;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        OrganisationData data = data();
        state.put("type", data.type().name());
        state.put("name", data.name());
        state.put("shortName", data.shortName());
        state.put("taxCode", data.taxCode());
        state.put("registrationNumber", data.registrationNumber());
        state.put("fieldCodes", String.join(",", new TreeSet<>(data.fieldCodes())));
        state.put("verified", verified);
        state.put("province", data.province());
        state.put("commune", data.commune());
        state.put(
                "addressRecordedOn",
                data.addressRecordedOn() == null
                        ? null
                        : data.addressRecordedOn().toString());
        state.put("streetAddress", data.streetAddress());
        state.put("email", data.email());
        state.put("phone", data.phone());
        state.put("website", data.website());
        return state;
    }

    /**
     * The year the organisation entered the directory (Vietnam time): the one search's year
     * facet for organisations. It never changes once the record exists.
     */
    @KeywordField(name = SearchableType.YEAR, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "createdAt")))
    String getRegistrationYear() {
        return String.valueOf(
                createdAt.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(id, type, name, taxCode, province, verified, Set.copyOf(fieldCodes));
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
