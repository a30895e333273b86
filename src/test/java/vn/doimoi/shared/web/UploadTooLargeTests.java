package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to an upload over the limits, without a server: where a person is sent back to and
 * what they are told, and what an API client gets. (UploadLimitIT sends real bodies to Tomcat.)
 */
class UploadTooLargeTests {

    private final UploadTooLarge tooLarge = new UploadTooLarge(
            messages(), locales(), JsonMapper.builder().build(), DataSize.ofMegabytes(20), DataSize.ofMegabytes(25));

    @Test
    void aPersonIsSentBackToTheFormWithTheReasonAsAOneTimeError() throws Exception {
        MockHttpServletRequest request = post("/execution/tasks/1/acceptance");
        request.addHeader("Referer", "http://localhost/execution/tasks/1?tab=acceptance");
        MockHttpServletResponse response = new MockHttpServletResponse();

        tooLarge.answer(request, response, new MaxUploadSizeExceededException(-1));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/execution/tasks/1?tab=acceptance");
        FlashMap flash = flashOf(request);
        assertThat(flash.get(UploadTooLarge.FLASH_KEY)).isEqualTo("upload.error.tooLarge");
        assertThat(new Ui(
                                messages(),
                                java.util.Locale.forLanguageTag("vi"),
                                null,
                                null,
                                null,
                                java.util.Set.of(),
                                "/",
                                null)
                        .withFlashError((String) flash.get(UploadTooLarge.FLASH_KEY), (Object[])
                                flash.get(UploadTooLarge.FLASH_ARGS))
                        .flashError())
                .isEqualTo("Tệp quá lớn: tối đa 20 MB");
    }

    @Test
    void aRefererFromAnotherSiteSendsThePersonHomeNotAway() {
        MockHttpServletRequest request = post("/editor/images");
        request.addHeader("Referer", "https://example.com/phishing");
        assertThat(UploadTooLarge.back(request)).isEqualTo("/");

        MockHttpServletRequest noReferer = post("/editor/images");
        assertThat(UploadTooLarge.back(noReferer)).isEqualTo("/");

        MockHttpServletRequest schemeRelative = post("/editor/images");
        schemeRelative.addHeader("Referer", "//example.com/x");
        assertThat(UploadTooLarge.back(schemeRelative)).isEqualTo("/");
    }

    @Test
    void anApiClientGetsA413ProblemInVietnameseWithTheLimitItExceeded() throws Exception {
        MockHttpServletRequest request = post("/api/v1/organisations");
        MockHttpServletResponse response = new MockHttpServletResponse();

        tooLarge.answer(
                request,
                response,
                new MaxUploadSizeExceededException(
                        -1, new IllegalStateException(new SizeLimitExceededException("request too large"))));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":413")
                .contains("\"title\":\"Dữ liệu gửi lên quá lớn\"")
                .contains("\"detail\":\"Dữ liệu gửi lên quá lớn: tổng các tệp tối đa 25 MB\"");
    }

    @Test
    void anUploadOverTheLimitFoundBySpringMvcIsAnsweredTheSameWayForEveryController() throws Exception {
        // given a controller of any module whose multipart body Spring MVC finds too large
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new AnyController())
                .setControllerAdvice(new UploadLimitAdvice(tooLarge))
                .build();

        // when a person posts to it from its form
        var response = mvc.perform(
                        MockMvcRequestBuilders.post("/any/upload").header("Referer", "http://localhost/any/form"))
                .andReturn()
                .getResponse();

        // then they are sent back to the form
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/any/form");
    }

    /**
     * Stands for any module's controller. Nested in a test class, it is never scanned into the
     * application (Spring Boot's TestTypeExcludeFilter), so the authorisation matrix does not see it.
     */
    @Controller
    static class AnyController {
        @PostMapping("/any/upload")
        String upload() {
            throw new MaxUploadSizeExceededException(20L * 1024 * 1024);
        }
    }

    /** Named as Tomcat's exception for a request over {@code max-request-size}. */
    static class SizeLimitExceededException extends Exception {
        SizeLimitExceededException(String message) {
            super(message);
        }
    }

    private static MockHttpServletRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServerName("localhost");
        return request;
    }

    private static FlashMap flashOf(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var maps = (java.util.List<FlashMap>)
                request.getSession().getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(maps).hasSize(1);
        return maps.get(0);
    }

    /** As WebConfiguration: Vietnamese unless the reader chose English. */
    private static CookieLocaleResolver locales() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("doimoi_lang");
        resolver.setDefaultLocale(java.util.Locale.forLanguageTag("vi"));
        return resolver;
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages");
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(java.util.Locale.forLanguageTag("vi"));
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
