package vn.doimoi.ecosystem.awards;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.ecosystem.documents.CertificateDocument;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The certificate of a provincial S&T award (giấy chứng nhận giải thưởng), from the nomination,
 * its category and the round's decision. A Vietnamese document whatever the reader's language.
 */
@Component
public class AwardCertificatePdf {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Nominations nominations;
    private final AwardRounds rounds;
    private final MessageSource messages;
    private final Province province;

    AwardCertificatePdf(Nominations nominations, AwardRounds rounds, MessageSource messages, Province province) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.messages = messages;
        this.province = province;
    }

    /** The certificate of an awarded nomination; refused for any other. */
    @Transactional(readOnly = true)
    public byte[] render(UUID nominationId) {
        Nomination nomination = nominations.get(nominationId);
        AwardRound round = rounds.get(nomination.roundId());
        if (nomination.state() != NominationState.AWARDED
                || round.decisionNumber() == null
                || round.decisionDate() == null) {
            throw DomainException.conflict("awards.error.notAwarded");
        }
        String category = rounds.rule(round)
                .values()
                .category(nomination.category())
                .map(AwardRule.Category::name)
                .orElse(nomination.category());
        return new CertificateDocument()
                .bold(t("awards.certificate.issuer", province.nameInCapitals()))
                .bold(t("awards.certificate.nation"))
                .line(t("awards.certificate.motto"))
                .space()
                .title(t("awards.certificate.title"))
                .space()
                .line(t("awards.certificate.round", round.title()))
                .bold(nomination.nomineeName())
                .line(t("awards.certificate.category", category))
                .line(t("awards.certificate.achievement", nomination.achievement()))
                .space()
                .line(t(
                        "awards.certificate.decision",
                        round.decisionNumber(),
                        VietnameseFormats.date(round.decisionDate())))
                .space()
                .signer(round.decisionSigner() == null ? "" : round.decisionSigner())
                .toPdf();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
