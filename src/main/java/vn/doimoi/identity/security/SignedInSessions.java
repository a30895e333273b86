package vn.doimoi.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.function.Predicate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.user.UserAccounts;

/**
 * The signed-in session of the current request, renewed from the account or ended (ADR 0029).
 * The principal is kept in the HTTP session, so a change to the account reaches the session only
 * by replacing it there.
 */
@Component
public class SignedInSessions {

    private final UserAccounts users;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    // The same repositories Spring Security reads the context from by default.
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SignedInSessions(UserAccounts users) {
        this.users = users;
    }

    /**
     * Replaces the principal of this request and its session with one loaded afresh from the
     * account, so this very request already sees the new roles and organisation. False when there
     * is no signed-in user, or the account is gone or disabled.
     */
    public boolean renew(HttpServletRequest request, HttpServletResponse response) {
        return renewIf(request, response, account -> true);
    }

    /** Renews only with an account that passes {@code still}, read in the same load as the rest. */
    boolean renewIf(
            HttpServletRequest request, HttpServletResponse response, Predicate<UserAccounts.LoginAccount> still) {
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof DoimoiPrincipal principal)) {
            return false;
        }
        var account = users.forSession(principal.id())
                .filter(UserAccounts.LoginAccount::enabled)
                .filter(still);
        if (account.isEmpty()) {
            return false;
        }
        DoimoiPrincipal fresh = new DoimoiPrincipal(account.get());
        fresh.eraseCredentials();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return true;
    }

    /** Signs the session out: nothing of it (principal, CSRF token) serves another request. */
    void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        holder.clearContext();
    }
}
