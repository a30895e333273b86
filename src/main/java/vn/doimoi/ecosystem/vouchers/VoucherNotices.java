package vn.doimoi.ecosystem.vouchers;

import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Tells the next person in a programme or a voucher that a step waits for them, in the inbox (and
 * by e-mail), in Vietnamese from the same messages as the pages: {@code <key>.subject}, {@code <key>.body}.
 */
@Component
class VoucherNotices {

    private final Notifications notifications;
    private final MessageSource messages;

    VoucherNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void toStaff(String key, String link, Object... args) {
        notifications.sendToRole(Role.STAFF, vi(key + ".subject", args), vi(key + ".body", args), link);
    }

    void toOrganisation(UUID organisation, String key, String link, Object... args) {
        notifications.sendToOrganisation(organisation, vi(key + ".subject", args), vi(key + ".body", args), link);
    }

    /** A text of the messages in Vietnamese (notices and the council's title go out in Vietnamese). */
    String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VietnameseText.VIETNAMESE);
    }
}
