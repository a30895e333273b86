package vn.doimoi.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.shared.DomainException;

/**
 * The one post-redirect-get step of every form that changes one thing and goes back to a page
 * (ADR 0038): run the action, then redirect with a one-time message. Its vocabulary is the whole
 * site's: flash {@value #NOTICE} holds the message key of a success, {@value #PROBLEM} and
 * {@value #PROBLEM_ARGS} the key and arguments of a refusal; the page layout shows both, a
 * refusal as an error, never as a success notice. A missing record or a lost sign-in is not a
 * refusal of the form: it stays an error page.
 */
public final class PostRedirectGet {

    /** Flash attribute: the message key of what was done ("Đã lưu"). */
    public static final String NOTICE = "notice";

    /** Flash attribute: the message key of why it was not done. */
    public static final String PROBLEM = "problem";

    /** Flash attribute: the arguments of {@link #PROBLEM}'s message. */
    public static final String PROBLEM_ARGS = "problemArgs";

    private PostRedirectGet() {}

    /** Runs {@code action}; flashes {@code noticeKey}, or the refusal, and redirects to {@code target}. */
    public static String act(RedirectAttributes redirect, String target, String noticeKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute(NOTICE, noticeKey);
        } catch (DomainException e) {
            if (e.isNotFound() || e.kind() == DomainException.Kind.SIGN_IN_NEEDED) {
                throw e;
            }
            problem(redirect, e);
        }
        return redirect(target);
    }

    /** Flashes a refusal to be shown on the next page. */
    public static void problem(RedirectAttributes redirect, DomainException refusal) {
        problem(redirect, refusal.messageKey(), refusal.arguments());
    }

    /** Flashes a refusal, by message key, to be shown on the next page. */
    public static void problem(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(PROBLEM, messageKey);
        redirect.addFlashAttribute(PROBLEM_ARGS, args);
    }

    /** Flashes a success notice and redirects. */
    public static String done(RedirectAttributes redirect, String target, String noticeKey) {
        redirect.addFlashAttribute(NOTICE, noticeKey);
        return redirect(target);
    }

    /** The view name that redirects the browser to {@code target}. */
    public static String redirect(String target) {
        return "redirect:" + target;
    }
}
