package vn.doimoi.ecosystem.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/** The initiative pages as a visitor, an author, another user, an expert and STAFF use them. */
@DoimoiSpringTest
class InitiativePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    InitiativeFixture fixture;

    @Autowired
    Initiatives initiatives;

    @Autowired
    ReviewCouncils councils;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHonourRollAndTheCertificateArePublicAndTheExportIsStaffs() throws Exception {
        String title = "Bảng vàng " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = fixture.recognised(users.create(Role.ORG_MEMBER), title);

        String roll = mvc.perform(get("/ecosystem/initiatives"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(roll).contains("Bảng vàng sáng kiến").contains(title).contains("77/QĐ-UBND");
        MvcResult pdf = mvc.perform(get("/ecosystem/initiatives/" + id + "/certificate.pdf"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(InitiativeFixture.text(pdf.getResponse().getContentAsByteArray()))
                .contains(title);

        String json = mvc.perform(get("/staff/ecosystem/initiatives/export.json")
                        .with(user(users.principal(users.create(Role.STAFF)))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"format\":\"doimoi-initiatives/1\"")
                .contains(title)
                .contains("\"sharePercent\":70");
        mvc.perform(get("/staff/ecosystem/initiatives/export.json")
                        .with(user(users.principal(users.create(Role.ORG_MEMBER)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDeclarationWhoseSharesDoNotAddUpIsShownAgainWithTheReasonAndAnotherUserCannotTouchIt() throws Exception {
        String author = users.create(Role.EXPERT);
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of(
                "authorName", "Võ Thị Sáng",
                "title", "Sổ tay số cho tổ hợp tác",
                "field", "Nông nghiệp",
                "description", "Ghi chép mùa vụ trên điện thoại",
                "scope", "Các tổ hợp tác của xã",
                "appliedSince", "01/02/2025",
                "economicBenefit", "45.000.000",
                "socialBenefit", "",
                "authorShare", "60"));
        form.put("version", "0");
        form.put("coAuthorNames", "Lý Văn Hai");
        form.put("coAuthorShares", "30");
        String again = mvc.perform(post(form, "/ecosystem/initiatives/new", author))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Tỷ lệ đóng góp cộng lại là 90%").contains("Sổ tay số cho tổ hợp tác");
        form.put("economicBenefit", "bốn mươi");
        assertThat(mvc.perform(post(form, "/ecosystem/initiatives/new", author))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Số tiền không hợp lệ");

        form.put("economicBenefit", "45.000.000");
        form.put("authorShare", "70");
        String location = mvc.perform(post(form, "/ecosystem/initiatives/new", author))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/ecosystem/initiatives/");
        String page = mvc.perform(get(location).with(user(users.principal(author))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("45.000.000 ₫").contains("01/02/2025").contains("Lý Văn Hai (30%)");

        String other = users.create(Role.ORG_MEMBER);
        mvc.perform(get(location).with(user(users.principal(other)))).andExpect(status().isForbidden());
        mvc.perform(post(form, location + "/edit", other)).andExpect(status().isForbidden());
    }

    @Test
    void aSeatedExpertOpensTheReviewCouncilPageAndAnOutsiderCannot() throws Exception {
        UUID id = fixture.declared(users.create(Role.ORG_MEMBER), "Trang hội đồng " + UUID.randomUUID());
        fixture.signInAs(users.create(Role.STAFF));
        initiatives.accept(id, initiatives.get(id).version());
        UUID council = initiatives.sendToCouncil(id, initiatives.get(id).version(), null);
        InitiativeFixture.Expert expert = fixture.expert(null);
        councils.seat(council, councils.council(council).version(), Map.of(expert.personId(), ReviewRole.CHAIR));
        SecurityContextHolder.clearContext();

        String page = mvc.perform(get("/review-councils/" + council).with(user(users.principal(expert.username()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("declare-form").contains("Trang hội đồng");
        String me = mvc.perform(get("/me").with(user(users.principal(expert.username()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(me).contains("/review-councils/" + council);
        mvc.perform(get("/review-councils/" + council).with(user(users.principal(users.create(Role.EXPERT)))))
                .andExpect(status().isForbidden());
        mvc.perform(post(Map.of(), "/review-councils/" + council + "/start", expert.username()))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(
            Map<String, String> form, String path, String username) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(csrf())
                .with(user(users.principal(username)));
        form.forEach(request::param);
        return request;
    }
}
