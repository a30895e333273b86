package vn.doimoi.projects.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.projects.councils.CouncilDuties;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.CouncilView;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Selection's part of "Việc của tôi" (ADR 0044): STAFF opens closed calls' dossiers and forms and
 * runs their councils; an expert declares and scores on a selection council; an applicant finishes
 * its draft dossiers before the call's deadline and follows the submitted ones.
 */
@Component
record SelectionWork(
        CallRepository calls,
        Dossiers dossiers,
        Councils councils,
        CouncilDuties duties,
        Accounts accounts,
        Clock clock)
        implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        List<WorkSection> sections = new ArrayList<>();
        if (me.isStaff()) {
            sections.addAll(staff());
        }
        if (me.has(Role.EXPERT)) {
            sections.addAll(expert());
        }
        if (me.has(Role.ORG_MEMBER) && me.organisationId() != null) {
            sections.add(Heading.DOSSIERS.of(applicant()));
        }
        return sections;
    }

    private List<WorkSection> staff() {
        LocalDate today = today();
        List<WorkItem> toOpen = new ArrayList<>();
        List<WorkItem> toForm = new ArrayList<>();
        List<WorkItem> late = new ArrayList<>();
        for (Call call : calls.findByStateInOrderByDeadlineOn(
                EnumSet.of(CallState.OPEN, CallState.CLOSED, CallState.DOSSIERS_OPENED))) {
            String link = "/staff/tasks/calls/" + call.id();
            switch (call.state()) {
                case OPEN -> {
                    if (today.isAfter(call.deadlineOn())) {
                        late.add(WorkItem.due("me.item.callPastDeadline", link, call.deadlineOn(), today, call.code()));
                    }
                }
                case CLOSED -> toOpen.add(WorkItem.of("me.item.dossiersToOpen", link, call.code(), call.title()));
                case DOSSIERS_OPENED -> {
                    if (councils.councilOf(CouncilPurpose.SELECTION, call.id()).isEmpty()) {
                        toForm.add(WorkItem.of("me.item.councilToForm", link, call.code(), call.title()));
                    }
                }
                default -> {}
            }
        }
        for (CouncilView council : duties.unfinished(CouncilPurpose.SELECTION)) {
            String code = callCode(council);
            toForm.add(WorkItem.of(
                    council.state() == CouncilState.FORMING ? "me.item.councilForming" : "me.item.councilInSession",
                    "/councils/" + council.id(),
                    code));
        }
        return List.of(
                Heading.OVERDUE.of(late), Heading.DOSSIERS_TO_OPEN.of(toOpen), Heading.COUNCILS_TO_RUN.of(toForm));
    }

    private List<WorkSection> expert() {
        List<WorkItem> declare = new ArrayList<>();
        List<WorkItem> score = new ArrayList<>();
        for (CouncilDuties.Duty duty : duties.mine(CouncilPurpose.SELECTION)) {
            WorkItem item = WorkItem.of(
                    duty.kind() == CouncilDuties.Kind.DECLARE ? "me.item.selectionDeclare" : "me.item.selectionScore",
                    "/councils/" + duty.council().id(),
                    callCode(duty.council()));
            (duty.kind() == CouncilDuties.Kind.DECLARE ? declare : score).add(item);
        }
        return List.of(Heading.INVITATIONS.of(declare), Heading.SCORING.of(score));
    }

    private List<WorkItem> applicant() {
        LocalDate today = today();
        List<WorkItem> items = new ArrayList<>();
        for (Views.DossierView dossier : dossiers.myDossiers()) {
            String link = "/dossiers/" + dossier.id();
            switch (dossier.state()) {
                case DRAFT -> {
                    LocalDate deadline = calls.findById(dossier.callId())
                            .map(Call::deadlineOn)
                            .orElse(today);
                    items.add(WorkItem.due("me.item.dossierDraft", link, deadline, today, dossier.callCode()));
                }
                case SUBMITTED, VALID -> items.add(WorkItem.of("me.item.dossierWaiting", link, dossier.callCode()));
                default -> {}
            }
        }
        return items;
    }

    private String callCode(CouncilView council) {
        return calls.findById(council.subjectId()).map(Call::code).orElse("?");
    }

    private LocalDate today() {
        return Deadlines.today(clock.instant());
    }
}
