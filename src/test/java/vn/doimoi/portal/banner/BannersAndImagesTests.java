package vn.doimoi.portal.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/** Editors upload images (checked by content) and place banners; readers see active banners. */
@DoimoiSpringTest
class BannersAndImagesTests {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImageIsStoredByItsHashAndServed() throws Exception {
        String editor = testUsers.create(Role.EDITOR);

        String page = mvc.perform(MockMvcRequestBuilders.multipart("/editor/images")
                        .file(new MockMultipartFile("image", "anh.png", "image/png", PNG))
                        .with(csrf())
                        .with(user(testUsers.principal(editor))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("/files/[0-9a-f]{64}\\.png");
        String url = page.replaceAll("(?s).*(/files/[0-9a-f]{64}\\.png).*", "$1");
        MockHttpServletResponse file =
                mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("image/png");
        assertThat(file.getContentAsByteArray()).isEqualTo(PNG);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() throws Exception {
        String editor = testUsers.create(Role.EDITOR);

        String page = mvc.perform(MockMvcRequestBuilders.multipart("/editor/images")
                        .file(new MockMultipartFile(
                                "image", "anh.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .with(csrf())
                        .with(user(testUsers.principal(editor))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Tệp không phải ảnh PNG, JPEG, GIF hoặc WebP.");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/files/../../etc/passwd"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(400, 404);
    }

    @Test
    void anActiveBannerShowsOnTheHomeAndIsAudited() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        String title = "Sàn giao dịch công nghệ " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(MockMvcRequestBuilders.multipart("/editor/banners")
                .file(new MockMultipartFile("image", "banner.png", "image/png", PNG))
                .param("title", title)
                .param("link", "https://techmart.vn")
                .param("position", "SIDE")
                .param("activeFrom", LocalDate.now().minusDays(1).toString())
                .with(csrf())
                .with(user(testUsers.principal(editor))));

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("alt=\"" + title + "\"")
                .contains("href=\"https://techmart.vn\"");
        List<String> actions = jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'portal.banner' and after_json like ?",
                String.class,
                "%" + title + "%");
        assertThat(actions).containsExactly("banner.created");
    }

    @Test
    void aLargeBannerPhotographIsScaledDownToTheWidthOfItsSlot() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        String title = "Techfest " + UUID.randomUUID().toString().substring(0, 6);
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(3000, 1000, 1);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "png", png);

        mvc.perform(MockMvcRequestBuilders.multipart("/editor/banners")
                .file(new MockMultipartFile("image", "techfest.png", "image/png", png.toByteArray()))
                .param("title", title)
                .param("position", "SIDE")
                .param("activeFrom", LocalDate.now().minusDays(1).toString())
                .with(csrf())
                .with(user(testUsers.principal(editor))));

        String home = mvc.perform(MockMvcRequestBuilders.get("/"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = home.replaceAll("(?s).*src=\"(/files/[0-9a-f]{64}\\.png)\" alt=\"" + title + "\".*", "$1");
        byte[] stored = mvc.perform(MockMvcRequestBuilders.get(url))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.awt.image.BufferedImage served = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(served.getWidth()).isEqualTo(480);
        assertThat(served.getHeight()).isEqualTo(160);
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertThat(StoredFiles.imageType(PNG)).contains("png");
        assertThat(StoredFiles.imageType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains("jpg");
        assertThat(StoredFiles.imageType("GIF89a".getBytes())).contains("gif");
        assertThat(StoredFiles.imageType("<svg onload=alert(1)>".getBytes())).isEmpty();
    }
}
