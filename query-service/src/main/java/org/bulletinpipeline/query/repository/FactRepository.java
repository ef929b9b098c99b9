package org.bulletinpipeline.query.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.place.AdminCode;
import org.bulletinpipeline.query.view.FactViews.FactRow;

/** Facts with their articles, filtered by type, place (with everything under it) and date. */
@ApplicationScoped
public class FactRepository {

    private final Jdbc jdbc;

    public FactRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code code} or else {@code name} selects the place; the code's level picks the column to match. */
    public List<FactRow> facts(String type, String code, String name, LocalDate from, LocalDate to, int max) {
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            where.append(" and f.type = ?");
            params.add(type);
        }
        if (code != null) {
            AdminCode admin = new AdminCode(code);
            switch (admin.level()) {
                case "province" -> where.append(" and f.province_code = ?");
                case "city" -> where.append(" and f.city_code = ?");
                case "county" -> where.append(" and f.county_code = ?");
                default -> where.append(" and left(f.place_code, ").append(code.length()).append(") = ?");
            }
            params.add(code);
        } else if (name != null) {
            where.append(" and f.place_name = ?");
            params.add(name);
        }
        if (from != null) {
            where.append(" and f.fact_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" and f.fact_date <= ?");
            params.add(to);
        }
        params.add(max);
        return jdbc.list("""
                select f.type, f.place_name, f.place_code, f.province_code, f.city_code, f.county_code, f.fact_date,
                       f.value, f.evidence, f.article_id, a.bulletin_id, a.title
                from fact f join article a on a.id = f.article_id
                where %s order by f.fact_date, f.type, f.article_id, f.ordinal limit ?""".formatted(where),
                rs -> new FactRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getDouble(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
                params.toArray());
    }
}
