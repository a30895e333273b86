package vn.doimoi.market.web;

import java.util.List;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.FieldCode;

/** The sectors (three-digit field codes) a listing is filed under and the marketplace filters by. */
final class Sectors {

    private Sectors() {}

    static List<FieldCode> of(Directory directory) {
        return directory.fieldCodes().stream()
                .filter(code -> code.code().length() == 3)
                .toList();
    }
}
