package vn.doimoi.ecosystem.funds.web;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.ecosystem.funds.FundAccounts;
import vn.doimoi.ecosystem.funds.FundFiles;
import vn.doimoi.ecosystem.funds.FundReports;
import vn.doimoi.ecosystem.funds.FundRows;
import vn.doimoi.ecosystem.funds.ProvinceTotals;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.Downloads;

/**
 * What the Department sees of the funds (the province's totals, chart and table beside it, and the
 * filed reports), and the records a member and the staff both open: a filed report, an evidence file.
 */
@Controller
class FundRecordsController {

    private final Accounts users;
    private final FundAccounts funds;
    private final FundReports reports;
    private final FundFiles files;
    private final ProvinceTotals totals;

    FundRecordsController(
            Accounts users, FundAccounts funds, FundReports reports, FundFiles files, ProvinceTotals totals) {
        this.users = users;
        this.funds = funds;
        this.reports = reports;
        this.files = files;
        this.totals = totals;
    }

    @GetMapping("/staff/ecosystem/funds")
    String staff(Model model) {
        var years = totals.byYear();
        model.addAttribute("years", years);
        model.addAttribute("chart", FundChart.of(years));
        model.addAttribute("reports", reports.all());
        return "ecosystem/funds/staff";
    }

    @GetMapping("/ecosystem/funds/reports/{id}")
    String report(@PathVariable String id, Model model) {
        CurrentUser actor = actor();
        FundReports.Report report = reports.report(actor, MyFundController.id(id));
        model.addAttribute("report", report);
        model.addAttribute("lines", reports.lines(report.id()));
        model.addAttribute("staff", actor.isStaff());
        return "ecosystem/funds/report";
    }

    @GetMapping("/ecosystem/funds/spending/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable String id) {
        UUID spending = MyFundController.id(id);
        FundRows.SpendingRow row = funds.spendingFor(actor(), spending);
        byte[] bytes =
                files.read(row.evidenceKey()).orElseThrow(() -> DomainException.notFound("funds.error.notFound"));
        return Downloads.attachment(bytes, MediaType.parseMediaType(row.evidenceType()), row.evidenceName());
    }

    private CurrentUser actor() {
        return users.current().orElseThrow(() -> DomainException.signInNeeded("funds.error.memberOnly"));
    }
}
