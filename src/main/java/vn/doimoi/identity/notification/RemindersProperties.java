package vn.doimoi.identity.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When reminders go out (doimoi.reminders.*).
 *
 * @param daysBefore how many days before a deadline the person is reminded
 * @param kinds the same for one kind of deadline, by kind (e.g. {@code doimoi.reminders.kinds.tranche=14})
 */
@Validated
@ConfigurationProperties("doimoi.reminders")
public record RemindersProperties(
        @DefaultValue("7") @Min(0) @Max(90) int daysBefore, Map<String, Integer> kinds) {

    public RemindersProperties {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    /** The days before a deadline of this kind that its reminder goes out. */
    public int daysBefore(String kind) {
        return kinds.getOrDefault(kind, daysBefore);
    }
}
