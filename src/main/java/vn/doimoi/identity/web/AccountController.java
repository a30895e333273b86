package vn.doimoi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.security.SignInAttempts;
import vn.doimoi.identity.security.SignedInSessions;
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.PostRedirectGet;

/** A signed-in user's own account: changing the password. */
@Controller
class AccountController {

    private static final String WRONG_PASSWORD = "account.error.wrongPassword";

    private final Accounts accounts;
    private final UserAccounts users;
    private final SignInAttempts attempts;
    private final SignedInSessions sessions;

    AccountController(Accounts accounts, UserAccounts users, SignInAttempts attempts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.users = users;
        this.attempts = attempts;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "identity/password";
    }

    /**
     * The current password is a password guess like a sign-in (ADR 0030): a stolen session must
     * not become a way round the throttle, so it is throttled, counted and audited the same way.
     */
    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            errors = errors.with("confirmPassword", "account.error.passwordsDiffer");
        }
        if (errors.isEmpty()) {
            CurrentUser me = accounts.current().orElseThrow();
            OptionalLong wait = attempts.refusal(request, me.username());
            if (wait.isPresent()) {
                errors = errors.with("currentPassword", "login.error.throttled", wait.getAsLong());
            } else {
                errors = change(me, form, request, errors);
                if (errors.isEmpty()) {
                    // The new password ends the user's other sessions (ADR 0029); this one carries on,
                    // under a new id so a session id seen before the change no longer works.
                    sessions.renew(request, response);
                    request.changeSessionId();
                    return PostRedirectGet.done(redirect, "/account/password", "account.passwordChanged");
                }
            }
        }
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("errors", errors);
        return "identity/password";
    }

    private FormErrors change(CurrentUser me, PasswordForm form, HttpServletRequest request, FormErrors errors) {
        try {
            users.changeOwnPassword(me.id(), form.currentPassword(), form.newPassword());
            attempts.succeeded(request, me.username());
            return errors;
        } catch (DomainException e) {
            if (WRONG_PASSWORD.equals(e.messageKey())) {
                attempts.failed(request, me.username(), "wrongCurrentPassword");
                return errors.with("currentPassword", e.messageKey(), e.arguments());
            }
            return errors.with("newPassword", e.messageKey(), e.arguments());
        }
    }
}
