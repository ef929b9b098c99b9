package org.bulletinpipeline.nlp.extract.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.byline.BylineParser.ClosingCredit;
import org.bulletinpipeline.nlp.extract.byline.BylineParser.LeadCredit;
import org.bulletinpipeline.nlp.extract.dateline.DatelineReader;
import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.model.Span;
import org.bulletinpipeline.nlp.extract.normalize.MappedText;
import org.bulletinpipeline.nlp.extract.normalize.Typography;

/**
 * Turns a segmented item into its layout: headline decks, bylines from every credit convention, the body without
 * headline and credit formulas (paragraphs joined by {@code \n}, every character mapped back to the received text),
 * the jump target, the kind and the dateline.
 */
final class ArticleAssembler {

    /** A credit in parentheses inside a lead formula: {@code (记者 李明)}. */
    private static final Pattern PARENTHESIZED = Pattern.compile("[(][^()]*[)]");

    private final BylineParser bylineParser;
    private final DatelineReader datelineReader;
    private final HeadlineReader headlineReader = new HeadlineReader();
    private final ArticleKindClassifier kindClassifier = new ArticleKindClassifier();

    ArticleAssembler(BylineParser bylineParser, DatelineReader datelineReader) {
        this.bylineParser = bylineParser;
        this.datelineReader = datelineReader;
    }

    ArticleLayout assemble(ArticleDraft draft, Integer year, LocalDate publishedOn) {
        HeadlineReader.Headline headline = headlineReader.read(draft.headline());
        Set<Byline> bylines = new LinkedHashSet<>();
        List<MappedText> body = new ArrayList<>();
        List<ParagraphRole> bodyRoles = new ArrayList<>();
        String continuedOn = null;
        String formula = "";
        List<String> credited = new ArrayList<>();
        boolean signed = false;
        long subheadings = 0;
        List<ClassifiedParagraph> content = draft.content();
        for (int k = 0; k < content.size(); k++) {
            ClassifiedParagraph p = content.get(k);
            switch (p.role()) {
                case CREDIT -> {
                    bylines.addAll(p.credits());
                    String unit = p.credits().isEmpty() ? bylineParser.creditedUnit(p.text()) : null;
                    if (unit != null) {
                        credited.add(unit);
                    }
                    signed |= k == 0 && bylineParser.isPenName(p.text());
                }
                case JUMP -> continuedOn = Typography.jumpTarget(p.text());
                case NAME_LINE -> {
                    if (k == 0 && headline.title() != null) {
                        bylines.addAll(p.credits());
                        signed = true;
                    } else {
                        addBody(body, bodyRoles, p.paragraph().asText(), ParagraphRole.BODY);
                    }
                }
                case CAPTION -> {
                    bylines.addAll(p.credits());
                    addBody(body, bodyRoles, p.paragraph().asText(), ParagraphRole.CAPTION);
                }
                case MARKED_SUBHEADING, HEADING -> {
                    subheadings++;
                    MappedText line = p.paragraph().asText();
                    int marker = line.text().length() - Typography.stripHeadingMarker(line.text()).length();
                    addBody(body, bodyRoles, line.sub(marker), ParagraphRole.HEADING);
                }
                default -> {
                    MappedText text = p.paragraph().asText();
                    String jump = Typography.jumpTarget(text.text());
                    if (jump != null) {
                        continuedOn = jump;
                        text = text.sub(0, Typography.withoutJumpNote(text.text()).length()).strip();
                    }
                    if (p.is(ParagraphRole.BODY) && !bodyRoles.contains(ParagraphRole.BODY)) {
                        LeadCredit lead = bylineParser.leadFormula(text.text());
                        bylines.addAll(lead.bylines());
                        formula = text.text().substring(0, lead.formulaLength());
                        text = text.sub(lead.formulaLength()).strip();
                    }
                    addBody(body, bodyRoles, text, p.role());
                }
            }
        }
        closeWithCredit(body, bylines, credited);
        String lead = leadOf(body, bodyRoles);
        boolean opensWithDateEntry = !bodyRoles.isEmpty() && bodyRoles.getFirst() == ParagraphRole.DATE_LINE;
        ArticleKind kind = kindClassifier.classify(new ArticleKindClassifier.Signs(draft.isPhoto(), opensWithDateEntry,
                bodyRoles.stream().filter(r -> r == ParagraphRole.DATE_LINE).count(),
                lead != null && ArticleKindClassifier.opensWithEditorsNote(lead), headline.briefUnit(), signed,
                !formula.isEmpty() || bylines.stream().anyMatch(b -> b.role() == BylineRole.REPORTER
                        || b.role() == BylineRole.CORRESPONDENT), subheadings,
                headline.kicker(), headline.title(), headline.subtitle()));
        LocalDate dateline = datelineReader.filed(formula, year, publishedOn);
        if (dateline == null) {
            dateline = datelineReader.read(opensWithDateEntry ? body.getFirst().text() : lead, kind, year,
                    publishedOn);
        }
        MappedText bodyText = MappedText.join(body, "\n");
        return new ArticleLayout(kind, headline.kicker(), headline.title(), headline.subtitle(), List.copyOf(bylines),
                credited(formula, credited), dateline, bodyText.text(), continuedOn, span(draft),
                bodyText.toOffsetMap());
    }

