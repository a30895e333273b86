package vn.doimoi.portal.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.shared.search.ExactKeys;
import vn.doimoi.shared.search.VietnameseField;

/**
 * A legal or policy document (văn bản). Indexed for the one search as "title" (the trích yếu)
 * and "summary"; the number also goes to a keyword field for exact look-up.
 */
@Entity
@Table(schema = "portal", name = "document")
@Indexed(index = "document")
class Document {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private DocumentType type;

    private String number;

    /** The number in one spelling (NFC, upper case, no spaces): "54-CTR/TU". */
    @KeywordField(name = "number")
    private String numberKey;

    @VietnameseField(name = "issuingBody", stored = false)
    private String issuingBody;

    private @Nullable String signer;

    @GenericField(sortable = Sortable.YES)
    private LocalDate issuedOn;

    private @Nullable LocalDate effectiveOn;

    @VietnameseField(name = "title")
    private String title;

    @VietnameseField(name = "summary")
    private @Nullable String summary;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Document() {}

    Document(UUID id, DocumentData data, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(DocumentData data, Instant now) {
        this.type = data.type();
        this.number = data.number();
        this.numberKey = DocumentNumbers.key(data.number());
        this.issuingBody = data.issuingBody();
        this.signer = data.signer();
        this.issuedOn = data.issuedOn();
        this.effectiveOn = data.effectiveOn();
        this.title = data.title();
        this.summary = data.summary();
        this.updatedAt = now;
    }

    DocumentData data() {
        return new DocumentData(type, number, issuingBody, signer, issuedOn, effectiveOn, title, summary);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", type.name());
        state.put("number", number);
        state.put("issuingBody", issuingBody);
        state.put("signer", signer);
        state.put("issuedOn", issuedOn.toString());
        state.put("effectiveOn", effectiveOn == null ? null : effectiveOn.toString());
        state.put("title", title);
        return state;
    }

    DocumentSummary toSummary() {
        return new DocumentSummary(id, type, number, issuingBody, signer, issuedOn, effectiveOn, title, summary);
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    /** The number's spellings for exact look-up ("54-CTr/TU" → "54/ctr/tu", "54"), see {@link ExactKeys}. */
    @KeywordField(name = ExactKeys.FIELD)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "number")))
    public List<String> getExactKeys() {
        return ExactKeys.documentNumberForms(number);
    }
}
