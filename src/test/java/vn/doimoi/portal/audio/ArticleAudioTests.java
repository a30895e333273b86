package vn.doimoi.portal.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;

/** Publishing an article makes its audio in the background, in each voice, with espeak-ng. */
@DoimoiSpringTest
class ArticleAudioTests {

    @Autowired
    ArticleAudio audio;

    @Autowired
    Articles articles;

    @Autowired
    MockMvc mvc;

    @Test
    void aPublishedArticleCanBeHeardInTheSouthernVoice() throws Exception {
        Assumptions.assumeTrue(
                audio.available() || Boolean.getBoolean("browser.required"),
                "espeak-ng is not installed: apt-get install espeak-ng lame");
        assertThat(audio.available())
                .as("espeak-ng is required where browser tests are")
                .isTrue();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID category = articles.createCategory("Nghe đọc " + marker, 95);
        UUID id = articles.create(new ArticleData(
                "Sở KH&CN triển khai Chương trình 54-CTr/TU " + marker,
                null,
                "<p>Ngày 08/4/2024, chi 2% ngân sách cho KH&CN.</p>",
                null,
                category));
        String slug = articles.editable(id).slug();
        String path = "/news/" + slug + "/audio/SOUTH";
        assertThat(status(path)).isEqualTo(404);

        articles.publish(id, articles.editable(id).version());

        MockHttpServletResponse response = null;
        for (int i = 0; i < 600; i++) { // up to 2 minutes: six voices, and the seed article's audio queued ahead
            response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
            if (response.getStatus() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(audio.mediaType());
        assertThat(response.getContentAsByteArray().length).isGreaterThan(1000);
        assertThat(status("/news/" + slug + "/audio/NORTH")).isEqualTo(200);

        // the southern female voice (offered first, made first) is there and is not the male voice
        MockHttpServletResponse female = mvc.perform(
                        MockMvcRequestBuilders.get("/news/" + slug + "/audio/SOUTH_FEMALE"))
                .andReturn()
                .getResponse();
        assertThat(female.getStatus()).isEqualTo(200);
        assertThat(female.getContentAsByteArray()).isNotEqualTo(response.getContentAsByteArray());
    }

    @Test
    void theArticlePageOffersTheSouthernFemaleVoiceFirstAndEveryVoiceBeside() throws Exception {
        Assumptions.assumeTrue(audio.available(), "espeak-ng is not installed: apt-get install espeak-ng lame");
        String seed = mvc.perform(MockMvcRequestBuilders.get("/news/by-id/6a1f3c1e-0000-4000-8000-000000000101"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(MockMvcRequestBuilders.get(seed))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsSubsequence(
                        "Giọng nữ miền Nam",
                        "Giọng nam miền Nam",
                        "Giọng nữ miền Bắc",
                        "Giọng nam miền Bắc",
                        "Giọng nữ miền Trung",
                        "Giọng nam miền Trung");
    }

    private int status(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
