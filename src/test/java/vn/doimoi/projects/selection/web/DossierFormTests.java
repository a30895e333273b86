package vn.doimoi.projects.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.BudgetLineView;

/**
 * The dossier form binds its budget lines by index ({@code items[n].name}, Vietnamese money): a
 * dossier keeps as many lines as the applicant types, and money that is not money is the
 * sender's error (400), never a 500.
 */
@DoimoiSpringTest
class DossierFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Selection selection;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TestUsers testUsers;

    @Test
    void aDossierKeepsEveryBudgetLineTypedAndOffersOneMoreRow() throws Exception {
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        UUID dossier = draftDossier(member);

        // when the applicant saves seven budget lines, more than the form's first five rows
        MockHttpServletRequestBuilder save = post("/dossiers/" + dossier + "/edit")
                .param("version", String.valueOf(version(member, dossier)))
                .param("objectives", "Chọn tạo giống lúa chịu mặn")
                .param("durationMonths", "18")
                .with(user(testUsers.principal(member)))
                .with(csrf());
        for (int i = 0; i < 7; i++) {
            save.param("items[" + i + "].name", "Khoản chi " + (i + 1))
                    .param("items[" + i + "].state", "1.500.000")
                    .param("items[" + i + "].other", i == 0 ? "250 000 ₫" : "");
        }
        mvc.perform(save)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier))
                .andExpect(flash().attribute("notice", "dossier.saved"));

        // then all seven are kept, read the Vietnamese way, and the form offers an eighth row
        List<BudgetLineView> budget =
                as(member, () -> dossiers.dossier(dossier)).budget();
        assertThat(budget).hasSize(7);
        assertThat(budget.get(6).item()).isEqualTo("Khoản chi 7");
        assertThat(budget.get(0).stateAmount()).isEqualByComparingTo(new BigDecimal("1500000"));
        assertThat(budget.get(0).otherAmount()).isEqualByComparingTo(new BigDecimal("250000"));
        assertThat(budget.get(1).otherAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        String form = mvc.perform(get("/dossiers/" + dossier + "/edit").with(user(testUsers.principal(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"items[7].name\"").doesNotContain("name=\"items[8].name\"");
    }

    @Test
    void moneyThatIsNotMoneyIsTheSendersError() throws Exception {
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        UUID dossier = draftDossier(member);

        mvc.perform(post("/dossiers/" + dossier + "/edit")
                        .param("version", String.valueOf(version(member, dossier)))
                        .param("items[0].name", "Thuê khoán")
                        .param("items[0].state", "một tỷ")
                        .with(user(testUsers.principal(member)))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(as(member, () -> dossiers.dossier(dossier)).budget()).isEmpty();
    }

    private UUID draftDossier(String member) {
        String staff = testUsers.create(Role.STAFF);
        UUID call = as(staff, () -> {
            UUID id = selection.createCall(new CallData(
                    "Giống lúa chịu mặn " + UUID.randomUUID(),
                    TaskType.RESEARCH_TOPIC,
                    SelectionMethod.COMPETITION,
                    "Giống lúa chịu mặn cho vùng ven biển",
                    "Tổ chức KH&CN có tư cách pháp nhân",
                    "Mẫu 1, Mẫu 2",
                    List.of(),
                    null,
                    new BigDecimal("900000000"),
                    18,
                    LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30),
                    null,
                    List.of(new CallData.Product(
                            null, "Giống lúa", "1 giống", List.of(new ProductSpec("Độ mặn", "‰", "≥ 4"))))));
            selection.openCall(id, selection.call(id).version());
            return id;
        });
        return as(member, () -> dossiers.startDossier(call));
    }

    private long version(String member, UUID dossier) {
        return as(member, () -> dossiers.dossier(dossier)).version();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
