package vn.doimoi.ecosystem.vouchers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.files.EvidenceFiles;
import vn.doimoi.shared.files.FileStores;

/** Evidence of a delivery (minutes, reports, photos). */
@Component
public class VoucherFiles extends EvidenceFiles {

    VoucherFiles(FileStores stores, @Value("${doimoi.ecosystem.voucher-files-dir:data/voucher-files}") String root) {
        super(stores, "ecosystem-vouchers", root, "vouchers.error.fileType");
    }
}
