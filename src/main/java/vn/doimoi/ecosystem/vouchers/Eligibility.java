package vn.doimoi.ecosystem.vouchers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;

/**
 * Who a programme is for, kept as data so that the Department words a new programme without a code
 * change: the kinds of organisation, the largest enterprise size, the fields of S&T (none: every
 * field) and whether the Department must have verified the organisation.
 */
public record Eligibility(
        Set<OrganisationType> types, EnterpriseSize largestSize, Set<String> fieldCodes, boolean verifiedOnly) {

    public Eligibility {
        types = types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
        fieldCodes = Collections.unmodifiableSet(new TreeSet<>(fieldCodes));
    }

    /** The message keys of the conditions this organisation of this declared size does not meet. */
    public List<String> unmet(OrganisationSummary organisation, EnterpriseSize size) {
        List<String> unmet = new ArrayList<>();
        if (!types.contains(organisation.type())) {
            unmet.add("vouchers.eligibility.type");
        }
        if (!size.atMost(largestSize)) {
            unmet.add("vouchers.eligibility.size");
        }
        if (verifiedOnly && !organisation.verified()) {
            unmet.add("vouchers.eligibility.verified");
        }
        if (!fieldCodes.isEmpty() && organisation.fieldCodes().stream().noneMatch(this::coversField)) {
            unmet.add("vouchers.eligibility.field");
        }
        return unmet;
    }

    /** A field code of the programme covers its sub-fields ("201" covers "20101"). */
    private boolean coversField(String code) {
        return fieldCodes.stream().anyMatch(code::startsWith);
    }

    String typesColumn() {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    String fieldsColumn() {
        return String.join(",", fieldCodes);
    }

    static Eligibility of(String types, String largestSize, String fields, boolean verifiedOnly) {
        Set<OrganisationType> parsed = EnumSet.noneOf(OrganisationType.class);
        Arrays.stream(types.split(","))
                .filter(each -> !each.isBlank())
                .forEach(each -> parsed.add(OrganisationType.valueOf(each)));
        Set<String> codes =
                Arrays.stream(fields.split(",")).filter(each -> !each.isBlank()).collect(Collectors.toSet());
        return new Eligibility(parsed, EnterpriseSize.valueOf(largestSize), codes, verifiedOnly);
    }
}
