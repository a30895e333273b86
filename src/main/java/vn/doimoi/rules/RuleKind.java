package vn.doimoi.rules;

import java.util.regex.Pattern;

/**
 * A kind of rule (e.g. {@code acceptance-council}) and the record its values read into. The module
 * that applies the rule declares the kind as a bean; its versions ship under
 * {@code classpath:rules/<code>/*.json} and more are published by the Department.
 *
 * @param code the kind's code, lower-case words joined by hyphens
 * @param type the record the values of a version are read into; its constructor checks them
 */
public record RuleKind<T>(String code, Class<T> type) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    public RuleKind {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule kind code: " + code);
        }
    }

    public static <T> RuleKind<T> of(String code, Class<T> type) {
        return new RuleKind<>(code, type);
    }
}
