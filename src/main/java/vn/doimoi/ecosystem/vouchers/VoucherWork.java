package vn.doimoi.ecosystem.vouchers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.Money;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Vouchers on "Việc của tôi" (ADR 0044): the Department sees the programmes whose applications wait
 * for a review council, the applications its council reviewed (to decide) and the redemptions to pay
 * (the council's own work comes from the council engine's lines); an enterprise its vouchers with value left (due on their last valid day, so
 * the expiry shows before it comes) and deliveries to confirm; a provider the requests to answer.
 */
@Component
class VoucherWork implements SignedInWork {

    private final Applications applications;
    private final ProgrammeReviews reviews;
    private final SupportProgrammes programmes;
    private final VoucherSettings settings;
    private final VoucherLedger ledger;
    private final Redemptions redemptions;
    private final Accounts accounts;
    private final Clock clock;

    VoucherWork(
            Applications applications,
            ProgrammeReviews reviews,
            SupportProgrammes programmes,
            VoucherSettings settings,
            VoucherLedger ledger,
            Redemptions redemptions,
            Accounts accounts,
            Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.programmes = programmes;
        this.settings = settings;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (me.isStaff()) {
            List<WorkItem> items = new ArrayList<>();
            reviews.awaitingCouncil()
                    .forEach((programme, count) -> items.add(WorkItem.of(
                            "me.item.voucherCouncilToForm",
                            "/staff/ecosystem/vouchers",
                            programmes.find(programme).data().title(),
                            String.valueOf(count))));
            int decisions = applications.waitingForDecision();
            if (decisions > 0) {
                items.add(WorkItem.queue("me.item.voucherApplications", "/staff/ecosystem/vouchers", decisions));
            }
            int payments = redemptions.countToPay();
            if (payments > 0) {
                items.add(WorkItem.queue("me.item.voucherPayments", "/staff/ecosystem/vouchers", payments));
            }
            return List.of(Heading.APPROVALS.of(items));
        }
        if (me.organisationId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        for (VoucherView voucher : ledger.ofOrganisation(me)) {
            if (voucher.redeemableOn(today)) {
                boolean ending = !today.isBefore(voucher.validUntil().minusDays(settings.warningDays()));
                items.add(new WorkItem(
                        ending ? "me.item.voucherEnding" : "me.item.voucherLeft",
                        List.of(voucher.code(), new Money(voucher.remaining()).toString()),
                        "/ecosystem/vouchers/my/vouchers/" + voucher.id(),
                        ending ? voucher.validUntil() : null,
                        false,
                        1));
            }
            redemptions.ofVoucher(voucher.id()).stream()
                    .filter(each -> each.state() == RedemptionState.DELIVERED)
                    .forEach(each -> items.add(WorkItem.of(
                            "me.item.voucherDelivered",
                            "/ecosystem/vouchers/my/vouchers/" + voucher.id(),
                            each.providerName())));
        }
        redemptions.asProvider(me).stream()
                .filter(each -> each.state() == RedemptionState.REQUESTED)
                .forEach(each -> items.add(WorkItem.of(
                        "me.item.voucherRequested", "/ecosystem/vouchers/provider", each.organisationName())));
        return items.isEmpty() ? List.of() : List.of(Heading.DEALS.of(items));
    }
}
