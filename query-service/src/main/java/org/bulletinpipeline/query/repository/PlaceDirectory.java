package org.bulletinpipeline.query.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Resolves the place parameter: a name to the code it was seen with, and whether a code is one we know. */
@ApplicationScoped
public class PlaceDirectory {

    private final DataSource dataSource;

    public PlaceDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The code a place of this name was seen with; the shortest (highest level) when several share the name. */
    public Optional<String> codeOf(String name) {
        return single("select code from place where name = ? order by length(code), code limit 1", name);
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
