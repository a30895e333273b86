package vn.doimoi.programs.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.programs.Programmes;
import vn.doimoi.shared.references.Reference;
import vn.doimoi.shared.references.ReferenceSource;
import vn.doimoi.shared.references.References;

/**
 * The programmes that rest on a document: the basis document each programme records (its number,
 * e.g. 54-CTr/TU), or the programme's own number when a page cites it.
 */
@Component
class ProgrammeReferences implements ReferenceSource {

    private final Programmes programmes;

    ProgrammeReferences(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public List<Reference> about(String number) {
        return programmes.programmes().stream()
                .filter(p ->
                        References.sameNumber(p.documentNumber(), number) || References.sameNumber(p.number(), number))
                .map(p -> new Reference("reference.programme", p.number() + " — " + p.title(), "/programs/" + p.id()))
                .toList();
    }
}
