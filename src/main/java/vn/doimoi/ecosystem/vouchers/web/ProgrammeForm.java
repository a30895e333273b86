package vn.doimoi.ecosystem.vouchers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.ecosystem.vouchers.Eligibility;
import vn.doimoi.ecosystem.vouchers.EnterpriseSize;
import vn.doimoi.ecosystem.vouchers.ProgrammeData;
import vn.doimoi.ecosystem.vouchers.ProgrammeKind;
import vn.doimoi.shared.Money;

/**
 * The Department's programme form; eligibility is chosen as data: organisation kinds, the largest
 * enterprise size, field codes (comma-separated, none for every field) and whether verified.
 */
public record ProgrammeForm(
        @NotBlank @Size(max = 300) @Nullable String title,
        @NotNull @Nullable ProgrammeKind kind,
        @NotBlank @Size(max = 10000) @Nullable String summary,
        @NotNull @Nullable Money budget,
        @NotNull @Nullable Money maxGrant,
        @NotNull @Nullable LocalDate opensOn,
        @NotNull @Nullable LocalDate closesOn,
        @NotNull @Nullable Integer voucherMonths,
        @Nullable Set<OrganisationType> types,
        @NotNull @Nullable EnterpriseSize largestSize,

        @Size(max = 500) @Pattern(regexp = "[0-9, ]*") @Nullable
        String fieldCodes,

        boolean verifiedOnly,
        @Size(max = 5000) @Nullable String documents) {

    static ProgrammeForm empty(LocalDate today) {
        return new ProgrammeForm(
                null,
                ProgrammeKind.VOUCHER,
                null,
                null,
                null,
                today,
                today.plusMonths(3),
                12,
                EnumSet.of(OrganisationType.ENTERPRISE),
                EnterpriseSize.MEDIUM,
                null,
                true,
                null);
    }

    /** The programme; called once the annotations have held. */
    ProgrammeData data() {
        Set<String> codes = fieldCodes == null
                ? Set.of()
                : Arrays.stream(fieldCodes.split(","))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .collect(Collectors.toSet());
        return new ProgrammeData(
                Objects.requireNonNull(title),
                Objects.requireNonNull(kind),
                Objects.requireNonNull(summary),
                Objects.requireNonNull(budget).amount(),
                Objects.requireNonNull(maxGrant).amount(),
                Objects.requireNonNull(opensOn),
                Objects.requireNonNull(closesOn),
                Objects.requireNonNull(voucherMonths),
                new Eligibility(
                        types == null ? Set.of() : types, Objects.requireNonNull(largestSize), codes, verifiedOnly),
                documents);
    }

    /** Whether at least one kind of organisation may apply (Bean Validation's message would be in English). */
    boolean hasTypes() {
        return types != null && !types.isEmpty();
    }

    public boolean has(OrganisationType type) {
        return types != null && types.contains(type);
    }
}
