package org.bulletinpipeline.nlp.extract.segment;

import java.time.LocalDate;
import java.util.List;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.dateline.DatelineReader;
import org.bulletinpipeline.nlp.extract.masthead.MastheadReader;
import org.bulletinpipeline.nlp.extract.masthead.MastheadReader.MastheadRead;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.normalize.CharacterFold;
import org.bulletinpipeline.nlp.extract.normalize.PageCutRepairer;
import org.bulletinpipeline.nlp.extract.normalize.Paragraph;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.bulletinpipeline.nlp.extract.year.YearResolver;

/**
 * Reads the raw text of one or more pages into a masthead and articles in reading order: whitespace normalization,
 * masthead, running heads of inner pages set aside, page-cut repair, year resolution, paragraph roles, segmentation, then per item headline decks, bylines,
 * body, kind and dateline. Linear in the length of the text, no dictionary look-ups. Stateless and thread-safe.
 * Malformed input never throws: empty text gives no article, text without any recognizable headline gives one
 * untitled news item holding all of it.
 */
public class PageReader {

    private final WhitespaceNormalizer whitespace = new WhitespaceNormalizer();
    private final PageCutRepairer pageCuts = new PageCutRepairer();
    private final MastheadReader mastheadReader = new MastheadReader();
    private final YearResolver yearResolver = new YearResolver();
    private final ParagraphClassifier classifier;
    private final ArticleSegmenter segmenter;
    private final ArticleAssembler assembler;

    public PageReader() {
        BylineParser bylineParser = new BylineParser();
        this.classifier = new ParagraphClassifier(bylineParser);
        this.segmenter = new ArticleSegmenter(bylineParser);
        this.assembler = new ArticleAssembler(bylineParser, new DatelineReader());
    }

    public BulletinLayout read(String text, SourceHints hints) {
        SourceHints source = hints == null ? SourceHints.none() : hints;
        if (text == null || text.isBlank()) {
            return new BulletinLayout(null, yearResolver.resolve(null, source, null), List.of());
        }
        List<Paragraph> paragraphs = whitespace.paragraphs(text);
        MastheadRead masthead = mastheadReader.read(paragraphs);
        List<Paragraph> page = pageCuts.repair(paragraphs.subList(masthead.paragraphs(), paragraphs.size()).stream()
                .filter(paragraph -> !mastheadReader.isRunningHead(paragraph))
                .toList());
        Integer year = yearResolver.resolve(masthead.masthead(), source, CharacterFold.fold(text));
        LocalDate publishedOn = publishedOn(masthead.masthead(), source);
        List<ArticleLayout> articles = segmenter.segment(page.stream().map(classifier::classify).toList()).stream()
                .map(draft -> assembler.assemble(draft, year, publishedOn))
                .toList();
        return new BulletinLayout(masthead.masthead(), year, articles);
    }

    private static LocalDate publishedOn(Masthead masthead, SourceHints hints) {
        if (masthead != null && masthead.publishedOn() != null) {
            return masthead.publishedOn();
        }
        return hints.publishedOn();
    }
}
