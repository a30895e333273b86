package vn.doimoi.traceability.web;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;
import vn.doimoi.traceability.catalogue.LotRow;

/** The paths of a lot on our site: its Digital Link (the QR code's) and its consumer page. */
final class ConsumerPaths {

    private ConsumerPaths() {}

    static String digitalLink(LotRow lot) {
        return "/01/" + lot.gtin() + "/10/" + UriUtils.encodePathSegment(lot.lotNumber(), StandardCharsets.UTF_8);
    }

    /** The human-readable interpretation printed under the code. */
    static String hri(LotRow lot) {
        return "(01)" + lot.gtin() + "(10)" + lot.lotNumber();
    }

    static String consumerPage(LotRow lot) {
        return "/truy-xuat" + digitalLink(lot);
    }

    /** The page of a product when a code names no lot. */
    static String productPage(String gtin) {
        return "/truy-xuat/01/" + gtin;
    }
}
