package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * The document fixing each member's contribution to a task (Decree 267/2025 art. 17): a signed
 * file, or a table of member → share in percent that adds up to 100.
 */
public record MemberContributions(TaskFiles.@Nullable Upload document, Map<String, BigDecimal> shares) {

    public static final MemberContributions NONE = new MemberContributions(null, Map.of());

    private static final Pattern LINE =
            Pattern.compile("^(.{1,200}?)\\s*[:|\\t]\\s*([0-9]{1,3}(?:[.,][0-9]{1,2})?)\\s*%?$");
    private static final int MAX_MEMBERS = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MemberContributions {
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }

    /** Reads the table as typed, one member a line ("Nguyễn Văn A: 40"); refuses a line it cannot read. */
    public static MemberContributions of(TaskFiles.@Nullable Upload document, @Nullable String table) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        String[] lines = table == null ? new String[0] : table.strip().split("\\R");
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches() || shares.size() >= MAX_MEMBERS) {
                throw DomainException.refused("acceptance.error.contributionsLine", number);
            }
            String member = m.group(1).strip();
            if (shares.put(member, new BigDecimal(m.group(2).replace(',', '.'))) != null) {
                throw DomainException.refused("acceptance.error.contributionsTwice", member);
            }
        }
        boolean hasDocument = document != null && document.bytes().length > 0;
        return new MemberContributions(hasDocument ? document : null, shares);
    }

    /** Whether the host gave the document or the table. */
    public boolean given() {
        return document != null || !shares.isEmpty();
    }

    /** A table must give every member a share above 0 and add up to 100%. */
    void validate() {
        if (shares.isEmpty()) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal share : shares.values()) {
            if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
                throw DomainException.refused("acceptance.error.contributionsShare");
            }
            total = total.add(share);
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw DomainException.refused(
                    "acceptance.error.contributionsSum",
                    total.stripTrailingZeros().toPlainString());
        }
    }
}
