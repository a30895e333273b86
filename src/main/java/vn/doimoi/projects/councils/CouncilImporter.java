package vn.doimoi.projects.councils;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.CouncilImport;
import vn.doimoi.projects.ImportedSeat;
import vn.doimoi.projects.ImportedSheet;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.HistoryClock;

/**
 * Replays a paper council meeting through {@link Councils}, the clock held at each step, so the
 * seats are checked for conflicts of interest and the sheets against the council's rules as on
 * screen.
 */
@Service
@Transactional
class CouncilImporter implements CouncilImport {

    private final Councils councils;
    private final HistoryClock clock;

    CouncilImporter(Councils councils, HistoryClock clock) {
        this.councils = councils;
        this.clock = clock;
    }

    @Override
    public void seated(UUID councilId, List<ImportedSeat> seats, Instant at) {
        Map<UUID, CouncilRole> roles = new LinkedHashMap<>();
        for (ImportedSeat seat : seats) {
            roles.put(seat.personId(), role(seat.role()));
        }
        clock.asOf(at, () -> {
            councils.seat(councilId, councils.view(councilId).version(), roles);
            return null;
        });
    }

    @Override
    public List<UUID> met(UUID councilId, Instant at) {
        return clock.asOf(at, () -> {
            Set<UUID> present = new LinkedHashSet<>();
            for (MemberView member : councils.view(councilId).members()) {
                if (!member.excluded()) {
                    councils.declareOnPaper(councilId, member.personId());
                    present.add(member.personId());
                }
            }
            councils.start(councilId, councils.view(councilId).version(), present);
            return List.copyOf(present);
        });
    }

    @Override
    public void sheet(UUID councilId, ImportedSheet sheet, Instant at) {
        clock.asOf(at, () -> {
            councils.scoreOnPaper(
                    councilId,
                    sheet.personId(),
                    sheet.itemId(),
                    new SheetEntry(sheet.marks(), sheet.recommend(), sheet.comment()));
            return null;
        });
    }

    private static CouncilRole role(String name) {
        try {
            return CouncilRole.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("import.error.unknownName", name);
        }
    }
}
