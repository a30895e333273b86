package vn.doimoi.projects;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.Commercialisations.CommercialisationView;
import vn.doimoi.shared.ChangeFeed;
import vn.doimoi.shared.ChangeWindow;

/**
 * The public register's facts as change feeds, for harvesters (OAI-PMH, ADR 0048): approved tasks
 * (public once approved, as /tasks), the calls they came from or that were opened (as /calls), and
 * registered results (as /results). Each read is one query, however many records a page holds.
 */
@Service
@Transactional(readOnly = true)
public class OpenTasks {

    /** An approved task; {@code changedAt} is its approval (the task's facts are fixed from then on). */
    public record OpenTask(
            UUID id,
            String code,
            String title,
            TaskType type,
            UUID callId,
            String callCode,
            String callTitle,
            UUID hostOrganisationId,
            @Nullable UUID principalInvestigatorId,
            @Nullable UUID adopterOrganisationId,
            List<String> fieldCodes,
            String objectives,
            BigDecimal stateBudget,
            BigDecimal otherBudget,
            int durationMonths,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            Instant changedAt) {}

    /**
     * A call for proposals, public once opened or once a task it led to was approved;
     * {@code changedAt} is the later of the two.
     */
    public record OpenCall(
            UUID id,
            String code,
            String title,
            String objectives,
            BigDecimal budgetCeiling,
            int durationMonths,
            LocalDate deadlineOn,
            Instant changedAt) {}

    /**
     * A registered result with its commercialisations; {@code changedAt} is its registration (the
     * submission if no journal says), the protection title recorded, or the last commercialisation
     * recorded or corrected since.
     */
    public record OpenResult(
            UUID id,
            UUID taskId,
            String title,
            String summary,
            String keywords,
            UUID hostOrganisationId,
            @Nullable String certificateNumber,
            @Nullable LocalDate registeredOn,
            @Nullable OpenProtectionTitle protectionTitle,
            Instant changedAt,
            List<OpenCommercialisation> commercialisations) {

        OpenResult with(List<OpenCommercialisation> commercialisations) {
            return new OpenResult(
                    id,
                    taskId,
                    title,
                    summary,
                    keywords,
                    hostOrganisationId,
                    certificateNumber,
                    registeredOn,
                    protectionTitle,
                    changedAt,
                    commercialisations);
        }
    }

    /**
     * The industrial-property title granted for a result (Law 93/2025 art. 73): {@code kind} is PATENT,
     * INDUSTRIAL_DESIGN or LAYOUT_DESIGN.
     */
    public record OpenProtectionTitle(String kind, String number, LocalDate grantedOn) {}

    /**
     * A commercialisation of a registered result (Law 93/2025: licence, sale, capital contribution,
     * spin-off): {@code kind} is LICENCE, SALE, CAPITAL_CONTRIBUTION or SPIN_OFF; the income and the shares paid are null unless the sharing rule version it was recorded
     * under makes them public (ADR 0055).
     */
    public record OpenCommercialisation(
            String kind,
            LocalDate concludedOn,
            String counterparty,
            @Nullable BigDecimal income,
            @Nullable BigDecimal authorsAmount,
            @Nullable BigDecimal intermediariesAmount) {}

    private static final String TASKS = """
            SELECT t.id, t.code, t.title, t.task_type, t.call_id, c.code AS call_code, c.title AS call_title,
                   t.host_organisation_id, t.principal_investigator_id, t.adopter_organisation_id,
                   t.field_codes, t.objectives, t.state_budget, t.other_budget, t.duration_months,
                   t.decision_number, t.decision_date, t.approved_at AS changed_at
            FROM projects.task t JOIN projects.call c ON c.id = t.call_id
            WHERE t.state = 'APPROVED' AND t.approved_at IS NOT NULL""";

    private static final String CALLS = """
            SELECT * FROM (
              SELECT c.id, c.code, c.title, c.objectives, c.budget_ceiling, c.duration_months, c.deadline_on,
                     GREATEST(CASE WHEN c.state <> 'DRAFT' THEN COALESCE(c.opened_at, c.created_at) END,
                              (SELECT max(t.approved_at) FROM projects.task t
                               WHERE t.call_id = c.id AND t.state = 'APPROVED')) AS changed_at
              FROM projects.call c) p
            WHERE p.changed_at IS NOT NULL""";

