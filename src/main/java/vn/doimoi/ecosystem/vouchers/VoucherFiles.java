package vn.doimoi.ecosystem.vouchers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.files.EvidenceFiles;

/** Evidence of a delivery (minutes, reports, photos). */
@Component
public class VoucherFiles extends EvidenceFiles {

    VoucherFiles(@Value("${doimoi.ecosystem.voucher-files-dir:data/voucher-files}") String root) {
        super(root, "vouchers.error.fileType");
    }
}
