package vn.doimoi.shared;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province the platform serves, as configuration and never as text in code (issue 19: since
 * 1/7/2025 Long An is part of Tây Ninh, and another province may run doimoi tomorrow). Its name
 * fills the Department's and the People's Committee's titles on every page footer and generated
 * document; the contact facts show only where they are set, because a number or an address nobody
 * checked must not reach a citizen.
 *
 * @param name the province as written after "tỉnh" ({@code doimoi.province.name}, e.g. "Tây Ninh")
 * @param address the Department's postal address; empty when not configured
 * @param phone the Department's telephone; empty when not configured
 * @param email the Department's e-mail; empty when not configured
 */
@ConfigurationProperties("doimoi.province")
public record Province(
        @DefaultValue("Tây Ninh") String name,
        @DefaultValue("") String address,
        @DefaultValue("") String phone,
        @DefaultValue("") String email) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public Province {
        name = name.strip();
        address = address.strip();
        phone = phone.strip();
        email = email.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("doimoi.province.name must name the province");
        }
    }

    /** The name in capitals, as a document's heading writes it ("TÂY NINH"). */
    public String nameInCapitals() {
        return name.toUpperCase(VIETNAMESE);
    }

    /** Whether any way to reach the Department is configured. */
    public boolean hasContact() {
        return !address.isEmpty() || !phone.isEmpty() || !email.isEmpty();
    }
}
