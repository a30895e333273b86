package vn.doimoi.ecosystem.vouchers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.DateFormatter;
import vn.doimoi.shared.web.MoneyFormatter;

/** The signed-in user of the voucher pages, and the typed values of their one-field forms. */
@Component
class VoucherActors {

    private final Accounts accounts;

    VoucherActors(Accounts accounts) {
        this.accounts = accounts;
    }

    CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("error.401.detail"));
    }

    static BigDecimal money(@Nullable String text) {
        BigDecimal amount = MoneyFormatter.amount(text);
        if (amount == null || amount.signum() <= 0) {
            throw DomainException.invalid("vouchers.error.amount");
        }
        return amount;
    }

    static LocalDate date(@Nullable String text) {
        LocalDate date = DateFormatter.date(text);
        if (date == null) {
            throw DomainException.invalid("vouchers.error.date");
        }
        return date;
    }

    static long version(@Nullable String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("vouchers.error.changedMeanwhile");
        }
    }
}
