package vn.doimoi.projects.results;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/** The use of a registered result: reported by the host or an adopter, confirmed by STAFF before it shows publicly. */
@Service
@Transactional
public class ResultUses {

    private final ResultRepository results;
    private final ResultUseRepository uses;
    private final ResultViews views;
    private final Directory directory;
    private final Notifications notifications;
    private final TaskAccess access;

    ResultUses(
            ResultRepository results,
            ResultUseRepository uses,
            ResultViews views,
            Directory directory,
            Notifications notifications,
            TaskAccess access) {
        this.results = results;
        this.uses = uses;
        this.views = views;
        this.directory = directory;
        this.notifications = notifications;
        this.access = access;
    }

    /** A use of a result as reported by the host or the adopter. */
    public record UseInput(
            @Nullable UUID adopterOrgId,
            String adopterName,
            String place,
            int year,
            String scale,
            String effect,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal savings) {}

    /**
     * The host, or a member of any organisation that applies the result (the adopter), reports a
     * use of a registered result; STAFF confirms it before it shows on the public page.
     */
    public UUID reportUse(CurrentUser actor, UUID resultId, UseInput input) {
        Result result = views.registeredResult(resultId);
        UUID adopter = input.adopterOrgId();
        if (!TaskAccess.isStaff(actor)) {
            if (actor.organisationId() == null) {
                throw DomainException.forbidden("result.use.error.noOrganisation");
            }
            if (!actor.actsFor(result.hostOrgId())) {
                adopter = actor.organisationId();
            }
        }
        String adopterName = input.adopterName();
        if ((adopterName == null || adopterName.isBlank()) && adopter != null) {
            adopterName = directory
                    .organisation(adopter)
                    .map(OrganisationSummary::name)
                    .orElse("");
        }
        ResultUse use = uses.save(new ResultUse(
                resultId,
                adopter,
                adopterName,
                input.place(),
                input.year(),
                input.scale(),
                input.effect(),
                input.revenue(),
                input.savings(),
                actor.username(),
                access.clock().instant()));
        access.journal(
                result.taskId(),
                actor.username(),
                "result.use.reported",
                adopterName + " · " + input.year(),
                null,
                Map.of("use", use.id().toString(), "state", UseState.REPORTED.name()));
        notifications.sendToRole(
                Role.STAFF,
                access.t("result.use.notify.subject", result.title()),
                access.t("result.use.notify.body", adopterName, String.valueOf(input.year())),
                "/staff/execution");
        return use.id();
    }

    public void confirmUse(CurrentUser actor, UUID useId) {
        TaskAccess.requireStaff(actor);
        ResultUse use = uses.findById(useId).orElseThrow(TaskAccess::notFound);
        use.confirm(actor.username(), access.clock().instant());
        Result result = results.findById(use.resultId()).orElseThrow();
        access.journal(
                result.taskId(),
                actor.username(),
                "result.use.confirmed",
                use.adopterName() + " · " + use.year(),
                Map.of("state", UseState.REPORTED.name()),
                Map.of("state", UseState.CONFIRMED.name()));
    }
}
