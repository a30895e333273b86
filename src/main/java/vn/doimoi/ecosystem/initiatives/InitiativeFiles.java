package vn.doimoi.ecosystem.initiatives;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.files.EvidenceFiles;
import vn.doimoi.shared.files.FileStores;

/** Evidence files of initiatives (minutes of application, an adopter's confirmation, photos). */
@Component
class InitiativeFiles extends EvidenceFiles {

    InitiativeFiles(FileStores stores, @Value("${doimoi.initiatives.files-dir:data/initiative-files}") String root) {
        super(stores, "ecosystem-initiatives", root, "initiatives.error.fileType");
    }
}
