package vn.doimoi.market;

import java.util.List;

/** One reason a result is in the list: a message key and its arguments ("TRL 7 ≥ yêu cầu 6"). */
public record MatchReason(String key, List<String> args) {

    public MatchReason {
        args = List.copyOf(args);
    }

    public static MatchReason of(String key, String... args) {
        return new MatchReason(key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
