package vn.doimoi.projects.selection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The opening of a call's dossiers: the minutes, and why a dossier is invalid ({@code invalid[<dossierId>]}). */
public class OpeningForm {

    private long version = -1;
    private String minutes = "";
    private Map<UUID, String> invalid = new LinkedHashMap<>();

    /** The dossiers found invalid, with the reason; a blank reason means valid. */
    Map<UUID, String> invalidReasons() {
        Map<UUID, String> reasons = new LinkedHashMap<>();
        invalid.forEach((dossier, reason) -> {
            if (dossier != null && reason != null && !reason.isBlank()) {
                reasons.put(dossier, reason.strip());
            }
        });
        return reasons;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Map<UUID, String> getInvalid() {
        return invalid;
    }

    public void setInvalid(Map<UUID, String> invalid) {
        this.invalid = invalid;
    }
}
