package vn.doimoi.identity.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/**
 * A new installation has no one to sign in: create the first administrator, with the password
 * from {@code DOIMOI_ADMIN_PASSWORD} (which must pass the password policy, or the start fails) or a
 * random one of 20 characters printed once in the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts users;
    private final IdentityProperties properties;
    private final MessageSource messages;

    FirstAdministrator(UserAccounts users, IdentityProperties properties, MessageSource messages) {
        this.users = users;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdministrator()) {
            return;
        }
        boolean given = StringUtils.hasText(properties.adminPassword());
        String password;
        if (given) {
            password = properties.adminPassword();
            try {
                create(password);
            } catch (DomainException e) {
                // The same password policy as every other account (ADR 0030): a weak password given
                // by the operator stops the start, saying why, rather than open a weak admin account.
                throw new IllegalStateException(
                        "DOIMOI_ADMIN_PASSWORD (doimoi.identity.admin-password) bị từ chối / is refused: "
                                + messages.getMessage(e.messageKey(), e.arguments(), VietnameseText.VIETNAMESE)
                                + " / "
                                + messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH),
                        e);
            }
        } else {
            password = randomPassword();
        }
        if (given) {
            log.info(
                    "Tạo tài khoản quản trị đầu tiên '{}' với mật khẩu từ DOIMOI_ADMIN_PASSWORD.",
                    properties.adminUsername());
        } else {
            log.warn(
                    "\n=== Tài khoản quản trị đầu tiên / First administrator ===\n  Tên đăng nhập / username: {}\n  Mật khẩu / password: {}\n  (chỉ in một lần / printed only once: hãy đổi mật khẩu sau khi đăng nhập)\n",
                    properties.adminUsername(),
                    password);
        }
    }

    /** A random password that passes the policy (a random one could, rarely, contain "admin"). */
    private String randomPassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            try {
                create(password.toString());
                return password.toString();
            } catch (DomainException e) {
                log.debug("A random first password was refused by the policy ({}); drawing another.", e.messageKey());
            }
        }
    }

    private void create(String password) {
        users.create(
                properties.adminUsername(),
                password,
                new UserAccounts.UserData(
                        "Quản trị hệ thống",
                        properties.adminUsername() + "@doimoi.local",
                        EnumSet.of(Role.ADMIN),
                        null,
                        true));
    }
}
