package vn.doimoi.market.deal;

import java.time.LocalDate;
import java.util.List;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleKind;

/**
 * Whether a transfer contract must be registered, and by when (Technology Transfer Law
 * 07/2017/QH14 art. 31, as amended by the law passed on 10/12/2025 and in force from 1/4/2026, whose
 * registration text doimoi could not verify: see ADR 0016). A rule version of kind
 * {@code transfer-registration} the Department keeps (ADR 0051); a deal is decided under the version
 * in force on the day its contract was signed.
 *
 * @param version the article the decision cites, shown beside every decision
 * @param deadlineDays days from signing within which the registration is filed
 * @param documents the dossier's documents, as message-key suffixes
 */
public record RegistrationRules(String version, int deadlineDays, List<String> documents) {

    public static final RuleKind<RegistrationRules> KIND =
            RuleKind.of("transfer-registration", RegistrationRules.class);

    /** The law of 2017, art. 31 (90 days: art. 31 and Decree 76/2018), as shipped. */
    public static final RegistrationRules LAW_2017_ART_31 =
            BundledRules.INSTANCE.version(KIND, "CGCN-07-2017").values();

    public RegistrationRules {
        if (version.isBlank() || deadlineDays < 1 || deadlineDays > 3650 || documents.isEmpty()) {
            throw new IllegalArgumentException("registration: " + version + ", " + deadlineDays + " days");
        }
        documents = List.copyOf(documents);
    }

    /** What the rule says for one deal. */
    public record Decision(boolean required, String basis, String reasonKey, LocalDate deadline) {}

    /**
     * The decision for a contract signed on {@code signedOn}: mandatory for transfers from abroad
     * into Vietnam (art. 31.1.a) and from Vietnam abroad (art. 31.1.b), and for domestic transfers
     * using state capital or the state budget (art. 31.1.c) unless the technology is the result of
     * an S&T task whose results were already registered; voluntary otherwise (art. 31.2).
     */
    public Decision decide(
            TransferDirection direction, boolean stateCapital, boolean taskResultRegistered, LocalDate signedOn) {
        LocalDate deadline = signedOn.plusDays(deadlineDays);
        return switch (direction) {
            case FOREIGN_TO_VIETNAM ->
                new Decision(
                        true, version + " khoản 1 điểm a", "market.registration.reason.foreignToVietnam", deadline);
            case VIETNAM_TO_FOREIGN ->
                new Decision(
                        true, version + " khoản 1 điểm b", "market.registration.reason.vietnamToForeign", deadline);
            case DOMESTIC -> {
                if (stateCapital && !taskResultRegistered) {
                    yield new Decision(
                            true, version + " khoản 1 điểm c", "market.registration.reason.stateCapital", deadline);
                }
                if (stateCapital) {
                    yield new Decision(
                            false,
                            version + " khoản 1 điểm c",
                            "market.registration.reason.taskResultRegistered",
                            deadline);
                }
                yield new Decision(false, version + " khoản 2", "market.registration.reason.voluntary", deadline);
            }
        };
    }
}
