package vn.doimoi.ecosystem.vouchers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewOutcome;
import vn.doimoi.projects.ReviewParty;
import vn.doimoi.projects.ReviewSubjectOwner;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * What a support programme's review council judges, told to the one council engine (ADR 0068,
 * 0080): a review, whose items are the applications gathered into it; the applying enterprises are
 * the parties a member must not work for. The conclusion is written on each application in the
 * council's transaction, and the Department is told that the decisions wait.
 */
@Component
class ApplicationCouncil implements ReviewSubjectOwner {

    static final String KIND = "support-applications";

    /** Between the names of the criteria an application averaged below their minimum, as stored. */
    static final String BELOW_SEPARATOR = ";";

    private final JdbcClient jdbc;
    private final VoucherNotices notices;
    private final AuditLog audit;
    private final Clock clock;
    // read lazily: the council engine collects this owner while it is built
    private final ObjectProvider<ReviewCouncils> councils;

    ApplicationCouncil(
            JdbcClient jdbc,
            VoucherNotices notices,
            AuditLog audit,
            Clock clock,
            ObjectProvider<ReviewCouncils> councils) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.councils = councils;
    }

    private record Item(UUID id, UUID organisationId, String organisationName, String purpose) {}

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title(UUID reviewId) {
        return notices.vi("vouchers.review.councilTitle", programmeTitle(reviewId));
    }

    @Override
    public Map<UUID, String> items(UUID reviewId) {
        Map<UUID, String> items = new LinkedHashMap<>();
        gathered(reviewId)
                .forEach(item -> items.put(item.id(), item.organisationName() + " — " + shortened(item.purpose())));
        return items;
    }

    @Override
    public List<ReviewParty> parties(UUID reviewId) {
        return gathered(reviewId).stream()
                .map(item -> new ReviewParty(item.organisationId(), Set.of(), List.of()))
                .toList();
    }

    @Override
    public void checkScoring(UUID reviewId) {
        if (!"IN_COUNCIL".equals(state(reviewId))) {
            throw DomainException.conflict("vouchers.error.reviewConcluded");
        }
    }

    @Override
    public void concluded(UUID reviewId, ReviewOutcome outcome) {
        Map<String, String> names = new LinkedHashMap<>();
        councils.getObject().criteria(outcome.ruleVersion()).forEach(c -> names.put(c.code(), c.name()));
        for (Item item : gathered(reviewId)) {
            ReviewOutcome.ItemResult result = outcome.of(item.id());
            jdbc.sql("UPDATE ecosystem.voucher_application SET review_average = ?, review_passed = ?, review_rank = ?,"
                            + " review_below = ?, row_version = row_version + 1 WHERE id = ?")
                    .params(
                            result.average(),
                            result.passed(),
                            result.rank(),
                            String.join(
                                    BELOW_SEPARATOR,
                                    result.criteriaBelowMinimum().stream()
                                            .map(code -> names.getOrDefault(code, code))
                                            .toList()),
                            item.id())
                    .update();
            audit.record(
                    "ecosystem.application.reviewed",
                    "ecosystem.voucher_application",
                    item.id().toString(),
                    null,
                    Map.of(
                            "council", outcome.councilId().toString(),
                            "average", result.average().toPlainString(),
                            "passed", result.passed()));
        }
        jdbc.sql("UPDATE ecosystem.voucher_review SET state = 'CONCLUDED', concluded_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), reviewId)
                .update();
        notices.toStaff("vouchers.notice.reviewed", "/staff/ecosystem/vouchers", programmeTitle(reviewId));
    }

    private List<Item> gathered(UUID reviewId) {
        return jdbc.sql("SELECT id, organisation_id, organisation_name, purpose FROM ecosystem.voucher_application"
                        + " WHERE review_id = ? ORDER BY submitted_at, id")
                .param(reviewId)
                .query((rs, n) -> new Item(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getString("purpose")))
                .list();
    }

    private String state(UUID reviewId) {
        return jdbc.sql("SELECT state FROM ecosystem.voucher_review WHERE id = ?")
                .param(reviewId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    private String programmeTitle(UUID reviewId) {
        return jdbc.sql("SELECT p.title FROM ecosystem.voucher_review r"
                        + " JOIN ecosystem.voucher_programme p ON p.id = r.programme_id WHERE r.id = ?")
                .param(reviewId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
