package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ReviewSubjectOwner;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.shared.NotFoundException;

/**
 * What a REVIEW council judges, asked of the module that owns its subject (ADR 0068): the engine
 * stays one, each owner says its items and parties through {@link ReviewSubjectOwner}.
 */
@Component
public class ReviewSubjects implements CouncilSubject {

    private final List<ReviewSubjectOwner> owners;
    private final CouncilRepository councils;
    private final Notices notices;

    ReviewSubjects(List<ReviewSubjectOwner> owners, CouncilRepository councils, Notices notices) {
        this.owners = List.copyOf(owners);
        this.councils = councils;
        this.notices = notices;
    }

    @Override
    public CouncilPurpose purpose() {
        return CouncilPurpose.REVIEW;
    }

    @Override
    public Map<UUID, String> items(UUID subjectId) {
        return ownerOf(subjectId).items(subjectId);
    }

    @Override
    public List<ConflictRules.DossierFacts> parties(UUID subjectId) {
        return ownerOf(subjectId).parties(subjectId).stream()
                .map(p -> new ConflictRules.DossierFacts(
                        // a party without an organisation matches no member's organisation
                        p.organisationId() == null ? subjectId : p.organisationId(),
                        Set.of(),
                        p.personIds(),
                        p.personNames()))
                .toList();
    }

    @Override
    public Invitation invitation(UUID subjectId, UUID councilId, CouncilRole role) {
        String title = ownerOf(subjectId).title(subjectId);
        return new Invitation(
                notices.t("review.notify.invited.subject", title),
                notices.t("review.notify.invited.body", notices.t("council.role." + role.name()), title),
                "/review-councils/" + councilId);
    }

    @Override
    public void checkScoring(UUID subjectId) {
        ownerOf(subjectId).checkScoring(subjectId);
    }

    /** The module that owns a kind of subject; refused for a kind nobody owns. */
    public ReviewSubjectOwner owner(String kind) {
        return owners.stream()
                .filter(o -> o.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("review subject kind", kind));
    }

    /** The owner of the subject a REVIEW council judges. */
    public ReviewSubjectOwner ownerOf(UUID subjectId) {
        String kind = councils.findByReviewSubjectId(subjectId)
                .map(Council::subjectKind)
                .orElseThrow(() -> new NotFoundException("council", subjectId));
        return owner(kind);
    }

    /** The kind of subject a REVIEW council judges. */
    public String kindOf(UUID subjectId) {
        return ownerOf(subjectId).kind();
    }
}
