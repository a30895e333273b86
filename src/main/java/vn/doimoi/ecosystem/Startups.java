package vn.doimoi.ecosystem;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.ecosystem.startups.FundingRange;
import vn.doimoi.ecosystem.startups.FundingRound;
import vn.doimoi.ecosystem.startups.InnovatorKind;
import vn.doimoi.ecosystem.startups.InnovatorProfile;
import vn.doimoi.ecosystem.startups.ProfileFacts;
import vn.doimoi.ecosystem.startups.RecognitionRule;
import vn.doimoi.ecosystem.startups.StartupRegister;
import vn.doimoi.ecosystem.startups.StartupStage;

/**
 * The startups area for other modules (the demo content): profiles entered and decided as the
 * signed-in user, through the area's own service and its checks.
 */
@Service("ecosystemStartups")
public class Startups {

    private final StartupRegister register;

    Startups(StartupRegister register) {
        this.register = register;
    }

    /** A funding round as a range: the round's name, its year and the range raised. */
    public record Round(
            String name, int year, String range, @Nullable String investor) {}

    /**
     * The signed-in member (or STAFF for the organisation) records the organisation's profile as
     * {@code kind} (an {@link InnovatorKind} name), with a stage ({@link StartupStage} name) for a startup.
     */
    public UUID profile(
            UUID organisationId,
            String kind,
            @Nullable String stage,
            @Nullable Integer foundedYear,
            int teamSize,
            String team,
            String product,
            String productDescription,
            Set<String> fieldCodes,
            List<Round> rounds) {
        long version = existing(organisationId).map(InnovatorProfile::version).orElse(-1L);
        return register.save(
                organisationId,
                version,
                new ProfileFacts(
                        InnovatorKind.valueOf(kind),
                        stage == null ? null : StartupStage.valueOf(stage),
                        foundedYear,
                        teamSize,
                        team,
                        product,
                        productDescription,
                        fieldCodes,
                        rounds.stream()
                                .map(r -> new FundingRound(
                                        r.name(), r.year(), FundingRange.valueOf(r.range()), r.investor()))
                                .toList()));
    }

    /** Whether the organisation has a profile already. */
    public boolean hasProfile(UUID organisationId) {
        return existing(organisationId).isPresent();
    }

    /** The organisation applies for recognition. */
    public void apply(UUID profileId) {
        register.apply(profileId, register.get(profileId).version());
    }

    /** STAFF recognise, confirming every criterion the rule version in force sets for the profile's kind. */
    public void recognise(UUID profileId, String note) {
        InnovatorProfile profile = register.get(profileId);
        RecognitionRule rule = register.ruleInForce().values();
        Set<String> all = Set.copyOf(rule.criteriaFor(profile.kind()).stream()
                .map(RecognitionRule.Criterion::code)
                .toList());
        register.recognise(profileId, profile.version(), all, note);
    }

    private Optional<InnovatorProfile> existing(UUID organisationId) {
        return register.all().stream()
                .filter(p -> p.organisationId().equals(organisationId))
                .findFirst();
    }
}
