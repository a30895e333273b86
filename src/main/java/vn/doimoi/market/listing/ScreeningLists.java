package vn.doimoi.market.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.doimoi.market.Screening;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The restricted and prohibited technology lists (Decree 76/2018/NĐ-CP), read from the rule book
 * (kind {@code transfer-screening}) by the day a listing is submitted: each line a level, the terms
 * that flag it (folded, so "amiang" finds "amiăng") and the legal source it comes from. A listing whose
 * text contains a term is flagged; prohibited is the stronger finding.
 */
@Component
public class ScreeningLists {

    /** One entry of a list. */
    public record Entry(Screening level, List<String> terms, String description, String source) {}

    private final @Nullable RuleVersions versions;
    private final List<Entry> fixed;

    @Autowired
    ScreeningLists(RuleVersions versions) {
        this.versions = versions;
        this.fixed = List.of();
    }

    ScreeningLists(List<Entry> entries) {
        this.versions = null;
        this.fixed = List.copyOf(entries);
    }

    public static ScreeningLists of(List<Entry> entries) {
        return new ScreeningLists(entries);
    }

    /** The lines of the version shipped with the application in force on a day (for tests and tools). */
    public static List<Entry> shipped(LocalDate day) {
        return entries(BundledRules.INSTANCE.inForce(TransferScreeningRule.KIND, day));
    }

    /** The lines in force on a day. */
    public List<Entry> entries(LocalDate day) {
        return versions == null ? fixed : entries(versions.inForce(TransferScreeningRule.KIND, day));
    }

    /** The lines of a fixed list (tests); the lines in force today otherwise. */
    public List<Entry> entries() {
        return entries(LocalDate.now());
    }

    /** Screens the text of a listing against the lists in force today. */
    public ScreeningResult screen(String text) {
        return screen(text, LocalDate.now());
    }

    /** Screens the text of a listing against the lists in force on the day it is submitted. */
    public ScreeningResult screen(String text, LocalDate day) {
        if (versions == null) {
            return screen(text, fixed, null);
        }
        RuleVersion<TransferScreeningRule> version = versions.inForce(TransferScreeningRule.KIND, day);
        return screen(text, entries(version), version.code());
    }

    private static ScreeningResult screen(String text, List<Entry> entries, @Nullable String rule) {
        String folded = " " + VietnameseText.fold(VietnameseText.clean(text)) + " ";
        Screening level = Screening.CLEAR;
        List<String> notes = new ArrayList<>();
        for (Entry entry : entries) {
            for (String term : entry.terms()) {
                if (folded.contains(VietnameseText.fold(term))) {
                    notes.add(entry.description() + " (" + entry.source() + ")");
                    if (entry.level() == Screening.PROHIBITED || level == Screening.CLEAR) {
                        level = entry.level();
                    }
                    break;
                }
            }
        }
        return notes.isEmpty()
                ? new ScreeningResult(Screening.CLEAR, null, rule)
                : new ScreeningResult(level, String.join("; ", notes), rule);
    }

    private static List<Entry> entries(RuleVersion<TransferScreeningRule> version) {
        return version.values().entries().stream()
                .map(line -> new Entry(line.level(), line.termList(), line.description(), line.source()))
                .toList();
    }
}
