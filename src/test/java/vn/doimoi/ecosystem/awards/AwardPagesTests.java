package vn.doimoi.ecosystem.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/** The award pages as a visitor, a member, another member and STAFF use them, with hostile input. */
@DoimoiSpringTest
class AwardPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AwardFixture fixture;

    @Autowired
    Nominations nominations;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHonourRollAndCertificateArePublicAndTheNominationIsTheNominatorsOrStaffs() throws Exception {
        String member = users.create(Role.ORG_MEMBER);
        String achievement = "Lò sấy tiết kiệm " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixture.awarded(member, achievement);
        fixture.signInAs(member);
        UUID round = nominations.get(id).roundId();
        SecurityContextHolder.clearContext();

        String rounds = body(mvc.perform(get("/ecosystem/awards")).andExpect(status().isOk()));
        assertThat(rounds)
                .contains("Giải thưởng khoa học và công nghệ cấp tỉnh")
                .contains(achievement);
        String roll = body(mvc.perform(get("/ecosystem/awards/" + round)).andExpect(status().isOk()));
        assertThat(roll)
                .contains("Bảng vinh danh")
                .contains(achievement)
                .contains("88/QĐ-UBND")
                .contains("/ecosystem/awards/nominations/" + id + "/certificate.pdf");
        assertThat(mvc.perform(get("/ecosystem/awards/nominations/" + id + "/certificate.pdf"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("application/pdf");

        // an awarded nomination is readable by others, its evidence files are not
        String other = users.create(Role.ORG_MEMBER);
        mvc.perform(get("/ecosystem/awards/nominations/" + id).with(user(users.principal(other))))
                .andExpect(status().isOk());
        mvc.perform(get("/ecosystem/awards/nominations/" + id + "/files/0").with(user(users.principal(other))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ecosystem/awards/nominations/" + id + "/files/0").with(user(users.principal(member))))
                .andExpect(status().isOk());
        mvc.perform(get("/ecosystem/awards/nominations/" + id + "/files/9").with(user(users.principal(member))))
                .andExpect(status().isNotFound());
    }

    @Test
    void garbageInTheFormsIsShownBackInVietnameseAndOthersAreRefused() throws Exception {
        String staff = users.create(Role.STAFF);
        String member = users.create(Role.ORG_MEMBER);
        UUID round = fixture.openRound(staff, "Đợt trang " + UUID.randomUUID());
        SecurityContextHolder.clearContext();

        // STAFF's new round with an unreadable year and dates: the form again with the errors, no 500
        String shown = body(mvc.perform(post("/staff/ecosystem/awards")
                        .with(user(users.principal(staff)))
                        .with(csrf())
                        .param("title", "")
                        .param("year", "hai nghìn")
                        .param("opensOn", "31/02/2026")
                        .param("closesOn", "<script>")
                        .param("categories", "NO_SUCH"))
                .andExpect(status().isBadRequest()));
        assertThat(shown).contains("Năm giải thưởng không hợp lệ").contains("Ngày không hợp lệ");
        String noCategory = body(mvc.perform(post("/staff/ecosystem/awards")
                        .with(user(users.principal(staff)))
                        .with(csrf())
                        .param("title", "Đợt thử")
                        .param("year", "2026")
                        .param("opensOn", "01/01/2026")
                        .param("closesOn", "01/02/2026"))
                .andExpect(status().isBadRequest()));
        assertThat(noCategory).contains("Cần chọn ít nhất một hạng mục");

        // a member's nomination with a forged kind and an empty achievement
        String form = body(mvc.perform(post("/ecosystem/awards/" + round + "/nominate")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("category", "SCIENTIST")
                        .param("nomineeKind", "ROBOT"))
                .andExpect(status().isBadRequest()));
        assertThat(form).contains("Hạng mục này không nhận đối tượng được đề cử đã chọn");
        String empty = body(mvc.perform(post("/ecosystem/awards/" + round + "/nominate")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("category", "SCIENTIST")
                        .param("nomineeKind", "PERSON")
                        .param("personName", "Lê Thị Hạnh")
                        .param("achievement", "")
                        .param("summary", "Tóm tắt"))
                .andExpect(status().isBadRequest()));
        assertThat(empty).contains("Cần nêu công trình, thành tích");

        // an expert cannot nominate, a member cannot open rounds, a visitor is sent to sign in
        mvc.perform(get("/ecosystem/awards/" + round + "/nominate")
                        .with(user(users.principal(users.create(Role.EXPERT)))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/ecosystem/awards").with(user(users.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ecosystem/awards/my")).andExpect(status().is3xxRedirection());

        // a member nominates through the form and lands on the nomination; STAFF see the form to open rounds
        String location = mvc.perform(post("/ecosystem/awards/" + round + "/nominate")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("category", "SCIENTIST")
                        .param("nomineeKind", "PERSON")
                        .param("personName", "Lê Thị Hạnh")
                        .param("achievement", "Chế phẩm vi sinh xử lý rơm rạ")
                        .param("summary", "Ứng dụng trên 5.000 ha lúa"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/ecosystem/awards/nominations/");
        assertThat(body(mvc.perform(get(location).with(user(users.principal(member))))
                        .andExpect(status().isOk())))
                .contains("Lê Thị Hạnh")
                .contains("Đã gửi, chờ Sở xét");
        mvc.perform(get(location).with(user(users.principal(users.create(Role.ORG_MEMBER)))))
                .andExpect(status().isForbidden());
        assertThat(body(mvc.perform(get("/staff/ecosystem/awards/" + round).with(user(users.principal(staff))))
                        .andExpect(status().isOk())))
                .contains("Lê Thị Hạnh")
                .contains("Tiếp nhận");
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
