package vn.doimoi.ecosystem;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.doimoi.ecosystem.awards.AwardDecision;
import vn.doimoi.ecosystem.awards.AwardRound;
import vn.doimoi.ecosystem.awards.AwardRounds;
import vn.doimoi.ecosystem.awards.NewNomination;
import vn.doimoi.ecosystem.awards.NewRound;
import vn.doimoi.ecosystem.awards.Nominations;
import vn.doimoi.ecosystem.awards.NomineeKind;

/**
 * The provincial S&T awards for other modules (the demo content): open a round, nominate, screen,
 * open the council and decide, each as the signed-in user, through the area's services and checks.
 * The council itself is run through {@code projects.ReviewCouncils}.
 */
@Service("ecosystemAwards")
public class Awards {

    private final AwardRounds rounds;
    private final Nominations nominations;

    Awards(AwardRounds rounds, Nominations nominations) {
        this.rounds = rounds;
        this.nominations = nominations;
    }

    /** Whether a round of this title exists. */
    public boolean roundExists(String title) {
        return rounds.all().stream().map(AwardRound::title).anyMatch(title::equals);
    }

    /** STAFF open a round in these categories of the rule version in force on its first day. */
    public UUID open(String title, int year, LocalDate opensOn, LocalDate closesOn, List<String> categories) {
        return rounds.open(new NewRound(title, year, opensOn, closesOn, categories));
    }

    /** The signed-in member nominates their own organisation. */
    public UUID nominateOrganisation(UUID round, String category, String achievement, String summary) {
        return nominations.nominate(
                round, new NewNomination(category, NomineeKind.ORGANISATION, "", achievement, summary));
    }

    /** The signed-in member nominates a person. */
    public UUID nominatePerson(UUID round, String category, String name, String achievement, String summary) {
        return nominations.nominate(round, new NewNomination(category, NomineeKind.PERSON, name, achievement, summary));
    }

    /** The nominator adds an evidence file. */
    public void addFile(UUID nomination, String fileName, byte[] content) {
        nominations.addFile(nomination, fileName, new ByteArrayInputStream(content), content.length);
    }

    /** STAFF accept a nomination. */
    public void accept(UUID nomination) {
        rounds.accept(nomination, nominations.get(nomination).version());
    }

    /** STAFF open the round's council; answers the council's id (see {@code projects.ReviewCouncils}). */
    public UUID sendToCouncil(UUID round, String decisionNumber) {
        return rounds.sendToCouncil(round, rounds.get(round).version(), decisionNumber);
    }

    /** STAFF record the decision; answers the nominations awarded. */
    public List<UUID> decide(UUID round, String number, LocalDate date, String signer) {
        return rounds.decide(round, rounds.get(round).version(), new AwardDecision(number, date, signer));
    }
}
