package org.bulletinpipeline.nlp.extract.place;

import org.bulletinpipeline.nlp.extract.model.PlaceLevel;

/** One administrative division of the gazetteer: GB/T 2260 code (nine digits for towns), name, level. */
public record Division(String code, String name, PlaceLevel level) {

    /** The prefecture the division belongs to, as the first four code digits ({@code 4110} for 许昌市). */
    public String cityPrefix() {
        return code.substring(0, 4);
    }

    public String provincePrefix() {
        return code.substring(0, 2);
    }
}
