package vn.doimoi.ecosystem.awards;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.files.EvidenceFiles;
import vn.doimoi.shared.files.FileStores;

/** Evidence files of nominations (publications, minutes of application, users' confirmations). */
@Component
class AwardFiles extends EvidenceFiles {

    AwardFiles(FileStores stores, @Value("${doimoi.ecosystem.award-files-dir:data/award-files}") String root) {
        super(stores, "ecosystem-awards", root, "awards.error.fileType");
    }
}
