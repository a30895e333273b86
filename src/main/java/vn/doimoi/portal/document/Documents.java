package vn.doimoi.portal.document;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.search.ExactKeys;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.text.VietnameseText;

/** The documents library: records documents (audited) and searches them as Decree 42/2022 asks. */
@Service
@Transactional
public class Documents {

    static final String ENTITY = "portal.document";

    private final DocumentRepository documents;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    Documents(DocumentRepository documents, EntityManager entityManager, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    public record EditableDocument(UUID id, DocumentData data, long version) {}

    public record DocumentResults(List<DocumentSummary> items, long total, int page, int pageCount) {}

    public UUID create(DocumentData data) {
        return create(UUID.randomUUID(), data);
    }

    /** With a fixed id, for seed content that must be found again on the next start. */
    public UUID create(UUID id, DocumentData data) {
        DocumentData clean = clean(data);
        requireFreeNumber(clean, null);
        Document document = new Document(id, clean, clock.instant());
        documents.save(document);
        audit.record("document.created", ENTITY, id.toString(), null, document.auditState());
        return id;
    }

    /** Saves the edit; answers the id, as {@code create} does, so a form saves either way alike. */
    public UUID update(UUID id, long version, DocumentData data) {
        Document document = load(id);
        if (document.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
        DocumentData clean = clean(data);
        requireFreeNumber(clean, id);
        Map<String, Object> before = document.auditState();
        document.apply(clean, clock.instant());
        documents.saveAndFlush(document);
        audit.record("document.updated", ENTITY, id.toString(), before, document.auditState());
        return id;
    }

    @Transactional(readOnly = true)
    public EditableDocument editable(UUID id) {
        Document document = load(id);
        return new EditableDocument(id, document.data(), document.version());
    }

    @Transactional(readOnly = true)
    public Optional<DocumentSummary> find(UUID id) {
        return documents.findById(id).map(Document::toSummary);
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> latest() {
        return documents.findTop5ByOrderByIssuedOnDesc().stream()
                .map(Document::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> all() {
        return documents.findAllByOrderByIssuedOnDesc().stream()
                .map(Document::toSummary)
                .toList();
    }

    /** Searches by number (exact), type, issuing body, issue-date range and text; newest first. */
    @Transactional(readOnly = true)
    public DocumentResults search(DocumentQuery query, int page, int size) {
        int pageNumber = Math.max(0, page);
        String text = blankToNull(query.text());
        String number = blankToNull(query.number());
        String body = blankToNull(query.issuingBody());
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("search.error.queryTooLong", 200);
        }
        SearchResult<Document> result = Search.session(entityManager)
                .search(Document.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (number != null) {
                        // "54", "54-CTr/TU", "54/CTr-TU", "54-ctr/tu": one number (ExactKeys)
                        root.add(f.terms()
                                .field(ExactKeys.FIELD)
                                .matchingAny(List.of(ExactKeys.documentNumber(number))));
                    }
                    if (query.type() != null) {
                        root.add(f.match().field("type").matching(query.type()));
                    }
                    if (body != null) {
                        // every word of the body must match, with or without diacritics
                        root.add(f.simpleQueryString()
                                .field("issuingBody_fold") // the folded field of @VietnameseField
                                .matching(escape(body))
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (query.from() != null || query.to() != null) {
                        root.add(f.range().field("issuedOn").between(query.from(), query.to()));
                    }
                    if (text != null) {
                        root.add(f.or().with(or -> {
                            if (DocumentNumbers.looksLikeNumber(text)) {
                                or.add(f.terms()
                                        .field(ExactKeys.FIELD)
                                        .matchingAny(List.of(ExactKeys.documentNumber(text)))
                                        .boost(10));
                            }
                            for (var field : VietnameseAnalysis.fieldsFor("title", text)) {
                                or.add(f.simpleQueryString()
                                        .field(field.name())
                                        .matching(escape(text))
                                        .defaultOperator(BooleanOperator.AND)
                                        .boost(field.boost() * 2));
                            }
                            for (var field : VietnameseAnalysis.fieldsFor("summary", text)) {
                                or.add(f.simpleQueryString()
                                        .field(field.name())
                                        .matching(escape(text))
                                        .defaultOperator(BooleanOperator.AND)
                                        .boost(field.boost()));
                            }
                        }));
                    }
                })
                .sort(f -> text == null ? f.field("issuedOn").order(SortOrder.DESC) : f.score())
                .fetch(pageNumber * size, size);
        long total = result.total().hitCount();
        return new DocumentResults(
                result.hits().stream().map(Document::toSummary).toList(), total, pageNumber, (int)
                        Math.max(1, (total + size - 1) / size));
    }

    private static String escape(String text) {
        return text.replaceAll("[+|\\-\"*()~]", " ");
    }

    private void requireFreeNumber(DocumentData data, @Nullable UUID self) {
        documents
                .findByNumberKeyAndIssuingBody(DocumentNumbers.key(data.number()), data.issuingBody())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw DomainException.conflict("document.error.numberTaken", data.number());
                });
    }

    private static DocumentData clean(DocumentData data) {
        String number = VietnameseText.clean(data.number());
        String title = VietnameseText.clean(data.title());
        String body = VietnameseText.clean(data.issuingBody());
        if (number == null || number.isEmpty()) {
            throw DomainException.invalid("document.error.numberRequired");
        }
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("document.error.titleRequired");
        }
        if (body == null || body.isEmpty()) {
            throw DomainException.invalid("document.error.issuingBodyRequired");
        }
        if (data.type() == null || data.issuedOn() == null) {
            throw DomainException.invalid("document.error.issuedOnRequired");
        }
        if (data.effectiveOn() != null && data.effectiveOn().isBefore(data.issuedOn())) {
            throw DomainException.invalid("document.error.effectiveBeforeIssued");
        }
        return new DocumentData(
                data.type(),
                number,
                body,
                blankToNull(data.signer()),
                data.issuedOn(),
                data.effectiveOn(),
                title,
                data.summary() == null || data.summary().isBlank()
                        ? null
                        : VietnameseText.nfc(data.summary().strip()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String clean = VietnameseText.clean(value);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private Document load(UUID id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
    }
}
