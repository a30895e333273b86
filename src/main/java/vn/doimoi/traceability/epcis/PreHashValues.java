package vn.doimoi.traceability.epcis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the event hash writes a value: timestamps in UTC to the millisecond, numbers without
 * trailing zeros, legacy CBV URNs as Web URIs and identifiers as constrained canonical Digital
 * Link URIs (CBV 2.0 "EPCIS Event Hash ID"). Numbers follow the reference implementation, which
 * reads every number as a binary double: 1.50 → 1.5, 100.0 → 100.
 */
final class PreHashValues {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+(_\\d+)*)?");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
    private static final String[][] LEGACY_CBV = {
        {"urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"},
        {"urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-"},
        {"urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-"},
        {"urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-"},
        {"urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-"}
    };

    private PreHashValues() {}

    /** A value's canonical text: CBV URNs → Web URIs, numbers normalised, identifiers → canonical DL. */
    static String canonical(String text) {
        String value = text;
        for (String[] legacy : LEGACY_CBV) {
            value = value.replace(legacy[0], legacy[1]);
        }
        value = number(value);
        String identifier = CanonicalIdentifiers.of(value);
        return identifier == null ? value : identifier;
    }

    /** A timestamp in UTC with exactly three fractional digits, microseconds rounded half to even. */
    static String timestamp(String text) {
        OffsetDateTime time = parse(text.strip());
        if (time == null) {
            return text;
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        long micros = utc.getNano() / 1000;
        long millis = BigDecimal.valueOf(micros)
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_EVEN)
                .longValue();
        OffsetDateTime rounded = utc.withNano(0).plusNanos(millis * 1_000_000L);
        return MILLIS.format(rounded);
    }

    /** A JSON number as the reference implementation prints it (Python's {@code str}). */
    static String pythonNumber(Number number) {
        if (number instanceof BigDecimal decimal) {
            return pythonFloat(decimal.doubleValue());
        }
        if (number instanceof Double || number instanceof Float) {
            return pythonFloat(number.doubleValue());
        }
        return number.toString();
    }

    /** A text that reads as a number, rewritten the way the reference does; any other text as it is. */
    static String number(String text) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return text;
        }
        double value = Double.parseDouble(trimmed.replace("_", ""));
        if (Double.isInfinite(value)) {
            return text;
        }
        if (value == Math.rint(value)) {
            return new BigDecimal(value).toBigInteger().toString();
        }
        return pythonFloat(value);
    }

    /** Python's shortest round-trip {@code repr} of a double (fixed from 1e-4 to 1e16, else d.ddde±XX). */
    static String pythonFloat(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return new BigDecimal(value).toBigInteger() + ".0";
        }
        BigDecimal shortest = null;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate =
                    new BigDecimal(value).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                shortest = candidate.stripTrailingZeros();
                break;
            }
        }
        if (shortest == null) {
            shortest = new BigDecimal(value);
        }
        BigInteger unscaled = shortest.unscaledValue().abs();
        String digits = unscaled.toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = shortest.signum() < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            return sign + shortest.abs().toPlainString();
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    private static @Nullable OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notEither) {
                return null;
            }
        }
    }
}
