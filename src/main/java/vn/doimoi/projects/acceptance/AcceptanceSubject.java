package vn.doimoi.projects.acceptance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilSubject;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.support.TaskAccess;

/**
 * What an acceptance council judges: the task's ordered products, against the host organisation
 * and the principal investigator (a member tied to either has a conflict of interest).
 */
@Component
class AcceptanceSubject implements CouncilSubject {

    private final TaskAccess access;

    AcceptanceSubject(TaskAccess access) {
        this.access = access;
    }

    @Override
    public CouncilPurpose purpose() {
        return CouncilPurpose.ACCEPTANCE;
    }

    @Override
    public Map<UUID, String> items(UUID taskId) {
        Map<UUID, String> items = new LinkedHashMap<>();
        access.load(taskId).products().forEach(p -> items.put(p.id(), p.name()));
        return items;
    }

    @Override
    public List<ConflictRules.DossierFacts> parties(UUID taskId) {
        ExecutionTask task = access.load(taskId);
        Set<UUID> pi = task.piPersonId() == null ? Set.of() : Set.of(task.piPersonId());
        return List.of(new ConflictRules.DossierFacts(task.hostOrgId(), Set.of(), pi, List.of()));
    }

    @Override
    public Invitation invitation(UUID taskId, UUID councilId, CouncilRole role) {
        ExecutionTask task = access.load(taskId);
        return new Invitation(
                access.t("acceptance.council.notify.invited.subject", task.code()),
                access.t(
                        "acceptance.council.notify.invited.body",
                        access.t("acceptance.council.role." + role.name()),
                        task.title()),
                "/execution/councils/" + taskId);
    }
}
