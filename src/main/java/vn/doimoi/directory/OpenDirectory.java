package vn.doimoi.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.shared.ChangeFeed;
import vn.doimoi.shared.ChangeWindow;

/**
 * The directory's public facts as change feeds, for harvesters (OAI-PMH, ADR 0048): what the public
 * pages /organisations and /people show, never e-mail, phone, tax code or ID numbers. Each read is
 * one query, however many records a page holds.
 */
@Service
@Transactional(readOnly = true)
public class OpenDirectory {

    /** An organisation as the public directory shows it; {@code changedAt} is its last edit. */
    public record OpenOrganisation(
            UUID id,
            OrganisationType type,
            String name,
            @Nullable String shortName,
            @Nullable String website,
            Instant changedAt) {}

    /** A person's public facts: name, ORCID and affiliation; {@code changedAt} is the last edit. */
    public record OpenPerson(
            UUID id,
            String fullName,
            @Nullable String orcid,
            @Nullable UUID organisationId,
            @Nullable String organisationName,
            Instant changedAt) {}

    private static final String ORGANISATIONS = """
            SELECT o.id, o.type, o.name, o.short_name, o.website, o.updated_at AS changed_at
            FROM directory.organisation o""";

    private static final String PEOPLE = """
            SELECT p.id, p.full_name, p.orcid, p.organisation_id, o.name AS organisation_name,
                   p.updated_at AS changed_at
            FROM directory.person p LEFT JOIN directory.organisation o ON o.id = p.organisation_id""";

    private final ChangeFeed feed;

    OpenDirectory(JdbcClient jdbc) {
        this.feed = new ChangeFeed(jdbc);
    }

    /** Organisations changed in the window, oldest change first. */
    public List<OpenOrganisation> organisations(ChangeWindow window) {
        return feed.page(window, ORGANISATIONS, OpenDirectory::organisation);
    }

    public Optional<OpenOrganisation> organisation(UUID id) {
        return feed.one(ORGANISATIONS, id, OpenDirectory::organisation);
    }

    /** These organisations (unknown ids left out), by id: the names a record of another module links to. */
    public Map<UUID, OpenOrganisation> organisations(Collection<UUID> ids) {
        return feed.any(ORGANISATIONS, ids, OpenDirectory::organisation).stream()
                .collect(Collectors.toMap(OpenOrganisation::id, Function.identity()));
    }

    /** People changed in the window, oldest change first. */
    public List<OpenPerson> people(ChangeWindow window) {
        return feed.page(window, PEOPLE, OpenDirectory::person);
    }

    public Optional<OpenPerson> person(UUID id) {
        return feed.one(PEOPLE, id, OpenDirectory::person);
    }

    /** These people (unknown ids left out), by id. */
    public Map<UUID, OpenPerson> people(Collection<UUID> ids) {
        return feed.any(PEOPLE, ids, OpenDirectory::person).stream()
                .collect(Collectors.toMap(OpenPerson::id, Function.identity()));
    }

    private static OpenOrganisation organisation(ResultSet rs) throws SQLException {
        return new OpenOrganisation(
                rs.getObject("id", UUID.class),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("website"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }

    private static OpenPerson person(ResultSet rs) throws SQLException {
        return new OpenPerson(
                rs.getObject("id", UUID.class),
                rs.getString("full_name"),
                rs.getString("orcid"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
