package org.bulletinpipeline.nlp.extract.year;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.dateline.DateExpressions;
import org.bulletinpipeline.nlp.extract.dateline.DateExpressions.YearHit;
import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.model.SourceHints;

/**
 * The year that bare dates ({@code 1月17日}) of a bulletin refer to. Precedence, most reliable first:
 * <ol>
 * <li>the masthead date the page prints ({@code 2022年5月17日});</li>
 * <li>{@code source.publishedOn} from the feed that pushed the bulletin;</li>
 * <li>full dates with a year in the text ({@code 2022年5月15日}), the latest of them;</li>
 * <li>bare years in the text ({@code 2022年疫情防控5号通告}, {@code 2021年第一轮巡察}), the latest of them: a report
 * looks back on last year's work ({@code 2021年,禹州市纪检监察机关…}) but is written in the current one. Plans and
 * targets ({@code 2035年远景目标}, {@code 到2025年}) point ahead and are ignored.</li>
 * </ol>
 * Null when none of these gives a year.
 */
public final class YearResolver {

    /** A year that names a target or a plan rather than the present: {@code 到2025年}, {@code 2035年远景目标}. */
    private static final Pattern FORWARD_LOOKING_BEFORE = Pattern.compile("(到|至|力争|预计|计划)$");
    private static final Pattern FORWARD_LOOKING_AFTER = Pattern.compile("^(远景|目标|规划|前|底前|年底前|以前|建成|实现)");
    private static final Pattern RANGE_AFTER = Pattern.compile("^[—\\-~至到]");

    public Integer resolve(Masthead masthead, SourceHints hints, String text) {
        if (masthead != null && masthead.publishedOn() != null) {
            return masthead.publishedOn().getYear();
        }
        if (hints != null && hints.publishedOn() != null) {
            return hints.publishedOn().getYear();
        }
        if (text == null) {
            return null;
        }
        Optional<Integer> fromFullDates = DateExpressions.dates(text).stream()
                .map(DateExpressions.DateHit::year)
                .filter(year -> year != null && plausible(year))
                .max(Comparator.naturalOrder());
        if (fromFullDates.isPresent()) {
            return fromFullDates.get();
        }
        List<YearHit> years = DateExpressions.years(text);
        return years.stream()
                .filter(hit -> plausible(hit.year()) && !forwardLooking(text, hit))
                .map(YearHit::year)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static boolean forwardLooking(String text, YearHit hit) {
        String before = text.substring(Math.max(0, hit.start() - 2), hit.start());
        String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 4));
        return FORWARD_LOOKING_BEFORE.matcher(before).find() || FORWARD_LOOKING_AFTER.matcher(after).find()
                || RANGE_AFTER.matcher(after).find();
    }

    private static boolean plausible(int year) {
        return year >= 1949 && year <= 2100;
    }
}
