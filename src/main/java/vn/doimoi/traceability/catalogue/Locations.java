package vn.doimoi.traceability.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.Places;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.LocationKind;
import vn.doimoi.traceability.NewLocation;

/**
 * An enterprise's farms, plants and warehouses (table {@code traceability.location}), each on a
 * commune of the province the platform serves: the province's own producers are its users.
 */
@Service
@Transactional
public class Locations {

    private final JdbcClient jdbc;
    private final TraceAccess access;
    private final Places places;
    private final Province province;
    private final AuditLog audit;
    private final Clock clock;

    Locations(JdbcClient jdbc, TraceAccess access, Places places, Province province, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.places = places;
        this.province = province;
        this.audit = audit;
        this.clock = clock;
    }

    /** The communes a location may lie on: those of the province the platform serves. */
    @Transactional(readOnly = true)
    public List<CommuneUnit> communes() {
        return places.provinces().stream()
                .filter(unit -> unit.name().equals(province.name()))
                .findFirst()
                .map(unit -> places.communes(unit.code()))
                .orElse(List.of());
    }

    public UUID create(CurrentUser actor, NewLocation location) {
        UUID organisation = access.writer(actor);
        String gln = Keys.gln(location.gln());
        String name = Texts.required(location.name(), 200, "traceability.error.name");
        String commune = location.communeCode().strip();
        if (communes().stream().noneMatch(unit -> unit.code().equals(commune))) {
            throw DomainException.invalid("traceability.error.commune");
        }
        Integer taken = jdbc.sql("SELECT count(*) FROM traceability.location WHERE gln = ?")
                .param(gln)
                .query(Integer.class)
                .single();
        if (taken > 0) {
            throw DomainException.conflict("traceability.error.glnTaken", gln);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.location (id, organisation_id, gln, name, kind, commune_code, street,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        organisation,
                        gln,
                        name,
                        location.kind().name(),
                        commune,
                        Texts.optional(location.street(), 200),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                "traceability.location.created",
                "traceability.location",
                id.toString(),
                null,
                Map.of("gln", gln, "name", name, "commune", commune));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<LocationRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM traceability.location WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<LocationRow> byGln(String gln) {
        return jdbc.sql("SELECT * FROM traceability.location WHERE gln = ?")
                .param(gln)
                .query(this::row)
                .optional();
    }

    /** An organisation's locations by name; every organisation's when null. */
    @Transactional(readOnly = true)
    public List<LocationRow> list(@Nullable UUID organisation) {
        return jdbc.sql("SELECT * FROM traceability.location WHERE CAST(? AS uuid) IS NULL OR organisation_id = ?"
                        + " ORDER BY name, gln")
                .params(organisation, organisation)
                .query(this::row)
                .list();
    }

    private LocationRow row(ResultSet rs, int n) throws SQLException {
        String commune = rs.getString("commune_code");
        return new LocationRow(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("gln"),
                rs.getString("name"),
                LocationKind.valueOf(rs.getString("kind")),
                commune,
                places.commune(commune).map(CommuneUnit::name).orElse(commune),
                rs.getString("street"));
    }
}
