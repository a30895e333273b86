package vn.doimoi.rules.book;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import vn.doimoi.rules.RuleKind;
import vn.doimoi.rules.RuleVersion;

/** A stored version, draft or published, with who made it and when. */
public record RuleRow(
        String kind,
        RuleFile file,
        RuleStatus status,
        @Nullable String basedOn,
        boolean bundled,
        String createdBy,
        Instant createdAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        long rowVersion) {

    public String code() {
        return file.code();
    }

    public LocalDate validFrom() {
        return file.validFrom();
    }

    public @Nullable LocalDate validUntil() {
        return file.validUntil();
    }

    public boolean isDraft() {
        return status == RuleStatus.DRAFT;
    }

    /** Whether a published version is in force today, ended, or waits for its start. */
    public RuleStatus shownStatus(LocalDate today) {
        if (isDraft()) {
            return RuleStatus.DRAFT;
        }
        if (validFrom().isAfter(today)) {
            return RuleStatus.SCHEDULED;
        }
        LocalDate until = validUntil();
        return until != null && until.isBefore(today) ? RuleStatus.ENDED : RuleStatus.PUBLISHED;
    }

    public <T> RuleVersion<T> version(RuleKind<T> type) {
        return new RuleVersion<>(
                kind,
                file.code(),
                file.title(),
                file.validFrom(),
                file.validUntil(),
                file.basis(),
                RuleJson.values(type, file.values()),
                file.sourcesOrEmpty(),
                new HashSet<>(file.unverifiedOrEmpty()));
    }
}
