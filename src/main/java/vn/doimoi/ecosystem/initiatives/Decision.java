package vn.doimoi.ecosystem.initiatives;

import java.time.LocalDate;

/** The recognition decision (quyết định công nhận sáng kiến): its number, date and signer. */
public record Decision(String number, LocalDate date, String signer) {}
