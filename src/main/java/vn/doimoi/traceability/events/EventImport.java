package vn.doimoi.traceability.events;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.spreadsheet.SheetImport;
import vn.doimoi.shared.spreadsheet.SheetRow;
import vn.doimoi.shared.spreadsheet.TextSheet;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.LocationKind;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.catalogue.LocationRow;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.TraceAccess;
import vn.doimoi.traceability.gs1.Gln;
import vn.doimoi.traceability.gs1.Gtin;
import vn.doimoi.traceability.gs1.InvalidGs1DataException;

/**
 * Steps of an enterprise's lots from an Excel sheet (issue 20): every row is checked as the phone
 * form checks it, plus what the sheet adds (GTIN and GLN check digits, the lot and location being
 * the enterprise's own, the step's name, the time as dd/MM/yyyy HH:mm); then all are stored in one
 * transaction, or none when a row is wrong, and the report names each wrong row and why.
 */
@Service
public class EventImport {

    /** A sheet of this many steps is checked and stored in a few seconds; a bigger one goes through the API. */
    public static final int MAX_ROWS = 5_000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

    private final EventRecorder recorder;
    private final Lots lots;
    private final Locations locations;
    private final TraceAccess access;
    private final EventStore store;
    private final MessageSource messages;
    private final Clock clock;

