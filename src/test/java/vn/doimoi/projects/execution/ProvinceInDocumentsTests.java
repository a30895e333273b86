package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.shared.Province;

/**
 * Issue 19, the province after 1/7/2025: its name is configuration (Tây Ninh by default), read by
 * the page footer and the generated documents; no Long An, no unchecked telephone number.
 */
@DoimoiSpringTest
class ProvinceInDocumentsTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskExecutions executions;

    @Autowired
    ExecutionDocuments documents;

    @Autowired
    MessageSource messages;

    @Autowired
    Directory directory;

    @Autowired
    TestUsers testUsers;

    @Test
    void everyPageNamesTheDepartmentOfTayNinhAndNoUncheckedContact() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String footer = home.substring(home.indexOf("<footer"));
        assertThat(footer)
                .contains("Sở Khoa học và Công nghệ tỉnh Tây Ninh")
                .doesNotContain("Long An")
                .doesNotContain("Điện thoại");
    }

    @Test
    void theContractNamesTheConfiguredProvinceInItsHeadingAndAsTheOrderingParty() throws Exception {
        // given a signed contract
        CurrentUser staff = TaskExecutionsTests.staff("canbo-tinh");
        UUID id = SignedTasks.inProgress(executions, staff, testUsers.organisation());
        TaskDetail task = executions.task(staff, id);

        // then, with the default configuration, its PDF is issued in Tây Ninh
        assertThat(SupervisionTests.pdfText(documents.contractPdf(task, VI)))
                .contains("UBND TỈNH TÂY NINH")
                .contains("Sở Khoa học và Công nghệ tỉnh Tây Ninh");

        // and a platform configured for another province writes that province, from the same code
        Province dongNai = new Province("Đồng Nai", "", "", "");
        String other = SupervisionTests.pdfText(new ContractDocument(messages, dongNai, directory).pdf(task, VI));
        assertThat(other)
                .contains("UBND TỈNH ĐỒNG NAI")
                .contains("Sở Khoa học và Công nghệ tỉnh Đồng Nai")
                .doesNotContain("Tây Ninh");
    }

    @Test
    void aProvinceMustBeNamed() {
        assertThat(new Province(" Tây Ninh ", "", "", "").nameInCapitals()).isEqualTo("TÂY NINH");
        assertThat(new Province("Tây Ninh", "", "", "").hasContact()).isFalse();
        assertThatThrownBy(() -> new Province("  ", "", "", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
