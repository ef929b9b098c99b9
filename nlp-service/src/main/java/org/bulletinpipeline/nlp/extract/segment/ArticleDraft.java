package org.bulletinpipeline.nlp.extract.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.normalize.Typography;

/**
 * The paragraphs of one item as the segmenter collects them: its headline block (possibly empty) and everything
 * after it in reading order (credits, body, sub-headings, jump notes). Mutable only while segmenting.
 */
final class ArticleDraft {

    private final List<ClassifiedParagraph> headline;
    private final List<ClassifiedParagraph> content = new ArrayList<>();
    private final Map<ParagraphRole, Integer> roleCounts = new EnumMap<>(ParagraphRole.class);
    private final List<List<ClassifiedParagraph>> subheadings = new ArrayList<>();
    private final boolean photo;

    private ArticleDraft(List<ClassifiedParagraph> headline, boolean photo) {
        this.headline = List.copyOf(headline);
        this.photo = photo;
    }

    static ArticleDraft headed(List<ClassifiedParagraph> headline) {
        return new ArticleDraft(headline, false);
    }

    static ArticleDraft untitled() {
        return new ArticleDraft(List.of(), false);
    }

    static ArticleDraft photo(ClassifiedParagraph caption) {
        ArticleDraft draft = new ArticleDraft(List.of(), true);
        draft.add(caption);
        return draft;
    }

    void add(ClassifiedParagraph paragraph) {
        content.add(paragraph);
        roleCounts.merge(paragraph.role(), 1, Integer::sum);
    }

    /** A headline block inside the story: a sub-heading or the headline of one of its parts. */
    void addSubheading(List<ClassifiedParagraph> block) {
        subheadings.add(List.copyOf(block));
        block.forEach(this::add);
    }

    List<List<ClassifiedParagraph>> subheadings() {
        return subheadings;
    }

    ClassifiedParagraph removeLast() {
        ClassifiedParagraph last = content.removeLast();
        roleCounts.merge(last.role(), -1, Integer::sum);
        return last;
    }

    /** Whether a photographer is credited among the paragraphs collected. */
    boolean creditsPhotographer() {
        return content.stream().flatMap(p -> p.credits().stream())
                .anyMatch(b -> b.role() == BylineRole.PHOTOGRAPHER);
    }

    /** The last paragraph collected, or null. */
    ClassifiedParagraph last() {
        return content.isEmpty() ? null : content.getLast();
    }

    int size() {
        return content.size();
    }

    List<ClassifiedParagraph> headline() {
        return headline;
    }

    List<ClassifiedParagraph> content() {
        return List.copyOf(content);
    }

    boolean isPhoto() {
        return photo;
    }

    /** A signed piece prints its author's bare name right under the headline ({@code 方丽红}). */
    boolean isSigned() {
        return !content.isEmpty() && content.getFirst().is(ParagraphRole.NAME_LINE);
    }

    int count(ParagraphRole role) {
        return roleCounts.getOrDefault(role, 0);
    }

    /**
     * Whether the item has visibly ended: a closing credit ({@code (冯纪宣)}, {@code (组织部)}) or a jump note
     * ({@code (下转第三版)}) is the last thing printed for a story on its page. A credit before any running text
     * ({@code 本报记者 武芳} under the headline), or right under the headline of one of its parts
     * ({@code 湖南汉寿} / {@code 细化防控措施 确保落实到位} / {@code 本报记者 何勇}), opens it rather than closing it.
     */
    boolean hasEnded() {
        if (content.isEmpty()) {
            return false;
        }
        ClassifiedParagraph last = content.getLast();
        boolean underHeading = content.size() >= 2 && content.get(content.size() - 2).is(ParagraphRole.HEADING);
        boolean closing = last.is(ParagraphRole.CREDIT) && !underHeading || last.is(ParagraphRole.JUMP);
        return closing && count(ParagraphRole.BODY) > 0 || Typography.endsWithJumpNote(last.text());
    }
}
