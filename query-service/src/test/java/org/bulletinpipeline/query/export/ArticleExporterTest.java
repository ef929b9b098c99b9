package org.bulletinpipeline.query.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArticleExporterTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreText() {
        assertEquals("'=HYPERLINK(\"http://x\",\"点击\")", ArticleExporter.inert("=HYPERLINK(\"http://x\",\"点击\")"));
        assertEquals("'+86 371 1234", ArticleExporter.inert("+86 371 1234"));
        assertEquals("'-5\u2103", ArticleExporter.inert("-5\u2103"));
        assertEquals("'@SUM(A1:A9)", ArticleExporter.inert("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", ArticleExporter.inert("\t=1+1"));
        assertEquals("'\r=1+1", ArticleExporter.inert("\r=1+1"));
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        assertEquals("", ArticleExporter.inert(""));
        assertEquals("禹州市新冠肺炎疫情防控指挥部通告", ArticleExporter.inert("禹州市新冠肺炎疫情防控指挥部通告"));
        assertEquals("5\u670817\u65e5 a=b", ArticleExporter.inert("5\u670817\u65e5 a=b"));
    }

    @Test
    void aCsvLineQuotesEveryCellAndNeutralizesFormulas() {
        Map<String, Object> values = new HashMap<>();
        values.put("articleId", "b825825c6756efef-0");
        values.put("title", "=cmd|' /C calc'!A0");
        values.put("persons", List.of("-史根治", "刘涛"));
        String line = ArticleExporter.csv(values);
        assertTrue(line.startsWith("\"b825825c6756efef-0\",\"\",\"\","), line);
        assertTrue(line.contains("\"'=cmd|' /C calc'!A0\""), line);
        assertTrue(line.contains("\"'-史根治|刘涛\""), line);
    }
}
