package vn.doimoi.identity.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.user.UserAccounts;

/**
 * A new installation has no one to sign in: create the first administrator, with the password
 * from {@code DOIMOI_ADMIN_PASSWORD} or a random one printed once in the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts users;
    private final IdentityProperties properties;

    FirstAdministrator(UserAccounts users, IdentityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdministrator()) {
            return;
        }
        boolean given = StringUtils.hasText(properties.adminPassword());
        String password = given ? properties.adminPassword() : randomPassword();
        users.create(
                properties.adminUsername(),
                password,
                new UserAccounts.UserData(
                        "Quản trị hệ thống",
                        properties.adminUsername() + "@doimoi.local",
                        EnumSet.of(Role.ADMIN),
                        null,
                        true));
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

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
