package vn.doimoi.ecosystem.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.shared.Province;

/**
 * The recognised initiatives in the exchange format documented in
 * {@code docs/ecosystem/initiatives-export.md} (format {@value #FORMAT}), for STAFF to hand to the
 * national initiatives portal. The portal publishes no API, so the file is uploaded or sent by hand;
 * the format is ours, versioned, and keeps the fields a recognition decision records.
 */
@Component
public class PortalExport {

    static final String FORMAT = "doimoi-initiatives/1";

    private final Initiatives initiatives;
    private final Province province;

    PortalExport(Initiatives initiatives, Province province) {
        this.initiatives = initiatives;
        this.province = province;
    }

    /** The file's root: format, province, and the recognised initiatives. */
    public record File(String format, String province, List<Entry> initiatives) {}

    /** One recognised initiative. */
    public record Entry(
            String id,
            String title,
            String field,
            String scope,
            @Nullable LocalDate appliedSince,
            @Nullable BigDecimal economicBenefitVnd,
            String socialBenefit,
            List<Author> authors,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionSigner,
            @Nullable BigDecimal councilAverage) {}

    /** An author and their share in percent. */
    public record Author(String name, int sharePercent) {}

    /** The export, for STAFF. */
    @Transactional(readOnly = true)
    public File export() {
        initiatives.all();
        return new File(
                FORMAT,
                province.name(),
                initiatives.honourRoll().stream().map(PortalExport::entry).toList());
    }

    private static Entry entry(Initiative i) {
        List<Author> authors = new java.util.ArrayList<>();
        authors.add(new Author(i.authorName(), i.authorShare()));
        i.coAuthors().forEach(c -> authors.add(new Author(c.fullName(), c.sharePercent())));
        return new Entry(
                i.id().toString(),
                i.title(),
                i.field(),
                i.scope(),
                i.appliedSince(),
                i.economicBenefit(),
                i.socialBenefit(),
                authors,
                java.util.Objects.requireNonNull(i.decisionNumber()),
                java.util.Objects.requireNonNull(i.decisionDate()),
                java.util.Objects.requireNonNull(i.decisionSigner()),
                i.councilAverage());
    }
}
