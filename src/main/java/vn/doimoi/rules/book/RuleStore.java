package vn.doimoi.rules.book;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import vn.doimoi.rules.LegalBasis;
import vn.doimoi.shared.DomainException;

/** The table of rule versions ({@code rules.rule_version}). */
@Repository
public class RuleStore {

    private static final String COLUMNS =
            "kind, code, title, status, valid_from, valid_until, basis_citation, basis_document_id, basis_url,"
                    + " rule_values::text AS rule_values, sources::text AS sources, unverified::text AS unverified,"
                    + " based_on, bundled, created_by, created_at, published_by, published_at, row_version";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RuleRow> published(String kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rules.rule_version WHERE kind = ? AND status = 'PUBLISHED'"
                        + " ORDER BY valid_from DESC")
                .param(kind)
                .query(RuleStore::row)
                .list();
    }

    public List<RuleRow> all(String kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rules.rule_version WHERE kind = ?"
                        + " ORDER BY status, valid_from DESC, code")
                .param(kind)
                .query(RuleStore::row)
                .list();
    }

    public Optional<RuleRow> find(String kind, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rules.rule_version WHERE kind = ? AND code = ?")
                .params(kind, code)
                .query(RuleStore::row)
                .optional();
    }

    /** Adds a version unless one with its code is there (shipped versions, started on every node). */
    public boolean insert(
            String kind,
            RuleFile file,
            boolean published,
            @Nullable String basedOn,
            boolean bundled,
            String by,
            Instant at) {
        return jdbc.sql("INSERT INTO rules.rule_version (kind, code, title, status, valid_from, valid_until,"
                                + " basis_citation, basis_document_id, basis_url, rule_values, sources, unverified, based_on,"
                                + " bundled, created_by, created_at, published_by, published_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (kind, code) DO NOTHING")
                        .params(
                                kind,
                                file.code(),
                                file.title(),
                                published ? "PUBLISHED" : "DRAFT",
                                file.validFrom(),
                                file.validUntil(),
                                file.basis().citation(),
                                file.basis().documentId(),
                                file.basis().url(),
                                RuleJson.text(file.values()),
                                RuleJson.text(file.sourcesOrEmpty()),
                                RuleJson.text(file.unverifiedOrEmpty()),
                                basedOn,
                                bundled,
                                by,
                                java.sql.Timestamp.from(at),
                                published ? by : null,
                                published ? java.sql.Timestamp.from(at) : null)
                        .update()
                == 1;
    }

    /** Rewrites a draft, if it is still the draft the editor read (optimistic lock). */
    public void updateDraft(String kind, RuleFile file, long rowVersion) {
        int changed = jdbc.sql("UPDATE rules.rule_version SET title = ?, valid_from = ?, basis_citation = ?,"
                        + " basis_document_id = ?, basis_url = ?, rule_values = ?::jsonb, sources = ?::jsonb,"
                        + " unverified = ?::jsonb, row_version = row_version + 1"
                        + " WHERE kind = ? AND code = ? AND status = 'DRAFT' AND row_version = ?")
                .params(
                        file.title(),
                        file.validFrom(),
                        file.basis().citation(),
                        file.basis().documentId(),
                        file.basis().url(),
                        RuleJson.text(file.values()),
                        RuleJson.text(file.sourcesOrEmpty()),
                        RuleJson.text(file.unverifiedOrEmpty()),
                        kind,
                        file.code(),
                        rowVersion)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("rules.error.changedMeanwhile");
        }
    }

    /**
     * Sets the library document that holds a version's legal basis, draft or published: the document
     * is where the cited text is read, not a value of the version (optimistic lock).
     */
    public void setBasisDocument(String kind, String code, @Nullable UUID documentId, long rowVersion) {
        int changed = jdbc.sql("UPDATE rules.rule_version SET basis_document_id = ?, row_version = row_version + 1"
                        + " WHERE kind = ? AND code = ? AND row_version = ?")
                .params(documentId, kind, code, rowVersion)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("rules.error.changedMeanwhile");
        }
    }

    /** Publishes a draft from its start; ends the versions in force then on the day before. */
    public void publish(String kind, String code, LocalDate from, long rowVersion, String by, Instant at) {
        jdbc.sql("UPDATE rules.rule_version SET valid_until = ?, row_version = row_version + 1"
                        + " WHERE kind = ? AND status = 'PUBLISHED' AND valid_from < ?"
                        + " AND (valid_until IS NULL OR valid_until >= ?)")
                .params(from.minusDays(1), kind, from, from)
                .update();
        int changed = jdbc.sql("UPDATE rules.rule_version SET status = 'PUBLISHED', valid_from = ?,"
                        + " valid_until = NULL, published_by = ?, published_at = ?, row_version = row_version + 1"
                        + " WHERE kind = ? AND code = ? AND status = 'DRAFT' AND row_version = ?")
                .params(from, by, java.sql.Timestamp.from(at), kind, code, rowVersion)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("rules.error.changedMeanwhile");
        }
    }

    /** Whether a published version starts on or after a day (a new one may not slip in before it). */
    public boolean publishedFrom(String kind, LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM rules.rule_version WHERE kind = ? AND status = 'PUBLISHED'"
                                + " AND valid_from >= ?")
                        .params(kind, day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void deleteDraft(String kind, String code) {
        jdbc.sql("DELETE FROM rules.rule_version WHERE kind = ? AND code = ? AND status = 'DRAFT'")
                .params(kind, code)
                .update();
    }

    private static RuleRow row(ResultSet rs, int rowNum) throws SQLException {
        String documentId = rs.getString("basis_document_id");
        java.sql.Timestamp publishedAt = rs.getTimestamp("published_at");
        java.sql.Date until = rs.getDate("valid_until");
        RuleFile file = new RuleFile(
                rs.getString("code"),
                rs.getString("title"),
                rs.getDate("valid_from").toLocalDate(),
                until == null ? null : until.toLocalDate(),
                new LegalBasis(
                        rs.getString("basis_citation"),
                        documentId == null ? null : UUID.fromString(documentId),
                        rs.getString("basis_url")),
                RuleJson.tree(rs.getString("rule_values")),
                RuleJson.JSON.readValue(rs.getString("sources"), new TypeReference<Map<String, String>>() {}),
                RuleJson.JSON.readValue(rs.getString("unverified"), new TypeReference<List<String>>() {}));
        return new RuleRow(
                rs.getString("kind"),
                file,
                RuleStatus.valueOf(rs.getString("status")),
                rs.getString("based_on"),
                rs.getBoolean("bundled"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("published_by"),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getLong("row_version"));
    }
}
