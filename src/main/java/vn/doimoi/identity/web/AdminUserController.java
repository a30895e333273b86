package vn.doimoi.identity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** Administrators create, edit, disable users, give them roles and attach them to organisations. */
@Controller
class AdminUserController {

    static final int PAGE_SIZE = 50;

    private final UserAccounts users;
    private final Directory directory;

    AdminUserController(UserAccounts users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) UUID organisation, @PageSize(PAGE_SIZE) Paging paging, Model model) {
        List<UserSummary> shown = organisation == null ? users.all() : users.membersOf(organisation);
        model.addAttribute("users", PageOf.slice(shown, paging));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute(
                "organisation",
                organisation == null
                        ? null
                        : directory.organisation(organisation).orElse(null));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@RequestParam(required = false) UUID organisation, Model model) {
        UserForm form = UserForm.empty();
        if (organisation != null) {
            form = new UserForm("", "", "", "", java.util.EnumSet.of(Role.ORG_MEMBER), organisation, true, 0);
        }
        return form(model, null, form, FormErrors.none());
    }

    @PostMapping("/admin/users/new")
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding, e -> fieldOf(e))
                .unless(StringUtils.hasText(form.username()), "username", "NotBlank")
                .unless(StringUtils.hasText(form.password()), "password", "NotBlank")
                .run(
                        () -> {
                            users.create(form.username(), form.password(), form.data());
                            return PostRedirectGet.done(redirect, "/admin/users", "user.created");
                        },
                        errors -> form(model, null, form.withoutPassword(), errors));
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable UUID id, Model model) {
        UserAccounts.EditableUser user = users.editable(new UserId(id));
        return form(model, id, UserForm.of(user.user(), user.version()), FormErrors.none());
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding, e -> fieldOf(e))
                .run(
                        () -> {
                            if (StringUtils.hasText(form.password())) {
                                users.update(new UserId(id), form.version(), form.data(), form.password());
                            } else {
                                users.update(new UserId(id), form.version(), form.data());
                            }
                            return PostRedirectGet.done(redirect, "/admin/users", "user.saved");
                        },
                        errors -> form(model, id, form.withoutPassword(), errors));
    }

    private String form(Model model, @Nullable UUID id, UserForm form, FormErrors errors) {
        List<OrganisationSummary> organisations = directory.organisations();
        model.addAttribute("userId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("organisations", organisations);
        return "identity/user-form";
    }

    private static String fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "user.error.usernameFormat", "user.error.usernameTaken" -> "username";
            case "user.error.emailTaken" -> "email";
            case "user.error.passwordTooShort",
                    "user.error.passwordTooLong",
                    "user.error.passwordCommon",
                    "user.error.passwordContainsName" -> "password";
            case "user.error.memberNeedsOrganisation" -> "organisationId";
            default -> FormErrors.GLOBAL;
        };
    }
}
