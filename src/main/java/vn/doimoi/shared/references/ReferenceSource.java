package vn.doimoi.shared.references;

import java.util.List;

/** A module's records that concern a document number: the document, what rests on it, what cites it. */
public interface ReferenceSource {

    /** {@code number} as written anywhere ("54-CTr/TU", "54/CTr-TU"); compare with {@link References#sameNumber}. */
    List<Reference> about(String number);
}
