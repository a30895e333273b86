package vn.doimoi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;

/** The editors' desk tells which drafts are waiting for their scheduled time, and when. */
@DoimoiSpringTest
class EditorDeskTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    TestUsers testUsers;

    @Test
    void aScheduledDraftShowsItsPublicationTimeInVietnamTimeOnTheDesk() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        String marker = "hd" + UUID.randomUUID().toString().substring(0, 6);
        UUID category = articles.createCategory("Lịch đăng " + marker, 81);
        UUID id = articles.create(
                new ArticleData("Hội chợ công nghệ " + marker, null, "<p>Nội dung</p>", null, category));
        LocalDateTime at =
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).atTime(LocalTime.of(9, 15));
        articles.schedule(id, articles.editable(id).version(), at);

        String desk = mvc.perform(
                        MockMvcRequestBuilders.get("/editor/articles").with(user(testUsers.principal(editor))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String row = desk.substring(desk.indexOf("Hội chợ công nghệ " + marker));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("Bản nháp")
                .contains("Đã hẹn xuất bản lúc")
                .contains(String.format("%02d/%02d/%d 09:15", at.getDayOfMonth(), at.getMonthValue(), at.getYear()));
    }
}
