package org.bulletinpipeline.nlp.extract.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.model.FactType;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;

/**
 * Reads the case counts of health-commission bulletins and the news that quotes them: new and cumulative
 * confirmed, suspected, deaths, recoveries and close contacts, each with its place and reporting day.
 *
 * <p>A bulletin states a count and then breaks it down by place:
 * {@code 1月26日0-24时，江西省报告新型冠状病毒感染的肺炎新增确诊病例12例。其中南昌市4例、九江市2例}. The reader walks
 * the text number by number ({@code N例}, {@code N人}, {@code N名}). A number whose clause names a measure before it
 * ({@code 新增确诊病例12例}, {@code 累计死亡病例1例}, {@code 新增3例确诊病例}) is a <em>statement</em>: its measure
 * and basis (新增 the day's, 累计 the running total) become the context. A number right after a place
 * ({@code 南昌市4例}, {@code 中山、肇庆各有1例}, {@code 晋中市4例（平遥县4例）}) is an <em>item</em> of the context's
 * breakdown. A clause naming a measure without a number is a heading ({@code 新增重症病例中，长沙市2例}) that sets the
 * context for the items after it, so severe cases listed by city are not read as confirmed ones.
 */
public final class CaseCountReader {

    /** A count at {@code [start, end)} of the text; {@code place} is null when none could be assigned. */
    public record Count(FactType type, PlaceRecognizer.Mention place, LocalDate date, double value, int sentenceStart,
                        int start, int end, boolean item) {
    }

    private enum Measure { CONFIRMED, SUSPECTED, DEATHS, RECOVERIES, CLOSE_CONTACTS, OTHER }

    private enum Basis { NEW, CUMULATIVE, CURRENT }

    /** What the next items of a breakdown count. */
    private record Context(Measure measure, Basis basis) {
    }

    /** Digits as printed, ASCII or full-width (１２例). */
    private static final Pattern NUMBER = Pattern.compile("([0-9\uFF10-\uFF19]+)\\s*[例人名]");

    /**
     * Measure words, longest first. {@code OTHER} covers what is counted beside the five figures (severe cases,
     * people under observation, sex, first cases) so that its numbers and lists are not read as one of them.
     */
    private static final Pattern MEASURE = Pattern.compile("确诊病例|确诊患者|确诊|疑似|死亡|治愈出院|出院|治愈|密切接触者|密接"
            + "|重症|危重|重型|普通型|轻症|轻型|无症状|医学观察|隔离|住院|在院|订正|排除|核减|首例|男性|女性|男|女|岁|病亡"
            + "|病例");

    /** Basis words: 新增 the reporting day's; 累计, 目前, 已 a running total; 现有, 尚有 the current stock. */
    private static final Pattern BASIS = Pattern.compile("新增|新报告|新发现|新确诊|累计|累积|共计|总计|目前|已|现有|尚有|正在|仍有");

    /** Words standing for the publisher's own division: 我省, 全省, 本区, 全市. */
    private static final Pattern HOME = Pattern.compile("(?:我|全|本)([省区市县])");

    /** Between an item's place and its number: 南昌市4例, 中山、肇庆各有1例, 为东莞市1例. */
    private static final Pattern ITEM_GAP = Pattern.compile("\\s*(?:各有|各|共|均为)?\\s*");

    /** Joins places of one item: 中山、肇庆各有1例. */
    private static final Pattern ITEM_JOIN = Pattern.compile("\\s*[\u3001和及与]\\s*");

    /** A figure given as part of the one before it, in parentheses: （含临床诊断病例13332例）, （含鹿邑县1例）. */
    private static final Pattern PART = Pattern.compile("\\s*[(\uFF08]\\s*(?:其中)?含");

    /** National figures: 全国, 31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例508例. */
    private static final Pattern NATION = Pattern.compile("全国|\\d+个省");

    private static final PlaceRecognizer.Mention NATION_PLACE = new PlaceRecognizer.Mention("全国",
            org.bulletinpipeline.nlp.extract.model.PlaceLevel.OTHER, null, -1, -1);

    /** Clause and sentence ends in both forms, as printed and as folded to ASCII (\uFF0C and ',', \u3002 and '.'). */
    private static final String CLAUSE_ENDS = "\uFF0C,\u3002.\uFF0E\uFF1B;\uFF1A:\uFF01!\uFF1F?\n";
    /**
     * How far back from a number its sentence and clause are read: bulletin sentences are far shorter, and a page
     * without stops ({@code 新增确诊病例3例,新增确诊病例3例,…} over megabytes) is then still read in linear time.
     */
    private static final int MAX_SENTENCE = 200;

