package org.bulletinpipeline.query.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code and the parents its structure implies: 411081 (禹州市, a county-level
 * city) lies in 411000 (许昌市), which lies in 410000 (河南省). Town codes (9 digits, 411081001) and village codes
 * (12 digits) lie in their first six and nine digits.
 */
public record AdminCode(String code) {

    private static final Pattern SHAPE = Pattern.compile("^[0-9]{6}(?:[0-9]{3}){0,2}$");

    public static boolean isCode(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public static Optional<AdminCode> parse(String text) {
        return isCode(text) ? Optional.of(new AdminCode(text)) : Optional.empty();
    }

    public String province() {
        return code.substring(0, 2) + "0000";
    }

    /** The prefecture-level parent; empty for a province itself. */
    public Optional<String> city() {
        return Optional.of(code.substring(0, 4) + "00").filter(c -> !c.endsWith("0000"));
    }

    /** The county-level division: the code itself for six digits that are not a city or province, else empty. */
    public Optional<String> county() {
        String county = code.substring(0, 6);
        return county.endsWith("00") ? Optional.empty() : Optional.of(county);
    }

    public String level() {
        if (code.length() == 12) {
            return "village";
        }
        if (code.length() == 9) {
            return "town";
        }
        if (code.endsWith("0000")) {
            return "province";
        }
        return code.endsWith("00") ? "city" : "county";
    }

    /** The nearest parent division, or empty for a province. */
    public Optional<String> parent() {
        if (code.length() == 12) {
            return Optional.of(code.substring(0, 9));
        }
        if (code.length() == 9) {
            return Optional.of(code.substring(0, 6));
        }
        if (code.endsWith("0000")) {
            return Optional.empty();
        }
        return code.endsWith("00") ? Optional.of(province()) : Optional.of(city().orElse(province()));
    }

    /** This code and every parent up to the province, nearest first. */
    public List<String> selfAndAncestors() {
        List<String> chain = new ArrayList<>();
        chain.add(code);
        Optional<String> parent = parent();
        while (parent.isPresent()) {
            chain.add(parent.get());
            parent = new AdminCode(parent.get()).parent();
        }
        return chain;
    }
}
