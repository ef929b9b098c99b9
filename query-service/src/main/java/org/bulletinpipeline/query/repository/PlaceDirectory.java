package org.bulletinpipeline.query.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves the place parameter: a name (official, short or as an article printed it: 许昌市, 许昌) to its division's
 * code, and whether a code is one we know.
 */
@ApplicationScoped
public class PlaceDirectory {

    private final DataSource dataSource;

    public PlaceDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The code of the division known under this name; see {@link #resolve(Connection, String)}. */
    public Optional<String> codeOf(String name) {
        try (Connection c = dataSource.getConnection()) {
            return resolve(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("place lookup failed", e);
        }
    }

    /**
     * The code of the division known under {@code name}: of the divisions sharing it, the one of the highest level
     * (吉林: the province, not the city); none when several of that level share it (朝阳区 of Beijing and of
     * Changchun), so the name is then matched as printed.
     */
    public static Optional<String> resolve(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                with candidates as (
                    select a.code, case p.level when 'province' then 0 when 'city' then 1 when 'county' then 2 else 3 end
                           as rank
                    from place_alias a left join place p on p.code = a.code where a.alias = ?
                    union
                    select code, case level when 'province' then 0 when 'city' then 1 when 'county' then 2 else 3 end
                    from place where name = ?),
                top as (select code from candidates where rank = (select min(rank) from candidates))
                select min(code) from top having count(distinct code) = 1""")) {
            ps.setString(1, name);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<String> nameOf(String code) {
        return single("select name from place where code = ?", code);
    }

    /** A code is known when a place carries it, or when some article's place lies under it. */
    public boolean known(String code) {
        return single("""
                select 1 from place where code = ?
                union all (select 1 from article where place_keys @> array[cast(? as text)] limit 1)
                limit 1""", code, "c:" + code).isPresent();
    }

    private Optional<String> single(String sql, String... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("place lookup failed", e);
        }
    }
}
