package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.Province;

/** Builds the {@link Ui} of a request; error pages use it too, outside any controller. */
@Component
public class UiFactory {

    private final MessageSource messages;
    private final ObjectProvider<InboxCounter> inboxCounter;
    private final UploadTooLarge.UploadLimits uploadLimits;
    private final Province province;

    UiFactory(
            MessageSource messages,
            ObjectProvider<InboxCounter> inboxCounter,
            UploadTooLarge uploadTooLarge,
            Province province) {
        this.messages = messages;
        this.inboxCounter = inboxCounter;
        this.uploadLimits = uploadTooLarge.limits();
        this.province = province;
    }

    public Ui create(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = null;
        String displayName = null;
        Set<String> roles = new HashSet<>();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            username = authentication.getName();
            displayName = authentication.getPrincipal() instanceof DisplayNamed named ? named.displayName() : username;
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith("ROLE_")) {
                    roles.add(name.substring(5));
                }
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        if (forwarded instanceof String original) {
            path = original;
        }
        java.util.Map<String, ?> flash =
                org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(PostRedirectGet.NOTICE);
        Object errorKey = flash == null ? null : flash.get(PostRedirectGet.PROBLEM);
        Object errorArgs = flash == null ? null : flash.get(PostRedirectGet.PROBLEM_ARGS);
        Ui ui = new Ui(
                        messages,
                        LocaleContextHolder.getLocale(),
                        csrf,
                        username,
                        displayName,
                        roles,
                        path.isEmpty() ? "/" : path,
                        request.getQueryString())
                .withNotice(notice instanceof String key ? key : null)
                // A refusal flashed by PostRedirectGet comes as a key with its arguments; pages that
                // still flash a text of their own under the same name show it themselves.
                .withFlashError(
                        errorKey instanceof String key && errorArgs instanceof Object[] ? key : null,
                        errorArgs instanceof Object[] args ? args : null)
                .withUploadLimits(uploadLimits)
                .withProvince(province);
        InboxCounter counter = inboxCounter.getIfAvailable();
        if (username != null && counter != null) {
            String user = username;
            ui.withUnreadNotifications(() -> counter.unreadFor(user));
        }
        return ui;
    }

    /** A principal that has a name to show in the page header. */
    public interface DisplayNamed {
        String displayName();
    }
}
