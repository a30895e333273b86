package vn.doimoi.projects.councils.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.shared.web.PostRedirectGet;

/** The one way an acceptance sheet, online or from paper, is taken from a bound form. */
final class AcceptanceSheets {

    private AcceptanceSheets() {}

    /**
     * Keeps the sheet, or with a grade missing or unknown says that every product needs its
     * grades (the page shows the form again with what was saved); then back to {@code page}.
     */
    static String submit(
            BindingResult binding, RedirectAttributes redirect, String page, String notice, Runnable keep) {
        if (binding.hasErrors()) {
            PostRedirectGet.problem(redirect, "acceptance.error.everyProduct");
            return PostRedirectGet.redirect(page);
        }
        return PostRedirectGet.act(redirect, page, notice, keep);
    }
}
