package vn.doimoi.shared.kept;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The numbers that change from one reader to the next (view counts, visitor statistics): counted
 * once per answer by {@link KeptPagesFilter}, whichever way the page was served, and written into
 * the page in place of its markers ({@code @@dm:<name>@@}).
 */
public interface ReaderNumbers {

    /**
     * Counts this request's visit and, when the page shows one record ({@link PageViews}), its
     * view; answers the numbers by marker name, already formatted.
     */
    Map<String, String> count(HttpServletRequest request, HttpServletResponse response, @Nullable UUID viewed);

    /** The numbers as they are, counting nothing (a page fetched by htmx is no visit). */
    Map<String, String> current(@Nullable UUID viewed);

    /** The tables these numbers are kept in: no page's data, so writing them makes no page stale. */
    Set<String> tables();
}