    private static final String SENTENCE_ENDS = "\u3002.\uFF0E\uFF01!\uFF1F?\n";

    /** {@code 无新增死亡病例}, {@code 当日无新增确诊病例和疑似病例}: zero for each measure named. */
    private static final Pattern NONE_NEW = Pattern.compile("无新增(?:本土)?([^\uFF0C,\u3002\uFF1B;\\n]{0,20})");

    /**
     * Counts of {@code text}. {@code places} are the article's places in reading order (divisions carry a code),
     * {@code days} the days printed in it in reading order, {@code home} the division {@code 我省}/{@code 全市} stands
     * for (may be null).
     */
    public List<Count> read(String text, List<PlaceRecognizer.Mention> places, List<Day> days,
                            HomePlace home) {
        List<Count> out = new ArrayList<>();
        if (days.isEmpty()) {
            return out;
        }
        // a headline repeats the figures its body gives with their day: nothing before the first day is read
        int from = days.get(0).start();
        Context context = null;
        PlaceRecognizer.Mention lastPlace = null;
        Basis sentenceBasis = null;
        int sentenceStart = -1;
        int previousEnd = from;
        java.util.Set<Integer> itemEnds = new java.util.HashSet<>();
        // divisions in reading order, so that the one before a number is found by binary search
        List<PlaceRecognizer.Mention> divisions = places.stream().filter(p -> p.code() != null).toList();
        java.util.TreeMap<Integer, PlaceRecognizer.Mention> statementPlaces = new java.util.TreeMap<>();
        Matcher number = NUMBER.matcher(text);
        number.region(from, text.length());
        while (number.find()) {
            int at = number.start();
            int sentence = sentenceStart(text, at);
            int clause = clauseStart(text, at);
            if (sentence != sentenceStart) {
                sentenceStart = sentence;
                sentenceBasis = sentenceBasis(text, sentence, context);
            }
            int segStart = Math.max(clause, Math.min(previousEnd, at));
            int headingEnd = Math.max(sentence, Math.min(previousEnd, at));
            // headings and basis words between the previous number and this clause
            for (int c = headingEnd; c < clause; c = nextClause(text, c)) {
                String part = text.substring(c, Math.min(clause, nextClause(text, c)));
                Basis b = lastBasis(part);
                if (b != null) {
                    sentenceBasis = b;
                }
                Measure heading = lastMeasure(part);
                if (heading != null && !hasNumber(part)) {
                    context = new Context(heading, b != null ? b : sentenceBasis);
                }
            }
            String seg = text.substring(segStart, at);
            // a part of the figure before it: 14840例(含临床诊断病例13332例), 周口市7例（含鹿邑县1例）
            if (PART.matcher(seg).lookingAt()) {
                previousEnd = number.end();
                continue;
            }
            // a county breakdown inside a city's item (晋中市4例（平遥县4例）) repeats what the city counts
            int parenthesis = openParenthesis(text, sentence, at);
            boolean nested = parenthesis >= 0 && itemEnds.contains(trimmedEnd(text, parenthesis));
            double value = digits(number.group(1));
            LocalDate date = dayBefore(days, at);
            Measure measure = lastMeasure(seg);
            Basis basis = lastBasis(seg);
            if (basis != null) {
                sentenceBasis = basis;
            }
            if (measure == null && basis != null) {
                // 新增3例确诊病例: the measure follows the number
                measure = measureAfter(text, number.end());
            }
            if (measure != null) {
                Basis b = basis != null ? basis : sentenceBasis;
                context = new Context(measure, b);
                PlaceRecognizer.Mention named = NATION.matcher(seg).find() ? NATION_PLACE
                        : placeIn(divisions, segStart, at);
                PlaceRecognizer.Mention place = named != null ? named
                        : unnamedPlace(seg, divisions, text, sentence, at, lastPlace, home);
                if (named != null || lastPlace == null) {
                    lastPlace = place;
                }
                if (place != null) {
                    statementPlaces.put(at, place);
                }
                add(out, type(measure, b), place, date, value, sentence, at, number.end(), false);
            } else if (context != null && !nested) {
                List<PlaceRecognizer.Mention> items = itemPlaces(divisions, text, at, segStart);
                if (!items.isEmpty()) {
                    itemEnds.add(number.end());
                }
                for (PlaceRecognizer.Mention item : items) {
                    add(out, type(context.measure(), context.basis()), item, date, value, sentence, item.start(),
                            number.end(), true);
                }
            }
            previousEnd = number.end();
        }
        readNoneNew(text, from, divisions, days, statementPlaces, out);
        return out;
    }

