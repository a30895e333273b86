package vn.doimoi.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Every proof of a password, the sign-in form and the change-password form alike (ADR 0030): asks
 * the throttle before the password is checked, counts failures, and writes each failure to the
 * audit trail with the name that was tried and the client's address.
 */
@Component
public class SignInAttempts {

    static final String FAILED = "login.failed";
    static final String ENTITY = "identity.login";

    /** Control characters (NUL above all) cannot be stored; the audit columns hold 100 characters. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private static final int MAX_NAME = 100;

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    SignInAttempts(LoginThrottle throttle, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.throttle = throttle;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * How many seconds this client must wait before proving a password for this name, rounded up
     * so "try again in N seconds" is never too early; empty when it may now.
     */
    public OptionalLong refusal(HttpServletRequest request, String name) {
        Optional<Duration> wait = throttle.refusal(request.getRemoteAddr(), name);
        return wait.isEmpty() ? OptionalLong.empty() : OptionalLong.of(seconds(wait.get()));
    }

    /** A wrong password (or an unknown, disabled account): counted, and kept in the audit trail. */
    public void failed(HttpServletRequest request, String name, String reason) {
        String address = request.getRemoteAddr();
        throttle.failed(address, name);
        String tried = auditable(name);
        // The audit trail names the actor from the security context. Nobody is signed in yet, so
        // for this one record the actor is the name that was tried; the context is never saved to
        // a session and is put back at once.
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext attempt = SecurityContextHolder.createEmptyContext();
        attempt.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(tried, null, List.of()));
        SecurityContextHolder.setContext(attempt);
        try {
            transactions.executeWithoutResult(status -> audit.record(
                    FAILED, ENTITY, tried, null, Map.of("address", String.valueOf(address), "reason", reason)));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The right password: this client's own failures are forgotten. */
    public void succeeded(HttpServletRequest request, String name) {
        throttle.succeeded(request.getRemoteAddr(), name);
    }

    static long seconds(Duration wait) {
        long seconds = wait.toSeconds();
        return wait.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }

    static String auditable(String name) {
        String clean = name == null ? "" : CONTROL.matcher(name).replaceAll("").strip();
        if (clean.isEmpty()) {
            return "?";
        }
        if (clean.length() > MAX_NAME) {
            int end = clean.offsetByCodePoints(0, clean.codePointCount(0, MAX_NAME - 1));
            clean = clean.substring(0, end);
        }
        return clean;
    }
}
