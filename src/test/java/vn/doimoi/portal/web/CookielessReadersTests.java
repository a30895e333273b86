package vn.doimoi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.stats.PortalCounters;

/**
 * A client that never returns the visitor cookie gets a new id on every request; it must not
 * become a new reader each time (3,623 views from one address in 7 s, issue 16).
 */
@DoimoiSpringTest
class CookielessReadersTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    PortalCounters counters;

    @Test
    void repeatedRequestsWithoutCookiesFromOneAddressAndAgentCountOnce() throws Exception {
        // given a published article
        String slug = publishedArticle();
        UUID id = articles.published(slug).orElseThrow().summary().id();

        // when one address sends twenty requests with the same agent and never a cookie
        for (int i = 0; i < 20; i++) {
            assertThat(open(slug, "198.51.100.7", BROWSER, null).getStatus()).isEqualTo(200);
        }

        // then that is one view
        assertThat(counters.views(id)).isEqualTo(1);
    }

    @Test
    void anotherUserAgentOrAnotherAddressIsAnotherReader() throws Exception {
        // given one cookie-less reader's view
        String slug = publishedArticle();
        UUID id = articles.published(slug).orElseThrow().summary().id();
        open(slug, "198.51.100.8", BROWSER, null);

        // when the same address opens it with another agent, and another address with the first
        open(slug, "198.51.100.8", PHONE, null);
        open(slug, "198.51.100.8", PHONE, null);
        open(slug, "198.51.100.9", BROWSER, null);

        // then each (address, agent) counted once
        assertThat(counters.views(id)).isEqualTo(3);
    }

    @Test
    void aNewReadersReloadWithTheCookieItWasGivenDoesNotCountAgain() throws Exception {
        // given a first visit, without a cookie yet, which counts and sets one
        String slug = publishedArticle();
        UUID id = articles.published(slug).orElseThrow().summary().id();
        String setCookie = open(slug, "198.51.100.10", BROWSER, null).getHeader("Set-Cookie");
        assertThat(setCookie).startsWith(Visitors.COOKIE + "=");
        String given = setCookie.substring(Visitors.COOKIE.length() + 1, setCookie.indexOf(';'));

        // when the reader reloads, now sending the cookie
        open(slug, "198.51.100.10", BROWSER, given);

        // then it is still one view
        assertThat(counters.views(id)).isEqualTo(1);
    }

    @Test
    void aBrowserThatDroppedItsCookieStaysOneReaderWhenItSendsTheNewOneBack() throws Exception {
        // given a reader counted once, who then drops the cookie and opens the article again
        String slug = publishedArticle();
        UUID id = articles.published(slug).orElseThrow().summary().id();
        open(slug, "198.51.100.11", BROWSER, null);
        String setCookie = open(slug, "198.51.100.11", BROWSER, null).getHeader("Set-Cookie");
        String given = setCookie.substring(Visitors.COOKIE.length() + 1, setCookie.indexOf(';'));

        // when the browser reloads with the cookie it was given that time
        open(slug, "198.51.100.11", BROWSER, given);

        // then the new cookie is the same reader, not a second view
        assertThat(counters.views(id)).isEqualTo(1);
    }

    private String publishedArticle() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID category = articles.createCategory("Không cookie " + marker, 73);
        UUID id =
                articles.create(new ArticleData("Tin không cookie " + marker, null, "<p>Nội dung</p>", null, category));
        articles.publish(id, articles.editable(id).version());
        return articles.editable(id).slug();
    }

    private MockHttpServletResponse open(String slug, String address, String agent, String cookie) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get("/news/" + slug)
                .header("User-Agent", agent)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (cookie != null) {
            request.cookie(new Cookie(Visitors.COOKIE, cookie));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
