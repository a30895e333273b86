package vn.doimoi.ecosystem.awards;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.ecosystem.files.EvidenceFile;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.files.StoredContent;

/**
 * The nominator's side of the awards: an organisation's member nominates a person or their own
 * organisation for a category of an open round, within its dates, and adds evidence files while
 * STAFF have not screened it. A nomination is seen by its nominator and STAFF; once awarded, by all.
 */
@Service
@Transactional
public class Nominations {

    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final AwardFiles files;
    private final AwardAccess access;
    private final Directory directory;
    private final RuleVersions rules;
    private final AuditLog audit;
    private final Clock clock;

    Nominations(
            AwardRoundRepository rounds,
            NominationRepository nominations,
            AwardFiles files,
            AwardAccess access,
            Directory directory,
            RuleVersions rules,
            AuditLog audit,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.files = files;
        this.access = access;
        this.directory = directory;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member nominates for a category of a round that takes nominations today. */
    public UUID nominate(UUID roundId, NewNomination nomination) {
        CurrentUser me = access.member();
        AwardRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("award round", roundId));
        if (!round.takesNominations(LocalDate.now(clock.withZone(AwardRound.ZONE)))) {
            throw DomainException.conflict("awards.error.closed");
        }
        AwardRule rule = rules.version(AwardRule.KIND, round.ruleVersion()).values();
        AwardRule.Category category = rule.category(nomination.category())
                .filter(c -> round.categories().contains(c.code()))
                .orElseThrow(() -> DomainException.invalid("awards.error.category", nomination.category()));
        if (nomination.nomineeKind() == null || !category.nominee().admits(nomination.nomineeKind())) {
            throw DomainException.invalid("awards.error.nomineeKind");
        }
        UUID organisation = me.organisationId();
        String nominee;
        UUID nomineeOrganisation = null;
        if (nomination.nomineeKind() == NomineeKind.ORGANISATION) {
            nominee = directory.organisation(organisation).orElseThrow().name();
            nomineeOrganisation = organisation;
        } else {
            nominee = nomination.personName() == null ? "" : nomination.personName();
        }
        Nomination saved = nominations.save(new Nomination(
                roundId, nomination, nominee, nomineeOrganisation, me.id().value(), organisation, clock.instant()));
        audit.record("award.nominated", "ecosystem.awardNomination", saved.id().toString(), null, state(saved));
        return saved.id();
    }

    /** The nominator adds an evidence file while the nomination is not screened yet. */
    public void addFile(UUID id, String fileName, InputStream content, long declaredSize) {
        Nomination nomination = own(id);
        if (nomination.state() != NominationState.SUBMITTED) {
            throw DomainException.conflict("awards.error.notEditable");
        }
        AwardRound round = rounds.findById(nomination.roundId()).orElseThrow();
        int maxFiles =
                rules.version(AwardRule.KIND, round.ruleVersion()).values().maxFiles();
        StoredContent stored = files.keep(content, declaredSize);
        EvidenceFile file = EvidenceFile.of(stored, fileName);
        nomination.addFile(file, maxFiles);
        nominations.saveAndFlush(nomination);
        audit.record(
                "award.fileAdded", "ecosystem.awardNomination", id.toString(), null, Map.of("file", file.fileName()));
    }

    /** The signed-in user's nominations, newest first. */
    @Transactional(readOnly = true)
    public List<Nomination> mine() {
        return nominations.findByNominatedByOrderBySubmittedAtDesc(
                access.me().id().value());
    }

    /** A nomination, for its nominator or STAFF; an awarded one for anybody (the honour roll). */
    @Transactional(readOnly = true)
    public Nomination get(UUID id) {
        Nomination nomination = load(id);
        if (nomination.state() == NominationState.AWARDED) {
            return nomination;
        }
        CurrentUser me = access.me();
        if (!me.isStaff() && !nomination.nominatedBy().equals(me.id().value())) {
            throw DomainException.forbidden("awards.error.notYours");
        }
        return nomination;
    }

    /** An evidence file, for the nominator or STAFF only (files are not public, even of an award). */
    @Transactional(readOnly = true)
    public EvidenceFile file(UUID id, int index) {
        Nomination nomination = load(id);
        CurrentUser me = access.me();
        if (!me.isStaff() && !nomination.nominatedBy().equals(me.id().value())) {
            throw DomainException.forbidden("awards.error.notYours");
        }
        if (index < 0 || index >= nomination.files().size()) {
            throw new NotFoundException("nomination file", id);
        }
        return nomination.files().get(index);
    }

    /** The bytes of an evidence file. */
    @Transactional(readOnly = true)
    public byte[] read(EvidenceFile file) {
        return files.read(file.fileKey()).orElseThrow(() -> new NotFoundException("file", file.fileKey()));
    }

    private Nomination own(UUID id) {
        Nomination nomination = load(id);
        if (!nomination.nominatedBy().equals(access.me().id().value())) {
            throw DomainException.forbidden("awards.error.notYours");
        }
        return nomination;
    }

    private Nomination load(UUID id) {
        return nominations.findById(id).orElseThrow(() -> new NotFoundException("nomination", id));
    }

    static Map<String, Object> state(Nomination nomination) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", nomination.state().name());
        map.put("category", nomination.category());
        map.put("nominee", nomination.nomineeName());
        map.put("files", nomination.files().size());
        return map;
    }
}
