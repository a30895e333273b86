package vn.doimoi.market.deal;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.DealView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.files.StoredContent;
import vn.doimoi.shared.text.VietnameseText;

/**
 * A deal's message thread (ADR 0046): its parties and its assigned broker write to each other
 * and exchange files inside the deal. Nobody else reads it: a user who may not see the deal gets
 * 404, and the Department, a proposed broker or a broker looking for work, who may see the deal,
 * get 403. Each message is audited and tells the other participants' inboxes; files go through
 * the shared file store, checked by content ({@link DealFiles}).
 */
@Service
@Transactional
public class DealMessages {

    public static final int MAX_TEXT = 4000;
    /** A file of the thread, to send. */
    public record Attachment(InputStream content, String mediaType, String fileName) {}

    /** What a participant posts: text, a file, or both. */
    public record Upload(@Nullable String fileName, InputStream content, long size) {}

    private final DealRepository deals;
    private final DealViews views;
    private final DealAccess access;
    private final DealNotices notices;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DealFiles files;

    DealMessages(
            DealRepository deals,
            DealViews views,
            DealAccess access,
            DealNotices notices,
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock,
            DealFiles files) {
        this.deals = deals;
        this.views = views;
        this.access = access;
        this.notices = notices;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
    }

    /** A participant writes; returns the message's id. */
    public UUID post(CurrentUser actor, UUID dealId, @Nullable String text, @Nullable Upload upload) {
        Deal deal = inThread(actor, dealId);
        if (deal.stage() == DealStage.DECLINED) {
            throw DomainException.conflict("market.thread.error.closed");
        }
        String body = text == null || text.isBlank() ? null : VietnameseText.nfc(text.strip());
        if (body != null && body.length() > MAX_TEXT) {
            throw DomainException.invalid("market.thread.error.tooLong", MAX_TEXT);
        }
        StoredContent file = upload == null ? null : files.keep(upload);
        if (body == null && file == null) {
            throw DomainException.invalid("market.thread.error.empty");
        }
        String side = side(actor, deal);
        UUID id = UUID.randomUUID();
        String fileName = file == null ? null : DealFiles.safeName(upload.fileName(), file.mediaType());
        jdbc.sql("""
                        INSERT INTO market.deal_message (id, deal_id, author_user_id, author_name, author_side, body,
                                                         file_key, file_name, file_type, file_size, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        dealId,
                        actor.id().value(),
                        views.displayName(actor),
                        side,
                        body,
                        file == null ? null : file.key(),
                        fileName,
                        file == null ? null : file.mediaType(),
                        file == null ? null : file.size(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("message", id.toString());
        state.put("side", side);
        state.put("characters", body == null ? 0 : body.length());
        if (file != null) {
            state.put("file", fileName);
            state.put("sha256", file.sha256());
            state.put("bytes", file.size());
        }
        audit.record("market.deal.message", "market.deal", dealId.toString(), null, state);
        tellOthers(deal, side, views.view(deal, actor));
        return id;
    }

    /** The thread, oldest first, as this participant may read it. */
    @Transactional(readOnly = true)
    public List<DealMessage> thread(CurrentUser actor, UUID dealId) {
        Deal deal = inThread(actor, dealId);
        boolean ownerHidden = ownerHidden(deal, actor);
        UUID me = actor.id().value();
        return jdbc.sql("""
                        SELECT id, author_user_id, author_name, author_side, body, file_name, file_type, file_size,
                               created_at
                        FROM market.deal_message WHERE deal_id = ? ORDER BY created_at, id""")
                .param(dealId)
                .query((rs, n) -> {
                    boolean hidden = ownerHidden && "OWNER".equals(rs.getString("author_side"));
                    String fileName = rs.getString("file_name");
                    String type = rs.getString("file_type");
                    return new DealMessage(
                            rs.getObject("id", UUID.class),
                            rs.getString("author_side"),
                            hidden ? null : rs.getString("author_name"),
                            rs.getString("body"),
                            fileName == null ? null : hidden ? DealFiles.neutralName(type) : fileName,
                            type,
                            rs.getLong("file_size"),
                            rs.getTimestamp("created_at").toInstant(),
                            me.equals(rs.getObject("author_user_id", UUID.class)));
                })
                .list();
    }

    /** Whether this user reads and writes the deal's thread (the deal page shows it or not). */
    @Transactional(readOnly = true)
    public boolean mayTalk(CurrentUser actor, UUID dealId) {
        return deals.findById(dealId).map(deal -> access.inThread(actor, deal)).orElse(false);
    }

    /** A message's file, for a participant. */
    @Transactional(readOnly = true)
    public Attachment file(CurrentUser actor, UUID dealId, UUID messageId) {
        Deal deal = inThread(actor, dealId);
        record Row(String key, String name, String type, String side) {}
        Row row = jdbc.sql("""
                        SELECT file_key, file_name, file_type, author_side FROM market.deal_message
                        WHERE id = ? AND deal_id = ? AND file_key IS NOT NULL""")
                .params(messageId, dealId)
                .query((rs, n) -> new Row(
                        rs.getString("file_key"),
                        rs.getString("file_name"),
                        rs.getString("file_type"),
                        rs.getString("author_side")))
                .optional()
                .orElseThrow(() -> new NotFoundException("message", messageId));
        boolean hidden = "OWNER".equals(row.side()) && ownerHidden(deal, actor);
        InputStream content = files.open(row.key()).orElseThrow(() -> new NotFoundException("message", messageId));
        return new Attachment(content, row.type(), hidden ? DealFiles.neutralName(row.type()) : row.name());
    }

    /** A deal the user may not see is not there (404); one it sees but does not talk in, 403. */
    private Deal inThread(CurrentUser actor, UUID dealId) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
        if (views.access(actor, deal) == DealViews.Access.NONE) {
            throw new NotFoundException("deal", dealId);
        }
        if (!access.inThread(actor, deal)) {
            throw DomainException.forbidden("market.thread.error.participantsOnly");
        }
        return deal;
    }

    private String side(CurrentUser actor, Deal deal) {
        BrokerProposal.Side side = access.side(actor, deal);
        return side == null ? "BROKER" : side.name();
    }

    /** Until the owner accepts, an anonymous listing's owner stays unknown to the other side. */
    private boolean ownerHidden(Deal deal, CurrentUser actor) {
        if (actor.actsFor(deal.ownerOrgId())) {
            return false;
        }
        DealView view = views.view(deal, actor);
        return view == null || view.ownerName() == null;
    }

    private void tellOthers(Deal deal, String side, @Nullable DealView view) {
        String title = view == null ? "" : view.listingTitle();
        DealNotices.Notice notice =
                notices.notice("market.notify.message.subject", "market.notify.message.body", title);
        if (!side.equals("OWNER")) {
            notices.toOrganisation(deal.ownerOrgId(), deal, notice);
        }
        if (!side.equals("INTERESTED")) {
            notices.toOrganisation(deal.interestedOrgId(), deal, notice);
        }
        if (!side.equals("BROKER") && deal.brokerUserId() != null) {
            notices.toUser(deal.brokerUserId(), deal, notice);
        }
    }
}
