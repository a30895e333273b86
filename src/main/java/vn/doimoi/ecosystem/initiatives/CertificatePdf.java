package vn.doimoi.ecosystem.initiatives;

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
 * The certificate of a recognised initiative (giấy chứng nhận sáng kiến), from the record and its
 * decision, drawn as every ecosystem certificate is ({@link CertificateDocument}). A
 * Vietnamese document: its text is Vietnamese whatever the reader's language.
 */
@Component
public class CertificatePdf {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Initiatives initiatives;
    private final MessageSource messages;
    private final Province province;

    CertificatePdf(Initiatives initiatives, MessageSource messages, Province province) {
        this.initiatives = initiatives;
        this.messages = messages;
        this.province = province;
    }

    /** The certificate; refused until the decision is recorded. */
    @Transactional(readOnly = true)
    public byte[] render(UUID id) {
        Initiative initiative = initiatives.get(id);
        if (initiative.state() != InitiativeState.RECOGNISED
                || initiative.decisionDate() == null
                || initiative.decisionNumber() == null) {
            throw DomainException.conflict("initiatives.error.notRecognised");
        }
        CertificateDocument document = new CertificateDocument()
                .bold(t("initiatives.certificate.issuer", province.nameInCapitals()))
                .bold(t("initiatives.certificate.nation"))
                .line(t("initiatives.certificate.motto"))
                .space()
                .title(t("initiatives.certificate.title"))
                .space()
                .bold(t("initiatives.certificate.initiative", initiative.title()))
                .line(t("initiatives.certificate.author", initiative.authorName(), initiative.authorShare()));
        initiative
                .coAuthors()
                .forEach(c -> document.line(t("initiatives.certificate.coAuthor", c.fullName(), c.sharePercent())));
        return document.line(t("initiatives.certificate.scope", initiative.scope()))
                .space()
                .line(t(
                        "initiatives.certificate.decision",
                        initiative.decisionNumber(),
                        VietnameseFormats.date(initiative.decisionDate())))
                .space()
                .signer(initiative.decisionSigner() == null ? "" : initiative.decisionSigner())
                .toPdf();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
