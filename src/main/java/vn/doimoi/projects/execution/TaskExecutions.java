package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ExecutionViews.Dashboard;
import vn.doimoi.projects.execution.ExecutionViews.PaymentRow;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TaskRow;
import vn.doimoi.projects.rules.AcceptanceRule;

/**
 * Part 2 of S&T tasks, from the approved task to the use of its results, seen from outside the
 * execution stage (the other processes of {@code projects}, the approval listener, journeys in
 * tests): one entry that hands each operation to the service of its stage — {@link
 * ExecutionRegister}, {@link TaskDetails}, {@link Contracts}, {@link ProgressReports}, {@link
 * Tranches}, {@link AcceptanceSteps}, {@link ExecutionDashboard}. The stages' own pages call
 * those services directly. STAFF (and ADMIN) manage every task; a member of the host
 * organisation sees and acts on its own tasks only (others are "not found" to it). Every change
 * is audited and written to the task's journal.
 */
@Service
public class TaskExecutions {

    private final ExecutionRegister register;
    private final TaskDetails details;
    private final Contracts contracts;
    private final ProgressReports reports;
    private final Tranches tranches;
    private final AcceptanceSteps acceptance;
    private final ExecutionDashboard dashboard;

    TaskExecutions(
            ExecutionRegister register,
            TaskDetails details,
            Contracts contracts,
            ProgressReports reports,
            Tranches tranches,
            AcceptanceSteps acceptance,
            ExecutionDashboard dashboard) {
        this.register = register;
        this.details = details;
        this.contracts = contracts;
        this.reports = reports;
        this.tranches = tranches;
        this.acceptance = acceptance;
        this.dashboard = dashboard;
    }

    /** Creates the execution record of an approved task, awaiting its contract. Idempotent. */
    public void taskApproved(TaskApproved approved) {
        register.taskApproved(approved);
    }

    public List<TaskRow> tasksFor(CurrentUser actor) {
        return register.tasksFor(actor);
    }

    public TaskDetail task(CurrentUser actor, UUID taskId) {
        return details.task(actor, taskId);
    }

    public ContractTerms suggestedTerms(CurrentUser actor, UUID taskId) {
        return contracts.suggestedTerms(actor, taskId);
    }

    public void draftContract(CurrentUser actor, UUID taskId, ContractTerms terms) {
        contracts.draftContract(actor, taskId, terms);
    }

    public void signContract(CurrentUser actor, UUID taskId, LocalDate signedOn) {
        contracts.signContract(actor, taskId, signedOn);
    }

    public void amendContract(CurrentUser actor, UUID taskId, ContractTerms newTerms, String reason) {
        contracts.amendContract(actor, taskId, newTerms, reason);
    }

    public void terminateContract(CurrentUser actor, UUID taskId, String reason) {
        contracts.terminateContract(actor, taskId, reason);
    }

    public void submitReport(CurrentUser actor, UUID taskId, UUID reportId, String content, int percent) {
        reports.submitReport(actor, taskId, reportId, content, percent);
    }

    public void acceptReport(CurrentUser actor, UUID taskId, UUID reportId, @Nullable String note) {
        reports.acceptReport(actor, taskId, reportId, note);
    }

    public void requestTranche(CurrentUser actor, UUID taskId, UUID trancheId, @Nullable String note) {
        tranches.requestTranche(actor, taskId, trancheId, note);
    }

    public void approveTranche(CurrentUser actor, UUID taskId, UUID trancheId) {
        tranches.approveTranche(actor, taskId, trancheId);
    }

    public void rejectTranche(CurrentUser actor, UUID taskId, UUID trancheId, String note) {
        tranches.rejectTranche(actor, taskId, trancheId, note);
    }

    public void markTranchePaid(CurrentUser actor, UUID taskId, UUID trancheId, LocalDate paidOn, String reference) {
        tranches.markTranchePaid(actor, taskId, trancheId, paidOn, reference);
    }

    public void submitAcceptance(
            CurrentUser actor,
            UUID taskId,
            String finalReport,
            String summaryReport,
            @Nullable String financialReport,
            String selfAssessment,
            List<TaskFiles.Upload> evidence,
            MemberContributions contributions) {
        acceptance.submitAcceptance(
                actor, taskId, finalReport, summaryReport, financialReport, selfAssessment, evidence, contributions);
    }

    public Grade concludeAcceptance(
            CurrentUser actor,
            UUID taskId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            @Nullable String note) {
        return acceptance.concludeAcceptance(actor, taskId, grades, reportGrade, note);
    }

    public Dashboard dashboard(CurrentUser actor) {
        return dashboard.dashboard(actor);
    }

    public List<PaymentRow> payments(CurrentUser actor, int year) {
        return dashboard.payments(actor, year);
    }
}
