package vn.doimoi.market.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.shared.DomainException;

/**
 * The marketplace's form posts that change one thing and go back to a page: run the action, put
 * the success notice (or the refusal's message) in the flash, redirect. A 404 stays an error page.
 */
final class PostRedirect {

    private PostRedirect() {}

    static String run(RedirectAttributes redirect, String notice, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            redirect.addFlashAttribute("notice", e.messageKey());
        }
        return "redirect:" + target;
    }
}
