package vn.doimoi.ecosystem.startups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Profiles and their recognition (ADR 0072). A member edits and applies for its own organisation;
 * STAFF may enter a profile for any organisation (from a paper application) and decide under the
 * {@code startup-recognition} rule version in force. Every change is audited.
 */
@Service
@Transactional
public class StartupRegister {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String AUDIT_TYPE = "ecosystem.innovator";

    private final InnovatorProfileRepository profiles;
    private final Directory directory;
    private final RuleVersions rules;
    private final Accounts accounts;
    private final StartupNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    StartupRegister(
            InnovatorProfileRepository profiles,
            Directory directory,
            RuleVersions rules,
            Accounts accounts,
            StartupNotices notices,
            AuditLog audit,
            Clock clock) {
        this.profiles = profiles;
        this.directory = directory;
        this.rules = rules;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------ the organisation (or STAFF for it)

    /** The signed-in member's organisation's profile, if it has one. */
    @Transactional(readOnly = true)
    public Optional<InnovatorProfile> mine() {
        return profiles.findByOrganisationId(myOrganisation());
    }

    /** The member's organisation, which its profile describes. */
    @Transactional(readOnly = true)
    public OrganisationSummary myOrganisationSummary() {
        return organisation(myOrganisation());
    }

    /** Creates or changes the profile of the member's own organisation; answers its id. */
    public UUID saveMine(long version, ProfileFacts facts) {
        return save(myOrganisation(), version, facts);
    }

    /**
     * Creates or changes an organisation's profile: its member, or STAFF. {@code version} is the one
     * the form was read at (-1 for a new profile); a profile changed since is refused.
     */
    public UUID save(UUID organisationId, long version, ProfileFacts facts) {
        requireActsFor(organisationId);
        OrganisationSummary organisation = organisation(organisationId);
        checkFields(facts.fieldCodes());
        Optional<InnovatorProfile> existing = profiles.findByOrganisationId(organisationId);
        if (existing.isEmpty()) {
            if (version >= 0) {
                throw DomainException.conflict("startups.error.stale");
            }
            InnovatorProfile profile =
                    new InnovatorProfile(organisationId, organisation.name(), facts, clock.instant());
            profiles.saveAndFlush(profile);
            audit.record("innovator.created", AUDIT_TYPE, profile.id().toString(), null, state(profile));
            return profile.id();
        }
        InnovatorProfile profile = existing.get();
        requireVersion(profile, version);
        Map<String, Object> before = state(profile);
        profile.edit(organisation.name(), facts, clock.instant());
        profiles.saveAndFlush(profile);
        audit.record("innovator.edited", AUDIT_TYPE, profile.id().toString(), before, state(profile));
        return profile.id();
    }

    /** The organisation asks the Department to recognise its profile under the rule version in force. */
    public void apply(UUID id, long version) {
        InnovatorProfile profile = load(id);
        requireActsFor(profile.organisationId());
        requireVersion(profile, version);
        Map<String, Object> before = state(profile);
        profile.apply(ruleInForce().values(), actor().id().value(), today().getYear(), clock.instant());
        profiles.saveAndFlush(profile);
        audit.record("innovator.applied", AUDIT_TYPE, id.toString(), before, state(profile));
        notices.toStaff(profile, organisation(profile.organisationId()).name());
    }

    // ------------------------------------------------------------ STAFF

    /** Profiles waiting for a decision, oldest application first. */
    @Transactional(readOnly = true)
    public List<InnovatorProfile> queue() {
        requireStaff();
        return profiles.findByStateOrderByAppliedAtAsc(RecognitionState.APPLIED);
    }

    /** Every profile, last changed first. */
    @Transactional(readOnly = true)
    public List<InnovatorProfile> all() {
        requireStaff();
        return profiles.findAllByOrderByUpdatedAtDesc();
    }

    /** STAFF recognise the profile, confirming each criterion of the rule version in force. */
    public void recognise(UUID id, long version, Set<String> confirmed, String note) {
        RuleVersion<RecognitionRule> rule = ruleInForce();
        decide(
                id,
                version,
                "innovator.recognised",
                "startups.notify.recognised",
                p -> p.recognise(rule.code(), rule.values(), confirmed, note, actor().username(), clock.instant()));
    }

    /** STAFF refuse with the reasons the organisation will read. */
    public void refuse(UUID id, long version, String reasons) {
        String rule = ruleInForce().code();
        decide(
                id,
                version,
                "innovator.refused",
                "startups.notify.refused",
                p -> p.refuse(rule, reasons, actor().username()));
    }

    /** The rule version recognition is decided under today. */
    @Transactional(readOnly = true)
    public RuleVersion<RecognitionRule> ruleInForce() {
        return rules.inForce(RecognitionRule.KIND, today());
    }

    // ------------------------------------------------------------ reading

    /**
     * A profile: a recognised one for anybody; otherwise for its organisation's members and STAFF
     * only, and not found for anybody else (a draft is nobody else's business).
     */
    @Transactional(readOnly = true)
    public InnovatorProfile get(UUID id) {
        InnovatorProfile profile = load(id);
        if (profile.state() == RecognitionState.RECOGNISED) {
            return profile;
        }
        CurrentUser me = accounts.current().orElse(null);
        if (me == null || !(me.isStaff() || me.actsFor(profile.organisationId()))) {
            throw new NotFoundException("innovator", id);
        }
        return profile;
    }

    /** Recognised profiles, the latest recognition first. */
    @Transactional(readOnly = true)
    public List<InnovatorProfile> recognised() {
        return profiles.findByStateOrderByRecognisedAtDesc(RecognitionState.RECOGNISED);
    }

    // ------------------------------------------------------------ helpers

    private void decide(UUID id, long version, String action, String notice, Consumer<InnovatorProfile> step) {
        requireStaff();
        InnovatorProfile profile = load(id);
        requireVersion(profile, version);
        Map<String, Object> before = state(profile);
        step.accept(profile);
        profiles.saveAndFlush(profile);
        audit.record(action, AUDIT_TYPE, id.toString(), before, state(profile));
        notices.toOrganisation(profile, organisation(profile.organisationId()).name(), notice);
    }

    private void checkFields(Set<String> codes) {
        for (String code : codes) {
            if (directory.fieldCode(code).isEmpty()) {
                throw DomainException.invalid("startups.error.fieldCode", code);
            }
        }
    }

    private OrganisationSummary organisation(UUID id) {
        return directory.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private UUID myOrganisation() {
        CurrentUser me = actor();
        if (!me.has(Role.ORG_MEMBER) || me.organisationId() == null) {
            throw DomainException.forbidden("startups.error.memberOnly");
        }
        return me.organisationId();
    }

    private void requireActsFor(UUID organisationId) {
        CurrentUser me = actor();
        if (!me.isStaff() && !(me.has(Role.ORG_MEMBER) && me.actsFor(organisationId))) {
            throw DomainException.forbidden("startups.error.notYours");
        }
    }

    private void requireStaff() {
        if (!actor().isStaff()) {
            throw DomainException.forbidden("startups.error.staffOnly");
        }
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("startups.error.signIn"));
    }

    InnovatorProfile load(UUID id) {
        return profiles.findById(id).orElseThrow(() -> new NotFoundException("innovator", id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    private static void requireVersion(InnovatorProfile profile, long version) {
        if (profile.version() != version) {
            throw DomainException.conflict("startups.error.stale");
        }
    }

    private static Map<String, Object> state(InnovatorProfile profile) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", profile.state().name());
        map.put("kind", profile.kind().name());
        map.put("product", profile.product());
        if (profile.ruleVersion() != null) {
            map.put("rule", profile.ruleVersion());
        }
        if (profile.decisionNote() != null) {
            map.put("note", profile.decisionNote());
        }
        return map;
    }
}