    /**
     * The place of a statement that names none: 我省/全市 (the publisher's division), else the division its sentence
     * opens with (禹州市完成…，当天新增…), else the last place a statement named, else the publisher's province.
     */
    private static PlaceRecognizer.Mention unnamedPlace(String seg, List<PlaceRecognizer.Mention> places, String text,
                                                        int sentence, int at, PlaceRecognizer.Mention lastPlace,
                                                        HomePlace home) {
        Matcher homeWord = HOME.matcher(seg);
        if (homeWord.find() && home != null) {
            PlaceRecognizer.Mention place = home.resolve(homeWord.group(1).charAt(0));
            if (place != null) {
                return place;
            }
        }
        PlaceRecognizer.Mention opening = openingPlace(places, text, sentence, at);
        if (opening != null) {
            return opening;
        }
        return lastPlace != null || home == null ? lastPlace : home.resolve('\u7701');
    }

    /** A reporting day printed at {@code [start, end)}. */
    public record Day(LocalDate date, int start) {
    }

    /** Resolves 我省/全区 ({@code 省}, {@code 区}) and 我市/全县 to the publisher's division. */
    @FunctionalInterface
    public interface HomePlace {
        PlaceRecognizer.Mention resolve(char kind);
    }

    private static void add(List<Count> out, FactType type, PlaceRecognizer.Mention place, LocalDate date,
                            double value, int sentence, int start, int end, boolean item) {
        if (type != null && date != null) {
            out.add(new Count(type, place, date, value, sentence, start, end, item));
        }
    }

    /** 无新增死亡病例: a zero of each measure named, for the place of its clause or of the statement before it. */
    private static void readNoneNew(String text, int from, List<PlaceRecognizer.Mention> divisions, List<Day> days,
                                    java.util.TreeMap<Integer, PlaceRecognizer.Mention> statementPlaces,
                                    List<Count> out) {
        Matcher none = NONE_NEW.matcher(text);
        none.region(from, text.length());
        while (none.find()) {
            int sentence = sentenceStart(text, none.start());
            PlaceRecognizer.Mention place = placeIn(divisions, clauseStart(text, none.start()), none.start());
            if (place == null) {
                place = openingPlace(divisions, text, sentence, none.start());
            }
            if (place == null) {
                // the place of the last statement before it (not of an item of its breakdown)
                var statement = statementPlaces.lowerEntry(none.start());
                place = statement == null ? null : statement.getValue();
            }
            for (String part : none.group(1).split("[\u3001和及]")) {
                Measure m = lastMeasure(part);
                if (m != null) {
                    add(out, type(m, Basis.NEW), place, dayBefore(days, none.start()), 0, sentence, none.start(),
                            none.end(), false);
                }
            }
        }
    }

    /**
     * A sentence opening with 截至 gives running totals until a basis word says otherwise; one opening with 其中
     * goes on breaking down the sentence before.
     */
    private static Basis sentenceBasis(String text, int sentence, Context context) {
        String head = text.substring(sentence, Math.min(text.length(), sentence + 4)).strip();
        if (head.startsWith("截至") || head.startsWith("截止")) {
            return Basis.CUMULATIVE;
        }
        if (head.startsWith("其中") && context != null) {
            return context.basis();
        }
        return null;
    }

    private static FactType type(Measure measure, Basis basis) {
        if (basis == null || basis == Basis.CURRENT) {
            return null;
        }
        boolean day = basis == Basis.NEW;
        return switch (measure) {
            case CONFIRMED -> day ? FactType.CONFIRMED_CASES : FactType.CONFIRMED_TOTAL;
            case SUSPECTED -> day ? FactType.SUSPECTED_CASES : FactType.SUSPECTED_TOTAL;
            case DEATHS -> day ? FactType.DEATHS : FactType.DEATHS_TOTAL;
            case RECOVERIES -> day ? FactType.RECOVERIES : FactType.RECOVERIES_TOTAL;
            case CLOSE_CONTACTS -> day ? FactType.CLOSE_CONTACTS : FactType.CLOSE_CONTACTS_TOTAL;
            case OTHER -> null;
        };
    }

    /** The measure named last in {@code s}; bare 病例 counts as confirmed only where no other measure is named. */
    private static Measure lastMeasure(String s) {
        Measure last = null;
        boolean named = false;
        Matcher m = MEASURE.matcher(s);
        while (m.find()) {
            if (m.group().equals("病例")) {
                if (!named) {
                    last = Measure.CONFIRMED;
                }
                continue;
            }
            last = measure(m.group());
            named = true;
        }
        return last;
    }

