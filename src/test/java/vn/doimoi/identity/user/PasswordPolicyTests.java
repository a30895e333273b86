package vn.doimoi.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.doimoi.shared.DomainException;

/** ASVS 2.1 on the bundled list, without Spring. */
class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = new PasswordPolicy(new CommonPasswords());

    @Test
    void theBundledListHoldsAtLeastOneHundredThousandPasswords() {
        assertThat(POLICY.listSize()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertRefused("Ngắn-quá-1", "lan", "Nguyễn Thị Lan", "user.error.passwordTooShort");
        assertThatCode(() -> POLICY.check("mây-trắng-bay", "lan", "Nguyễn Thị Lan"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAPasswordFromTheListOfBreachedPasswordsWhateverItsCase() {
        assertRefused("password1234", "lan", "Nguyễn Thị Lan", "user.error.passwordCommon");
        assertRefused("IloveYou1234", "lan", "Nguyễn Thị Lan", "user.error.passwordCommon");
        assertRefused("qwertyuiop123", "lan", "Nguyễn Thị Lan", "user.error.passwordCommon");
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertRefused("Doanhnghiep#2026", "doanhnghiep", "Phạm Quốc Bảo", "user.error.passwordContainsName");
        assertRefused("my-ADMIN-password", "admin", "Quản trị hệ thống", "user.error.passwordContainsName");
    }

    @Test
    void refusesAPasswordContainingThePersonsNameWithDiacriticsFolded() {
        // "Phượng" in the name catches "PHUONG" and "phượng" in the password
        assertRefused("PHUONG-yeu-bien-88", "ntphuong", "Nguyễn Thị Phượng", "user.error.passwordContainsName");
        assertRefused("mùa-thu-phượng-đỏ", "ntp", "Nguyễn Thị Phượng", "user.error.passwordContainsName");
        // and "Đạt" folds to "dat", the whole name without spaces too
        assertRefused("huynhtandat!!99", "moigioi", "Huỳnh Tấn Đạt", "user.error.passwordContainsName");
    }

    @Test
    void acceptsALongUncommonPasswordWithoutTheName() {
        assertThatCode(() -> POLICY.check("sông-Vàm-Cỏ-mùa-nước-nổi", "lan", "Nguyễn Thị Lan"))
                .doesNotThrowAnyException();
        // short parts of a name ("Thị", "Lan") are too common to refuse
        assertThatCode(() -> POLICY.check("hoa-lan-thi-sang-2026", "ntl", "Nguyễn Thị Lan"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThanBcryptReads() {
        assertRefused("ầ".repeat(25), "lan", "Nguyễn Thị Lan", "user.error.passwordTooLong");
    }

    private static void assertRefused(String password, String username, String name, String messageKey) {
        assertThatThrownBy(() -> POLICY.check(password, username, name))
                .isInstanceOf(DomainException.class)
                .hasMessage(messageKey);
    }
}
