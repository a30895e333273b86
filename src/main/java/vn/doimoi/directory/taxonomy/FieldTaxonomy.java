package vn.doimoi.directory.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.FieldCode;
import vn.doimoi.shared.audit.AuditLog;

/** The field-of-science classification as data: read, and replaced or extended by import. */
@Service
@Transactional
public class FieldTaxonomy {

    private final FieldCodeRepository codes;
    private final AuditLog audit;

    FieldTaxonomy(FieldCodeRepository codes, AuditLog audit) {
        this.codes = codes;
        this.audit = audit;
    }

    /** What an import did: how many codes were added and changed, or why rows were refused. */
    public record ImportReport(int added, int changed, List<Rejection> rejections) {
        public boolean accepted() {
            return rejections.isEmpty();
        }
    }

    /** A refused row: its line in the file, its code, and a message key. */
    public record Rejection(long line, String code, String messageKey) {}

    @Transactional(readOnly = true)
    public List<FieldCode> all() {
        return codes.findAllByOrderByCode().stream()
                .map(FieldCodeEntity::toRecord)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<FieldCode> find(String code) {
        return codes.findById(code).map(FieldCodeEntity::toRecord);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return codes.count() == 0;
    }

    /** Adds new codes and renames known ones; nothing is written when any row is refused. */
    public ImportReport importCsv(InputStream csv) {
        Map<String, FieldCodeEntity> existing = codes.findAll().stream()
                .collect(Collectors.toMap(e -> e.toRecord().code(), e -> e));
        FieldCodeCsv.Parsed parsed;
        try {
            parsed = FieldCodeCsv.parse(csv, Set.copyOf(existing.keySet()));
        } catch (IOException | IllegalArgumentException e) {
            return new ImportReport(0, 0, List.of(new Rejection(0, "", "fieldCode.import.unreadable")));
        }
        if (!parsed.rejections().isEmpty()) {
            return new ImportReport(0, 0, parsed.rejections());
        }
        int added = 0;
        int changed = 0;
        // Parents come before children in a well-formed file; save in code order to be sure.
        for (FieldCode code : parsed.codes().stream()
                .sorted(java.util.Comparator.comparing(FieldCode::code))
                .toList()) {
            FieldCodeEntity entity = existing.get(code.code());
            if (entity == null) {
                codes.save(new FieldCodeEntity(code));
                added++;
            } else if (!entity.toRecord().equals(code)) {
                entity.apply(code);
                changed++;
            }
        }
        codes.flush();
        audit.record(
                "fieldCodes.imported", "directory.field_code", "all", null, Map.of("added", added, "changed", changed));
        return new ImportReport(added, changed, List.of());
    }

    /** The classification shipped with doimoi (fields and sectors), loaded into an empty table. */
    public void loadDefaultsIfEmpty() {
        if (!isEmpty()) {
            return;
        }
        try (InputStream csv = FieldTaxonomy.class.getResourceAsStream("/directory/field-codes.csv")) {
            ImportReport report = importCsv(csv);
            if (!report.accepted()) {
                throw new IllegalStateException("The shipped field-codes.csv is invalid: " + report.rejections());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
