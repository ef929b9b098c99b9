package org.bulletinpipeline.query.view;

import java.time.LocalDate;
import java.util.List;

/** The shapes of the facts endpoint. */
public final class FactViews {

    private FactViews() {
    }

    /** One reported figure and where it was read. */
    public record Evidence(double value, String place, String placeCode, String evidence, String articleId,
                           String bulletinId, String title) {
    }

    /** The value of a day and every report behind it. */
    public record Point(LocalDate date, double value, List<Evidence> evidence) {
    }

    /** One fact type for one place (or one rolled-up division), day by day. */
    public record Series(String type, String code, String name, List<Point> points) {
    }

    public record FactSeries(String rollup, List<Series> series) {
    }

    /** A stored fact row with its article. */
    public record FactRow(String type, String placeName, String placeCode, String provinceCode, String cityCode,
                          String countyCode, LocalDate date, double value, String evidence, String articleId,
                          String bulletinId, String title) {
    }
}
