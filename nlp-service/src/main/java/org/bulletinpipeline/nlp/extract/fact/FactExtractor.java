package org.bulletinpipeline.nlp.extract.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.date.ChineseNumber;
import org.bulletinpipeline.nlp.extract.date.DateResolver;
import org.bulletinpipeline.nlp.extract.model.FactType;
import org.bulletinpipeline.nlp.extract.model.PlaceLevel;
import org.bulletinpipeline.nlp.extract.place.PlaceGazetteer;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;

/**
 * Reads the epidemic figures of the contract from the formulas bulletins print them in. A figure's date is the
 * last date printed before it in the article (the clause's own {@code 1月17日,…}, or the timeline sub-head
 * above the paragraph); its place is the division the sentence opens with, else the last one printed before it
 * in the sentence, else in the article, else the paper's city (the sentence's {@code 我市}).
 */
public final class FactExtractor {

    /**
     * A figure at {@code [start, end)} of the article text; {@code place} is the place as printed (or the division
     * {@code 我省} stands for), {@code code} its GB/T 2260 code when it is a division, {@code printed} the place's
     * text where the article prints it.
     */
    public record Found(FactType type, String place, String code, LocalDate date, double value, String evidence,
                        int start, int end, String printed) {
    }

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?|[零一二两三四五六七八九十百千万]+)";

    /**
     * A figure's pattern and the words it cannot do without: the pattern only runs in a window around each
     * occurrence of one of them, so articles without epidemic figures cost a few string searches.
     */
    private record Formula(FactType type, List<String> anchors, Pattern pattern) {
    }

    /** Characters on either side of an anchor that a formula may span. */
    private static final int WINDOW = 40;

    private static final List<String> STAFF_WORDS = List.of("医疗队", "医护人员", "医务人员", "溯源队");

    private static final List<Formula> FORMULAS = List.of(
            // 社会面连续3天“零新增”; 已实现连续三天社会面零新增; 连续10天无新增本土确诊病例
            new Formula(FactType.ZERO_NEW_STREAK, List.of("新增"), Pattern.compile("连续" + NUMBER + "天(?:社会面)?[“\"]?零新增")),
            new Formula(FactType.ZERO_NEW_STREAK, List.of("新增"), Pattern.compile("连续" + NUMBER + "天(?:社会面)?无新增(?:本土)?(?:确诊)?病例")),
            // 社会面和隔离点连续4天“双清零”
            new Formula(FactType.CLEARANCE_STREAK, List.of("清零"), Pattern.compile("连续" + NUMBER + "天[“\"]?双清零")),
            // 完成第4次重点人群、重点区域核酸检测; 第二十轮全员核酸检测
            new Formula(FactType.TESTING_ROUND, List.of("核酸"), Pattern.compile("第" + NUMBER + "[次轮][^。;,\\uFF0C第]{0,20}?核酸(?:检测|筛查)")),
            // 完成对中心城区超百万人的核酸检测; 核酸检测120万人
            new Formula(FactType.PEOPLE_TESTED, List.of("核酸"), Pattern.compile(
                    "(?:超过|超|近|约|逾)?" + NUMBER + "(万)?(?:余)?人(?:次)?的?(?:全员)?核酸(?:检测|采样)")),
            // 累计检测52.3万人次; 核酸检测120万人
            new Formula(FactType.PEOPLE_TESTED, List.of("检测", "采样"), Pattern.compile("(?:核酸)?(?:检测|采样)" + NUMBER + "(万)?人")),
            // 湖北援许医疗队187名队员; 200名援禹流调溯源队队员; 派出医护人员50名
            new Formula(FactType.MEDICAL_STAFF_DEPLOYED, STAFF_WORDS, Pattern.compile(
                    "(?:医疗队|医护人员|医务人员|溯源队)" + NUMBER + "(?:名|人)")),
            new Formula(FactType.MEDICAL_STAFF_DEPLOYED, STAFF_WORDS, Pattern.compile(
                    NUMBER + "(?:名|人)[^。,\\uFF0C;]{0,10}?(?:医疗队|医护人员|医务人员|溯源队)(?:队员)?")));

    /** Team names carry where they were sent: 援许 (to 许昌), 援禹 (to 禹州). */
    private static final Pattern AID_DESTINATION = Pattern.compile("援(\\p{IsHan})[^。,\\uFF0C;]{0,6}?(?:医疗队|溯源队)");

    /** Words for the paper's own city or county as the subject of a sentence: 我市在…, 全县已完成…. */
    private static final Pattern HOME_PLACE = Pattern.compile("^\\s*(?:截至[^,\\uFF0C]{1,12}[,\\uFF0C])?(?:我|全|本)([市县区])");

    private static final String SENTENCE_END = "\u3002\uFF01\uFF1F\uFF1B\n";
    /**
     * How far back from a figure its sentence is read. Bulletin sentences are far shorter; a page without stops
     * ({@code 新增确诊病例3例,新增确诊病例3例,…} over megabytes) would otherwise be read back to its start for every
     * figure in it.
     */
    private static final int MAX_SENTENCE = 200;

    private final PlaceGazetteer gazetteer;
    private final ReportingDay reportingDays = new ReportingDay();
    private final CaseCountReader caseCounts = new CaseCountReader();

    public FactExtractor(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Figures of one article. {@code places} are the article's places in reading order, {@code dates} its
     * resolved dates, {@code paperCity} the city {@code 我市} stands for (may be null), {@code regions} the
     * divisions the publisher's name may stand for ({@code 四川卫健委} → 四川省; {@code 吉林卫健委} → 吉林省 or 吉林市), {@code reference} the publication
     * date, which gives bare days ({@code 29日0时至24时}) their month (may be null).
     */
    public List<Found> extract(String text, List<PlaceRecognizer.Mention> places, List<DateResolver.Resolved> dates,
                               LocalDate dateline, String paperCity, List<PlaceRecognizer.Mention> regions,
                               LocalDate reference) {
        List<Found> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        readCaseCounts(text, places, dates, dateline, paperCity, regions, reference, seen, out);
        ArticlePlaces articlePlaces = new ArticlePlaces(places, paperCity);
        for (Formula formula : FORMULAS) {
            Set<Integer> matchStarts = new HashSet<>();
            for (String anchor : formula.anchors()) {
                for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                    Matcher m = formula.pattern().matcher(text)
                            .region(Math.max(0, at - WINDOW), Math.min(text.length(), at + anchor.length() + WINDOW));
                    while (m.find()) {
                        if (matchStarts.add(m.start())) {
                            read(formula, m, text, articlePlaces, dates, dateline, seen, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void read(Formula formula, Matcher m, String text, ArticlePlaces places,
                      List<DateResolver.Resolved> dates, LocalDate dateline, Set<String> seen, List<Found> out) {
        double value = m.group(1).contains(".") ? Double.parseDouble(m.group(1)) : ChineseNumber.parse(m.group(1));
        if (value < 0) {
            return;
        }
        if (formula.type() == FactType.PEOPLE_TESTED && m.groupCount() >= 2 && m.group(2) != null) {
            value *= 10_000;
        }
        int sentenceStart = sentenceStart(text, m.start());
        String place = place(text, m, sentenceStart, places, formula.type());
        LocalDate date = dateBefore(dates, m.start(), dateline);
        String evidence = evidence(text, sentenceStart, m.end());
        String key = formula.type() + "|" + place + "|" + date + "|" + value;
        if (seen.add(key)) {
            out.add(new Found(formula.type(), place, codeOf(place, places.all), date, value, evidence, m.start(), m.end(),
                    place));
        }
    }

    private void readCaseCounts(String text, List<PlaceRecognizer.Mention> places, List<DateResolver.Resolved> dates,
                                LocalDate dateline, String paperCity, List<PlaceRecognizer.Mention> regions,
                                LocalDate reference, Set<String> seen, List<Found> out) {
        LocalDate anchor = reference != null ? reference : dateline;
        List<CaseCountReader.Day> days = new ArrayList<>();
        List<ReportingDay.Found> periods = reportingDays.find(text, anchor);
        periods.forEach(p -> days.add(new CaseCountReader.Day(p.day(), p.start())));
        // a period's own date (the 1月29日 of 1月29日10时至30日10时) is read as the period; both lists are in
        // reading order, so one pass over each finds the dates inside a period
        int period = 0;
        for (DateResolver.Resolved d : dates) {
            while (period < periods.size() && periods.get(period).end() <= d.start()) {
                period++;
            }
            if (period == periods.size() || d.start() < periods.get(period).start()) {
                days.add(new CaseCountReader.Day(d.date(), d.start()));
            }
        }
        days.sort(java.util.Comparator.comparingInt(CaseCountReader.Day::start));
        if (days.isEmpty() && dateline != null) {
            days.add(new CaseCountReader.Day(dateline, 0));
        }
        CaseCountReader.HomePlace home = kind -> home(kind, places, paperCity, regions);
        for (CaseCountReader.Count c : caseCounts.read(text, places, days, home)) {
            String place = c.place() == null ? null : c.place().name();
            String code = c.place() == null ? null : c.place().code();
            String key = c.type() + "|" + (code != null ? code : place) + "|" + c.date() + "|" + c.value();
            if (seen.add(key)) {
                out.add(new Found(c.type(), place, code, c.date(), c.value(), evidence(text, c.sentenceStart(), c.end()),
                        c.start(), c.end(), c.place() != null && c.place().start() >= 0 ? place : null));
            }
        }
    }

    /**
     * The division 我省/全区 (a province or autonomous region) or 我市/全县 stands for: the publisher's division of that
     * kind, else for a province the first one the article names, else the paper's city or county.
     */
    private PlaceRecognizer.Mention home(char kind, List<PlaceRecognizer.Mention> places, String paperCity,
                                         List<PlaceRecognizer.Mention> regions) {
        PlaceLevel level = kind == '\u7701' || kind == '\u533A' ? PlaceLevel.PROVINCE
                : kind == '\u5E02' ? PlaceLevel.CITY : PlaceLevel.COUNTY;
        for (PlaceRecognizer.Mention region : regions) {
            if (region.level() == level) {
                return region;
            }
        }
        if (level == PlaceLevel.PROVINCE) {
            return places.stream().filter(p -> p.level() == PlaceLevel.PROVINCE && p.code() != null).findFirst()
                    .orElse(null);
        }
        String name = homePlace(kind, places, paperCity);
        if (name == null) {
            return null;
        }
        PlaceGazetteer.Entry entry = gazetteer.lookup(name);
        return entry == null ? null : new PlaceRecognizer.Mention(name, entry.divisions().get(0).level(),
                entry.divisions().get(0).code(), -1, -1);
    }

    /** The code of a figure's place: the article's mention of that name, else the gazetteer's only division. */
    private String codeOf(String place, List<PlaceRecognizer.Mention> places) {
        if (place == null) {
            return null;
        }
        for (PlaceRecognizer.Mention p : places) {
            if (p.name().equals(place) && p.code() != null) {
                return p.code();
            }
        }
        PlaceGazetteer.Entry entry = gazetteer.lookup(place);
        return entry != null && entry.divisions().size() == 1 ? entry.divisions().get(0).code() : null;
    }

    /** The last date starting at or before {@code at}; {@code dates} are in reading order. */
    private static LocalDate dateBefore(List<DateResolver.Resolved> dates, int at, LocalDate dateline) {
        int count = countStartingBefore(dates, at + 1, DateResolver.Resolved::start);
        return count == 0 ? dateline : dates.get(count - 1).date();
    }

    /**
     * How many of {@code items}, in reading order, start before {@code limit}: a binary search, not a scan. Any key
     * in reading order will do ({@link CaseCountReader} searches places by their end).
     */
    static <T> int countStartingBefore(List<T> items, int limit, ToIntFunction<T> start) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (start.applyAsInt(items.get(mid)) < limit) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private String place(String text, Matcher m, int sentenceStart, ArticlePlaces places, FactType type) {
        if (type == FactType.MEDICAL_STAFF_DEPLOYED) {
            Matcher aid = AID_DESTINATION.matcher(text).region(sentenceStart, Math.min(text.length(), m.end() + 12));
            while (aid.find()) {
                String destination = places.aidDestinations.computeIfAbsent(aid.group(1),
                        team -> aidDestination(team, places.divisions));
                if (!destination.isEmpty()) {
                    return destination;
                }
            }
        }
        // 我市, 全县: the figure is the paper's own place, even where another place was named before.
        Matcher home = HOME_PLACE.matcher(text).region(sentenceStart, m.start());
        if (home.find()) {
            return places.homes.computeIfAbsent(home.group(1).charAt(0),
                    kind -> Optional.ofNullable(homePlace(kind, places.all, places.paperCity))).orElse(null);
        }
        // divisions are in reading order: the ones before the figure are a prefix, those of its sentence end it
        List<PlaceRecognizer.Mention> divisions = places.divisions;
        int before = countStartingBefore(divisions, m.start(), PlaceRecognizer.Mention::start);
        if (before == 0) {
            return places.paperCity;
        }
        int opening = countStartingBefore(divisions, sentenceStart, PlaceRecognizer.Mention::start);
        return divisions.get(opening < before ? opening : before - 1).name();
    }

    /**
     * The division a team was sent to ({@code 援禹} → 禹州市): the first the article names whose name starts with the
     * team's character, a city or county; empty when none does.
     */
    private String aidDestination(String team, List<PlaceRecognizer.Mention> divisions) {
        for (PlaceRecognizer.Mention p : divisions) {
            if (p.name().startsWith(team) && p.level() != PlaceLevel.TOWN) {
                String official = gazetteer.nameOf(p.code());
                return official != null ? official : p.name();
            }
        }
        return "";
    }

    /**
     * An article's places as the figures of one article read them: divisions alone, and what 我市 and a team's
     * destination stand for, worked out once per article and not once per figure.
     */
    private static final class ArticlePlaces {
        final List<PlaceRecognizer.Mention> all;
        final List<PlaceRecognizer.Mention> divisions;
        final String paperCity;
        final Map<Character, Optional<String>> homes = new HashMap<>();
        final Map<String, String> aidDestinations = new HashMap<>();

        ArticlePlaces(List<PlaceRecognizer.Mention> all, String paperCity) {
            this.all = all;
            this.divisions = all.stream().filter(FactExtractor::isDivision).toList();
            this.paperCity = paperCity;
        }
    }

    /**
     * The place 我市/全县 stands for: the paper's place when its name ends in the same word, else the division of
     * that kind the article names most (a prefecture city first for 市: a city paper reports on its counties).
     */
    private static String homePlace(char kind, List<PlaceRecognizer.Mention> places, String paperCity) {
        if (paperCity != null && paperCity.charAt(paperCity.length() - 1) == kind) {
            return paperCity;
        }
        for (PlaceLevel level : kind == '市' ? List.of(PlaceLevel.CITY, PlaceLevel.COUNTY) : List.of(PlaceLevel.COUNTY)) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (PlaceRecognizer.Mention p : places) {
                if (p.level() == level && p.code() != null) {
                    counts.merge(p.code(), 1, Integer::sum);
                    if (p.name().charAt(p.name().length() - 1) == kind) {
                        names.put(p.code(), p.name());
                    }
                }
            }
            String best = counts.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                    .max(Map.Entry.comparingByValue()).map(e -> names.get(e.getKey())).orElse(null);
            if (best != null) {
                return best;
            }
        }
        return paperCity;
    }

    private static boolean isDivision(PlaceRecognizer.Mention p) {
        return p.code() != null && (p.level() == PlaceLevel.CITY || p.level() == PlaceLevel.COUNTY
                || p.level() == PlaceLevel.TOWN);
    }

    private static int sentenceStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_SENTENCE && SENTENCE_END.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static String evidence(String text, int sentenceStart, int end) {
        int clauseEnd = end;
        while (clauseEnd < text.length() && ",,。;;\n".indexOf(text.charAt(clauseEnd)) < 0 && clauseEnd - end < 12) {
            clauseEnd++;
        }
        return text.substring(sentenceStart, clauseEnd).strip();
    }
}
