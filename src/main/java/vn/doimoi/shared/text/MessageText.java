package vn.doimoi.shared.text;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A message for documents, notices and mails, where a missing key must not stop the work: the key
 * itself stands in for it (and shows in review, where the missing text is then added).
 */
public final class MessageText {

    private MessageText() {}

    /** The message of {@code key} with its arguments in {@code locale}; the key when it is missing. */
    public static String of(MessageSource messages, Locale locale, String key, @Nullable Object... args) {
        // MessageSource may answer null only when the default it is given is null, and ours is the key
        return Objects.requireNonNullElse(messages.getMessage(key, args, key, locale), key);
    }
}
