package vn.doimoi.ecosystem;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.doimoi.ecosystem.funds.FundAccounts;
import vn.doimoi.ecosystem.funds.FundFiles;
import vn.doimoi.ecosystem.funds.FundReports;
import vn.doimoi.ecosystem.funds.NewAllocation;
import vn.doimoi.ecosystem.funds.NewSpending;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Money;

/**
 * Enterprises' S&T development funds for other modules (the demo): what a signed-in member of a
 * verified enterprise does on the fund's page, with the same checks.
 */
@Service
public class Funds {

    private final FundAccounts accounts;
    private final FundReports reports;
    private final FundFiles files;
    private final Accounts users;

    Funds(FundAccounts accounts, FundReports reports, FundFiles files, Accounts users) {
        this.accounts = accounts;
        this.reports = reports;
        this.files = files;
        this.users = users;
    }

    /** Sets aside part of a tax year's taxable income; refused above the cap of the year's rule. */
    public void allocate(int taxYear, LocalDate allocatedOn, Money taxableIncome, Money amount) {
        accounts.allocate(actor(), new NewAllocation(taxYear, allocatedOn, taxableIncome, amount));
    }

    /** Records a spending on an eligible use with its evidence (a PDF or a photo). */
    public UUID spend(
            LocalDate spentOn, String useCode, String description, Money amount, String fileName, byte[] evidence) {
        FundFiles.Evidence kept = files.keep(new ByteArrayInputStream(evidence), evidence.length, fileName);
        return accounts.spend(actor(), new NewSpending(spentOn, useCode, description, amount), kept);
    }

    /** Files the yearly report of a year to the Department. */
    public UUID fileReport(int year) {
        return reports.file(actor(), year);
    }

    /** Whether the organisation has set aside any allocation. */
    public boolean keepsFund(UUID organisation) {
        return !accounts.ledger(organisation, accounts.today()).lines().isEmpty();
    }

    private CurrentUser actor() {
        return users.current().orElseThrow(() -> DomainException.signInNeeded("funds.error.memberOnly"));
    }
}
