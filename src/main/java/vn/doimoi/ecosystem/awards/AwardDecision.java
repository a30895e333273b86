package vn.doimoi.ecosystem.awards;

import java.time.LocalDate;

/** The decision giving a round's awards: its number, date and signer. */
public record AwardDecision(String number, LocalDate date, String signer) {}
