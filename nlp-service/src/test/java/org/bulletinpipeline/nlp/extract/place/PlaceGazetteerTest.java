package org.bulletinpipeline.nlp.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.nlp.extract.model.PlaceLevel;
import org.junit.jupiter.api.Test;

/** GB/T 2260 divisions with their short forms, looked up by name and code and found in running text. */
class PlaceGazetteerTest {

    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();

    @Test
    void aFullNameIsOneDivisionWithItsCodeAndLevel() {
        PlaceGazetteer.Entry entry = GAZETTEER.lookup("禹州市");
        assertFalse(entry.shortForm());
        assertTrue(entry.divisions().contains(new Division("411081", "禹州市", PlaceLevel.COUNTY)), entry.toString());
    }

    @Test
    void aShortFormStandsForTheDivision() {
        // 许昌 is how the papers print 许昌市
        PlaceGazetteer.Entry entry = GAZETTEER.lookup("许昌");
        assertTrue(entry.shortForm());
        assertTrue(entry.divisions().stream().anyMatch(d -> d.code().equals("411000")), entry.toString());
    }

    @Test
    void aTownHasANineDigitCodeUnderItsCounty() {
        Division town = GAZETTEER.lookup("无梁镇").divisions().stream()
                .filter(d -> d.code().startsWith("411081")).findFirst().orElseThrow();
        assertEquals(PlaceLevel.TOWN, town.level());
        assertEquals(9, town.code().length());
        assertEquals("4110", town.cityPrefix());
    }

    @Test
    void theOfficialNameOfACode() {
        assertEquals("许昌市", GAZETTEER.nameOf("411000"));
        assertNull(GAZETTEER.nameOf("999999"));
    }

    @Test
    void wordsThatAreNoDivisionAreNotInIt() {
        assertNull(GAZETTEER.lookup("核酸检测"));
        assertNull(GAZETTEER.lookup("我市"));
        assertEquals(0, GAZETTEER.longestPrefix("核酸检测点"));
    }

    @Test
    void theLongestNameAtTheStartOfAText() {
        // 许昌市委组织部: 许昌市, not 许昌
        assertEquals(3, GAZETTEER.longestPrefix("许昌市委组织部"));
    }

    @Test
    void everyNameInARunOfTextIsFound() {
        List<String> hits = new ArrayList<>();
        String text = "长葛市和襄城县的志愿者";
        GAZETTEER.scan(text, (begin, end, entry) -> hits.add(text.substring(begin, end)));
        assertTrue(hits.containsAll(List.of("长葛市", "襄城县")), hits.toString());
        assertFalse(hits.contains("志愿者"), hits.toString());
    }
}
