package org.bulletinpipeline.query.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.repository.FactRepository;
import org.bulletinpipeline.query.repository.PlaceDirectory;
import org.bulletinpipeline.query.search.BadQueryException;
import org.bulletinpipeline.query.search.SearchFilter;
import org.bulletinpipeline.query.view.FactViews.Evidence;
import org.bulletinpipeline.query.view.FactViews.FactRow;
import org.bulletinpipeline.query.view.FactViews.FactSeries;
import org.bulletinpipeline.query.view.FactViews.Point;
import org.bulletinpipeline.query.view.FactViews.Series;

/**
 * Daily series of epidemic figures per place. The same figure is often printed in several bulletins (a city's daily
 * notice and the next day's paper): reports of one type, place and day count once, at their largest value. A
 * rollup then adds the places under a division for counts (new confirmed cases of 禹州市 and 魏都区 make 许昌市's)
 * and takes the largest for streaks and rounds, which do not add up.
 */
@ApplicationScoped
public class FactSeriesService {

    /** Counts of disjoint places add up in a rollup (a city's new cases are its counties'); streaks and rounds do not. */
    static final Set<String> ADDITIVE = Set.of("confirmed_cases", "people_tested", "medical_staff_deployed",
            "suspected_cases", "deaths", "recoveries", "close_contacts", "confirmed_total", "suspected_total",
            "deaths_total", "recoveries_total", "close_contacts_total");
    static final Set<String> ROLLUPS = Set.of("none", "county", "city", "province");
    static final int MAX_FACTS = 50_000;

    private final FactRepository facts;
    private final PlaceDirectory places;
    private final SearchCriteriaParser parser;

    public FactSeriesService(FactRepository facts, PlaceDirectory places, SearchCriteriaParser parser) {
        this.facts = facts;
        this.places = places;
        this.parser = parser;
    }

    public FactSeries series(String type, String place, String from, String to, String rollup) {
        String t = SearchCriteriaParser.blankToNull(type);
        List<String> types = SearchFilter.FACT_TYPE.accepted().allowed();
        if (t != null && !types.contains(t)) {
            throw new BadQueryException("invalid-fact-type", "type must be one of " + String.join(", ", types) + ".");
        }
        String r = SearchCriteriaParser.blankToNull(rollup) == null ? "none" : rollup.trim();
        if (!ROLLUPS.contains(r)) {
            throw new BadQueryException("invalid-rollup", "rollup must be none, county, city or province.");
        }
        LocalDate fromDate = SearchCriteriaParser.date("from", from);
        LocalDate toDate = SearchCriteriaParser.date("to", to);
        String key = parser.placeKey(place);
        String code = key != null && key.startsWith("c:") ? key.substring(2) : null;
        String name = key != null && key.startsWith("n:") ? key.substring(2) : null;
        List<FactRow> rows = facts.facts(t, code, name, fromDate, toDate, MAX_FACTS);

        // type and group → day → place → reports
        Map<List<String>, TreeMap<LocalDate, Map<String, List<FactRow>>>> groups = new LinkedHashMap<>();
        for (FactRow row : rows) {
            String group = group(row, r);
            groups.computeIfAbsent(List.of(row.type(), group), k -> new TreeMap<>())
                    .computeIfAbsent(row.date(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.placeCode() != null ? row.placeCode() : row.placeName(),
                            k -> new ArrayList<>()).add(row);
        }
        List<Series> series = new ArrayList<>();
        groups.forEach((k, days) -> {
            String groupKey = k.get(1);
            boolean coded = groupKey.chars().allMatch(Character::isDigit) && !groupKey.isEmpty();
            List<Point> points = new ArrayList<>();
            days.forEach((day, byPlace) -> {
                double value = ADDITIVE.contains(k.get(0)) ? 0 : Double.NEGATIVE_INFINITY;
                List<Evidence> evidence = new ArrayList<>();
                for (List<FactRow> reports : byPlace.values()) {
                    double placeValue = reports.stream().mapToDouble(FactRow::value).max().orElse(0);
                    value = ADDITIVE.contains(k.get(0)) ? value + placeValue : Math.max(value, placeValue);
                    reports.forEach(f -> evidence.add(new Evidence(f.value(), f.placeName(), f.placeCode(),
                            f.evidence(), f.articleId(), f.bulletinId(), f.title())));
                }
                points.add(new Point(day, value, evidence));
            });
            series.add(new Series(k.get(0), coded ? groupKey : null,
                    coded ? places.nameOf(groupKey).orElse(null) : groupKey, points));
        });
        return new FactSeries(r, series);
    }

    /** The division a fact counts under: its own place, or its county, city or province by code. */
    private static String group(FactRow row, String rollup) {
        String own = row.placeCode() != null ? row.placeCode() : row.placeName() == null ? "" : row.placeName();
        String parent = switch (rollup) {
            case "county" -> row.countyCode();
            case "city" -> row.cityCode();
            case "province" -> row.provinceCode();
            default -> null;
        };
        return parent != null ? parent : own;
    }
}
