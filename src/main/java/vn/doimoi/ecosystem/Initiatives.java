package vn.doimoi.ecosystem;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.ecosystem.initiatives.CoAuthor;
import vn.doimoi.ecosystem.initiatives.Decision;
import vn.doimoi.ecosystem.initiatives.Declaration;

/**
 * The initiatives area for other modules (the demo content): declare, add evidence, and STAFF's
 * steps, each as the signed-in user, through the area's own service and its checks.
 */
@Service("ecosystemInitiatives")
public class Initiatives {

    private final vn.doimoi.ecosystem.initiatives.Initiatives initiatives;

    Initiatives(vn.doimoi.ecosystem.initiatives.Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** The signed-in user declares an initiative; co-authors by name with their share in percent. */
    public UUID declare(
            String authorName,
            String title,
            String field,
            String description,
            String scope,
            @Nullable LocalDate appliedSince,
            @Nullable BigDecimal economicBenefit,
            String socialBenefit,
            int authorShare,
            Map<String, Integer> coAuthors) {
        List<CoAuthor> co = new ArrayList<>();
        coAuthors.forEach((name, share) -> co.add(new CoAuthor(name, share)));
        return initiatives.declare(
                authorName,
                new Declaration(
                        title,
                        field,
                        description,
                        scope,
                        appliedSince,
                        economicBenefit,
                        socialBenefit,
                        authorShare,
                        co));
    }

    /** The author adds an evidence file. */
    public void addEvidence(UUID id, String fileName, byte[] content) {
        initiatives.addEvidence(id, fileName, new ByteArrayInputStream(content), content.length);
    }

    /** Whether the signed-in user already declared an initiative of this title. */
    public boolean declaredByMe(String title) {
        return initiatives.mine().stream().anyMatch(i -> i.title().equals(title));
    }

    /** STAFF accept the declaration as complete. */
    public void accept(UUID id) {
        initiatives.accept(id, initiatives.get(id).version());
    }

    /** STAFF open the initiative's council; answers the council's id (see {@code projects.ReviewCouncils}). */
    public UUID sendToCouncil(UUID id, @Nullable String decisionNumber) {
        return initiatives.sendToCouncil(id, initiatives.get(id).version(), decisionNumber);
    }

    /** STAFF record the recognition decision. */
    public void recognise(UUID id, String number, LocalDate date, String signer) {
        initiatives.recognise(id, initiatives.get(id).version(), new Decision(number, date, signer));
    }
}
