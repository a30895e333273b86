package vn.doimoi.projects.selection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.projects.selection.Views.CouncilView;
import vn.doimoi.projects.selection.Views.Ref;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * A call's advisory council, run by the council engine ({@link Councils}): STAFF forms it once the
 * dossiers are opened; its conclusion selects the first-ranked dossier, which becomes a task
 * awaiting budget appraisal. Seating, declarations and sheets go to the engine directly.
 */
@Service
@Transactional
public class SelectionCouncil {

    private final Councils councils;
    private final CallRepository calls;
    private final DossierRepository dossiers;
    private final TaskRepository tasks;
    private final CallAccess access;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public SelectionCouncil(
            Councils councils,
            CallRepository calls,
            DossierRepository dossiers,
            TaskRepository tasks,
            CallAccess access,
            Notices notices,
            AuditLog audit,
            Clock clock) {
        this.councils = councils;
        this.calls = calls;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** STAFF forms the council of a call whose dossiers were opened (once: the existing one otherwise). */
    public UUID createCouncil(UUID callId, @Nullable String decisionNumber) {
        access.requireStaff();
        Call call = loadCall(callId);
        if (call.state() != CallState.DOSSIERS_OPENED) {
            throw DomainException.conflict("council.error.callNotOpened");
        }
        return councils.form(CouncilPurpose.SELECTION, callId, call.ruleSetId(), decisionNumber);
    }

    /**
     * Counts the votes and ends the meeting: the first-ranked dossier is selected and becomes a
     * task awaiting budget appraisal; every applicant is told the result. A tie at the top is
     * refused, so members revise their sheets (the council re-votes on the tied dossiers).
     */
    public @Nullable UUID conclude(UUID councilId, long version) {
        access.requireStaff();
        var preview = selectionCouncil(councilId);
        access.requireVersion(preview.version(), version);
        if (preview.results().stream().filter(r -> r.passed() && r.rank() == 1).count() > 1) {
            throw new DomainException("council.error.tie");
        }
        List<Tally.Result> results = councils.conclude(councilId, version).results();
        Call call = loadCall(preview.subjectId());
        List<Dossier> valid = SelectionSubject.valid(dossiers, call.id());
        Optional<Tally.Result> winner =
                results.stream().filter(r -> r.passed() && r.rank() == 1).findFirst();
        Task task = null;
        for (Dossier dossier : valid) {
            boolean selected = winner.isPresent() && winner.get().dossierId().equals(dossier.id());
            Map<String, Object> was = dossier.auditState();
            dossier.conclude(selected, clock.instant());
            dossiers.save(dossier);
            audit.record("dossier.concluded", "projects.dossier", dossier.id().toString(), was, dossier.auditState());
            if (selected) {
                task = new Task(call, dossier, winner.get().average(), clock.instant());
                tasks.save(task);
                audit.record("task.selected", "projects.task", task.id().toString(), null, task.auditState());
            }
            notices.toOrganisation(
                    dossier.applicantOrganisationId(),
                    notices.t("council.notify.result.subject", call.code()),
                    notices.t(
                            selected ? "council.notify.result.selected" : "council.notify.result.notSelected",
                            call.title()),
                    "/dossiers/" + dossier.id());
        }
        Map<String, Object> was = call.auditState();
        call.decide();
        calls.save(call);
        audit.record("call.decided", "projects.call", call.id().toString(), was, call.auditState());
        return task == null ? null : task.id();
    }

    /** The council for STAFF or one of its members. */
    @Transactional(readOnly = true)
    public CouncilView council(UUID id) {
        return view(selectionCouncil(id));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> councilOfCall(UUID callId) {
        return councils.councilOf(CouncilPurpose.SELECTION, callId);
    }

    /** Every selection council, for STAFF. */
    @Transactional(readOnly = true)
    public List<CouncilView> councils() {
        return councils.all(CouncilPurpose.SELECTION).stream().map(this::view).toList();
    }

    /** The selection councils the signed-in expert sits on. */
    @Transactional(readOnly = true)
    public List<CouncilView> myCouncils() {
        return councils.mine(CouncilPurpose.SELECTION).stream().map(this::view).toList();
    }

    /** A selection council; identification councils are seen through their round. */
    private vn.doimoi.projects.councils.CouncilView selectionCouncil(UUID id) {
        var council = councils.view(id);
        if (council.purpose() != CouncilPurpose.SELECTION) {
            throw new NotFoundException("projects", "?");
        }
        return council;
    }

    private CouncilView view(vn.doimoi.projects.councils.CouncilView council) {
        Call call = loadCall(council.subjectId());
        UUID taskId = council.items().keySet().stream()
                .map(tasks::findByDossierId)
                .flatMap(Optional::stream)
                .map(Task::id)
                .findFirst()
                .orElse(null);
        return new CouncilView(
                council.id(),
                call.id(),
                call.code(),
                call.title(),
                council.rules(),
                council.state(),
                council.decisionNumber(),
                council.meetingStartedAt(),
                council.concludedAt(),
                council.members(),
                council.items().entrySet().stream()
                        .map(e -> new Ref(e.getKey(), e.getValue()))
                        .toList(),
                council.results(),
                council.sheets(),
                taskId,
                council.version());
    }

    private Call loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }
}
