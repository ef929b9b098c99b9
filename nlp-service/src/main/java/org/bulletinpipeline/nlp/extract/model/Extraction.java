package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

public record Extraction(Masthead masthead, Integer year, YearSource yearSource, List<ExtractedArticle> articles) {
}
