package vn.doimoi.ecosystem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.ecosystem.vouchers.Applications;
import vn.doimoi.ecosystem.vouchers.Eligibility;
import vn.doimoi.ecosystem.vouchers.EnterpriseSize;
import vn.doimoi.ecosystem.vouchers.ProgrammeData;
import vn.doimoi.ecosystem.vouchers.ProgrammeKind;
import vn.doimoi.ecosystem.vouchers.ProgrammeReviews;
import vn.doimoi.ecosystem.vouchers.ProgrammeView;
import vn.doimoi.ecosystem.vouchers.Redemptions;
import vn.doimoi.ecosystem.vouchers.SupportProgrammes;
import vn.doimoi.ecosystem.vouchers.VoucherLedger;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;

/**
 * Support programmes and innovation vouchers for other modules (the demo): every step as the
 * signed-in person, with the same checks as the pages.
 */
@Service
@Transactional
public class Vouchers {

    private final SupportProgrammes programmes;
    private final Applications applications;
    private final VoucherLedger ledger;
    private final Redemptions redemptions;
    private final ProgrammeReviews reviews;
    private final Accounts accounts;

    Vouchers(
            SupportProgrammes programmes,
            Applications applications,
            VoucherLedger ledger,
            Redemptions redemptions,
            ProgrammeReviews reviews,
            Accounts accounts) {
        this.programmes = programmes;
        this.applications = applications;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.reviews = reviews;
        this.accounts = accounts;
    }

    /**
     * A voucher programme for small and medium enterprises verified by the Department.
     *
     * @param fieldCodes the fields of S&T it supports; empty for every field
     */
    public record VoucherProgramme(
            String title,
            String summary,
            long budget,
            long maxGrant,
            LocalDate opensOn,
            LocalDate closesOn,
            int voucherMonths,
            Set<String> fieldCodes,
            String documents) {}

    /** The programme with this title, if the Department has one. */
    @Transactional(readOnly = true)
    public Optional<UUID> programmeTitled(String title) {
        return programmes.all().stream()
                .filter(programme -> programme.data().title().equals(title))
                .map(ProgrammeView::id)
                .findFirst();
    }

    /** The Department (signed in) writes and publishes a voucher programme. */
    public UUID publishVoucherProgramme(VoucherProgramme programme) {
        CurrentUser actor = actor();
        UUID id = programmes.create(
                actor,
                new ProgrammeData(
                        programme.title(),
                        ProgrammeKind.VOUCHER,
                        programme.summary(),
                        BigDecimal.valueOf(programme.budget()),
                        BigDecimal.valueOf(programme.maxGrant()),
                        programme.opensOn(),
                        programme.closesOn(),
                        programme.voucherMonths(),
                        new Eligibility(
                                EnumSet.of(OrganisationType.ENTERPRISE),
                                EnterpriseSize.MEDIUM,
                                programme.fieldCodes(),
                                true),
                        programme.documents()));
        programmes.publish(actor, id);
        return id;
    }

    /** The signed-in member's small enterprise applies. */
    public UUID apply(UUID programme, String purpose, long amount) {
        return applications.apply(actor(), programme, EnterpriseSize.SMALL, purpose, BigDecimal.valueOf(amount));
    }

    /**
     * The Department (signed in) sends the programme's applications not yet reviewed to a review
     * council; returns the council, run with {@link vn.doimoi.projects.ReviewCouncils}.
     */
    public UUID sendToCouncil(UUID programme, @Nullable String decisionNumber) {
        return reviews.sendToCouncil(actor(), programme, decisionNumber);
    }

    /** The Department (signed in) grants an application its council passed; returns the voucher issued. */
    public UUID grant(UUID application, long amount, String note) {
        CurrentUser actor = actor();
        long version = applications.view(actor, application).version();
        applications.grant(actor, application, version, BigDecimal.valueOf(amount), note);
        return ledger.ofApplication(application).id();
    }

    /** The signed-in member spends part of its voucher with a provider's live service listing. */
    public UUID redeem(UUID voucher, UUID serviceListing, long amount, String note) {
        return redemptions.redeem(actor(), voucher, serviceListing, BigDecimal.valueOf(amount), note);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("error.401.detail"));
    }
}
