package vn.doimoi.identity.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/**
 * What a new password must be (OWASP ASVS 2.1, ADR 0030): long enough, not on the list of common
 * and breached passwords, and not built from the account's own username or the person's name.
 * Applied wherever a password is set: an administrator creating or resetting, the user changing
 * their own, and the first administrator.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** bcrypt reads only the first 72 bytes and Spring Security refuses longer ones. */
    public static final int MAX_BYTES = 72;

    /** Shorter parts of a name ("thi", "van", "le") are in too many passwords to refuse. */
    private static final int MIN_NAME_PART = 4;

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Refuses the password with a {@link DomainException} naming the first rule it breaks. */
    void check(@Nullable String password, String username, @Nullable String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalid("user.error.passwordTooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw DomainException.invalid("user.error.passwordTooLong", MAX_BYTES);
        }
        if (common.contains(password)) {
            throw DomainException.invalid("user.error.passwordCommon");
        }
        String folded = alphanumeric(password);
        for (String part : nameParts(username, displayName)) {
            if (folded.contains(part)) {
                throw DomainException.invalid("user.error.passwordContainsName");
            }
        }
    }

    int listSize() {
        return common.size();
    }

    /**
     * The username and the name whole, and their words of four letters or more, all folded
     * (lower case, no diacritics, letters and digits only) so "Hoà" in the name catches "HOA" and
     * "hoà" in the password.
     */
    private static List<String> nameParts(String username, @Nullable String displayName) {
        List<String> parts = new ArrayList<>();
        for (String source : new String[] {username, displayName}) {
            if (source == null || source.isBlank()) {
                continue;
            }
            String whole = alphanumeric(source);
            if (whole.length() >= 3) {
                parts.add(whole);
            }
            for (String word : NOT_ALPHANUMERIC.split(VietnameseText.fold(source))) {
                if (word.length() >= MIN_NAME_PART) {
                    parts.add(word);
                }
            }
        }
        return parts;
    }

    private static String alphanumeric(String text) {
        return NOT_ALPHANUMERIC.matcher(VietnameseText.fold(text)).replaceAll("");
    }
}