    private static final String RESULTS = """
            SELECT r.id, r.task_id, r.title, r.summary, r.keywords, r.host_org_id, r.certificate_number,
                   r.registered_on, r.protection_title_kind, r.protection_title_number, r.protection_granted_on,
                   GREATEST(COALESCE((SELECT max(e.at) FROM projects.execution_event e
                                      WHERE e.task_id = r.task_id AND e.action = 'result.registered'),
                                     r.submitted_at),
                            (SELECT max(e.at) FROM projects.execution_event e
                             WHERE e.task_id = r.task_id AND e.action = 'result.protectionTitle'),
                            (SELECT max(COALESCE(c.corrected_at, c.recorded_at))
                             FROM projects.result_commercialisation c WHERE c.result_id = r.id)) AS changed_at
            FROM projects.result r
            WHERE r.state = 'REGISTERED'""";

    /** The registered results a patent or an industrial design protects: CERIF's Patent besides its Product. */
    private static final String PATENTS = RESULTS + " AND r.protection_title_kind IN ('PATENT', 'INDUSTRIAL_DESIGN')";

    private final ChangeFeed feed;
    private final Commercialisations commercialisations;

    OpenTasks(JdbcClient jdbc, Commercialisations commercialisations) {
        this.feed = new ChangeFeed(jdbc);
        this.commercialisations = commercialisations;
    }

    public List<OpenTask> tasks(ChangeWindow window) {
        return feed.page(window, TASKS, OpenTasks::task);
    }

    public Optional<OpenTask> task(UUID id) {
        return feed.one(TASKS, id, OpenTasks::task);
    }

    public List<OpenCall> calls(ChangeWindow window) {
        return feed.page(window, CALLS, OpenTasks::call);
    }

    public Optional<OpenCall> call(UUID id) {
        return feed.one(CALLS, id, OpenTasks::call);
    }

    public List<OpenResult> results(ChangeWindow window) {
        return withCommercialisations(feed.page(window, RESULTS, OpenTasks::result));
    }

    public Optional<OpenResult> result(UUID id) {
        return feed.one(RESULTS, id, OpenTasks::result)
                .map(r -> withCommercialisations(List.of(r)).get(0));
    }

    /** The registered results protected by a patent or an industrial design, with their commercialisations. */
    public List<OpenResult> patents(ChangeWindow window) {
        return withCommercialisations(feed.page(window, PATENTS, OpenTasks::result));
    }

    public Optional<OpenResult> patent(UUID id) {
        return feed.one(PATENTS, id, OpenTasks::result)
                .map(r -> withCommercialisations(List.of(r)).get(0));
    }

    /** The page's results with their commercialisations, read in one more query. */
    private List<OpenResult> withCommercialisations(List<OpenResult> results) {
        Map<UUID, List<CommercialisationView>> byResult =
                commercialisations.publicOf(results.stream().map(OpenResult::id).toList());
        return results.stream()
                .map(r -> r.with(byResult.getOrDefault(r.id(), List.of()).stream()
                        .map(CommercialisationView::open)
                        .toList()))
                .toList();
    }

    private static Instant changedAt(ResultSet rs) throws SQLException {
        return rs.getObject("changed_at", OffsetDateTime.class).toInstant();
    }

    private static OpenTask task(ResultSet rs) throws SQLException {
        String codes = rs.getString("field_codes");
        return new OpenTask(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                TaskType.valueOf(rs.getString("task_type")),
                rs.getObject("call_id", UUID.class),
                rs.getString("call_code"),
                rs.getString("call_title"),
                rs.getObject("host_organisation_id", UUID.class),
                rs.getObject("principal_investigator_id", UUID.class),
                rs.getObject("adopter_organisation_id", UUID.class),
                codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(",")),
                rs.getString("objectives"),
                rs.getBigDecimal("state_budget"),
                rs.getBigDecimal("other_budget"),
                rs.getInt("duration_months"),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                changedAt(rs));
    }

    private static OpenCall call(ResultSet rs) throws SQLException {
        return new OpenCall(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("objectives"),
                rs.getBigDecimal("budget_ceiling"),
                rs.getInt("duration_months"),
                rs.getObject("deadline_on", LocalDate.class),
                changedAt(rs));
    }

    private static OpenResult result(ResultSet rs) throws SQLException {
        return new OpenResult(
                rs.getObject("id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("keywords"),
                rs.getObject("host_org_id", UUID.class),
                rs.getString("certificate_number"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getString("protection_title_kind") == null
                        ? null
                        : new OpenProtectionTitle(
                                rs.getString("protection_title_kind"),
                                rs.getString("protection_title_number"),
                                rs.getObject("protection_granted_on", LocalDate.class)),
                changedAt(rs),
                List.of());
    }
}
