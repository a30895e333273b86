package vn.doimoi.projects.councils.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The members ticked present when the meeting starts ({@code present=<personId>}, one per box). */
public class AttendanceForm {

    private long version = -1;
    private Set<UUID> present = new LinkedHashSet<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Set<UUID> getPresent() {
        return present;
    }

    public void setPresent(Set<UUID> present) {
        this.present = present;
    }
}
