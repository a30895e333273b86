package vn.doimoi.traceability.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.labels.LabelSheets;
import vn.doimoi.traceability.labels.LabelSize;

/** The QR labels of a lot, as a PDF the member prints. */
@Controller
class LabelController {

    private final Members members;
    private final Lots lots;
    private final LabelSheets sheets;
    private final PublicSite site;

    LabelController(Members members, Lots lots, LabelSheets sheets, PublicSite site) {
        this.members = members;
        this.lots = lots;
        this.sheets = sheets;
        this.site = site;
    }

    @GetMapping("/traceability/lots/{id}/labels.pdf")
    ResponseEntity<byte[]> labels(@PathVariable UUID id, @RequestParam(required = false) @Nullable LabelSize size) {
        LotRow lot = lots.read(members.actor(), id);
        LabelSheets.Label label = new LabelSheets.Label(
                site.absolute(ConsumerPaths.digitalLink(lot)), ConsumerPaths.hri(lot), lot.productName());
        byte[] pdf = sheets.pdf(label, size == null ? LabelSize.SHEET : size);
        return Downloads.attachment(pdf, MediaType.APPLICATION_PDF, "tem-" + lot.lotNumber() + ".pdf");
    }
}
