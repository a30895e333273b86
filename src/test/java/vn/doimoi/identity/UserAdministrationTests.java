package vn.doimoi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.user.UserAccounts;

/** An administrator manages users through the pages, and bad input is explained in Vietnamese. */
@DoimoiSpringTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccounts users;

    @Test
    void anAdministratorCreatesAMemberOfAnOrganisation() throws Exception {
        // given
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));
        UUID organisation = testUsers.organisation();
        String username = "thanhvien-" + UUID.randomUUID().toString().substring(0, 6);

        // when
        var response = mvc.perform(MockMvcRequestBuilders.post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("password", "mat-khau-du-dai")
                        .param("displayName", "Trần Văn Thành")
                        .param("email", username + "@doanhnghiep.vn")
                        .param("roles", "ORG_MEMBER")
                        .param("organisationId", organisation.toString())
                        .param("enabled", "true")
                        .param("version", "0"))
                .andReturn()
                .getResponse();

        // then
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(users.membersOf(organisation))
                .extracting(UserSummary::username)
                .containsExactly(username);
    }

    @Test
    void badInputIsExplainedInVietnameseAndNothingIsSaved() throws Exception {
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));
        String username = "ngan-" + UUID.randomUUID().toString().substring(0, 6);

        var response = mvc.perform(MockMvcRequestBuilders.post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("password", "ngan")
                        .param("displayName", "Người Dùng")
                        .param("email", "khong-phai-email")
                        .param("version", "0"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(users.forLogin(username)).isEmpty();
    }

    @Test
    void twoAdministratorsEditingTheSameUserCannotOverwriteEachOther() throws Exception {
        // given two administrators open the same user's form (version v)
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));
        String username = testUsers.create(Role.EDITOR);
        UserId id = testUsers.id(username);
        long version = users.editable(id).version();

        // when the first saves, then the second saves the form loaded before
        var first = save(admin, id, version, "Tên do người thứ nhất sửa");
        var second = save(admin, id, version, "Tên do người thứ hai sửa");

        // then the second is told, and the first change stays
        assertThat(first.getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("vừa được người khác sửa");
        assertThat(users.find(id).orElseThrow().displayName()).isEqualTo("Tên do người thứ nhất sửa");
    }

    @Test
    void aCommonPasswordIsRefusedInVietnameseWithThePasswordFieldMarked() throws Exception {
        // given
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));
        String username = "thuong-" + UUID.randomUUID().toString().substring(0, 6);

        // when an administrator gives a new user a password from the breached list
        var response = mvc.perform(MockMvcRequestBuilders.post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("password", "iloveyou1234")
                        .param("displayName", "Lê Thị Thường")
                        .param("email", username + "@test.doimoi.vn")
                        .param("roles", "EXPERT")
                        .param("enabled", "true")
                        .param("version", "0"))
                .andReturn()
                .getResponse();

        // then the form comes back with the field marked, and no one is created
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"password-error\"")
                .contains("Mật khẩu này quá phổ biến hoặc đã bị lộ");
        assertThat(users.forLogin(username)).isEmpty();
    }

    @Test
    void anEditWithAPasswordContainingTheNameSavesNothing() throws Exception {
        // given
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));
        String username = testUsers.create(Role.EDITOR);
        UserId id = testUsers.id(username);
        long version = users.editable(id).version();

        // when an administrator renames the user and sets a password made of the new name
        var response = mvc.perform(MockMvcRequestBuilders.post("/admin/users/" + id)
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "Trương Văn Hưởng")
                        .param("password", "HUONG-truong-2026")
                        .param("email", "editor-" + id + "@test.doimoi.vn")
                        .param("roles", "EDITOR")
                        .param("enabled", "true")
                        .param("version", Long.toString(version)))
                .andReturn()
                .getResponse();

        // then the password is refused in Vietnamese and the new name is not saved either
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"password-error\"")
                .contains("Mật khẩu không được chứa tên đăng nhập hay họ tên");
        assertThat(users.find(id).orElseThrow().displayName()).isEqualTo("Người dùng EDITOR");
    }

    private org.springframework.mock.web.MockHttpServletResponse save(
            org.springframework.security.core.userdetails.UserDetails admin, UserId id, long version, String name)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/admin/users/" + id)
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", name)
                        .param("email", "editor-" + id + "@test.doimoi.vn")
                        .param("roles", "EDITOR")
                        .param("enabled", "true")
                        .param("version", Long.toString(version)))
                .andReturn()
                .getResponse();
    }
}
