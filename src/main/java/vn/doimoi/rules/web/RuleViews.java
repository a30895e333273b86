package vn.doimoi.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.rules.RuleKind;
import vn.doimoi.rules.book.Leaves;
import vn.doimoi.rules.book.RuleRow;
import vn.doimoi.rules.book.RuleStatus;

/** What the rule pages show: each kind with its versions, and one version value by value. */
@Component
public class RuleViews {

    /** A kind of rule and its versions, drafts first. */
    public record KindView(String code, String name, List<VersionRow> versions) {}

    /** One version in a kind's list. */
    public record VersionRow(
            String code,
            String title,
            RuleStatus status,
            LocalDate validFrom,
            @Nullable LocalDate validUntil,
            String citation,
            int unverified) {}

    /** One value of a version: its label, its text, its source, whether unverified. */
    public record ValueView(
            int row,
            String path,
            String label,
            Leaves.LeafType type,
            String text,
            String source,
            boolean unverified,
            boolean inList) {}

    private final MessageSource messages;

    RuleViews(MessageSource messages) {
        this.messages = messages;
    }

    String kindName(RuleKind<?> kind, Locale locale) {
        return messages.getMessage("rules.kind." + kind.code(), null, kind.code(), locale);
    }

    VersionRow row(RuleRow row, LocalDate today) {
        return new VersionRow(
                row.code(),
                row.file().title(),
                row.shownStatus(today),
                row.validFrom(),
                row.validUntil(),
                row.file().basis().citation(),
                row.file().unverifiedOrEmpty().size());
    }

    List<ValueView> values(RuleRow row, Locale locale) {
        List<Leaves.Leaf> leaves = row.isDraft()
                ? Leaves.withSlots(row.file().values())
                : Leaves.of(row.file().values());
        List<String> unverified = row.file().unverifiedOrEmpty();
        return java.util.stream.IntStream.range(0, leaves.size())
                .mapToObj(i -> {
                    Leaves.Leaf leaf = leaves.get(i);
                    return new ValueView(
                            i,
                            leaf.path(),
                            label(leaf, locale),
                            leaf.type(),
                            leaf.text(),
                            row.file().sourcesOrEmpty().getOrDefault(leaf.path(), ""),
                            unverified.contains(leaf.path()),
                            leaf.path().contains("["));
                })
                .toList();
    }

    /** The value's name in words, with its position in a list ("Tiêu chí 2 — Điểm tối đa"). */
    private String label(Leaves.Leaf leaf, Locale locale) {
        String name = messages.getMessage("rules.value." + leaf.labelKey(), null, leaf.labelKey(), locale);
        java.util.regex.Matcher index =
                java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(leaf.path());
        StringBuilder positions = new StringBuilder();
        while (index.find()) {
            positions.append(positions.isEmpty() ? "" : ".").append(Integer.parseInt(index.group(1)) + 1);
        }
        return positions.isEmpty() ? name : name + " (" + positions + ")";
    }
}
