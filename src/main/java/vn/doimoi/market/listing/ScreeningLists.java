package vn.doimoi.market.listing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.doimoi.market.Screening;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The restricted and prohibited technology lists as configurable data ({@code
 * doimoi.market.screening-file}): each line a level, the terms that flag it (folded, so "amiang"
 * finds "amiăng") and the legal source it comes from. A listing whose text contains a term is
 * flagged; prohibited is the stronger finding.
 */
@Component
public class ScreeningLists {

    /** One entry of a list. */
    public record Entry(Screening level, List<String> terms, String description, String source) {}

    private final List<Entry> entries;

    @Autowired
    ScreeningLists(MarketProperties properties, ResourceLoader resources) {
        this(read(resources, properties.screeningFile()));
    }

    ScreeningLists(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ScreeningLists of(List<Entry> entries) {
        return new ScreeningLists(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Screens the text of a listing. */
    public ScreeningResult screen(String text) {
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
        return notes.isEmpty() ? ScreeningResult.CLEAR : new ScreeningResult(level, String.join("; ", notes));
    }

    static List<Entry> read(ResourceLoader resources, String location) {
        try (Reader reader =
                new InputStreamReader(resources.getResource(location).getInputStream(), StandardCharsets.UTF_8)) {
            List<Entry> entries = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                entries.add(new Entry(
                        Screening.valueOf(row.get("level").strip()),
                        Arrays.stream(row.get("terms").split("\\|"))
                                .map(String::strip)
                                .filter(each -> !each.isEmpty())
                                .toList(),
                        row.get("description").strip(),
                        row.get("source").strip()));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the screening lists at " + location, e);
        }
    }
}