    /**
     * The lead formula without its parenthesized credits ({@code 新华社北京5月7日电(记者 李明)}) and the units
     * credited, one per line, or null.
     */
    private static String credited(String formula, List<String> units) {
        List<String> lines = new ArrayList<>();
        String dispatch = PARENTHESIZED.matcher(formula).replaceAll("").strip();
        if (!dispatch.isEmpty()) {
            lines.add(dispatch);
        }
        lines.addAll(units);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void addBody(List<MappedText> body, List<ParagraphRole> roles, MappedText text, ParagraphRole role) {
        if (!text.isEmpty()) {
            body.add(text);
            roles.add(role);
        }
    }

    /**
     * A story may close with its author or its unit in parentheses ({@code …工作落实。(冯纪宣)}, {@code (组织部)});
     * the credit leaves the body, and a unit credited is kept in {@code credited}.
     */
    private void closeWithCredit(List<MappedText> body, Set<Byline> bylines, List<String> credited) {
        if (body.isEmpty()) {
            return;
        }
        MappedText last = body.getLast();
        Optional<ClosingCredit> credit = bylineParser.closingCredit(last.text());
        if (credit.isPresent()) {
            bylines.addAll(credit.get().bylines());
            String unit = credit.get().bylines().isEmpty()
                    ? bylineParser.creditedUnit(last.text().substring(credit.get().start())) : null;
            if (unit != null) {
                credited.add(unit);
            }
            MappedText rest = last.sub(0, credit.get().start()).strip();
            if (rest.isEmpty()) {
                body.removeLast();
            } else {
                body.set(body.size() - 1, rest);
            }
        }
    }

    /** The lead: the first running-text paragraph (a caption for photos). */
    private static String leadOf(List<MappedText> body, List<ParagraphRole> roles) {
        for (int i = 0; i < body.size(); i++) {
            if (roles.get(i) == ParagraphRole.BODY || roles.get(i) == ParagraphRole.CAPTION) {
                return body.get(i).text();
            }
        }
        return null;
    }

    private static Span span(ArticleDraft draft) {
        List<ClassifiedParagraph> all = new ArrayList<>(draft.headline());
        all.addAll(draft.content());
        if (all.isEmpty()) {
            return new Span(0, 0);
        }
        int start = all.stream().mapToInt(p -> p.paragraph().sourceSpan().start()).min().orElse(0);
        int end = all.stream().mapToInt(p -> p.paragraph().sourceSpan().end()).max().orElse(start);
        return new Span(start, end);
    }
}
