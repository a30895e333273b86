package vn.doimoi.projects.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.projects.selection.Views.TaskView;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.projects.tasks.TaskState;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Calls for tasks (their opening, closing and the opening of dossiers) and the register of the
 * tasks they led to. Dossiers are {@link Dossiers}', the council {@link SelectionCouncil}'s.
 * Every change checks who acts, goes through the aggregate's transition, and is audited in the
 * same transaction.
 */
@Service
@Transactional
public class Selection {

    private final CallRepository calls;
    private final DossierRepository dossiers;
    private final TaskRepository tasks;
    private final Councils councils;
    private final SelectionViews views;
    private final CallAccess access;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public Selection(
            CallRepository calls,
            DossierRepository dossiers,
            TaskRepository tasks,
            Councils councils,
            SelectionViews views,
            CallAccess access,
            AuditLog audit,
            Clock clock) {
        this.calls = calls;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.councils = councils;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- calls

    public UUID createCall(CallData data) {
        requireStaff();
        views.validate(data);
        int year = LocalDate.now(clock).getYear();
        String prefix = "NV-" + year + "-";
        String code = prefix + String.format("%03d", calls.countByCodeStartingWith(prefix) + 1);
        Call call = new Call(
                code, data, councils.rulesInForce(CouncilPurpose.SELECTION).id(), clock.instant());
        calls.save(call);
        audit.record("call.created", "projects.call", call.id().toString(), null, call.auditState());
        return call.id();
    }

    public void openCall(UUID id, long version) {
        requireStaff();
        Call call = loadCall(id);
        checkVersion(call.version(), version);
        Map<String, Object> before = call.auditState();
        call.open(clock.instant());
        calls.saveAndFlush(call);
        audit.record("call.opened", "projects.call", id.toString(), before, call.auditState());
    }

    public void closeCall(UUID id, long version) {
        requireStaff();
        Call call = loadCall(id);
        checkVersion(call.version(), version);
        Map<String, Object> before = call.auditState();
        call.close(clock.instant());
        calls.saveAndFlush(call);
        audit.record("call.closed", "projects.call", id.toString(), before, call.auditState());
    }

    /** STAFF opens the dossiers: the validity of each submitted dossier, and the minutes. */
    public void openDossiers(UUID callId, long version, String minutes, Map<UUID, String> invalidReasons) {
        requireStaff();
        Call call = loadCall(callId);
        checkVersion(call.version(), version);
        Map<String, Object> before = call.auditState();
        call.openDossiers(minutes, clock.instant());
        calls.saveAndFlush(call);
        audit.record("call.dossiersOpened", "projects.call", callId.toString(), before, call.auditState());
        for (Dossier dossier : dossiers.findByCallIdOrderByCreatedAt(callId)) {
            if (dossier.state() != DossierState.SUBMITTED) {
                continue;
            }
            Map<String, Object> was = dossier.auditState();
            String reason = invalidReasons.get(dossier.id());
            dossier.recordValidity(reason == null || reason.isBlank(), reason, clock.instant());
            dossiers.save(dossier);
            audit.record("dossier.validity", "projects.dossier", dossier.id().toString(), was, dossier.auditState());
        }
    }

    /**
     * Writes down that every open call whose deadline has passed is closed (pages already show it
     * closed from the deadline on: {@link Call#stateAt}). Run by {@link CallClosing}; returns how
     * many calls it closed.
     */
    public int closeExpiredCalls() {
        Instant now = clock.instant();
        int closed = 0;
        for (Call call : calls.findByStateInOrderByDeadlineOn(List.of(CallState.OPEN))) {
            Map<String, Object> before = call.auditState();
            if (call.closeAtDeadline(now)) {
                calls.save(call);
                audit.record("call.closedAtDeadline", "projects.call", call.id().toString(), before, call.auditState());
                closed++;
            }
        }
        return closed;
    }

    /** The calls receiving dossiers now: a call leaves the list the moment its deadline passes. */
    @Transactional(readOnly = true)
    public List<CallView> publicCalls() {
        Instant now = clock.instant();
        return calls.findByStateInOrderByDeadlineOn(List.of(CallState.OPEN)).stream()
                .filter(call -> call.acceptsDossiers(now))
                .map(views::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CallView> allCalls() {
        requireStaff();
        return calls.findAllByOrderByCreatedAtDesc().stream().map(views::view).toList();
    }

    /** A call; drafts only for STAFF. */
    @Transactional(readOnly = true)
    public CallView call(UUID id) {
        Call call = loadCall(id);
        if (call.state() == CallState.DRAFT && !isStaff()) {
            throw new NotFoundException("projects", "?");
        }
        return views.view(call);
    }

    @Transactional(readOnly = true)
    public List<DossierView> dossiersOf(UUID callId) {
        requireStaff();
        return dossiers.findByCallIdOrderByCreatedAt(callId).stream()
                .map(views::view)
                .toList();
    }

    // ---------------------------------------------------------------- the register of tasks

    /** The public register: approved tasks (awaiting contract or under way). */
    @Transactional(readOnly = true)
    public List<TaskView> approvedTasks() {
        return tasks.findByStateOrderByCreatedAtDesc(TaskState.APPROVED).stream()
                .map(views::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TaskView> allTasks() {
        requireStaff();
        return tasks.findAllByOrderByCreatedAtDesc().stream().map(views::view).toList();
    }

    /** A task: public once approved, before that for STAFF only. */
    @Transactional(readOnly = true)
    public TaskView task(UUID id) {
        Task task = loadTask(id);
        if (task.state() != TaskState.APPROVED && !isStaff()) {
            throw new NotFoundException("projects", "?");
        }
        return views.view(task);
    }

    @Transactional(readOnly = true)
    public Views.Dashboard dashboard() {
        requireStaff();
        Map<CallState, Long> c = new EnumMap<>(CallState.class);
        Instant now = clock.instant();
        calls.findAll().forEach(x -> c.merge(x.stateAt(now), 1L, Long::sum));
        Map<DossierState, Long> d = new EnumMap<>(DossierState.class);
        dossiers.findAll().forEach(x -> d.merge(x.state(), 1L, Long::sum));
        Map<CouncilState, Long> k = councils.countByState();
        Map<TaskState, Long> t = new EnumMap<>(TaskState.class);
        tasks.findAll().forEach(x -> t.merge(x.state(), 1L, Long::sum));
        return new Views.Dashboard(c, d, k, t);
    }

    private Call loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    private Task loadTask(UUID id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    private void checkVersion(long actual, long expected) {
        access.requireVersion(actual, expected);
    }

    private boolean isStaff() {
        return access.isStaff();
    }

    private void requireStaff() {
        access.requireStaff();
    }
}
