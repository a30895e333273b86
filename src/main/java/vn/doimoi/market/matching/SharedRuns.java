package vn.doimoi.market.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The phrases a candidate shares with the subject, shown as a reason ("Từ khớp: xử lý nước
 * thải"): runs of at least two consecutive syllables of the candidate's title or summary in which
 * every pair of neighbours also stands side by side in the subject's text. Compared folded, so
 * "nuoc thai" and "nước thải" are one phrase; shown as the candidate wrote it. Reading the ten
 * texts shown costs less than asking the index to highlight fifty candidates.
 */
final class SharedRuns {

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Set<String> pairs = new HashSet<>();

    SharedRuns(String subjectText) {
        List<String> syllables = syllables(subjectText);
        for (int i = 0; i + 1 < syllables.size(); i++) {
            pairs.add(fold(syllables.get(i)) + ' ' + fold(syllables.get(i + 1)));
        }
    }

    /** The shared runs of the title, then of the summary, each once, in the order they occur. */
    List<String> in(@Nullable String title, @Nullable String summary) {
        Set<String> runs = new LinkedHashSet<>();
        for (String text : new String[] {title, summary}) {
            if (text != null) {
                collect(syllables(text), runs);
            }
        }
        return List.copyOf(runs);
    }

    private void collect(List<String> syllables, Set<String> runs) {
        int start = 0;
        for (int i = 1; i <= syllables.size(); i++) {
            boolean continues =
                    i < syllables.size() && pairs.contains(fold(syllables.get(i - 1)) + ' ' + fold(syllables.get(i)));
            if (!continues) {
                if (i - start >= 2) {
                    runs.add(String.join(" ", syllables.subList(start, i)).toLowerCase(VietnameseText.VIETNAMESE));
                }
                start = i;
            }
        }
    }

    private static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(VietnameseText.nfc(text));
        while (matcher.find()) {
            syllables.add(matcher.group());
        }
        return syllables;
    }

    private static String fold(String syllable) {
        return VietnameseText.fold(syllable).toLowerCase(Locale.ROOT);
    }
}
