package vn.doimoi.projects.councils;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a council asks of the signed-in member now, whatever the process: to declare (invited,
 * not yet declared) or to score (in session, sheets missing). "Việc của tôi" lists these (ADR 0044).
 */
@Component
public class CouncilDuties {

    /** What the member has to do on a council. */
    public enum Kind {
        DECLARE,
        SCORE
    }

    /** One council and what it waits for from the member. */
    public record Duty(CouncilView council, Kind kind) {}

    private final Councils councils;

    CouncilDuties(Councils councils) {
        this.councils = councils;
    }

    /** The signed-in member's duties on councils of a purpose; none once excluded or concluded. */
    @Transactional(readOnly = true)
    public List<Duty> mine(CouncilPurpose purpose) {
        List<Duty> duties = new ArrayList<>();
        for (CouncilView council : councils.mine(purpose)) {
            if (council.state() == CouncilState.CONCLUDED) {
                continue;
            }
            councils.mySeat(council.id()).filter(seat -> !seat.excluded()).ifPresent(seat -> {
                if (!seat.declared()) {
                    duties.add(new Duty(council, Kind.DECLARE));
                } else if (council.state() == CouncilState.IN_SESSION
                        && seat.scores().size() < council.items().size()) {
                    duties.add(new Duty(council, Kind.SCORE));
                }
            });
        }
        return duties;
    }

    /** Councils of a purpose STAFF still has to run: being formed or in session. */
    @Transactional(readOnly = true)
    public List<CouncilView> unfinished(CouncilPurpose purpose) {
        return councils.all(purpose).stream()
                .filter(council -> council.state() != CouncilState.CONCLUDED)
                .toList();
    }
}
