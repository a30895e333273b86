package vn.doimoi.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form. */
record PasswordForm(
        @NotBlank String currentPassword,
        @NotBlank String newPassword,
        @NotBlank String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
