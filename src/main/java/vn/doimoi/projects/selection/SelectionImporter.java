package vn.doimoi.projects.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.ImportedCall;
import vn.doimoi.projects.ImportedDossier;
import vn.doimoi.projects.SelectionImport;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.HistoryClock;

/**
 * Replays an imported call's steps through the services the screens use ({@link Selection},
 * {@link Dossiers}, {@link SelectionCouncil}, {@link Approvals}), the clock held at the moment
 * each step happened: the same checks, audit entries, notices and {@code TaskApproved} event.
 */
@Service
@Transactional
class SelectionImporter implements SelectionImport {

    private final CallRepository calls;
    private final Selection selection;
    private final Dossiers dossiers;
    private final SelectionCouncil council;
    private final Approvals approvals;
    private final HistoryClock clock;

    SelectionImporter(
            CallRepository calls,
            Selection selection,
            Dossiers dossiers,
            SelectionCouncil council,
            Approvals approvals,
            HistoryClock clock) {
        this.calls = calls;
        this.selection = selection;
        this.dossiers = dossiers;
        this.council = council;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCalls() {
        return calls.count() > 0;
    }

    @Override
    public UUID openedCall(ImportedCall call, Instant openedAt) {
        return clock.asOf(openedAt, () -> {
            UUID id = selection.createCall(data(call));
            selection.openCall(id, selection.call(id).version());
            return id;
        });
    }

    /** The call's terms as STAFF enters them on the call form. */
    static CallData data(ImportedCall call) {
        return new CallData(
                call.title(),
                call.type(),
                call.method(),
                call.objectives(),
                call.eligibility(),
                call.requiredForms(),
                call.fieldCodes(),
                call.adopterOrganisationId(),
                call.budgetCeiling(),
                call.durationMonths(),
                call.deadlineOn(),
                call.orderDecision(),
                products(call.products()));
    }

    /** Ordered products as the call carries them, each with a new id. */
    private static List<CallData.Product> products(List<ImportedCall.Product> products) {
        return products.stream()
                .map(p -> new CallData.Product(null, p.name(), p.quantity(), p.specs()))
                .toList();
    }

    @Override
    public UUID paperDossier(UUID callId, UUID applicantOrganisationId, ImportedDossier dossier, Instant at) {
        return clock.asOf(at, () -> dossiers.recordPaperDossier(callId, applicantOrganisationId, data(dossier)));
    }

    @Override
    public UUID onlineDossier(UUID callId, ImportedDossier dossier, Instant at) {
        return clock.asOf(at, () -> {
            UUID id = dossiers.startDossier(callId);
            dossiers.saveDossier(id, dossiers.dossier(id).version(), data(dossier));
            dossiers.submitDossier(id, dossiers.dossier(id).version());
            return id;
        });
    }

    private static DossierData data(ImportedDossier dossier) {
        return new DossierData(
                dossier.principalInvestigatorId(),
                List.of(),
                List.of(),
                dossier.objectives(),
                dossier.content(),
                dossier.methods(),
                dossier.schedule(),
                dossier.durationMonths(),
                dossier.budget().stream()
                        .map(l -> new DossierData.Line(l.item(), l.stateAmount(), l.otherAmount()))
                        .toList());
    }

    @Override
    public void dossiersOpened(UUID callId, String minutes, Instant at) {
        clock.asOf(at, () -> {
            selection.closeCall(callId, selection.call(callId).version());
            selection.openDossiers(callId, selection.call(callId).version(), minutes, Map.of());
            return null;
        });
    }

    @Override
    public UUID council(UUID callId, String decisionNumber, Instant at) {
        return clock.asOf(at, () -> council.createCouncil(callId, decisionNumber));
    }

    @Override
    public @Nullable UUID concluded(UUID councilId, Instant at) {
        return clock.asOf(
                at, () -> council.conclude(councilId, council.council(councilId).version()));
    }

    @Override
    public void appraised(UUID taskId, List<ImportedDossier.Line> approved, String reason, String note, Instant at) {
        clock.asOf(at, () -> {
            Views.TaskView task = selection.task(taskId);
            if (task.budgetLines().size() != approved.size()) {
                throw DomainException.invalid(
                        "import.error.lineCount", task.budgetLines().size());
            }
            List<LineAdjustment> lines = new ArrayList<>();
            for (int i = 0; i < approved.size(); i++) {
                ImportedDossier.Line line = approved.get(i);
                lines.add(new LineAdjustment(
                        task.budgetLines().get(i).position(), line.stateAmount(), line.otherAmount(), reason));
            }
            approvals.appraiseLines(taskId, task.version(), lines, note);
            return null;
        });
    }

    @Override
    public void approved(UUID taskId, String decisionNumber, LocalDate signedOn, String signer, Instant at) {
        clock.asOf(at, () -> {
            approvals.approve(taskId, selection.task(taskId).version(), decisionNumber, signedOn, signer);
            return null;
        });
    }
}
