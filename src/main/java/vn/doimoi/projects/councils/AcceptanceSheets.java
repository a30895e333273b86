package vn.doimoi.projects.councils;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.Product;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;

/**
 * The acceptance council's declarations and sheets: STAFF types the sheet a member signed on
 * paper, a member declares and enters (or revises) their own online. The {@link Council} decides,
 * once for both ways, whether a sheet may be kept; the sheet grades every ordered product.
 */
@Component
@Transactional
class AcceptanceSheets {

    /** A member's grades as entered: each product's three criteria, the report and a comment. */
    record Entry(Map<UUID, AcceptanceRule.ProductGrades> grades, Grade reportGrade, String comment) {}

    private final CouncilRepository councils;
    private final MemberSheetRepository sheets;
    private final TaskAccess access;
    private final RuleSets ruleSets;
    private final AcceptanceReads reads;

    AcceptanceSheets(
            CouncilRepository councils,
            MemberSheetRepository sheets,
            TaskAccess access,
            RuleSets ruleSets,
            AcceptanceReads reads) {
        this.councils = councils;
        this.sheets = sheets;
        this.access = access;
        this.ruleSets = ruleSets;
        this.reads = reads;
    }

    /** The signed-in member declares no conflict of interest with the host and the PI. */
    void declare(CurrentUser actor, UUID taskId) {
        Council council = reads.councilOf(taskId);
        Seat seat = reads.mySeat(actor, council);
        AcceptanceScoring.of(council).requireOpen();
        if (seat.declared()) {
            return;
        }
        council.declareNoConflict(seat.personId(), access.clock().instant());
        councils.save(council);
        access.journal(
                taskId,
                actor.username(),
                "acceptance.council.declared",
                seat.fullName(),
                Map.of("declared", false),
                Map.of("member", seat.fullName(), "declared", true));
    }

    /** STAFF records one member's sheet, as signed on paper. */
    void recordOnPaper(CurrentUser actor, UUID taskId, UUID personId, Entry entry) {
        ExecutionTask task = access.staff(actor, taskId);
        Council council = reads.formed(taskId);
        keep(actor, task, council, personId, entry, false);
    }

    /** The signed-in member enters their own sheet, or revises the one they entered online. */
    void submitMine(CurrentUser actor, UUID taskId, Entry entry) {
        Council council = reads.councilOf(taskId);
        Seat seat = reads.mySeat(actor, council);
        keep(actor, access.load(taskId), council, seat.personId(), entry, true);
    }

    private void keep(
            CurrentUser actor, ExecutionTask task, Council council, UUID personId, Entry entry, boolean online) {
        MemberSheet earlier =
                sheets.findByCouncilIdAndPersonId(council.id(), personId).orElse(null);
        Seat seat = AcceptanceScoring.of(council)
                .checkGradeSheet(personId, !online, earlier == null ? null : earlier.online());
        MemberSheet.Grading grading = new MemberSheet.Grading(
                entry.grades(),
                Set.copyOf(task.products().stream().map(Product::id).toList()),
                entry.reportGrade(),
                entry.comment(),
                ruleSets.gradingFor(task.decisionDate()),
                actor.username(),
                access.clock().instant());
        @Nullable Map<String, Object> before = null;
        MemberSheet sheet;
        if (earlier == null) {
            sheet = sheets.save(new MemberSheet(council.id(), personId, grading, online));
        } else {
            before = earlier.auditState();
            earlier.revise(grading);
            sheet = sheets.saveAndFlush(earlier);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("member", seat.fullName());
        after.putAll(sheet.auditState());
        access.journal(
                task.id(),
                actor.username(),
                "acceptance.council.sheet",
                seat.fullName() + " · " + sheet.classification(),
                before,
                after);
    }
}
