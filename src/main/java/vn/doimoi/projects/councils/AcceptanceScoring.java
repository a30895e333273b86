package vn.doimoi.projects.councils;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.rules.CouncilRule;
import vn.doimoi.shared.DomainException;

/**
 * What only an acceptance council (hội đồng đánh giá, nghiệm thu) does on the shared council engine:
 * it has no meeting to open, its members grade on sheets of their own and it concludes with a
 * classification. Kept apart so that {@link Council} stays the one engine every purpose shares.
 */
final class AcceptanceScoring {

    private final Council council;

    private AcceptanceScoring(Council council) {
        this.council = council;
    }

    static AcceptanceScoring of(Council council) {
        return new AcceptanceScoring(council);
    }

    /** Seated under its rule's composition, every member takes part: scoring opens at once. */
    void open(CouncilRule rule, Instant now) {
        council.requireState(CouncilState.FORMING, "start");
        rule.checkComposition(council.members().stream()
                .filter(s -> !s.excluded())
                .collect(Collectors.toMap(Seat::personId, Seat::role)));
        council.members().forEach(s -> s.attend(!s.excluded()));
        council.sitFrom(now);
    }

    /** Checks, once for every sheet (typed from paper or entered online), that it may be kept now. */
    Seat checkGradeSheet(UUID personId, boolean onPaper, @Nullable Boolean earlierOnline) {
        requireOpen();
        Seat seat = council.seat(personId)
                .filter(s -> !s.excluded())
                .orElseThrow(() -> DomainException.refused("acceptance.council.error.notMember"));
        seat.checkGradeSheet(onPaper, earlierOnline);
        return seat;
    }

    /** The council's classification, once, from its members' sheets. */
    void classified(Grade grade, Instant now) {
        requireOpen();
        council.concludeWith(grade, now);
    }

    /** Refused unless the council still takes sheets (and declarations). */
    void requireOpen() {
        if (council.state() != CouncilState.IN_SESSION) {
            throw DomainException.conflict(
                    "acceptance.council.error.state", council.state().name());
        }
    }
}
