package vn.doimoi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.rules.ExtensionRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.rules.book.DraftEdit;
import vn.doimoi.rules.book.RuleDrafts;
import vn.doimoi.shared.DomainException;

/**
 * Issue 19 (ADR 0051): the rules are dated versions the Department keeps. The shipped versions change
 * on 1/10/2025 (Law 93/2025); STAFF drafts, edits and publishes a version in the browser; a published
 * version is final; a new version applies from its start only, so decisions already taken keep theirs.
 * Versions published here start decades ahead, so the other tests, which decide today, never see them.
 */
@DoimoiSpringTest
class RuleVersionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    RuleDrafts drafts;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedVersionsChangeOnTheDayLaw93CameIntoForce() {
        assertThat(ruleSets.inForce(LocalDate.of(2024, 6, 1)).id()).isEqualTo("TT20-2023");
        assertThat(ruleSets.inForce(LocalDate.of(2025, 10, 1)).id()).isEqualTo("ND267-2025");
        assertThat(ruleSets.identificationInForce(LocalDate.of(2025, 9, 30)).id())
                .isEqualTo("XD-TT33-2014");
        assertThat(ruleSets.identificationInForce(LocalDate.of(2026, 12, 1)).id())
                .isEqualTo("XD-ND267-2025");
        assertThat(ruleSets.acceptanceCouncilFor(LocalDate.of(2025, 9, 30)).version())
                .isEqualTo("TT11-2014-HĐ");
        assertThat(ruleSets.acceptanceCouncilFor(LocalDate.of(2025, 10, 1)).version())
                .isEqualTo("HĐ-ND267-2025");
        assertThat(ruleSets.gradingFor(LocalDate.of(2025, 9, 30)).version()).isEqualTo("TT11-2014");
        assertThat(ruleSets.riskAcceptanceFor(LocalDate.of(2025, 9, 30))
                        .values()
                        .acceptsRisk())
                .isFalse();
        assertThat(ruleSets.riskAcceptanceFor(LocalDate.of(2025, 10, 1))
                        .values()
                        .acceptsRisk())
                .isTrue();
        // a decision recorded under the old version still reads it by its code
        assertThat(ruleSets.get("TT20-2023").validFrom()).isEqualTo(LocalDate.of(2023, 11, 1));
        // the 2025 council values no text confirmed are the Department's, marked unverified
        assertThat(ruleSets.get("ND267-2025").isUnverified("quorum.numerator")).isTrue();
        assertThat(ruleSets.riskAcceptanceFor(LocalDate.of(2026, 1, 1)).verified())
                .isTrue();
    }

    @Test
    void staffDraftsEditsAndPublishesAVersionInTheBrowserAndOnlyLaterDecisionsUseIt() throws Exception {
        String staff = testUsers.create(Role.STAFF);
        String base = "/staff/rules/task-extension/ND267-2025";
        Document page = html(base, staff);
        assertThat(page.select("#values").text())
                .contains("Số tháng tối đa mỗi lần gia hạn")
                .contains("12");
        assertThat(page.select("#values .badge").text()).contains("Chưa xác minh");

        // STAFF drafts a version from the one in force
        mvc.perform(as(staff, post(base + "/drafts").param("code", "GH-2046")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/rules/task-extension/GH-2046"))
                .andExpect(flash().attribute("notice", "rules.drafted"));
        Document draft = html("/staff/rules/task-extension/GH-2046", staff);
        assertThat(draft.select("#version-status").text()).isEqualTo("Dự thảo");
        assertThat(draft.select("#edit-form input[name=values[1].path]").attr("value"))
                .isEqualTo("maxExtensionMonths");

        // sets each value with its source, one of them now confirmed by a text, and its legal basis
        mvc.perform(as(staff, post("/staff/rules/task-extension/GH-2046"))
                        .param(
                                "rowVersion",
                                draft.select("#edit-form input[name=rowVersion]")
                                        .attr("value"))
                        .param("title", "Gia hạn nhiệm vụ (quyết định của UBND tỉnh năm 2046)")
                        .param("citation", "Quyết định 99/2045/QĐ-UBND, Điều 12")
                        .param("url", "https://vbpl.vn/tayninh/99-2045")
                        .param("values[0].path", "maxExtensions")
                        .param("values[0].value", "2")
                        .param("values[0].source", "Quyết định 99/2045/QĐ-UBND, Điều 12 khoản 1")
                        .param("values[1].path", "maxExtensionMonths")
                        .param("values[1].value", "6")
                        .param("values[1].unverified", "true"))
                .andExpect(flash().attribute("notice", "rules.saved"));
        Document edited = html("/staff/rules/task-extension/GH-2046", staff);
        assertThat(edited.select("input[name=values[0].value]").attr("value")).isEqualTo("2");
        assertThat(edited.select("input[name=values[0].unverified]").hasAttr("checked"))
                .isFalse();
        assertThat(edited.select("input[name=values[1].unverified]").hasAttr("checked"))
                .isTrue();

        // and publishes it from a day ahead
        mvc.perform(as(staff, post("/staff/rules/task-extension/GH-2046/publish"))
                        .param(
                                "rowVersion",
                                edited.select("#publish-form input[name=rowVersion]")
                                        .attr("value"))
                        .param("validFrom", "2046-01-01"))
                .andExpect(flash().attribute("notice", "rules.published"));

        // a task approved from then on gets the new rule; one approved today keeps the one in force
        assertThat(ruleSets.extensionFor(LocalDate.of(2046, 3, 1)).values()).isEqualTo(new ExtensionRule(2, 6));
        assertThat(ruleSets.extensionFor(LocalDate.of(2046, 3, 1)).sourceOf("maxExtensions"))
                .isEqualTo("Quyết định 99/2045/QĐ-UBND, Điều 12 khoản 1");
        assertThat(ruleSets.extensionFor(LocalDate.of(2046, 3, 1)).isUnverified("maxExtensionMonths"))
                .isTrue();
        assertThat(ruleSets.extensionFor(LocalDate.now()).code()).isEqualTo("ND267-2025");
        assertThat(ruleSets.extensionFor(LocalDate.now()).values()).isEqualTo(new ExtensionRule(1, 12));
        assertThat(ruleSets.extensionFor(LocalDate.now()).validUntil()).isEqualTo(LocalDate.of(2045, 12, 31));
        assertThat(html("/staff/rules", staff).select("#task-extension").text())
                .contains("GH-2046")
                .contains("01/01/2046")
                .contains("31/12/2045");

        // a published version is final: an edit is refused and nothing changes
        mvc.perform(as(staff, post("/staff/rules/task-extension/GH-2046"))
                        .param("rowVersion", "2")
                        .param("title", "Sửa sau khi ban hành")
                        .param("citation", "x")
                        .param("values[0].path", "maxExtensions")
                        .param("values[0].value", "9"))
                .andExpect(flash().attribute("problem", "rules.error.publishedIsFinal"));
        assertThat(ruleSets.extensionFor(LocalDate.of(2046, 3, 1)).values().maxExtensions())
                .isEqualTo(2);

        // and every step is in the audit trail
        assertThat(jdbc.sql("SELECT action FROM identity.audit_log WHERE entity_type = 'rules.rule_version'"
                                + " AND entity_id = 'task-extension/GH-2046' ORDER BY seq")
                        .query(String.class)
                        .list())
                .containsExactly("rules.version.drafted", "rules.version.edited", "rules.version.published");
    }

    @Test
    void badDraftsArePublishedNeverAndRefusedInVietnamese() throws Exception {
        CurrentUser staff = new CurrentUser(
                testUsers.id(testUsers.create(Role.STAFF)), "canbo-quy-dinh", EnumSet.of(Role.STAFF), null);
        drafts.draftFrom(staff, "acceptance-grading", "ND267-2025", "XL-2047");
        assertThatThrownBy(() -> drafts.draftFrom(staff, "acceptance-grading", "ND267-2025", "XL-2047"))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.codeTaken");
        assertThatThrownBy(() -> drafts.draftFrom(staff, "acceptance-grading", "ND267-2025", "<script>"))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.code");
        long row = drafts.row("acceptance-grading", "XL-2047").rowVersion();

        assertThatThrownBy(() -> edit(staff, Map.of("quantityVolumeShare", "ba phần tư"), row))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.notANumber");
        assertThatThrownBy(() -> edit(staff, Map.of("quantityVolumeShare", "1.5"), row))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.values");
        assertThatThrownBy(() -> edit(staff, Map.of("passTotal", "50"), row))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.unknownValue");
        edit(staff, Map.of("quantityVolumeShare", "0,8"), row);
        assertThatThrownBy(() -> edit(staff, Map.of("quantityVolumeShare", "0.7"), row))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.changedMeanwhile");

        long now = drafts.row("acceptance-grading", "XL-2047").rowVersion();
        assertThatThrownBy(() -> drafts.publish(staff, "acceptance-grading", "XL-2047", LocalDate.of(2020, 1, 1), now))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.publishInPast");
        drafts.publish(staff, "acceptance-grading", "XL-2047", LocalDate.of(2047, 1, 1), now);
        assertThat(ruleSets.gradingFor(LocalDate.of(2047, 1, 2)).quantityVolumeShare())
                .isEqualByComparingTo("0.8");

        // a version may not slip in before one already published
        drafts.draftFrom(staff, "acceptance-grading", "ND267-2025", "XL-2046");
        long other = drafts.row("acceptance-grading", "XL-2046").rowVersion();
        assertThatThrownBy(
                        () -> drafts.publish(staff, "acceptance-grading", "XL-2046", LocalDate.of(2046, 6, 1), other))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.laterVersion");
        drafts.deleteDraft(staff, "acceptance-grading", "XL-2046");

        // only the Department keeps the rules
        CurrentUser member = new CurrentUser(staff.id(), "thanh-vien", EnumSet.of(Role.ORG_MEMBER), null);
        assertThatThrownBy(() -> drafts.draftFrom(member, "acceptance-grading", "ND267-2025", "XL-2048"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.staffOnly");
        String enterprise = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        mvc.perform(get("/staff/rules").with(user(testUsers.principal(enterprise))))
                .andExpect(status().isForbidden());
    }

    @Test
    void hostileInputOnTheRulePagesIsRefusedNeverAnError() throws Exception {
        String staff = testUsers.create(Role.STAFF);
        mvc.perform(as(staff, get("/staff/rules/no-such-kind/X"))).andExpect(status().isNotFound());
        mvc.perform(as(staff, get("/staff/rules/task-extension/NO-SUCH"))).andExpect(status().isNotFound());
        mvc.perform(as(staff, post("/staff/rules/task-extension/ND267-2025/publish"))
                        .param("validFrom", "31/02/2046")
                        .param("rowVersion", "x"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(302, 400));
        mvc.perform(as(staff, post("/staff/rules/task-extension/ND267-2025/drafts"))
                        .param("code", "GH-XSS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(staff, post("/staff/rules/task-extension/GH-XSS"))
                        .param("rowVersion", "0")
                        .param("title", "t")
                        .param("citation", "c")
                        .param("values[0].path", "maxExtensions[0].a")
                        .param("values[0].value", "<b>1</b>"))
                .andExpect(flash().attribute("problem", "rules.error.unknownValue"));
        mvc.perform(as(staff, post("/staff/rules/task-extension/GH-XSS"))
                        .param("rowVersion", "0")
                        .param("title", "t")
                        .param("citation", "c")
                        .param("url", "javascript:alert(1)"))
                .andExpect(flash().attribute("problem", "rules.error.url"));
    }

    private void edit(CurrentUser staff, Map<String, String> values, long rowVersion) {
        drafts.edit(
                staff,
                "acceptance-grading",
                "XL-2047",
                new DraftEdit("Xếp loại 2047", "Quyết định 1/2046/QĐ-UBND", null, null, values, Map.of(), Set.of()),
                rowVersion);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(testUsers.principal(username))).with(csrf());
    }

    private Document html(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(testUsers.principal(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
