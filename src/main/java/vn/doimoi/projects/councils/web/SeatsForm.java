package vn.doimoi.projects.councils.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.projects.rules.CouncilRole;

/** The roles chosen in the expert finder, bound from {@code roles[<personId>]}; an empty choice seats nobody. */
public class SeatsForm {

    private long version = -1;
    private Map<UUID, CouncilRole> roles = new LinkedHashMap<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<UUID, CouncilRole> getRoles() {
        return roles;
    }

    public void setRoles(Map<UUID, CouncilRole> roles) {
        this.roles = roles;
    }

    /** The seats to give: the people with a role chosen. */
    Map<UUID, CouncilRole> seats() {
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        roles.forEach((person, role) -> {
            if (person != null && role != null) {
                seats.put(person, role);
            }
        });
        return seats;
    }
}