    EventImport(
            EventRecorder recorder,
            Lots lots,
            Locations locations,
            TraceAccess access,
            EventStore store,
            MessageSource messages,
            Clock clock) {
        this.recorder = recorder;
        this.lots = lots;
        this.locations = locations;
        this.access = access;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The template, its example journey on the organisation's newest lot, its farm and its plant
     * (placeholders for what it has not registered yet).
     */
    @Transactional(readOnly = true)
    public byte[] template(CurrentUser actor) {
        UUID organisation = access.writer(actor);
        Instant now = clock.instant();
        EventWorkbook.Example placeholder =
                EventWorkbook.Example.placeholder(LocalDate.ofInstant(now, FieldEvents.VIETNAM));
        Optional<LotRow> lot = lots.list(organisation).stream().findFirst();
        List<LocationRow> own = locations.list(organisation);
        String farm = gln(own, LocationKind.FARM).orElse(placeholder.farmGln());
        String plant = gln(own, LocationKind.PLANT).orElse(farm);
        return EventWorkbook.template(
                new EventWorkbook.Example(
                        lot.map(LotRow::gtin).orElse(placeholder.gtin()),
                        lot.map(LotRow::lotNumber).orElse(placeholder.lot()),
                        lot.map(LotRow::producedOn).orElse(placeholder.producedOn()),
                        farm,
                        plant),
                now);
    }

    /** The GLN of the first location of this kind, else of any location. */
    private static Optional<String> gln(List<LocationRow> locations, LocationKind kind) {
        return locations.stream()
                .filter(location -> location.kind() == kind)
                .findFirst()
                .or(() -> locations.stream().findFirst())
                .map(LocationRow::gln);
    }

    /** Imports the sheet's steps: all of them, or none with the reason for each refused row. */
    @Transactional
    public SheetImport importWorkbook(CurrentUser actor, InputStream workbook) {
        UUID organisation = access.writer(actor);
        List<TextSheet.Line> lines;
        try {
            lines = EventWorkbook.read(workbook);
        } catch (IOException | RuntimeException e) {
            return SheetImport.refused("traceability.import.unreadable");
        }
        if (lines.size() > MAX_ROWS) {
            return new SheetImport(
                    0, List.of(new SheetImport.Problem(0, "traceability.import.tooMany", List.of(MAX_ROWS))));
        }
        Instant now = clock.instant();
        RowChecks checks = new RowChecks(organisation, now);
        List<Row> rows = lines.stream().map(this::row).toList();
        SheetImport report = SheetImport.allOrNothing(rows, "traceability.import.empty", checks::check, event -> {});
        if (!report.accepted()) {
            return report;
        }
        store.insertAll(checks.rows, actor.username());
        for (int i = 0; i < checks.rows.size(); i++) {
            recorder.audited(checks.rows.get(i), checks.lotsOfRows.get(i), checks.stepsOfRows.get(i));
        }
        return report;
    }

    /** A sheet line read into a step, or the reason it cannot be read. */
    record Row(int number, @Nullable Parsed value, @Nullable String problemKey, Object[] problemArgs)
            implements SheetRow<Parsed> {

        static Row problem(int number, String key, Object... args) {
            return new Row(number, null, key, args);
        }
    }

    record Parsed(
            int number,
            String gtin,
            String lot,
            Step step,
            LocalDateTime time,
            String gln,
            @Nullable BigDecimal quantity,
            @Nullable String partner,
            @Nullable String note) {}

    private Row row(TextSheet.Line line) {
        int number = line.number();
        String gtinText = line.cell(EventWorkbook.GTIN);
        String lotText = line.cell(EventWorkbook.LOT);
        String stepText = line.cell(EventWorkbook.STEP);
        String timeText = line.cell(EventWorkbook.TIME);
        String glnText = line.cell(EventWorkbook.GLN);
        if (gtinText == null || lotText == null || stepText == null || timeText == null || glnText == null) {
            return Row.problem(number, "traceability.import.missing");
        }
        String gtin;
        try {
            gtin = Gtin.parse(gtinText).value();
        } catch (InvalidGs1DataException e) {
            return Row.problem(number, "traceability.error.gtin", gtinText);
        }
        String gln;
        try {
            gln = Gln.parse(glnText).value();
        } catch (InvalidGs1DataException e) {
            return Row.problem(number, "traceability.error.gln", glnText);
        }
        Step step = step(stepText);
        if (step == null) {
            return Row.problem(number, "traceability.import.step", stepText);
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(timeText.strip(), TIME);
        } catch (DateTimeParseException e) {
            return Row.problem(number, "traceability.import.time", timeText);
        }
        BigDecimal quantity = null;
        String quantityText = line.cell(EventWorkbook.QUANTITY);
        if (quantityText != null) {
            try {
                quantity = new BigDecimal(quantityText.strip().replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                return Row.problem(number, "traceability.import.quantity", quantityText);
            }
        }
        return new Row(
                number,
                new Parsed(
                        number,
                        gtin,
                        lotText.strip(),
                        step,
                        time,
                        gln,
                        quantity,
                        line.cell(EventWorkbook.PARTNER),
                        line.cell(EventWorkbook.NOTE)),
                null,
                new Object[0]);
    }

    /** The step a cell names: its code (HARVEST) or its Vietnamese name (Thu hoạch), any case. */
    private @Nullable Step step(String text) {
        String wanted = comparable(text);
        for (Step step : Step.values()) {
            if (comparable(step.name()).equals(wanted)
                    || comparable(messages.getMessage(
                                    "traceability.step." + step.name(), null, Locale.forLanguageTag("vi")))
                            .equals(wanted)) {
                return step;
            }
        }
        return null;
    }

    private static String comparable(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The checks that need the database, with what they found kept for the rows that follow. */
    private final class RowChecks {

        private final UUID organisation;
        private final Instant now;
        private final Map<String, Optional<LotRow>> lotsByKey = new HashMap<>();
        private final Map<String, Optional<LocationRow>> locationsByGln = new HashMap<>();
        private final Map<String, Integer> rowOfEvent = new HashMap<>();
        final List<EventRow> rows = new ArrayList<>();
        final List<LotRow> lotsOfRows = new ArrayList<>();
        final List<Step> stepsOfRows = new ArrayList<>();

        RowChecks(UUID organisation, Instant now) {
            this.organisation = organisation;
            this.now = now;
        }

        Parsed check(Parsed row) {
            LotRow lot = lotsByKey
                    .computeIfAbsent(row.gtin() + "/" + row.lot(), key -> lots.find(row.gtin(), row.lot()))
                    .filter(found -> found.organisationId().equals(organisation))
                    .orElseThrow(() -> DomainException.invalid("traceability.import.lot", row.lot(), row.gtin()));
            LocationRow location = locationsByGln
                    .computeIfAbsent(row.gln(), locations::byGln)
                    .filter(found -> found.organisationId().equals(organisation))
                    .orElseThrow(() -> DomainException.invalid("traceability.import.location", row.gln()));
            FieldEvent form = new FieldEvent(
                    row.step(),
                    row.time().atZone(FieldEvents.VIETNAM).toInstant(),
                    location.id(),
                    row.quantity(),
                    row.partner(),
                    row.note());
            EventRow event = recorder.prepare(lot, location, form, now);
            Integer earlier = rowOfEvent.putIfAbsent(event.eventId(), row.number());
            if (earlier != null) {
                throw DomainException.conflict("traceability.import.twice", earlier);
            }
            if (!store.existing(List.of(event.eventId())).isEmpty()) {
                throw DomainException.conflict("traceability.error.duplicateEvent", event.eventId());
            }
            rows.add(event);
            lotsOfRows.add(lot);
            stepsOfRows.add(row.step());
            return row;
        }
    }
}
