package vn.doimoi.shared.kept;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which record a page is the view of: a controller names it, and {@link KeptPagesFilter} counts
 * the view, whether the page is rendered now or served as kept.
 */
public final class PageViews {

    private static final String ATTRIBUTE = PageViews.class.getName() + ".viewed";

    private PageViews() {}

    public static void viewing(HttpServletRequest request, UUID record) {
        request.setAttribute(ATTRIBUTE, record);
    }

    static @Nullable UUID viewed(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof UUID record ? record : null;
    }
}
