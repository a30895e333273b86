package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.market.MarketFixture.Party;

/**
 * The deal's "contract signed" form is bound by the shared formatters (ADR 0038): text in the
 * money field, a day that does not exist and a direction the form does not offer answer 400 with
 * a Vietnamese message, never 500, and the deal is not touched.
 */
@DoimoiSpringTest
class DealFormBindingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MarketFixture fixture;

    @Test
    void textInTheMoneyFieldAnswers400InVietnamese() throws Exception {
        MockHttpServletResponse response = sign("signedOn", "2026-12-31", "value", "một tỷ");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("không hợp lệ cho tham số").contains("value");
    }

    @Test
    void aDayThatDoesNotExistAnswers400InVietnamese() throws Exception {
        MockHttpServletResponse response = sign("signedOn", "31/02/2026", "value", "1.234.567");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("không hợp lệ cho tham số").contains("signedOn");
    }

    @Test
    void aDirectionTheFormDoesNotOfferAnswers400InVietnamese() throws Exception {
        MockHttpServletResponse response =
                sign("signedOn", "2026-12-31", "value", "1.234.567", "direction", "SANG_SAO_HOA");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("không hợp lệ cho tham số").contains("direction");
    }

    private MockHttpServletResponse sign(String... fields) throws Exception {
        Party member = fixture.member();
        var request = post("/market/deals/" + UUID.randomUUID() + "/signed")
                .param("version", "0")
                .with(csrf())
                .with(user(testUsers.principal(member.username())));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
