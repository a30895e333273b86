package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the Department writes of a programme.
 *
 * @param budget the whole programme's money, VND
 * @param maxGrant the most one enterprise may be granted, VND
 * @param voucherMonths how long a voucher of the programme may be spent, from its grant
 * @param documents the legal basis and forms, one a line, as the public page lists them
 */
public record ProgrammeData(
        String title,
        ProgrammeKind kind,
        String summary,
        BigDecimal budget,
        BigDecimal maxGrant,
        LocalDate opensOn,
        LocalDate closesOn,
        int voucherMonths,
        Eligibility eligibility,
        @Nullable String documents) {}
