package vn.doimoi.projects.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Dossiers for a call: an applicant's members draft and submit theirs, STAFF records one received
 * on paper; declared members of the call's council read them. Every change checks who acts, goes
 * through the dossier's transition, and is audited in the same transaction.
 */
@Service
@Transactional
public class Dossiers {

    private final DossierRepository dossiers;
    private final CallRepository calls;
    private final Councils councils;
    private final SelectionViews views;
    private final CallAccess access;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public Dossiers(
            DossierRepository dossiers,
            CallRepository calls,
            Councils councils,
            SelectionViews views,
            CallAccess access,
            Notices notices,
            AuditLog audit,
            Clock clock) {
        this.dossiers = dossiers;
        this.calls = calls;
        this.councils = councils;
        this.views = views;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member starts (or finds) their organisation's dossier for a call. */
    public UUID startDossier(UUID callId) {
        CurrentUser actor = actor();
        if (!actor.has(Role.ORG_MEMBER) || actor.organisationId() == null) {
            throw DomainException.forbidden("dossier.error.memberOnly");
        }
        Call call = loadCall(callId);
        Optional<Dossier> existing = dossiers.findByCallIdAndApplicantOrganisationId(callId, actor.organisationId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (!call.acceptsDossiers(clock.instant())) {
            throw DomainException.conflict("dossier.error.late");
        }
        Dossier dossier =
                new Dossier(callId, actor.organisationId(), call.durationMonths(), call.objectives(), clock.instant());
        dossiers.save(dossier);
        audit.record("dossier.created", "projects.dossier", dossier.id().toString(), null, dossier.auditState());
        return dossier.id();
    }

    /**
     * STAFF records a dossier received on paper, by post or in person (TT 20/2023 allows both),
     * before the deadline: it is entered and submitted in one step, with the same receipt hash.
     */
    public UUID recordPaperDossier(UUID callId, UUID organisationId, DossierData data) {
        requireStaff();
        Call call = loadCall(callId);
        views.requireOrganisation(organisationId);
        if (dossiers.findByCallIdAndApplicantOrganisationId(callId, organisationId)
                .isPresent()) {
            throw DomainException.conflict("dossier.error.duplicate");
        }
        views.validatePeople(data);
        boolean onTime = call.acceptsDossiers(clock.instant());
        Dossier dossier =
                new Dossier(callId, organisationId, call.durationMonths(), call.objectives(), clock.instant());
        dossier.edit(data, onTime, clock.instant());
        dossier.submit(onTime, call.budgetCeiling(), clock.instant());
        dossiers.save(dossier);
        audit.record(
                "dossier.receivedOnPaper", "projects.dossier", dossier.id().toString(), null, dossier.auditState());
        return dossier.id();
    }

    public void saveDossier(UUID id, long version, DossierData data) {
        Dossier dossier = ownDossier(id);
        checkVersion(dossier.version(), version);
        views.validatePeople(data);
        Call call = loadCall(dossier.callId());
        Map<String, Object> before = dossier.auditState();
        dossier.edit(data, call.acceptsDossiers(clock.instant()), clock.instant());
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.updated", "projects.dossier", id.toString(), before, dossier.auditState());
    }

    /** Submits; returns the receipt's content hash. */
    public String submitDossier(UUID id, long version) {
        Dossier dossier = ownDossier(id);
        checkVersion(dossier.version(), version);
        Call call = loadCall(dossier.callId());
        Map<String, Object> before = dossier.auditState();
        dossier.submit(call.acceptsDossiers(clock.instant()), call.budgetCeiling(), clock.instant());
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.submitted", "projects.dossier", id.toString(), before, dossier.auditState());
        notices.toRole(
                Role.STAFF,
                notices.t("dossier.notify.submitted.subject", call.code()),
                notices.t(
                        "dossier.notify.submitted.body",
                        views.orgName(dossier.applicantOrganisationId()),
                        call.title()),
                "/staff/tasks/calls/" + call.id());
        return dossier.contentHash();
    }

    /** A dossier for its applicant's members, STAFF, and declared members of the call's council. */
    @Transactional(readOnly = true)
    public DossierView dossier(UUID id) {
        Dossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
        CurrentUser actor = actor();
        if (!isStaff() && !actor.actsFor(dossier.applicantOrganisationId()) && !mayReview(dossier)) {
            throw DomainException.forbidden("dossier.error.forbidden");
        }
        return views.view(dossier);
    }

    @Transactional(readOnly = true)
    public List<DossierView> myDossiers() {
        CurrentUser actor = actor();
        if (actor.organisationId() == null) {
            return List.of();
        }
        return dossiers.findByApplicantOrganisationIdOrderByCreatedAtDesc(actor.organisationId()).stream()
                .map(views::view)
                .toList();
    }

    /** Reminds applicants whose dossier is still a draft three days or less before the deadline. */
    public int remindDeadlines() {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.VIETNAM));
        int sent = 0;
        for (Call call : calls.findByStateInOrderByDeadlineOn(List.of(CallState.OPEN))) {
            if (call.deadlineOn().isBefore(today) || call.deadlineOn().isAfter(today.plusDays(3))) {
                continue;
            }
            for (Dossier dossier : dossiers.findByCallIdOrderByCreatedAt(call.id())) {
                if (dossier.state() == DossierState.DRAFT) {
                    notices.toOrganisation(
                            dossier.applicantOrganisationId(),
                            notices.t("dossier.notify.reminder.subject", call.code()),
                            notices.t(
                                    "dossier.notify.reminder.body",
                                    call.title(),
                                    call.deadlineOn().toString()),
                            "/dossiers/" + dossier.id());
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean mayReview(Dossier dossier) {
        if (dossier.state() == DossierState.DRAFT || dossier.state() == DossierState.SUBMITTED) {
            return false;
        }
        return councils.declaredMember(CouncilPurpose.SELECTION, dossier.callId());
    }

    private Dossier ownDossier(UUID id) {
        Dossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
        if (!actor().actsFor(dossier.applicantOrganisationId())) {
            throw DomainException.forbidden("dossier.error.forbidden");
        }
        return dossier;
    }

    private Call loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    private void checkVersion(long actual, long expected) {
        access.requireVersion(actual, expected);
    }

    private CurrentUser actor() {
        return access.signedIn();
    }

    private boolean isStaff() {
        return access.isStaff();
    }

    private void requireStaff() {
        access.requireStaff();
    }
}
