package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.MarketServices;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.files.StoredContent;

/**
 * Spending vouchers (table {@code ecosystem.voucher_redemption}). A redemption takes its amount
 * from the voucher at once, under the voucher's row lock, so that two redemptions asked at the same
 * moment never spend the same đồng; a refused or cancelled one gives it back. Every transition
 * checks the state it leaves, is audited and tells the next person.
 */
@Service
@Transactional
public class Redemptions {

    private static final String ENTITY = "ecosystem.voucher_redemption";
    private static final String SELECT = "SELECT r.*, v.code, v.organisation_id, a.organisation_name FROM " + ENTITY
            + " r JOIN ecosystem.voucher v ON v.id = r.voucher_id"
            + " JOIN ecosystem.voucher_application a ON a.id = v.application_id";

    private final JdbcClient jdbc;
    private final VoucherLedger ledger;
    private final MarketServices services;
    private final VoucherAccess access;
    private final VoucherNotices notices;
    private final VoucherFiles files;
    private final AuditLog audit;
    private final Clock clock;

    Redemptions(
            JdbcClient jdbc,
            VoucherLedger ledger,
            MarketServices services,
            VoucherAccess access,
            VoucherNotices notices,
            VoucherFiles files,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.ledger = ledger;
        this.services = services;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The enterprise asks a provider for a service paid from its voucher. */
    public UUID redeem(CurrentUser actor, UUID voucherId, UUID listingId, BigDecimal amount, @Nullable String note) {
        access.member(actor);
        access.requireOwner(actor, ledger.find(voucherId).organisationId(), false);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
            throw DomainException.invalid("vouchers.error.amount");
        }
        ListingView service =
                services.live(listingId).orElseThrow(() -> DomainException.refused("vouchers.error.provider"));
        UUID provider = java.util.Objects.requireNonNull(service.owner());
        if (actor.actsFor(provider)) {
            throw DomainException.refused("vouchers.error.ownProvider");
        }
        String text = Texts.optional(note, 2_000);
        VoucherView voucher = ledger.lock(voucherId);
        LocalDate today = LocalDate.now(clock);
        if (voucher.state() == VoucherState.CANCELLED) {
            throw DomainException.refused("vouchers.error.voucherCancelled");
        }
        if (voucher.expiredOn(today) || today.isBefore(voucher.validFrom())) {
            throw DomainException.refused("vouchers.error.expired", Texts.day(voucher.validUntil()));
        }
        if (amount.compareTo(voucher.remaining()) > 0) {
            throw DomainException.refused("vouchers.error.insufficient", Texts.money(voucher.remaining()));
        }
        ledger.take(voucherId, amount);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + ENTITY + " (id, voucher_id, listing_id, listing_title, provider_id, provider_name,"
                        + " amount, note, state, requested_by, requested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)")
                .params(
                        id,
                        voucherId,
                        listingId,
                        service.title(),
                        provider,
                        service.ownerName() == null ? service.title() : service.ownerName(),
                        amount,
                        text,
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                "ecosystem.redemption.requested",
                ENTITY,
                id.toString(),
                Map.of("remaining", voucher.remaining().toPlainString()),
                Map.of("voucher", voucher.code(), "provider", provider.toString(), "amount", amount.toPlainString()));
        notices.toOrganisation(
                provider,
                "vouchers.notice.requested",
                "/ecosystem/vouchers/provider",
                voucher.organisationName(),
                service.title(),
                Texts.money(amount));
        return id;
    }

    /** The enterprise withdraws a request the provider has not answered; the amount returns. */
    public void cancel(CurrentUser actor, UUID id) {
        RedemptionView redemption = find(id);
        access.requireOwner(actor, redemption.organisationId(), false);
        giveBack(redemption, RedemptionState.CANCELLED, null);
    }

    /** The provider declines the request, saying why; the amount returns to the voucher. */
    public void refuse(CurrentUser actor, UUID id, String reason) {
        RedemptionView redemption = find(id);
        access.requireOwner(actor, redemption.providerId(), false);
        String why = Texts.required(reason, 2_000, "vouchers.error.reason");
        giveBack(redemption, RedemptionState.REFUSED, why);
        notices.toOrganisation(
                redemption.organisationId(),
                "vouchers.notice.providerRefused",
                "/ecosystem/vouchers/my/vouchers/" + redemption.voucherId(),
                redemption.providerName());
    }

    private void giveBack(RedemptionView redemption, RedemptionState to, @Nullable String reason) {
        ledger.lock(redemption.voucherId());
        move(redemption, to, "refusal_reason = ?", reason);
        ledger.take(redemption.voucherId(), redemption.amount().negate());
    }

    /** The provider records the delivery with at least one evidence file. */
    public void deliver(CurrentUser actor, UUID id, String note, List<Upload> evidence) {
        RedemptionView redemption = find(id);
        access.requireOwner(actor, redemption.providerId(), false);
        String text = Texts.required(note, 5_000, "vouchers.error.deliveryNote");
        if (evidence.isEmpty()) {
            throw DomainException.invalid("vouchers.error.evidence");
        }
        move(
                redemption,
                RedemptionState.DELIVERED,
                "delivery_note = ?, delivered_at = ?",
                text,
                Timestamp.from(clock.instant()));
        for (Upload file : evidence) {
            jdbc.sql("INSERT INTO ecosystem.voucher_evidence (id, redemption_id, file_key, file_type, file_name,"
                            + " size_bytes, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            id,
                            file.content().key(),
                            file.content().mediaType(),
                            file.name(),
                            file.content().size(),
                            actor.username(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
        notices.toOrganisation(
                redemption.organisationId(),
                "vouchers.notice.delivered",
                "/ecosystem/vouchers/my/vouchers/" + redemption.voucherId(),
                redemption.providerName());
    }

    /** An evidence file as kept, with the name it was uploaded under. */
    public record Upload(String name, StoredContent content) {}

    /** The enterprise confirms that the service was delivered as agreed. */
    public void confirm(CurrentUser actor, UUID id) {
        RedemptionView redemption = find(id);
        access.requireOwner(actor, redemption.organisationId(), false);
        move(redemption, RedemptionState.CONFIRMED, "confirmed_at = ?", Timestamp.from(clock.instant()));
        notices.toStaff(
                "vouchers.notice.confirmed",
                "/staff/ecosystem/vouchers",
                redemption.organisationName(),
                redemption.providerName());
    }

    /** The Department pays the provider, at most the redeemed amount. */
    public void pay(CurrentUser actor, UUID id, BigDecimal amount, LocalDate paidOn, String reference) {
        access.requireStaff(actor);
        RedemptionView redemption = find(id);
        if (amount.signum() <= 0 || amount.compareTo(redemption.amount()) > 0) {
            throw DomainException.invalid("vouchers.error.paymentAmount");
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("vouchers.error.paidInFuture");
        }
        move(
                redemption,
                RedemptionState.PAID,
                "paid_amount = ?, paid_on = ?, payment_reference = ?",
                amount,
                Date.valueOf(paidOn),
                Texts.required(reference, 100, "vouchers.error.reference"));
        notices.toOrganisation(
                redemption.providerId(),
                "vouchers.notice.providerPaid",
                "/ecosystem/vouchers/provider",
                redemption.voucherCode());
    }

    private void move(RedemptionView redemption, RedemptionState to, String set, @Nullable Object... values) {
        if (!redemption.state().canMoveTo(to)) {
            throw DomainException.conflict("vouchers.error.redemptionState");
        }
        Object[] params = new Object[values.length + 3];
        params[0] = to.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[values.length + 1] = redemption.id();
        params[values.length + 2] = redemption.state().name();
        int changed = jdbc.sql("UPDATE " + ENTITY + " SET state = ?, " + set + ", row_version = row_version + 1"
                        + " WHERE id = ? AND state = ?")
                .params(params)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("vouchers.error.changedMeanwhile");
        }
        audit.record(
                "ecosystem.redemption." + to.name().toLowerCase(Locale.ROOT),
                ENTITY,
                redemption.id().toString(),
                Map.of("state", redemption.state().name()),
                Map.of("state", to.name(), "amount", redemption.amount().toPlainString()));
    }

    @Transactional(readOnly = true)
    public List<RedemptionView> ofVoucher(UUID voucherId) {
        return withEvidence(jdbc.sql(SELECT + " WHERE r.voucher_id = ? ORDER BY r.requested_at")
                .param(voucherId)
                .query(Redemptions::row)
                .list());
    }

    /** What was asked of the actor's organisation as a provider, open requests first. */
    @Transactional(readOnly = true)
    public List<RedemptionView> asProvider(CurrentUser actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return withEvidence(jdbc.sql(SELECT + " WHERE r.provider_id = ?"
                        + " ORDER BY (r.state = 'REQUESTED') DESC, r.requested_at DESC")
                .param(actor.organisationId())
                .query(Redemptions::row)
                .list());
    }

    /** Confirmed redemptions the Department has still to pay. */
    @Transactional(readOnly = true)
    public List<RedemptionView> toPay(CurrentUser actor) {
        access.requireStaff(actor);
        return withEvidence(jdbc.sql(SELECT + " WHERE r.state = 'CONFIRMED' ORDER BY r.confirmed_at")
                .query(Redemptions::row)
                .list());
    }

    @Transactional(readOnly = true)
    public int countToPay() {
        return jdbc.sql("SELECT count(*) FROM " + ENTITY + " WHERE state = 'CONFIRMED'")
                .query(Integer.class)
                .single();
    }

    /** An evidence file for the enterprise, the provider or the Department; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> evidence(CurrentUser actor, UUID redemptionId, UUID evidenceId) {
        RedemptionView redemption = find(redemptionId);
        if (!actor.isStaff()
                && !actor.actsFor(redemption.organisationId())
                && !actor.actsFor(redemption.providerId())) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT file_key, file_type, file_name FROM ecosystem.voucher_evidence"
                        + " WHERE id = ? AND redemption_id = ?")
                .params(evidenceId, redemptionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional()
                .flatMap(row -> files.find(row[0]).map(content -> new EvidenceFile(row[2], row[1], content)));
    }

    /** An evidence file's content, with its name and type. */
    public record EvidenceFile(String name, String mediaType, Resource content) {}

    RedemptionView find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(Redemptions::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    private List<RedemptionView> withEvidence(List<RedemptionView> redemptions) {
        return redemptions.stream()
                .map(each -> each.withEvidence(jdbc.sql("SELECT id, file_name, file_type, size_bytes FROM"
                                + " ecosystem.voucher_evidence WHERE redemption_id = ? ORDER BY uploaded_at, file_name")
                        .param(each.id())
                        .query((rs, n) -> new RedemptionView.Evidence(
                                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4)))
                        .list()))
                .toList();
    }

    private static RedemptionView row(ResultSet rs, int n) throws SQLException {
        return new RedemptionView(
                rs.getObject("id", UUID.class),
                rs.getObject("voucher_id", UUID.class),
                rs.getString("code"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getObject("listing_id", UUID.class),
                rs.getString("listing_title"),
                rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"),
                rs.getBigDecimal("amount"),
                rs.getString("note"),
                RedemptionState.valueOf(rs.getString("state")),
                rs.getString("delivery_note"),
                rs.getString("refusal_reason"),
                rs.getBigDecimal("paid_amount"),
                rs.getObject("paid_on", LocalDate.class),
                rs.getString("payment_reference"),
                rs.getTimestamp("requested_at").toInstant(),
                List.of(),
                rs.getLong("row_version"));
    }
}
