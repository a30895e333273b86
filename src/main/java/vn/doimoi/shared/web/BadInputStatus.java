package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because its input was hostile (a choice it does not offer, a malformed id:
 * see {@link FormValues}) answers 400, not 200: the handlers keep rendering their form with the
 * field marked, and this sets the status before the page is written (ADR 0033). A value a bound
 * form field could not read (text in a money field, a bad date, an unknown choice: a
 * {@code typeMismatch}) is such input too (ADR 0038).
 */
class BadInputStatus implements HandlerInterceptor {

    private static final String MARK = BadInputStatus.class.getName();

    /** Notes that the current request carried hostile input; its form, if shown again, answers 400. */
    static void mark() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(MARK, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || response.isCommitted() || isRedirect(modelAndView)) {
            return;
        }
        boolean hostile = request.getAttribute(MARK) != null;
        for (Object value : modelAndView.getModel().values()) {
            if (value instanceof FormErrors errors && errors.hasHostileInput()) {
                hostile = true;
            }
        }
        if (hostile) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        String name = modelAndView.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
    }

    /** Whether an error is one only hostile input causes. */
    static boolean isHostile(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        if (codes == null) {
            return false;
        }
        for (String code : codes) {
            if (code.startsWith("error.input.") || code.equals("error.badParameter") || code.equals("typeMismatch")) {
                return true;
            }
        }
        return false;
    }
}
