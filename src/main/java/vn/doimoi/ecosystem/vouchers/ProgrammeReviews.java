package vn.doimoi.ecosystem.vouchers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.ReviewCouncil;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * STAFF send a programme's submitted applications to a review council of the one council engine
 * (ADR 0068, 0080): the applications not yet reviewed are gathered into a review, the council's
 * subject, under the {@code review-council} version of family {@value #COUNCIL_FAMILY} in force
 * today. The council's own pages seat, declare, score and conclude; {@link ApplicationCouncil}
 * records the conclusion on each application.
 */
@Service
@Transactional
public class ProgrammeReviews {

    /** The code prefix of the support-programme councils' rule versions ({@code HT-ND268-2025}, ...). */
    static final String COUNCIL_FAMILY = "HT";

    private static final String UNREVIEWED =
            "FROM ecosystem.voucher_application WHERE state = 'SUBMITTED' AND review_id IS NULL";

    private final JdbcClient jdbc;
    private final SupportProgrammes programmes;
    private final ReviewCouncils councils;
    private final VoucherAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeReviews(
            JdbcClient jdbc,
            SupportProgrammes programmes,
            ReviewCouncils councils,
            VoucherAccess access,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.councils = councils;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the council of the programme's applications not yet reviewed; answers the council.
     * Refused while another council of the programme is at work, or when nothing waits for one.
     */
    public UUID sendToCouncil(CurrentUser actor, UUID programmeId, @Nullable String decisionNumber) {
        access.requireStaff(actor);
        String decision = clean(decisionNumber);
        ProgrammeView programme = programmes.lock(programmeId);
        int waiting = jdbc.sql("SELECT count(*) " + UNREVIEWED + " AND programme_id = ?")
                .param(programme.id())
                .query(Integer.class)
                .single();
        if (waiting == 0) {
            throw DomainException.refused("vouchers.error.nothingToReview");
        }
        String ruleVersion = councils.ruleVersionInForce(COUNCIL_FAMILY);
        UUID review = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO ecosystem.voucher_review (id, programme_id, rule_version, pass_total, state,"
                            + " opened_by, opened_at) VALUES (?, ?, ?, 0, 'IN_COUNCIL', ?, ?)")
                    .params(review, programme.id(), ruleVersion, actor.username(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("vouchers.error.reviewOpen");
        }
        jdbc.sql("UPDATE ecosystem.voucher_application SET review_id = ?, row_version = row_version + 1"
                        + " WHERE state = 'SUBMITTED' AND review_id IS NULL AND programme_id = ?")
                .params(review, programme.id())
                .update();
        UUID council = councils.open(ApplicationCouncil.KIND, review, ruleVersion, decision);
        ReviewCouncil opened = councils.council(council);
        jdbc.sql("UPDATE ecosystem.voucher_review SET council_id = ?, pass_total = ? WHERE id = ?")
                .params(council, opened.passTotal(), review)
                .update();
        audit.record(
                "ecosystem.programme.sentToCouncil",
                "ecosystem.voucher_programme",
                programme.id().toString(),
                null,
                Map.of("council", council.toString(), "applications", waiting, "ruleVersion", ruleVersion));
        return council;
    }

    /** How many submitted applications of each programme wait for a council, by programme. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> awaitingCouncil() {
        Map<UUID, Integer> waiting = new LinkedHashMap<>();
        jdbc.sql("SELECT programme_id, count(*) AS n " + UNREVIEWED + " GROUP BY programme_id")
                .query((rs, n) -> waiting.put(rs.getObject("programme_id", UUID.class), rs.getInt("n")))
                .list();
        return waiting;
    }

    /** The programmes' councils still at work, by programme. */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> openCouncils() {
        Map<UUID, UUID> open = new LinkedHashMap<>();
        jdbc.sql("SELECT programme_id, council_id FROM ecosystem.voucher_review"
                        + " WHERE state = 'IN_COUNCIL' AND council_id IS NOT NULL")
                .query((rs, n) ->
                        open.put(rs.getObject("programme_id", UUID.class), rs.getObject("council_id", UUID.class)))
                .list();
        return open;
    }

    private static @Nullable String clean(@Nullable String decisionNumber) {
        if (decisionNumber == null || decisionNumber.isBlank()) {
            return null;
        }
        return Texts.required(decisionNumber, 60, "vouchers.error.decisionNumber");
    }
}
