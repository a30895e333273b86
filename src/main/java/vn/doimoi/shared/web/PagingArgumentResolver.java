package vn.doimoi.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.doimoi.shared.Paging;

/**
 * Binds a handler's {@link Paging} from {@code ?page=} (0 when absent) and {@code ?size=} (the
 * {@link PageSize} when absent, else {@value #DEFAULT_SIZE}), so that a list handler names its
 * page size once instead of two request parameters. A value that is not a whole number is refused
 * as a {@code @RequestParam int} is, with a {@link MethodArgumentTypeMismatchException} (400, ADR
 * 0054); Paging then clamps what is out of range.
 */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

    static final int DEFAULT_SIZE = 20;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        PageSize pageSize = parameter.getParameterAnnotation(PageSize.class);
        int defaultSize = pageSize == null ? DEFAULT_SIZE : pageSize.value();
        return new Paging(number(request, parameter, "page", 0), number(request, parameter, "size", defaultSize));
    }

    private static int number(NativeWebRequest request, MethodParameter parameter, String name, int absent) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new MethodArgumentTypeMismatchException(value, Integer.class, name, parameter, e);
        }
    }
}
