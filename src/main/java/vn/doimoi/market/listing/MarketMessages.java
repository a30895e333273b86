package vn.doimoi.market.listing;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.text.MessageText;
import vn.doimoi.shared.text.VietnameseText;

/** Vietnamese text for notifications, from the same messages as the pages. */
@Component
public class MarketMessages {

    private final MessageSource messages;

    MarketMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String vi(String key, Object... args) {
        return MessageText.of(messages, VietnameseText.VIETNAMESE, key, args);
    }
}
