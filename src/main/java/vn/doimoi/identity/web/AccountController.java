package vn.doimoi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.security.SignedInSessions;
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;

/** A signed-in user's own account: changing the password. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final UserAccounts users;
    private final SignedInSessions sessions;

    AccountController(Accounts accounts, UserAccounts users, SignedInSessions sessions) {
        this.accounts = accounts;
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            errors = errors.with("confirmPassword", "account.error.passwordsDiffer");
        }
        if (errors.isEmpty()) {
            CurrentUser me = accounts.current().orElseThrow();
            try {
                users.changeOwnPassword(me.id(), form.currentPassword(), form.newPassword());
                // The new password ends the user's other sessions (ADR 0029); this one carries on,
                // under a new id so a session id seen before the change no longer works.
                sessions.renew(request, response);
                request.changeSessionId();
                redirect.addFlashAttribute("notice", "account.passwordChanged");
                return "redirect:/account/password";
            } catch (DomainException e) {
                errors = errors.with(
                        "account.error.wrongPassword".equals(e.messageKey()) ? "currentPassword" : "newPassword",
                        e.messageKey(),
                        e.arguments());
            }
        }
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("errors", errors);
        return "identity/password";
    }
}
