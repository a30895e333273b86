package vn.doimoi.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * What every page template needs besides its own data: messages in the reader's language, the
 * signed-in user, the CSRF token, the current path, and Vietnamese formats.
 */
public final class Ui {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MessageSource messages;
    private final Locale locale;
    private final @Nullable CsrfToken csrf;
    private final @Nullable String username;
    private final @Nullable String displayName;
    private final Set<String> roles;
    private final String path;
    private final @Nullable String query;
    private @Nullable String noticeKey;
    private @Nullable String flashErrorKey;
    private Object[] flashErrorArgs = new Object[0];
    private java.util.function.IntSupplier unreadNotifications = () -> 0;
    private UploadTooLarge.@Nullable UploadLimits uploadLimits;
    private @Nullable Province province;

    public Ui(
            MessageSource messages,
            Locale locale,
            @Nullable CsrfToken csrf,
            @Nullable String username,
            @Nullable String displayName,
            Set<String> roles,
            String path,
            @Nullable String query) {
        this.messages = messages;
        this.locale = locale;
        this.csrf = csrf;
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.path = path;
        this.query = query;
    }

    /** Counts the user's unread notifications only if the page asks (once per request). */
    Ui withUnreadNotifications(java.util.function.IntSupplier counter) {
        int[] cached = {-1};
        this.unreadNotifications = () -> {
            if (cached[0] < 0) {
                cached[0] = counter.getAsInt();
            }
            return cached[0];
        };
        return this;
    }

    /** The signed-in user's unread notifications (0 for anonymous readers). */
    public int unreadNotifications() {
        return unreadNotifications.getAsInt();
    }

    /** The message for a key in the reader's language; the key itself when missing. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The message of a field's error, or null when the field has none. */
    public @Nullable String error(FormErrors errors, String field) {
        var error = errors.get(field);
        return error == null ? null : messages.getMessage(error, locale);
    }

    /** A one-time notice carried over a redirect ("Đã lưu"), as a message key. */
    public @Nullable String notice() {
        return noticeKey == null ? null : t(noticeKey);
    }

    Ui withProvince(Province province) {
        this.province = province;
        return this;
    }

    /** The province the platform serves (footer, contact); the default one where a page was built without it. */
    public Province province() {
        return province != null ? province : new Province("Tây Ninh", "", "", "");
    }

    Ui withNotice(@Nullable String key) {
        this.noticeKey = key;
        return this;
    }

    /**
     * A one-time error carried over a redirect, for requests refused before any controller could
     * show it on its own form (e.g. an upload over the size limit); null when there is none.
     */
    public @Nullable String flashError() {
        return flashErrorKey == null ? null : t(flashErrorKey, flashErrorArgs);
    }

    Ui withFlashError(@Nullable String key, Object @Nullable [] args) {
        this.flashErrorKey = key;
        this.flashErrorArgs = args == null ? new Object[0] : args.clone();
        return this;
    }

    Ui withUploadLimits(UploadTooLarge.UploadLimits limits) {
        this.uploadLimits = isAuthenticated() ? limits : null;
        return this;
    }

    /**
     * The upload limits for upload-limit.js, which refuses a file over them before it is sent:
     * the server can only refuse such a body unread, and the form's typed text with it. Null when
     * unknown, and for anonymous readers, who have no form to upload with (the portal's pages stay
     * as small as they were).
     */
    public @Nullable Long uploadFileMax() {
        return uploadLimits == null ? null : uploadLimits.fileBytes();
    }

    public @Nullable Long uploadRequestMax() {
        return uploadLimits == null ? null : uploadLimits.requestBytes();
    }

    public @Nullable String uploadFileMessage() {
        return uploadLimits == null ? null : t("upload.error.tooLarge", uploadLimits.fileMegabytes());
    }

    public @Nullable String uploadRequestMessage() {
        return uploadLimits == null ? null : t("upload.error.requestTooLarge", uploadLimits.requestMegabytes());
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean isVietnamese() {
        return "vi".equals(lang());
    }

    /** The current page in another language. */
    public String switchLanguageUrl(String language) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }

    public String path() {
        return path;
    }

    public boolean isActive(String prefix) {
        return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public boolean isAuthenticated() {
        return username != null;
    }

    public @Nullable String username() {
        return username;
    }

    public String displayName() {
        return displayName != null ? displayName : username != null ? username : "";
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : VietnameseFormats.date(date);
    }

    public String dateTime(@Nullable LocalDateTime dateTime) {
        return dateTime == null ? "" : VietnameseFormats.dateTime(dateTime);
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : VietnameseFormats.dateTime(LocalDateTime.ofInstant(instant, VIETNAM));
    }

    public String number(long value) {
        return VietnameseFormats.number(value);
    }

    public String money(@Nullable BigDecimal amount) {
        return VietnameseFormats.money(amount);
    }

    /** A file's size: "15,9 KB", never "15.919 B". */
    public String fileSize(long bytes) {
        return FileSizeFormatter.format(bytes);
    }
}
