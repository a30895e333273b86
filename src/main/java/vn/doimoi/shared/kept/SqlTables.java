package vn.doimoi.shared.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables one SQL statement reads and writes, by their bare names (schema dropped: two modules'
 * tables of the same name only make a page stale more often, never less). Erring towards more
 * tables is safe: a word taken for a table ({@code extract(year from day)}) costs at most an extra
 * render. Statements repeat, so each text is parsed once.
 */
final class SqlTables {

    /** What a statement touches: the tables it reads and those it changes. */
    record Touched(Set<String> read, Set<String> written) {}

    private static final String NAME = "(\"?[A-Za-z_][\\w$]*\"?(?:\\s*\\.\\s*\"?[A-Za-z_][\\w$]*\"?)?)";
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(?:only\\s+)?" + NAME);
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?|copy)\\s+(?:only\\s+)?"
                    + NAME);
    private static final Set<String> NOT_TABLES = Set.of("select", "lateral", "unnest", "generate_series", "values");

    private final Cache<String, Touched> parsed =
            Caffeine.newBuilder().maximumSize(4_000).build();

    Touched of(String sql) {
        return parsed.get(sql, SqlTables::parse);
    }

    static Touched parse(String sql) {
        return new Touched(names(READ.matcher(sql)), names(WRITE.matcher(sql)));
    }

    private static Set<String> names(Matcher matcher) {
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            String name = matcher.group(1).replace("\"", "").replaceAll("\\s", "");
            int dot = name.lastIndexOf('.');
            name = (dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
            if (!NOT_TABLES.contains(name)) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }
}
