package org.bulletinpipeline.nlp.extract.year;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.dateline.DateExpressions;
import org.bulletinpipeline.nlp.extract.dateline.DateExpressions.DateHit;
import org.bulletinpipeline.nlp.extract.dateline.DateExpressions.YearHit;
import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.YearSource;

/**
 * The year that bare dates ({@code 1月17日}) of a bulletin refer to, from evidence only, most reliable first:
 * <ol>
 * <li>the masthead date the page prints ({@code 2022年5月17日});</li>
 * <li>{@code source.publishedOn} from the feed that pushed the bulletin;</li>
 * <li>full dates with a year in the text ({@code 2022年5月15日}), the latest of them; a plan or target
 * ({@code 到2025年12月31日}) points ahead and is ignored;</li>
 * <li>a year naming a document the bulletin reports ({@code 2022年疫情防控5号通告},
 * {@code 2022年住许省政协委员及市政协委员读书活动计划。}): papers report the current year's notices and plans.</li>
 * </ol>
 * Any other year standing alone ({@code 2017年,…}, {@code 自2015年以来}) is not evidence: a report looks back on past
 * years' work, and taking the latest such year dated 2020 pages in 2017. With no evidence the year is unknown (null)
 * and bare dates get no ISO date.
 */
public final class YearResolver {

    /** A year that names a target or a plan rather than the present: {@code 到2025年}, {@code 2035年远景目标}. */
    private static final Pattern FORWARD_LOOKING_BEFORE = Pattern.compile("(到|至|力争|预计|计划)$");
    private static final Pattern FORWARD_LOOKING_AFTER = Pattern.compile("^(远景|目标|规划|前|底前|年底前|以前|建成|实现)");

    /** A document named after its year, closing its phrase: {@code …5号通告,}, {@code …读书活动计划。}. */
    private static final Pattern DOCUMENT_AFTER_YEAR = Pattern.compile(
            "^[^,。;!?、“”《》]{0,24}?(通告|通知|计划|方案|要点|公告|决定)[,。;》]");

    /** The year and where it came from; both null when nothing gives it. */
    public record ResolvedYear(Integer year, YearSource source) {

        static final ResolvedYear UNKNOWN = new ResolvedYear(null, null);
    }

    public ResolvedYear resolve(Masthead masthead, SourceHints hints, String text) {
        if (masthead != null && masthead.publishedOn() != null) {
            return new ResolvedYear(masthead.publishedOn().getYear(), YearSource.MASTHEAD);
        }
        if (hints != null && hints.publishedOn() != null) {
            return new ResolvedYear(hints.publishedOn().getYear(), YearSource.PUBLISHED_ON);
        }
        if (text == null) {
            return ResolvedYear.UNKNOWN;
        }
        Optional<Integer> fromFullDates = DateExpressions.dates(text).stream()
                .filter(hit -> hit.year() != null && plausible(hit.year())
                        && !forwardLooking(text, hit.start(), hit.end()))
                .map(DateHit::year)
                .max(Comparator.naturalOrder());
        if (fromFullDates.isEmpty()) {
            fromFullDates = DateExpressions.years(text).stream()
                    .filter(hit -> plausible(hit.year()) && !forwardLooking(text, hit.start(), hit.end())
                            && namesDocument(text, hit))
                    .map(YearHit::year)
                    .max(Comparator.naturalOrder());
        }
        return fromFullDates.map(year -> new ResolvedYear(year, YearSource.TEXT)).orElse(ResolvedYear.UNKNOWN);
    }

    private static boolean namesDocument(String text, YearHit hit) {
        return DOCUMENT_AFTER_YEAR.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 32))
                .lookingAt();
    }

    private static boolean forwardLooking(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 2), start);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        return FORWARD_LOOKING_BEFORE.matcher(before).find() || FORWARD_LOOKING_AFTER.matcher(after).find();
    }

    private static boolean plausible(int year) {
        return year >= 1949 && year <= 2100;
    }
}
