package vn.doimoi.ecosystem.initiatives;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.ecosystem.files.EvidenceFile;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.files.StoredContent;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Initiatives from declaration to recognition. Any signed-in user declares and edits their own;
 * STAFF check, send to a council of the one engine (family {@value #RULE_FAMILY} of the
 * {@code review-council} rule versions) and record the decision. Every change is audited.
 */
@Service
@Transactional
public class Initiatives {

    /** The code prefix of the initiative council's rule versions ({@code SK-ND13-2012}, ...). */
    static final String RULE_FAMILY = "SK";

    private final InitiativeRepository initiatives;
    private final InitiativeFiles files;
    private final Accounts accounts;
    private final Directory directory;
    private final ReviewCouncils councils;
    private final InitiativeNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Initiatives(
            InitiativeRepository initiatives,
            InitiativeFiles files,
            Accounts accounts,
            Directory directory,
            ReviewCouncils councils,
            InitiativeNotices notices,
            AuditLog audit,
            Clock clock) {
        this.initiatives = initiatives;
        this.files = files;
        this.accounts = accounts;
        this.directory = directory;
        this.councils = councils;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------ the author

    /** The signed-in user declares an initiative as its author. */
    public UUID declare(String authorName, Declaration declaration) {
        CurrentUser me = actor();
        String name = VietnameseText.nfc(authorName.strip());
        if (name.isEmpty()) {
            throw DomainException.invalid("initiatives.error.authorName");
        }
        UUID person = directory.personOfUser(me.id().value()).orElse(null);
        Initiative initiative =
                new Initiative(me.id().value(), name, person, me.organisationId(), declaration, clock.instant());
        initiatives.save(initiative);
        audit.record(
                "initiative.declared", "ecosystem.initiative", initiative.id().toString(), null, state(initiative));
        return initiative.id();
    }

    /** The author edits their declaration while it is declared or returned. */
    public void edit(UUID id, long version, Declaration declaration) {
        Initiative initiative = own(id);
        requireVersion(initiative, version);
        Map<String, Object> before = state(initiative);
        initiative.edit(declaration, clock.instant());
        initiatives.saveAndFlush(initiative);
        audit.record("initiative.edited", "ecosystem.initiative", id.toString(), before, state(initiative));
    }

    /** The author adds an evidence file (checked by content, kept by its hash). */
    public void addEvidence(UUID id, String fileName, InputStream content, long declaredSize) {
        Initiative initiative = own(id);
        if (!initiative.state().editable()) {
            throw DomainException.conflict("initiatives.error.notEditable");
        }
        StoredContent stored = files.keep(content, declaredSize);
        EvidenceFile file = EvidenceFile.of(stored, fileName);
        initiative.addEvidence(file);
        initiatives.saveAndFlush(initiative);
        audit.record(
                "initiative.evidenceAdded",
                "ecosystem.initiative",
                id.toString(),
                null,
                Map.of("file", file.fileName()));
    }

    /** The signed-in user's own initiatives, newest first. */
    @Transactional(readOnly = true)
    public List<Initiative> mine() {
        return initiatives.findByAuthorUserIdOrderByDeclaredAtDesc(actor().id().value());
    }

    /** An initiative, for its author or STAFF; a recognised one for anybody (the honour roll). */
    @Transactional(readOnly = true)
    public Initiative get(UUID id) {
        Initiative initiative = load(id);
        if (initiative.state() == InitiativeState.RECOGNISED) {
            return initiative;
        }
        CurrentUser me = actor();
        if (!me.isStaff() && !initiative.authorUserId().equals(me.id().value())) {
            throw DomainException.forbidden("initiatives.error.notYours");
        }
        return initiative;
    }

    /** An evidence file's content, for the author or STAFF. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(UUID id, int index) {
        Initiative initiative = get(id);
        CurrentUser me = actor();
        if (!me.isStaff() && !initiative.authorUserId().equals(me.id().value())) {
            throw DomainException.forbidden("initiatives.error.notYours");
        }
        if (index < 0 || index >= initiative.evidence().size()) {
            throw new NotFoundException("evidence", id);
        }
        return initiative.evidence().get(index);
    }

    /** The bytes of an evidence file. */
    @Transactional(readOnly = true)
    public byte[] read(EvidenceFile evidence) {
        return files.read(evidence.fileKey()).orElseThrow(() -> new NotFoundException("file", evidence.fileKey()));
    }

    // ------------------------------------------------------------ STAFF

    /** Every initiative, newest first, for STAFF. */
    @Transactional(readOnly = true)
    public List<Initiative> all() {
        requireStaff();
        return initiatives.findAllByOrderByDeclaredAtDesc();
    }

    /** Initiatives in a state, oldest first (the queue STAFF works through). */
    @Transactional(readOnly = true)
    public List<Initiative> inState(InitiativeState state) {
        requireStaff();
        return initiatives.findByStateOrderByDeclaredAtAsc(state);
    }

    /** STAFF find the declaration complete. */
    public void accept(UUID id, long version) {
        change(id, version, "initiative.accepted", Initiative::accept);
        Initiative initiative = load(id);
        notifyAuthor(initiative, "initiatives.notify.accepted");
    }

    /** STAFF return the declaration to its author with what is missing. */
    public void returnToAuthor(UUID id, long version, String note) {
        change(id, version, "initiative.returned", i -> i.returnToAuthor(note));
        notifyAuthor(load(id), "initiatives.notify.returned");
    }

    /** STAFF open the initiative's council under the rule version in force; the council's page seats it. */
    public UUID sendToCouncil(UUID id, long version, @Nullable String decisionNumber) {
        requireStaff();
        Initiative initiative = load(id);
        requireVersion(initiative, version);
        Map<String, Object> before = state(initiative);
        UUID council =
                councils.open(InitiativeCouncil.KIND, id, councils.ruleVersionInForce(RULE_FAMILY), decisionNumber);
        initiative.sentToCouncil(council);
        initiatives.saveAndFlush(initiative);
        audit.record("initiative.sentToCouncil", "ecosystem.initiative", id.toString(), before, state(initiative));
        return council;
    }

    /** STAFF record the recognition decision of an initiative the council passed. */
    public void recognise(UUID id, long version, Decision decision) {
        change(id, version, "initiative.recognised", i -> i.recognise(decision, clock.instant()));
        notifyAuthor(load(id), "initiatives.notify.recognised");
    }

    // ------------------------------------------------------------ public

    /** The honour roll: recognised initiatives, the latest decision first. */
    @Transactional(readOnly = true)
    public List<Initiative> honourRoll() {
        return initiatives.findByStateOrderByDecisionDateDescTitleAsc(InitiativeState.RECOGNISED);
    }

    // ------------------------------------------------------------ helpers

    private void change(UUID id, long version, String action, java.util.function.Consumer<Initiative> step) {
        requireStaff();
        Initiative initiative = load(id);
        requireVersion(initiative, version);
        Map<String, Object> before = state(initiative);
        step.accept(initiative);
        initiatives.saveAndFlush(initiative);
        audit.record(action, "ecosystem.initiative", id.toString(), before, state(initiative));
    }

    private void notifyAuthor(Initiative initiative, String key) {
        notices.toAuthor(initiative, key);
    }

    private Initiative own(UUID id) {
        Initiative initiative = load(id);
        if (!initiative.authorUserId().equals(actor().id().value())) {
            throw DomainException.forbidden("initiatives.error.notYours");
        }
        return initiative;
    }

    Initiative load(UUID id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("initiatives.error.signIn"));
    }

    private void requireStaff() {
        if (!actor().isStaff()) {
            throw DomainException.forbidden("initiatives.error.staffOnly");
        }
    }

    private static void requireVersion(Initiative initiative, long version) {
        if (initiative.version() != version) {
            throw DomainException.conflict("initiatives.error.stale");
        }
    }

    private static Map<String, Object> state(Initiative initiative) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", initiative.state().name());
        map.put("title", initiative.title());
        map.put("evidence", initiative.evidence().size());
        if (initiative.decisionNumber() != null) {
            map.put("decision", initiative.decisionNumber());
        }
        return map;
    }
}
