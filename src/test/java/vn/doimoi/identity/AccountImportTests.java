package vn.doimoi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.identity.user.UserAccounts;

@DoimoiSpringTest
class AccountImportTests {

    @Autowired
    AccountImport imports;

    @Autowired
    UserAccounts users;

    @Test
    void anAccountIsCreatedOnceAndAnExistingOneIsLeftAsItIs() {
        // given a roster with a new username
        String username = "nhap-" + UUID.randomUUID().toString().substring(0, 8);

        // when it is imported twice, the second time with another name
        imports.createIfAbsent(new ImportedAccount(
                username, "luc-binh-song-tien-57", "Lê Thị Nhập", username + "@example.vn", Set.of(Role.STAFF), null));
        imports.createIfAbsent(new ImportedAccount(
                username, "luc-binh-song-tien-57", "Tên khác", username + "@example.vn", Set.of(Role.EDITOR), null));

        // then there is one enabled account, as first imported
        assertThat(users.forLogin(username)).hasValueSatisfying(account -> {
            assertThat(account.displayName()).isEqualTo("Lê Thị Nhập");
            assertThat(account.enabled()).isTrue();
        });
    }
}