    private static Measure measure(String word) {
        return switch (word) {
            case "确诊病例", "确诊患者", "确诊", "病例" -> Measure.CONFIRMED;
            case "疑似" -> Measure.SUSPECTED;
            case "死亡" -> Measure.DEATHS;
            case "治愈出院", "出院", "治愈" -> Measure.RECOVERIES;
            case "密切接触者", "密接" -> Measure.CLOSE_CONTACTS;
            default -> Measure.OTHER;
        };
    }

    private static Basis lastBasis(String s) {
        Basis last = null;
        Matcher m = BASIS.matcher(s);
        while (m.find()) {
            last = switch (m.group()) {
                case "新增", "新报告", "新发现", "新确诊" -> Basis.NEW;
                case "现有", "尚有", "正在", "仍有" -> Basis.CURRENT;
                default -> Basis.CUMULATIVE;
            };
        }
        return last;
    }

    /** {@code 新增3例确诊病例}: a measure word right after the number, in the same clause. */
    private static Measure measureAfter(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 16 && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0
                && !Character.isDigit(text.charAt(end))) {
            end++;
        }
        Matcher m = MEASURE.matcher(text.substring(from, end));
        return m.find() ? measure(m.group()) : null;
    }

    private static double digits(String s) {
        double value = 0;
        for (int i = 0; i < s.length(); i++) {
            value = value * 10 + Character.digit(s.charAt(i), 10);
        }
        return value;
    }

    private static boolean hasNumber(String s) {
        return NUMBER.matcher(s).find();
    }

    /** The division named last in {@code [from, to)}: 湖北省武汉市新增… counts for 武汉市. */
    private static PlaceRecognizer.Mention placeIn(List<PlaceRecognizer.Mention> divisions, int from, int to) {
        int last = FactExtractor.countStartingBefore(divisions, to + 1, PlaceRecognizer.Mention::end) - 1;
        return last >= 0 && divisions.get(last).start() >= from ? divisions.get(last) : null;
    }

    /** The division a sentence opens with, in its first clause before {@code at}: 禹州市完成…，当天新增…. */
    private static PlaceRecognizer.Mention openingPlace(List<PlaceRecognizer.Mention> divisions, String text,
                                                        int sentence, int at) {
        int first = FactExtractor.countStartingBefore(divisions, sentence, PlaceRecognizer.Mention::start);
        if (first == divisions.size()) {
            return null;
        }
        PlaceRecognizer.Mention p = divisions.get(first);
        return p.end() <= Math.min(at, nextClause(text, sentence)) ? p : null;
    }

    /**
     * The places an item's number belongs to: the division ending right before it ({@code 南昌市4例}), with those
     * joined to it by 、 or 和 when the number is shared ({@code 中山、肇庆各有1例}).
     */
    private static List<PlaceRecognizer.Mention> itemPlaces(List<PlaceRecognizer.Mention> divisions, String text,
                                                            int at, int segStart) {
        List<PlaceRecognizer.Mention> chain = new ArrayList<>();
        int index = FactExtractor.countStartingBefore(divisions, at + 1, PlaceRecognizer.Mention::end) - 1;
        if (index < 0 || divisions.get(index).start() < segStart
                || !ITEM_GAP.matcher(text.substring(divisions.get(index).end(), at)).matches()) {
            return chain;
        }
        chain.add(divisions.get(index));
        boolean shared = !text.substring(divisions.get(index).end(), at).isBlank();
        for (int i = index - 1; shared && i >= 0; i--) {
            PlaceRecognizer.Mention p = divisions.get(i);
            if (p.start() < segStart || !ITEM_JOIN.matcher(text.substring(p.end(), chain.get(0).start())).matches()) {
                break;
            }
            chain.add(0, p);
        }
        return chain;
    }

    /** Where the innermost parenthesis still open at {@code at} was opened, after {@code from}; -1 if none. */
    private static int openParenthesis(String text, int from, int at) {
        int depth = 0;
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '\uFF09') {
                depth++;
            } else if (c == '(' || c == '\uFF08') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** {@code at} moved back over white space. */
    private static int trimmedEnd(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The last day printed at or before {@code at}; {@code days} are in reading order. */
    private static LocalDate dayBefore(List<Day> days, int at) {
        int count = FactExtractor.countStartingBefore(days, at + 1, Day::start);
        return count == 0 ? null : days.get(count - 1).date();
    }

    private static int sentenceStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_SENTENCE && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static int clauseStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_SENTENCE && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static int nextClause(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < MAX_SENTENCE && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Math.min(text.length(), end + 1);
    }
}
