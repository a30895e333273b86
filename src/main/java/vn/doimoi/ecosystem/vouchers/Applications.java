package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Applications for support (table {@code ecosystem.voucher_application}): an enterprise applies
 * with its directory profile; the Department grants or refuses within the programme's budget,
 * then records the agreement and the payment; the enterprise reports; the Department closes.
 * Every step checks the state it leaves and the version the person saw, and is audited.
 */
@Service
@Transactional
public class Applications {

    private static final String ENTITY = "ecosystem.voucher_application";
    private static final String SELECT = "SELECT a.*, p.title AS programme_title, p.kind, r.council_id,"
            + " r.rule_version, r.pass_total, r.state AS review_state FROM " + ENTITY
            + " a JOIN ecosystem.voucher_programme p ON p.id = a.programme_id"
            + " LEFT JOIN ecosystem.voucher_review r ON r.id = a.review_id";
    private static final String LINK = "/staff/ecosystem/vouchers/applications/";

    private final JdbcClient jdbc;
    private final SupportProgrammes programmes;
    private final VoucherLedger ledger;
    private final Directory directory;
    private final VoucherAccess access;
    private final VoucherNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Applications(
            JdbcClient jdbc,
            SupportProgrammes programmes,
            VoucherLedger ledger,
            Directory directory,
            VoucherAccess access,
            VoucherNotices notices,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.ledger = ledger;
        this.directory = directory;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The enterprise's profile that an application starts from (shown prefilled on the form). */
    @Transactional(readOnly = true)
    public OrganisationSummary applicant(CurrentUser actor) {
        UUID organisation = access.member(actor);
        return directory
                .organisation(organisation)
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    public UUID apply(CurrentUser actor, UUID programmeId, EnterpriseSize size, String purpose, BigDecimal amount) {
        OrganisationSummary organisation = applicant(actor);
        ProgrammeView programme = programmes.published(programmeId);
        if (!programme.openOn(LocalDate.now(clock))) {
            throw DomainException.refused("vouchers.error.programmeClosed");
        }
        List<String> unmet = programme.data().eligibility().unmet(organisation, size);
        if (!unmet.isEmpty()) {
            throw DomainException.refused(unmet.get(0));
        }
        String text = Texts.required(purpose, 5_000, "vouchers.error.purpose");
        if (!SupportProgrammes.positive(amount)
                || amount.compareTo(programme.data().maxGrant()) > 0) {
            throw DomainException.invalid(
                    "vouchers.error.amountAbove", Texts.money(programme.data().maxGrant()));
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO " + ENTITY + " (id, programme_id, organisation_id, organisation_name, tax_code,"
                            + " enterprise_size, purpose, amount, state, submitted_by, submitted_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
                    .params(
                            id,
                            programmeId,
                            organisation.id(),
                            organisation.name(),
                            organisation.taxCode(),
                            size.name(),
                            text,
                            amount,
                            actor.username(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("vouchers.error.alreadyApplied");
        }
        audit.record(
                "ecosystem.application.submitted",
                ENTITY,
                id.toString(),
                null,
                Map.of("programme", programmeId.toString(), "amount", amount.toPlainString()));
        notices.toStaff(
                "vouchers.notice.submitted",
                LINK + id,
                organisation.name(),
                programme.data().title());
        return id;
    }

    /**
     * Grants the application once its review council passed it (ADR 0080); a voucher programme's
     * grant issues the voucher at once.
     */
    public void grant(CurrentUser actor, UUID id, long version, BigDecimal amount, @Nullable String note) {
        access.requireStaff(actor);
        ApplicationView application = find(id);
        if (application.state() == ApplicationState.SUBMITTED && !application.passedCouncil()) {
            throw DomainException.refused(
                    application.review() != null && application.review().concluded()
                            ? "vouchers.error.councilNotPassed"
                            : "vouchers.error.councilFirst");
        }
        ProgrammeView programme = programmes.lock(application.programmeId());
        if (!SupportProgrammes.positive(amount)
                || amount.compareTo(programme.data().maxGrant()) > 0) {
            throw DomainException.invalid(
                    "vouchers.error.amountAbove", Texts.money(programme.data().maxGrant()));
        }
        if (amount.compareTo(programme.available()) > 0) {
            throw DomainException.refused("vouchers.error.budgetExhausted", Texts.money(programme.available()));
        }
        step(
                application,
                version,
                ApplicationState.GRANTED,
                "granted_amount = ?, decision_note = ?, decided_at = ?",
                amount,
                Texts.optional(note, 2_000),
                Timestamp.from(clock.instant()));
        String link = "/ecosystem/vouchers/my";
        if (programme.data().kind() == ProgrammeKind.VOUCHER) {
            UUID voucher = ledger.issue(application, programme, amount);
            link = "/ecosystem/vouchers/my/vouchers/" + voucher;
        }
        notices.toOrganisation(
                application.organisationId(),
                "vouchers.notice.granted",
                link,
                programme.data().title());
    }

    /** Refuses the application: ineligible ones before any council, others once their council concluded. */
    public void refuse(CurrentUser actor, UUID id, long version, String reason) {
        access.requireStaff(actor);
        ApplicationView application = find(id);
        if (application.inCouncil()) {
            throw DomainException.conflict("vouchers.error.inCouncil");
        }
        step(
                application,
                version,
                ApplicationState.REFUSED,
                "decision_note = ?, decided_at = ?",
                Texts.required(reason, 2_000, "vouchers.error.reason"),
                Timestamp.from(clock.instant()));
        notices.toOrganisation(
                application.organisationId(),
                "vouchers.notice.refused",
                "/ecosystem/vouchers/my",
                application.programmeTitle());
    }

    public void agree(CurrentUser actor, UUID id, long version, String number, LocalDate signedOn) {
        access.requireStaff(actor);
        step(
                find(id),
                version,
                ApplicationState.AGREED,
                "agreement_number = ?, agreement_on = ?",
                Texts.required(number, 60, "vouchers.error.agreementNumber"),
                Date.valueOf(signedOn));
    }

    public void pay(CurrentUser actor, UUID id, long version, BigDecimal amount, LocalDate paidOn, String reference) {
        access.requireStaff(actor);
        ApplicationView application = find(id);
        if (!SupportProgrammes.positive(amount)
                || application.grantedAmount() == null
                || amount.compareTo(application.grantedAmount()) > 0) {
            throw DomainException.invalid("vouchers.error.paymentAmount");
        }
        step(
                application,
                version,
                ApplicationState.PAID,
                "paid_amount = ?, paid_on = ?, payment_reference = ?",
                amount,
                Date.valueOf(paidOn),
                Texts.required(reference, 100, "vouchers.error.reference"));
        notices.toOrganisation(
                application.organisationId(),
                "vouchers.notice.paid",
                "/ecosystem/vouchers/my",
                application.programmeTitle());
    }

    /** The enterprise's report on what the support achieved. */
    public void report(CurrentUser actor, UUID id, long version, String report) {
        ApplicationView application = mine(actor, id);
        step(
                application,
                version,
                ApplicationState.REPORTED,
                "report = ?",
                Texts.required(report, 10_000, "vouchers.error.report"));
        notices.toStaff(
                "vouchers.notice.reported", LINK + id, application.organisationName(), application.programmeTitle());
    }

    public void close(CurrentUser actor, UUID id, long version) {
        access.requireStaff(actor);
        step(find(id), version, ApplicationState.CLOSED, "decided_at = decided_at");
    }

    private void step(ApplicationView application, long version, ApplicationState to, String set, Object... values) {
        if (!application.can(to)) {
            throw DomainException.conflict("vouchers.error.applicationState");
        }
        Object[] params = new Object[values.length + 4];
        params[0] = to.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[values.length + 1] = application.id();
        params[values.length + 2] = application.state().name();
        params[values.length + 3] = version;
        int changed = jdbc.sql("UPDATE " + ENTITY + " SET state = ?, " + set + ", row_version = row_version + 1"
                        + " WHERE id = ? AND state = ? AND row_version = ?")
                .params(params)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("vouchers.error.changedMeanwhile");
        }
        audit.record(
                "ecosystem.application." + to.name().toLowerCase(java.util.Locale.ROOT),
                ENTITY,
                application.id().toString(),
                Map.of("state", application.state().name()),
                Map.of("state", to.name()));
    }

    @Transactional(readOnly = true)
    public ApplicationView view(CurrentUser actor, UUID id) {
        ApplicationView application = find(id);
        access.requireOwner(actor, application.organisationId(), true);
        return application;
    }

    /** An application of the actor's own organisation (404 for anyone else's, staff included). */
    @Transactional(readOnly = true)
    public ApplicationView mine(CurrentUser actor, UUID id) {
        ApplicationView application = find(id);
        access.requireOwner(actor, application.organisationId(), false);
        return application;
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> ofOrganisation(CurrentUser actor) {
        UUID organisation = actor.organisationId();
        if (organisation == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE a.organisation_id = ? ORDER BY a.submitted_at DESC")
                .param(organisation)
                .query(Applications::row)
                .list();
    }

    /** Every application, those waiting for a decision first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> forStaff(CurrentUser actor) {
        access.requireStaff(actor);
        return jdbc.sql(SELECT + " ORDER BY (a.state = 'SUBMITTED' OR a.state = 'REPORTED') DESC, a.submitted_at")
                .query(Applications::row)
                .list();
    }

    /** Applications the Department decides now: reviewed by their council, or reported and to close. */
    @Transactional(readOnly = true)
    public int waitingForDecision() {
        return jdbc.sql("SELECT count(*) FROM " + ENTITY + " a LEFT JOIN ecosystem.voucher_review r"
                        + " ON r.id = a.review_id WHERE a.state = 'REPORTED'"
                        + " OR (a.state = 'SUBMITTED' AND r.state = 'CONCLUDED')")
                .query(Integer.class)
                .single();
    }

    ApplicationView find(UUID id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?")
                .param(id)
                .query(Applications::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    private static ApplicationView row(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new ApplicationView(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getString("programme_title"),
                ProgrammeKind.valueOf(rs.getString("kind")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("tax_code"),
                EnterpriseSize.valueOf(rs.getString("enterprise_size")),
                rs.getString("purpose"),
                rs.getBigDecimal("amount"),
                ApplicationState.valueOf(rs.getString("state")),
                rs.getBigDecimal("granted_amount"),
                rs.getString("decision_note"),
                rs.getString("agreement_number"),
                rs.getObject("agreement_on", LocalDate.class),
                rs.getBigDecimal("paid_amount"),
                rs.getObject("paid_on", LocalDate.class),
                rs.getString("payment_reference"),
                rs.getString("report"),
                submitted == null ? Instant.EPOCH : submitted.toInstant(),
                rs.getLong("row_version"),
                review(rs));
    }

    private static @Nullable ApplicationReview review(ResultSet rs) throws SQLException {
        UUID review = rs.getObject("review_id", UUID.class);
        if (review == null) {
            return null;
        }
        String below = rs.getString("review_below");
        return new ApplicationReview(
                review,
                rs.getObject("council_id", UUID.class),
                rs.getString("rule_version"),
                rs.getBigDecimal("pass_total"),
                "CONCLUDED".equals(rs.getString("review_state")),
                rs.getBigDecimal("review_average"),
                rs.getBoolean("review_passed"),
                rs.getInt("review_rank"),
                below == null || below.isBlank()
                        ? List.of()
                        : List.of(below.split(ApplicationCouncil.BELOW_SEPARATOR)));
    }
}
