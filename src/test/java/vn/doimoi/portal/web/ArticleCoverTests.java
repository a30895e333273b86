package vn.doimoi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;

/** An editor gives an article a cover; readers see it on the page, in lists and in og:image. */
@DoimoiSpringTest
class ArticleCoverTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "cv" + UUID.randomUUID().toString().substring(0, 6);

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theCoverIsShownOnTheArticleItsCategoryListAndInOpenGraph() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        UUID category = articles.createCategory("Ảnh bìa " + marker, 80);
        UUID id = articles.create(
                new ArticleData("Khánh thành phòng thí nghiệm " + marker, null, "<p>Nội dung</p>", null, category));

        mvc.perform(MockMvcRequestBuilders.multipart("/editor/articles/" + id + "/cover")
                .file(new MockMultipartFile("cover", "bia.txt", "text/plain", photo()))
                .param("version", String.valueOf(articles.editable(id).version()))
                .with(csrf())
                .with(user(testUsers.principal(editor))));
        articles.publish(id, articles.editable(id).version());

        String cover = articles.editable(id).coverUrl();
        assertThat(cover).matches("/files/[0-9a-f]{64}\\.jpg");
        String slug = articles.editable(id).slug();
        String page = mvc.perform(MockMvcRequestBuilders.get("/news/" + slug))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<meta property=\"og:image\" content=\"http://localhost:8080" + cover + "\">")
                .contains("<figure class=\"article-cover\"><img src=\"" + cover + "\"");
        String list = mvc.perform(MockMvcRequestBuilders.get("/news/category/"
                        + articles.category(articles.categories().stream()
                                        .filter(c -> c.id().equals(category))
                                        .findFirst()
                                        .orElseThrow()
                                        .slug())
                                .orElseThrow()
                                .slug()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).containsPattern("class=\"thumbnail\"[^>]*><img src=\"/files/[0-9a-f]{64}\\.jpg\"");
        BufferedImage large =
                ImageIO.read(new java.io.ByteArrayInputStream(mvc.perform(MockMvcRequestBuilders.get(cover))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()));
        assertThat(large.getWidth()).isEqualTo(1200);

        List<String> actions = jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'portal.article' and entity_id = ? order by seq",
                String.class,
                id.toString());
        assertThat(actions).contains("article.coverChanged");
    }

    @Test
    void aCoverThatIsNotAnImageIsRefusedWithAMessageInVietnamese() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        UUID category = articles.createCategory("Ảnh bìa lỗi " + marker, 80);
        UUID id = articles.create(new ArticleData("Bài không ảnh " + marker, null, "<p>Nội dung</p>", null, category));

        String page = mvc.perform(MockMvcRequestBuilders.multipart("/editor/articles/" + id + "/cover")
                        .file(new MockMultipartFile("cover", "bia.jpg", "image/jpeg", "GIF89a-not-really".getBytes()))
                        .param("version", String.valueOf(articles.editable(id).version()))
                        .with(csrf())
                        .with(user(testUsers.principal(editor))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Không đọc được ảnh");
        assertThat(articles.editable(id).coverUrl()).isNull();
    }
}
