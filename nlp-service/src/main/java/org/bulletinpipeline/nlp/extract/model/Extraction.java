package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

import org.bulletinpipeline.nlp.extract.year.YearSource;

public record Extraction(Masthead masthead, Integer year, YearSource yearSource, List<ExtractedArticle> articles) {
}
