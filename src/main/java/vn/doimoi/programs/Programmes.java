package vn.doimoi.programs;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;

/** The programmes module's public face for other modules (the portal): what the public may see. */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private final ProgrammeMonitoring monitoring;

    Programmes(ProgrammeMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    /** All programmes, the latest first. */
    public List<ProgrammeView> programmes() {
        return monitoring.programmes();
    }

    /** A programme's public page: task groups, progress counts and the indicators STAFF published. */
    public Dashboard publicDashboard(UUID programmeId) {
        return monitoring.dashboard(programmeId, true);
    }
}
