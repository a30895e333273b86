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
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
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
    public UUID openedCall(CallData call, Instant openedAt) {
        return clock.asOf(openedAt, () -> {
            UUID id = selection.createCall(call);
            selection.openCall(id, selection.call(id).version());
            return id;
        });
    }

    @Override
    public UUID paperDossier(UUID callId, UUID applicantOrganisationId, DossierData dossier, Instant at) {
        return clock.asOf(at, () -> dossiers.recordPaperDossier(callId, applicantOrganisationId, dossier));
    }

    @Override
    public UUID onlineDossier(UUID callId, DossierData dossier, Instant at) {
        return clock.asOf(at, () -> {
            UUID id = dossiers.startDossier(callId);
            dossiers.saveDossier(id, dossiers.dossier(id).version(), dossier);
            dossiers.submitDossier(id, dossiers.dossier(id).version());
            return id;
        });
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
    public void appraised(UUID taskId, List<DossierData.Line> approved, String reason, String note, Instant at) {
        clock.asOf(at, () -> {
            Views.TaskView task = selection.task(taskId);
            if (task.budgetLines().size() != approved.size()) {
                throw DomainException.invalid(
                        "import.error.lineCount", task.budgetLines().size());
            }
            List<LineAdjustment> lines = new ArrayList<>();
            for (int i = 0; i < approved.size(); i++) {
                DossierData.Line line = approved.get(i);
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
