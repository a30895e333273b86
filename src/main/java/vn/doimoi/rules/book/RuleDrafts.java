package vn.doimoi.rules.book;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.portal.DocumentLibrary;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.rules.LegalBasis;
import vn.doimoi.rules.RuleBook;
import vn.doimoi.rules.RuleKind;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * How the Department keeps its rules: a draft made from a version, edited value by value, published
 * from a day that has not passed; a published version is never edited, only superseded. Every step is
 * audited with the values before and after.
 */
@Service
public class RuleDrafts {

    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._-]{1,59}");
    private static final String ENTITY = "rules.rule_version";

    private final RuleStore store;
    private final RuleBook book;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentLibrary library;

    RuleDrafts(RuleStore store, RuleBook book, AuditLog audit, Clock clock, DocumentLibrary library) {
        this.store = store;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
        this.library = library;
    }

    /**
     * STAFF names the document of the portal's library that holds a version's legal basis (or none): a
     * document the library does not hold is refused. Allowed on a published version too, since it
     * changes where the cited text is read, not what the version says; audited.
     */
    @Transactional
    public void setBasisDocument(
            CurrentUser actor, String kind, String code, @Nullable UUID documentId, long rowVersion) {
        requireStaff(actor);
        book.requireKind(kind);
        RuleRow row = row(kind, code);
        requireInLibrary(documentId);
        store.setBasisDocument(kind, code, documentId, rowVersion);
        audit.record(
                "rules.version.basisDocument",
                ENTITY,
                kind + "/" + code,
                basisDocument(row.file().basis().documentId()),
                basisDocument(documentId));
    }

    /** The library document of a version's basis, if one is named and the library still holds it. */
    public Optional<DocumentSummary> basisDocument(LegalBasis basis) {
        UUID id = basis.documentId();
        return id == null ? Optional.empty() : library.document(id);
    }

    /** Documents of the library whose number holds the text, for the basis picker. */
    public List<DocumentSummary> documentsNumbered(String number) {
        return library.byNumber(number, 10);
    }

    private void requireInLibrary(@Nullable UUID documentId) {
        if (documentId != null && library.document(documentId).isEmpty()) {
            throw DomainException.invalid("rules.error.basisDocument");
        }
    }

    private static Map<String, Object> basisDocument(@Nullable UUID documentId) {
        return Map.of("basisDocument", documentId == null ? "" : documentId.toString());
    }

    @Transactional
    public void draftFrom(CurrentUser actor, String kind, String baseCode, String newCode) {
        requireStaff(actor);
        book.requireKind(kind);
        RuleRow base = row(kind, baseCode);
        String code = VietnameseText.nfc(newCode.strip());
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid("rules.error.code");
        }
        if (store.find(kind, code).isPresent()) {
            throw DomainException.conflict("rules.error.codeTaken", code);
        }
        RuleFile from = base.file();
        RuleFile draft = new RuleFile(
                code,
                from.title(),
                LocalDate.now(clock),
                null,
                from.basis(),
                from.values(),
                from.sources(),
                from.unverified());
        store.insert(kind, draft, false, base.code(), false, actor.username(), clock.instant());
        audit.record("rules.version.drafted", ENTITY, kind + "/" + code, null, Map.of("basedOn", base.code()));
    }

    @Transactional
    public void edit(CurrentUser actor, String kind, String code, DraftEdit edit, long rowVersion) {
        requireStaff(actor);
        RuleKind<?> type = book.requireKind(kind);
        RuleRow draft = draft(kind, code);
        String title = VietnameseText.nfc(edit.title().strip());
        String citation = VietnameseText.nfc(edit.citation().strip());
        if (title.isEmpty() || title.length() > 300) {
            throw DomainException.invalid("rules.error.title");
        }
        if (citation.isEmpty()) {
            throw DomainException.invalid("rules.error.citation");
        }
        String url =
                edit.url() == null || edit.url().isBlank() ? null : edit.url().strip();
        if (url != null && !url.matches("https?://\\S{3,490}")) {
            throw DomainException.invalid("rules.error.url");
        }
        requireInLibrary(edit.documentId());
        Map<String, String> values = new LinkedHashMap<>();
        edit.values().forEach((path, value) -> values.put(path, VietnameseText.nfc(value)));
        Leaves.Edited edited = Leaves.edit(draft.file().values(), values);
        JsonNode newValues = edited.values();
        RuleJson.values(type, newValues);
        List<String> paths =
                Leaves.of(newValues).stream().map(Leaves.Leaf::path).toList();
        Map<String, String> sources = new TreeMap<>();
        edit.sources().forEach((posted, source) -> {
            String path = edited.movedPath(posted);
            if (path != null && paths.contains(path) && !source.isBlank()) {
                sources.put(path, VietnameseText.nfc(source.strip()));
            }
        });
        List<String> unverified = edit.unverified().stream()
                .map(edited::movedPath)
                .filter(path -> path != null && paths.contains(path))
                .map(String.class::cast)
                .sorted()
                .toList();
        RuleFile changed = new RuleFile(
                code,
                title,
                draft.validFrom(),
                null,
                new LegalBasis(citation, edit.documentId(), url),
                newValues,
                sources,
                unverified);
        store.updateDraft(kind, changed, rowVersion);
        audit.record("rules.version.edited", ENTITY, kind + "/" + code, snapshot(draft.file()), snapshot(changed));
    }

    @Transactional
    public void publish(CurrentUser actor, String kind, String code, LocalDate from, long rowVersion) {
        requireStaff(actor);
        RuleKind<?> type = book.requireKind(kind);
        RuleRow draft = draft(kind, code);
        if (from.isBefore(LocalDate.now(clock))) {
            throw DomainException.refused("rules.error.publishInPast");
        }
        if (store.publishedFrom(kind, from)) {
            throw DomainException.refused("rules.error.laterVersion");
        }
        RuleJson.values(type, draft.file().values());
        store.publish(kind, code, from, rowVersion, actor.username(), clock.instant());
        audit.record(
                "rules.version.published",
                ENTITY,
                kind + "/" + code,
                null,
                Map.of(
                        "validFrom",
                        from.toString(),
                        "values",
                        RuleJson.text(draft.file().values())));
    }

    @Transactional
    public void deleteDraft(CurrentUser actor, String kind, String code) {
        requireStaff(actor);
        RuleRow draft = draft(kind, code);
        store.deleteDraft(kind, code);
        audit.record("rules.version.draftDeleted", ENTITY, kind + "/" + code, snapshot(draft.file()), null);
    }

    /** A version by kind and code, if the book holds one. */
    public Optional<RuleRow> find(String kind, String code) {
        return store.find(kind, code);
    }

    public RuleRow row(String kind, String code) {
        return store.find(kind, code).orElseThrow(() -> DomainException.notFound("rules.error.unknownVersion", code));
    }

    public List<RuleRow> versions(String kind) {
        book.requireKind(kind);
        return store.all(kind);
    }

    private RuleRow draft(String kind, String code) {
        RuleRow row = row(kind, code);
        if (!row.isDraft()) {
            throw DomainException.refused("rules.error.publishedIsFinal");
        }
        return row;
    }

    private static void requireStaff(CurrentUser actor) {
        if (!actor.isStaff()) {
            throw DomainException.forbidden("rules.error.staffOnly");
        }
    }

    private static Map<String, Object> snapshot(RuleFile file) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", file.title());
        state.put("basis", file.basis().citation());
        state.put("values", RuleJson.text(file.values()));
        state.put("sources", RuleJson.text(file.sourcesOrEmpty()));
        state.put("unverified", RuleJson.text(file.unverifiedOrEmpty()));
        return state;
    }
}
