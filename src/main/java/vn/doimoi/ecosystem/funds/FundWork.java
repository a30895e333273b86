package vn.doimoi.ecosystem.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * The fund's part of "Việc của tôi" (ADR 0044): a member of an enterprise keeping a fund sees each
 * allocation whose use deadline is near and not yet met, with what is still to spend and what would be
 * repaid, and each whose deadline passed unmet. Shown beside the market's lines.
 */
@Component
record FundWork(FundAccounts funds, FundAccess access, Accounts accounts) implements SignedInWork {

    static final String SECTION = "funds.me.section";

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        UUID organisation = me.organisationId();
        if (!me.has(Role.ORG_MEMBER) || organisation == null || !access.verified(organisation)) {
            return List.of();
        }
        FundLedger ledger = funds.ledger(organisation, funds.today());
        if (ledger.lines().isEmpty()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (FundLedger.YearLine line : ledger.lines()) {
            if (line.status() == FundLedger.Status.WARNING || line.status() == FundLedger.Status.MISSED) {
                boolean missed = line.status() == FundLedger.Status.MISSED;
                items.add(new WorkItem(
                        missed ? "funds.me.missed" : "funds.me.warning",
                        List.of(
                                String.valueOf(line.taxYear()),
                                VietnameseFormats.money(line.shortfall()),
                                VietnameseFormats.money(line.repayment())),
                        "/ecosystem/funds/my",
                        line.deadline(),
                        missed,
                        1));
            }
        }
        return List.of(new WorkSection(SECTION, Heading.DEALS.ordinal(), items));
    }
}
