package vn.doimoi.projects.selection;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilSubject;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.shared.NotFoundException;

/**
 * What a selection council judges: the call's valid dossiers, named by their applicant; a member
 * tied to an applicant, a partner, the PI or a key member has a conflict of interest.
 */
@Component
class SelectionSubject implements CouncilSubject {

    private final CallRepository calls;
    private final DossierRepository dossiers;
    private final Directory directory;
    private final SelectionViews views;
    private final Notices notices;

    SelectionSubject(
            CallRepository calls,
            DossierRepository dossiers,
            Directory directory,
            SelectionViews views,
            Notices notices) {
        this.calls = calls;
        this.dossiers = dossiers;
        this.directory = directory;
        this.views = views;
        this.notices = notices;
    }

    @Override
    public CouncilPurpose purpose() {
        return CouncilPurpose.SELECTION;
    }

    @Override
    public Map<UUID, String> items(UUID callId) {
        Map<UUID, String> items = new LinkedHashMap<>();
        valid(dossiers, callId).forEach(d -> items.put(d.id(), views.orgName(d.applicantOrganisationId())));
        return items;
    }

    @Override
    public List<ConflictRules.DossierFacts> parties(UUID callId) {
        return valid(dossiers, callId).stream().map(this::facts).toList();
    }

    @Override
    public Invitation invitation(UUID callId, UUID councilId, CouncilRole role) {
        Call call = calls.findById(callId).orElseThrow(() -> new NotFoundException("projects", "?"));
        return new Invitation(
                notices.t("council.notify.invited.subject", call.code()),
                notices.t("council.notify.invited.body", notices.t("council.role." + role.name()), call.title()),
                "/councils/" + councilId);
    }

    /** The dossiers a council scores: found valid at the opening (and, later, concluded). */
    static List<Dossier> valid(DossierRepository dossiers, UUID callId) {
        return dossiers.findByCallIdOrderByCreatedAt(callId).stream()
                .filter(d -> d.state() == DossierState.VALID
                        || d.state() == DossierState.SELECTED
                        || d.state() == DossierState.NOT_SELECTED)
                .toList();
    }

    private ConflictRules.DossierFacts facts(Dossier dossier) {
        Set<UUID> people = new HashSet<>(dossier.keyMemberIds());
        if (dossier.principalInvestigatorId() != null) {
            people.add(dossier.principalInvestigatorId());
        }
        List<String> names = people.stream()
                .map(id -> directory.person(id).map(PersonSummary::fullName).orElse(""))
                .toList();
        return new ConflictRules.DossierFacts(
                dossier.applicantOrganisationId(), Set.copyOf(dossier.partnerOrganisationIds()), people, names);
    }
}
