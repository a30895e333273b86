package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.doimoi.shared.Paging;

class PagingArgumentResolverTests {

    private final PagingArgumentResolver resolver = new PagingArgumentResolver();

    @SuppressWarnings("unused")
    void fifty(@PageSize(50) Paging paging) {}

    @SuppressWarnings("unused")
    void plain(Paging paging) {}

    @Test
    void noParametersAreTheFirstPageOfTheHandlersSize() throws Exception {
        assertThat(resolve("fifty", new MockHttpServletRequest())).isEqualTo(new Paging(0, 50));
        assertThat(resolve("plain", new MockHttpServletRequest())).isEqualTo(new Paging(0, 20));
    }

    @Test
    void pageAndSizeAreReadAndClampedAsPagingDoes() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("page", "3");
        request.addParameter("size", "1000");

        assertThat(resolve("fifty", request)).isEqualTo(new Paging(3, Paging.MAX_SIZE));
    }

    @Test
    void anEmptyValueIsNoValue() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("page", "");
        request.addParameter("size", "");

        assertThat(resolve("fifty", request)).isEqualTo(new Paging(0, 50));
    }

    @Test
    void aPageThatIsNoNumberIsRefusedAsARequestParameterWouldBe() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("page", "abc");

        assertThatThrownBy(() -> resolve("fifty", request))
                .isInstanceOfSatisfying(
                        MethodArgumentTypeMismatchException.class,
                        e -> assertThat(e.getName()).isEqualTo("page"));
    }

    private Paging resolve(String method, MockHttpServletRequest request) throws Exception {
        Method handler = getClass().getDeclaredMethod(method, Paging.class);
        MethodParameter parameter = new MethodParameter(handler, 0);
        assertThat(resolver.supportsParameter(parameter)).isTrue();
        return resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
    }
}
