package vn.doimoi.places.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.doimoi.places.CommuneKind;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.HistoricalCommune;
import vn.doimoi.places.HistoricalProvince;
import vn.doimoi.places.ProvinceUnit;

/**
 * The official lists, read once from {@code places/*.csv} (converted from the packages named in
 * the README beside them; no value holds a comma, so a line splits on commas). Each map keeps the
 * list's order, which is the order of the codes.
 */
@Component
public class PlaceCatalogue {

    private final Map<String, ProvinceUnit> provinces;
    private final Map<String, CommuneUnit> communes;
    private final Map<String, HistoricalProvince> provincesBefore;
    private final Map<String, HistoricalCommune> communesBefore;

    public PlaceCatalogue() {
        provinces =
                read("provinces-2025.csv", r -> new ProvinceUnit(r[0], r[1], "CITY".equals(r[2])), ProvinceUnit::code);
        communes = read(
                "communes-2025.csv",
                r -> new CommuneUnit(r[0], r[1], r[2], CommuneKind.valueOf(r[3])),
                CommuneUnit::code);
        provincesBefore = read(
                "provinces-before-2025.csv", r -> new HistoricalProvince(r[0], r[1], r[3]), HistoricalProvince::code);
        communesBefore = read(
                "communes-before-2025.csv",
                r -> new HistoricalCommune(r[0], r[1], r[2], r[3]),
                HistoricalCommune::code);
    }

    public Map<String, ProvinceUnit> provinces() {
        return provinces;
    }

    public Map<String, CommuneUnit> communes() {
        return communes;
    }

    public Map<String, HistoricalProvince> provincesBefore() {
        return provincesBefore;
    }

    public Map<String, HistoricalCommune> communesBefore() {
        return communesBefore;
    }

    private static <T> Map<String, T> read(String file, Function<String[], T> row, Function<T, String> key) {
        Map<String, T> byCode = new LinkedHashMap<>();
        ClassPathResource resource = new ClassPathResource("places/" + file);
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> all = new ArrayList<>(
                    lines.lines().skip(1).filter(line -> !line.isBlank()).toList());
            for (String line : all) {
                T unit = row.apply(line.split(",", -1));
                byCode.put(key.apply(unit), unit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read places/" + file, e);
        }
        return Collections.unmodifiableMap(byCode);
    }
}
