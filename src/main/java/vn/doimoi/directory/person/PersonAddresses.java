package vn.doimoi.directory.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.places.Places;
import vn.doimoi.places.PostalAddress;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Where a person is, as province and commune codes of the official list with the day they were
 * recorded (ADR 0052, as for organisations): a person recorded before 1/7/2025 keeps the units of
 * that day, shown with "(cũ)". No street line: the directory is public, so it stops at the commune.
 */
@Service
@Transactional
public class PersonAddresses {

    private static final String ENTITY = "directory.person";

    private final PersonRepository people;
    private final Places places;
    private final AuditLog audit;
    private final Clock clock;

    PersonAddresses(PersonRepository people, Places places, AuditLog audit, Clock clock) {
        this.people = people;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's address; null when none is recorded (or there is no such person yet). */
    @Transactional(readOnly = true)
    public @Nullable PostalAddress of(@Nullable UUID personId) {
        return personId == null
                ? null
                : people.findById(personId).map(Person::address).orElse(null);
    }

    /** "commune, province" as the public page shows it, former units marked "(cũ)"; null when none. */
    @Transactional(readOnly = true)
    public @Nullable String formatted(@Nullable UUID personId) {
        PostalAddress address = of(personId);
        return address == null ? null : places.format(address);
    }

    /**
     * The address a form sends, checked against the list before anything is saved: kept as recorded
     * when left as it was, or empty where the stored one predates the merger; else recorded today.
     *
     * @throws vn.doimoi.shared.DomainException INVALID for a code the list does not hold or a commune
     *     outside its province
     */
    @Transactional(readOnly = true)
    public PostalAddress checked(@Nullable UUID personId, @Nullable String province, @Nullable String commune) {
        return places.revised(province, commune, null, of(personId), LocalDate.now(clock));
    }

    /**
     * The province and commune a row of the people's sheet names, in today's units: a province's name
     * from before the merger is read as the province it became part of ({@link Places#named}).
     *
     * @throws vn.doimoi.shared.DomainException INVALID for a province or commune the list does not hold
     */
    // Reads no table; a refused row must not mark the import's transaction rollback-only, since the
    // import reports every row and saves nothing itself when one is refused.
    @Transactional(readOnly = true, noRollbackFor = vn.doimoi.shared.DomainException.class)
    public PostalAddress named(@Nullable String province, @Nullable String commune) {
        return places.named(province, commune, LocalDate.now(clock));
    }

    /** Records a checked address (from {@link #checked}); an empty one clears it. Audited. */
    public void move(UUID personId, PostalAddress address) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        PostalAddress before = person.address();
        person.moveTo(address, clock.instant());
        PostalAddress after = person.address();
        if (before == null ? after != null : !before.equals(after)) {
            audit.record("person.addressChanged", ENTITY, personId.toString(), state(before), state(after));
        }
    }

    private static Map<String, Object> state(@Nullable PostalAddress address) {
        return address == null
                ? Map.of()
                : Map.of(
                        "provinceCode", String.valueOf(address.provinceCode()),
                        "communeCode", String.valueOf(address.communeCode()),
                        "recordedOn", address.recordedOn().toString());
    }
}
