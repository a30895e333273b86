package vn.doimoi.projects.councils;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ExecutionViews;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.CouncilRule;

/**
 * The acceptance council of a task, on the one council engine ({@link Council} with purpose
 * {@link CouncilPurpose#ACCEPTANCE}): STAFF forms it from the directory's experts under the
 * acceptance rule of {@code rules/} (the conflict rules, sanctions included, keep the host's
 * present and past people and the PI off it); a member whose account is linked to their directory
 * person declares no conflict and enters their own sheet online, STAFF enters the sheets signed on
 * paper; the council concludes once, its classification following the {@link CouncilRule} from
 * the sheets, never typed in. This is the process's API; the work is done by its parts.
 */
@Service
public class AcceptanceCouncils {

    /** An expert who may sit, or why not. */
    public record Candidate(UUID personId, String name, Set<ConflictKind> conflicts) {
        public boolean eligible() {
            return conflicts.isEmpty();
        }
    }

    /** A member's sheet as shown; {@code online} when the member entered it, not STAFF from paper. */
    public record SheetView(
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            Grade classification,
            String comment,
            boolean online) {}

    public record SeatView(
            UUID personId,
            String name,
            CouncilRole role,
            @Nullable SheetView sheet,
            boolean declared) {}

    /** A council in someone's list: a member's own seat, or (for STAFF) every council. */
    public record CouncilRow(
            UUID taskId,
            String taskCode,
            String taskTitle,
            String decisionNumber,
            LocalDate formedOn,
            boolean concluded,
            @Nullable CouncilRole myRole,
            boolean sheetIn,
            String link) {}

    /** The acceptance dossier as a member reads it, once declared. */
    /**
     * The dossier the host sent. {@code byProducts}: the task is funded by a lump sum to the final
     * product (ADR 0056), so the part that is otherwise the spending report lists the products handed in.
     */
    public record DossierView(
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            boolean byProducts,
            List<ExecutionViews.FileView> files) {}

    /**
     * What a signed-in member sees of the council they sit on: the task, their seat, the other
     * members (names and roles only), and once declared the dossier, the ordered products with
     * their specifications, and their own sheet.
     */
    public record MemberView(
            UUID taskId,
            String taskCode,
            String taskTitle,
            String hostName,
            String decisionNumber,
            LocalDate formedOn,
            boolean concluded,
            @Nullable Grade classification,
            AcceptanceRule rule,
            String memberName,
            CouncilRole role,
            boolean declared,
            List<SeatView> seats,
            @Nullable DossierView dossier,
            List<ExecutionViews.ProductView> products,
            @Nullable SheetView mySheet) {

        /** The member may fill (or revise their online) sheet now. */
        public boolean canScore() {
            return declared && !concluded && (mySheet == null || mySheet.online());
        }
    }

    public record CouncilView(
            String decisionNumber,
            LocalDate formedOn,
            boolean concluded,
            @Nullable Grade classification,
            CouncilRule rule,
            List<SeatView> seats,
            int sheets,
            boolean quorate) {}

    private final AcceptanceSeating seating;
    private final AcceptanceSheets sheets;
    private final AcceptanceConclusion conclusion;
    private final AcceptanceReads reads;

    AcceptanceCouncils(
            AcceptanceSeating seating,
            AcceptanceSheets sheets,
            AcceptanceConclusion conclusion,
            AcceptanceReads reads) {
        this.seating = seating;
        this.sheets = sheets;
        this.conclusion = conclusion;
        this.reads = reads;
    }

    /** The directory's experts, each with the conflicts that keep them off this task's council. */
    public List<Candidate> candidates(CurrentUser actor, UUID taskId) {
        return seating.candidates(actor, taskId);
    }

    /** STAFF forms the council by a numbered decision; every seat is checked and its member invited. */
    public void form(CurrentUser actor, UUID taskId, String decisionNumber, Map<UUID, CouncilRole> seats) {
        seating.form(actor, taskId, decisionNumber, seats);
    }

    /** STAFF records one member's sheet (the paper Form 7 the member signed). */
    public void recordSheet(
            CurrentUser actor,
            UUID taskId,
            UUID personId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            String comment) {
        sheets.recordOnPaper(actor, taskId, personId, new AcceptanceSheets.Entry(grades, reportGrade, comment));
    }

    /** The signed-in member declares no conflict of interest with the host and the PI. */
    public void declare(CurrentUser actor, UUID taskId) {
        sheets.declare(actor, taskId);
    }

    /**
     * The signed-in member enters their own sheet, or revises the one they entered online, while
     * the council scores. Only after declaring; never a sheet STAFF typed from their signed paper.
     */
    public void submitMySheet(
            CurrentUser actor,
            UUID taskId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            String comment) {
        sheets.submitMine(actor, taskId, new AcceptanceSheets.Entry(grades, reportGrade, comment));
    }

    /** Concludes from the sheets; the task is accepted or not by the council rule. */
    public Grade conclude(CurrentUser actor, UUID taskId, @Nullable String note) {
        return conclusion.conclude(actor, taskId, note);
    }

    /** The councils in someone's list: every one for STAFF, the member's own otherwise. */
    public List<CouncilRow> list(CurrentUser actor) {
        return reads.list(actor);
    }

    /** The council as its signed-in member sees it; "not found" for anyone without a seat. */
    public MemberView forMember(CurrentUser actor, UUID taskId) {
        return reads.forMember(actor, taskId);
    }

    /** The task's council for anyone who may see the task, or null before it is formed. */
    public @Nullable CouncilView view(CurrentUser actor, UUID taskId) {
        return reads.view(actor, taskId);
    }

    /** A file of the acceptance dossier, for a member who has declared. */
    public TaskFiles.Download dossierFile(CurrentUser actor, UUID taskId, UUID fileId) {
        return reads.dossierFile(actor, taskId, fileId);
    }

    /** The median of the members' grades of one criterion (ties go the stricter way). */
    static Grade median(List<Grade> grades) {
        return AcceptanceConclusion.median(grades);
    }
}
