package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A programme as its pages show it, with the money already granted from its budget. */
public record ProgrammeView(UUID id, ProgrammeStatus status, ProgrammeData data, BigDecimal granted, long version) {

    public BigDecimal available() {
        return data.budget().subtract(granted);
    }

    /** Whether an enterprise may apply on this day. */
    public boolean openOn(LocalDate day) {
        return status == ProgrammeStatus.PUBLISHED && !day.isBefore(data.opensOn()) && !day.isAfter(data.closesOn());
    }

    /** The documents, one a line, without empty lines. */
    public List<String> documents() {
        String documents = data.documents();
        return documents == null
                ? List.of()
                : documents
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
