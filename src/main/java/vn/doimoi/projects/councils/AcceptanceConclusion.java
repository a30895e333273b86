package vn.doimoi.projects.councils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.Product;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.CouncilRule;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/**
 * The acceptance council concludes once, from a quorum of sheets: the classification is the
 * {@link CouncilRule}'s from the members' sheets, each criterion the median of their grades.
 */
@Component
@Transactional
class AcceptanceConclusion {

    private final CouncilRepository councils;
    private final MemberSheetRepository sheets;
    private final AcceptanceRepository acceptances;
    private final TaskAccess access;
    private final Notifications notifications;
    private final AcceptanceReads reads;

    AcceptanceConclusion(
            CouncilRepository councils,
            MemberSheetRepository sheets,
            AcceptanceRepository acceptances,
            TaskAccess access,
            Notifications notifications,
            AcceptanceReads reads) {
        this.councils = councils;
        this.sheets = sheets;
        this.acceptances = acceptances;
        this.access = access;
        this.notifications = notifications;
        this.reads = reads;
    }

    Grade conclude(CurrentUser actor, UUID taskId, @Nullable String note) {
        ExecutionTask task = access.staff(actor, taskId);
        Council council = reads.formed(taskId);
        AcceptanceScoring.of(council).requireOpen();
        CouncilRule rule = reads.rule(council);
        List<MemberSheet> recorded = sheets.findByCouncilId(council.id());
        int seats = council.members().size();
        if (!rule.quorate(recorded.size(), seats)) {
            throw DomainException.refused("acceptance.council.error.quorum", recorded.size(), seats);
        }
        Grade classification =
                rule.classify(recorded.stream().map(MemberSheet::classification).toList());
        Acceptance acceptance = acceptances
                .findByTaskId(taskId)
                .orElseThrow(() -> DomainException.conflict("acceptance.error.noDossier"));
        acceptance.concludeByCouncil(
                councilGrades(recorded),
                Set.copyOf(task.products().stream().map(Product::id).toList()),
                median(recorded.stream().map(MemberSheet::reportGrade).toList()),
                classification,
                rule,
                note,
                access.today());
        AcceptanceScoring.of(council).classified(classification, access.clock().instant());
        councils.save(council);
        task.acceptanceConcluded(classification);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("classification", classification.name());
        after.put("sheets", recorded.size());
        after.put("seats", seats);
        after.put("rule", rule.version());
        after.put("ruleVerified", rule.verified());
        access.journal(taskId, actor.username(), "acceptance.concluded", classification.name(), null, after);
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("acceptance.notify.concluded.subject", task.code()),
                access.t(
                        "acceptance.notify.concluded.body",
                        task.title(),
                        access.t("acceptance.grade." + classification.name())),
                TaskAccess.link(taskId));
        return classification;
    }

    /** The council's grade of each criterion: the median of the members' grades. */
    static Map<UUID, AcceptanceRule.ProductGrades> councilGrades(List<MemberSheet> recorded) {
        Map<UUID, List<MemberSheet.Line>> byProduct = new LinkedHashMap<>();
        for (MemberSheet sheet : recorded) {
            for (MemberSheet.Line line : sheet.lines()) {
                byProduct
                        .computeIfAbsent(line.productId(), k -> new ArrayList<>())
                        .add(line);
            }
        }
        Map<UUID, AcceptanceRule.ProductGrades> grades = new LinkedHashMap<>();
        byProduct.forEach((product, lines) -> grades.put(
                product,
                new AcceptanceRule.ProductGrades(
                        median(lines, MemberSheet.Line::quantity),
                        median(lines, MemberSheet.Line::volume),
                        median(lines, MemberSheet.Line::quality))));
        return grades;
    }

    /** The median grade (ties go the stricter way: EXCELLENT < PASSED < FAILED). */
    static Grade median(List<Grade> grades) {
        List<Grade> sorted = grades.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Grade median(List<MemberSheet.Line> lines, Function<MemberSheet.Line, Grade> criterion) {
        return median(lines.stream().map(criterion).toList());
    }
}
