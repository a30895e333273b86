package vn.doimoi.projects.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.identification.OrderedProduct;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.selection.Views.BudgetLineView;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.projects.selection.Views.Ref;
import vn.doimoi.projects.selection.Views.TaskView;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;

/**
 * What selection reads from the directory: the names on calls, dossiers and tasks as pages show
 * them, and whether the people and organisations a form names exist.
 */
@Component
public class SelectionViews {

    private final CallRepository calls;
    private final Directory directory;
    private final Clock clock;

    public SelectionViews(CallRepository calls, Directory directory, Clock clock) {
        this.calls = calls;
        this.directory = directory;
        this.clock = clock;
    }

    void validate(CallData data) {
        CallDrafts.validate(data, directory);
    }

    void validatePeople(DossierData data) {
        if (data.principalInvestigatorId() != null
                && directory.person(data.principalInvestigatorId()).isEmpty()) {
            throw DomainException.invalid("dossier.error.unknownPerson");
        }
        for (UUID id : data.keyMemberIds()) {
            if (directory.person(id).isEmpty()) {
                throw DomainException.invalid("dossier.error.unknownPerson");
            }
        }
        for (UUID id : data.partnerOrganisationIds()) {
            if (directory.organisation(id).isEmpty()) {
                throw DomainException.invalid("dossier.error.unknownOrganisation");
            }
        }
    }

    /** An organisation the directory knows, else "not found". */
    void requireOrganisation(UUID id) {
        directory.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    CallView view(Call call) {
        Instant now = clock.instant();
        CallState state = call.stateAt(now);
        boolean received = state != CallState.DRAFT && state != CallState.OPEN;
        return new CallView(
                call.id(),
                call.code(),
                call.title(),
                call.taskType(),
                call.method(),
                call.objectives(),
                call.eligibility(),
                call.requiredForms(),
                call.fieldCodes(),
                orgRef(call.adopterOrganisationId()),
                call.budgetCeiling(),
                call.durationMonths(),
                call.deadlineOn(),
                call.ruleSetId(),
                call.orderDecision(),
                state,
                call.acceptsDossiers(now),
                call.openedAt(),
                // receipt always ends with the deadline day (STAFF can close no earlier): its last second
                received ? LocalDateTime.ofInstant(call.receiptEndsAt().minusSeconds(1), Deadlines.VIETNAM) : null,
                call.dossiersOpenedAt(),
                call.openingMinutes(),
                call.products().stream().map(OrderedProduct::toProduct).toList(),
                call.version());
    }

    DossierView view(Dossier dossier) {
        Call call = loadCall(dossier.callId());
        return new DossierView(
                dossier.id(),
                call.id(),
                call.code(),
                call.title(),
                new Ref(dossier.applicantOrganisationId(), orgName(dossier.applicantOrganisationId())),
                personRef(dossier.principalInvestigatorId()),
                dossier.keyMemberIds().stream().map(this::personRef).toList(),
                dossier.partnerOrganisationIds().stream().map(this::orgRef).toList(),
                dossier.objectives(),
                dossier.content(),
                dossier.methods(),
                dossier.schedule(),
                dossier.durationMonths(),
                dossier.budget().stream()
                        .map(l -> new BudgetLineView(l.item(), l.stateAmount(), l.otherAmount()))
                        .toList(),
                dossier.stateBudget(),
                dossier.otherBudget(),
                dossier.state(),
                dossier.contentHash(),
                dossier.submittedAt(),
                dossier.validityNote(),
                call.products().stream().map(OrderedProduct::toProduct).toList(),
                dossier.state() == DossierState.DRAFT && call.acceptsDossiers(clock.instant()),
                dossier.version());
    }

    TaskView view(Task task) {
        return new TaskView(
                task.id(),
                task.code(),
                task.title(),
                task.taskType(),
                task.method(),
                task.callId(),
                task.dossierId(),
                new Ref(task.hostOrganisationId(), orgName(task.hostOrganisationId())),
                personRef(task.principalInvestigatorId()),
                orgRef(task.adopterOrganisationId()),
                task.fieldCodes(),
                task.objectives(),
                task.score(),
                task.requestedStateBudget(),
                task.stateBudget(),
                task.otherBudget(),
                task.durationMonths(),
                task.state(),
                task.appraisalNote(),
                task.decisionNumber(),
                task.decisionDate(),
                task.decisionSigner(),
                task.products().stream().map(OrderedProduct::toProduct).toList(),
                task.budgetLines().stream()
                        .map(l -> new Views.AppraisedLineView(
                                l.position(),
                                l.item(),
                                l.requestedState(),
                                l.requestedOther(),
                                l.approvedState(),
                                l.approvedOther(),
                                l.reason()))
                        .toList(),
                task.version());
    }

    @Nullable
    Ref orgRef(@Nullable UUID id) {
        return id == null ? null : new Ref(id, orgName(id));
    }

    @Nullable
    Ref personRef(@Nullable UUID id) {
        return id == null
                ? null
                : new Ref(
                        id, directory.person(id).map(PersonSummary::titledName).orElse("?"));
    }

    String orgName(UUID id) {
        return directory.organisation(id).map(OrganisationSummary::name).orElse("?");
    }

    private Call loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }
}
