package org.bulletinpipeline.nlp.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The metrics of {@code eval/score.py} in Java, so the build can hold the extraction to its floors: greedy article
 * alignment in reading order, segmentation F1, title exact match, kicker/subtitle/kind/dateline/continuation
 * accuracy, bylines F1, masthead field accuracy, and the entity metrics (person F1 and title recall, place F1 and
 * level accuracy, organization strict and relaxed F1, facts F1). Gold and predictions are the JSON documents the
 * Python scorer reads. Add bulletins one by one; the totals are micro-averaged like the scorer's TOTAL row.
 */
final class GoldScorer {

    private static final Pattern PUNCT = Pattern.compile("[\\s\\p{Z}\\u001c-\\u001f\\u0085\\u3000-\\u303f\\uff00-\\uff0f"
            + "\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2010-\\u206f!-/:-@\\[-`{-~·—…“”‘’《》「」『』【】〈〉]");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}\\u001c-\\u001f\\u0085]+");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("(市区|城区|省|市|县|区)$");
    private static final double TITLE_RATIO = 0.8;
    private static final int MIN_CONTAINED_TITLE = 6;
    private static final int BODY_START_CHARS = 12;
    private static final int BODY_WINDOW = 80;

    /** True/false positive and false negative counts of a set-valued metric. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(int truePositives, int falsePositives, int falseNegatives) {
            tp += truePositives;
            fp += falsePositives;
            fn += falseNegatives;
        }

        double precision() {
            return tp + fp > 0 ? (double) tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
        }

        double recall() {
            return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    }

    /** Share of correct items; 1.0 over no item, as in the scorer. */
    static final class Accuracy {
        int ok;
        int n;

        void add(boolean correct) {
            n++;
            if (correct) {
                ok++;
            }
        }

        double value() {
            return n > 0 ? (double) ok / n : 1.0;
        }
    }

    final Counts segment = new Counts();
    final Counts bylines = new Counts();
    final Counts person = new Counts();
    final Counts place = new Counts();
    final Counts org = new Counts();
    final Counts orgRelaxed = new Counts();
    final Counts facts = new Counts();
    final Accuracy title = new Accuracy();
    final Accuracy kicker = new Accuracy();
    final Accuracy subtitle = new Accuracy();
    final Accuracy kind = new Accuracy();
    final Accuracy dateline = new Accuracy();
    final Accuracy continued = new Accuracy();
    final Accuracy personTitles = new Accuracy();
    final Accuracy placeLevel = new Accuracy();
    final Accuracy masthead = new Accuracy();

    void addBulletin(JsonNode gold, JsonNode pred) {
        JsonNode parts = pred.isArray() ? pred : pred.path("articles");
        List<JsonNode> predArticles = new ArrayList<>();
        parts.forEach(predArticles::add);
        List<JsonNode> goldArticles = new ArrayList<>();
        gold.path("articles").forEach(goldArticles::add);

        List<JsonNode> aligned = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int last = -1;
        for (JsonNode g : goldArticles) {
            Integer hit = null;
            for (int step = 0; step < predArticles.size(); step++) {
                int i = (last + 1 + step) % predArticles.size();
                if (!used.contains(i) && articleMatches(g, predArticles.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
                last = hit;
            }
            aligned.add(hit == null ? null : predArticles.get(hit));
        }
        int matched = (int) aligned.stream().filter(Objects::nonNull).count();
        segment.add(matched, predArticles.size() - matched, aligned.size() - matched);
        for (int k = 0; k < goldArticles.size(); k++) {
            scoreArticle(goldArticles.get(k), aligned.get(k));
        }
        for (int i = 0; i < predArticles.size(); i++) {
            if (!used.contains(i)) {
                bylines.add(0, predArticles.get(i).path("bylines").size(), 0);
            }
        }
        scoreEntities(gold, predArticles);
        scoreMasthead(gold.get("masthead"), pred.isArray() ? null : pred.get("masthead"), predArticles);
    }

    private void scoreArticle(JsonNode g, JsonNode p) {
        Set<List<String>> goldBylines = bylineSet(g);
        if (p == null) {
            bylines.add(0, 0, goldBylines.size());
            return;
        }
        addSetCounts(bylines, goldBylines, bylineSet(p));
        if (!text(g, "title").isEmpty()) {
            title.add(Objects.equals(spaces(text(g, "title")), spaces(text(p, "title"))));
        }
        kicker.add(norm(text(g, "kicker")).equals(norm(text(p, "kicker"))));
        subtitle.add(norm(text(g, "subtitle")).equals(norm(text(p, "subtitle"))));
        kind.add(Objects.equals(nullable(g, "kind"), nullable(p, "kind")));
        dateline.add(Objects.equals(nullable(g, "dateline"), nullable(p, "dateline")));
        continued.add(norm(text(g, "continuedOn")).equals(norm(text(p, "continuedOn"))));
    }

    private void scoreEntities(JsonNode gold, List<JsonNode> predArticles) {
        JsonNode entities = gold.path("entities");
        Map<String, Set<String>> goldPersons = new LinkedHashMap<>();
        entities.path("person").forEach(e -> goldPersons.put(e.path("name").asText(), strings(e.path("titles"))));
        Map<String, Set<String>> predPersons = new HashMap<>();
        for (JsonNode a : predArticles) {
            a.path("persons").forEach(e -> predPersons.computeIfAbsent(nullable(e, "name"), n -> new HashSet<>())
                    .addAll(strings(e.path("titles"))));
        }
        addSetCounts(person, goldPersons.keySet(), predPersons.keySet());
        goldPersons.forEach((name, titles) -> titles.forEach(
                t -> personTitles.add(predPersons.getOrDefault(name, Set.of()).contains(t))));

        Map<String, String> goldPlaces = new LinkedHashMap<>();
        entities.path("place").forEach(e -> goldPlaces.put(e.path("name").asText(), nullable(e, "level")));
        Map<String, String> predPlaces = new HashMap<>();
        for (JsonNode a : predArticles) {
            a.path("places").forEach(e -> {
                String name = nullable(e, "name");
                if (!predPlaces.containsKey(name)) {
                    predPlaces.put(name, nullable(e, "level"));
                }
            });
        }
        addSetCounts(place, goldPlaces.keySet(), predPlaces.keySet());
        goldPlaces.forEach((name, level) -> {
            if (predPlaces.containsKey(name)) {
                placeLevel.add(Objects.equals(predPlaces.get(name), level));
            }
        });

        Set<String> goldOrgs = strings(entities.path("organization"));
        Set<String> predOrgs = new HashSet<>();
        predArticles.forEach(a -> a.path("organizations").forEach(e -> predOrgs.add(nullable(e, "name"))));
        addSetCounts(org, goldOrgs, predOrgs);
        addRelaxedCounts(orgRelaxed, goldOrgs, predOrgs);

        List<JsonNode> predFacts = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (JsonNode a : predArticles) {
            for (JsonNode f : a.path("facts")) {
                List<Object> key = java.util.Arrays.asList(nullable(f, "type"), nullable(f, "place"),
                        nullable(f, "date"), f.hasNonNull("value") ? f.get("value").asDouble() : null);
                if (seen.add(key)) {
                    predFacts.add(f);
                }
            }
        }
        List<JsonNode> goldFacts = new ArrayList<>();
        gold.path("facts").forEach(goldFacts::add);
        addFactCounts(goldFacts, predFacts);
    }

    private void addFactCounts(List<JsonNode> gold, List<JsonNode> pred) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (JsonNode g : gold) {
            for (int i = 0; i < pred.size(); i++) {
                JsonNode p = pred.get(i);
                if (used.contains(i)) {
                    continue;
                }
                double predValue = p.has("value") && !p.get("value").isNull() ? p.get("value").asDouble() : -1;
                double goldValue = g.has("value") && !g.get("value").isNull() ? g.get("value").asDouble() : -2;
                if (Objects.equals(nullable(p, "type"), nullable(g, "type"))
                        && Objects.equals(nullable(p, "date"), nullable(g, "date")) && predValue == goldValue
                        && placeCompatible(nullable(g, "place"), nullable(p, "place"))) {
                    used.add(i);
                    tp++;
                    break;
                }
            }
        }
        facts.add(tp, pred.size() - tp, gold.size() - tp);
    }

    private void scoreMasthead(JsonNode gold, JsonNode predMasthead, List<JsonNode> predArticles) {
        JsonNode pm = isTruthy(predMasthead) ? predMasthead
                : predArticles.stream().map(a -> a.get("masthead")).filter(GoldScorer::isTruthy).findFirst()
                        .orElse(null);
        if (isTruthy(gold)) {
            for (String field : List.of("publication", "publishedOn", "issueNo", "organizer")) {
                masthead.add(norm(text(gold, field)).equals(norm(pm == null ? "" : text(pm, field))));
            }
        } else if (pm != null && List.of("publication", "publishedOn", "issueNo").stream()
                .anyMatch(field -> !text(pm, field).isEmpty())) {
            masthead.add(false);
        }
    }

    static boolean articleMatches(JsonNode g, JsonNode p) {
        String goldTitle = norm(text(g, "title"));
        String predTitle = norm(text(p, "title"));
        if (!goldTitle.isEmpty() && !predTitle.isEmpty()) {
            if (SequenceRatio.ratio(goldTitle, predTitle) >= TITLE_RATIO) {
                return true;
            }
            String heads = norm(text(p, "kicker") + text(p, "title") + text(p, "subtitle"));
            return goldTitle.codePointCount(0, goldTitle.length()) >= MIN_CONTAINED_TITLE
                    && heads.contains(goldTitle);
        }
        String start = prefix(norm(text(g, "bodyStart")), BODY_START_CHARS);
        return !start.isEmpty() && (prefix(norm(text(p, "body")), BODY_WINDOW).contains(start)
                || predTitle.contains(start));
    }

    static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return PUNCT.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static String spaces(String s) {
        String collapsed = WHITESPACE_RUN.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC))
                .replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    static boolean placeCompatible(String a, String b) {
        if ((a == null || a.isEmpty()) && (b == null || b.isEmpty())) {
            return true;
        }
        String x = PLACE_SUFFIX.matcher(a == null ? "" : a).replaceAll("");
        String y = PLACE_SUFFIX.matcher(b == null ? "" : b).replaceAll("");
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static <T> void addSetCounts(Counts counts, Set<T> gold, Set<T> pred) {
        Set<T> both = new HashSet<>(gold);
        both.retainAll(pred);
        counts.add(both.size(), pred.size() - both.size(), gold.size() - both.size());
    }

    /** Containment either way counts as a match, one-to-one and greedy over sorted names, as in the scorer. */
    private static void addRelaxedCounts(Counts counts, Set<String> gold, Set<String> pred) {
        List<String> g = new ArrayList<>(new TreeSet<>(gold));
        List<String> p = new ArrayList<>(new TreeSet<>(pred));
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (String x : g) {
            for (int i = 0; i < p.size(); i++) {
                String y = p.get(i);
                String shorter = x.length() <= y.length() ? x : y;
                if (!used.contains(i) && shorter.codePointCount(0, shorter.length()) >= 2
                        && (y.contains(x) || x.contains(y))) {
                    used.add(i);
                    tp++;
                    break;
                }
            }
        }
        counts.add(tp, p.size() - tp, g.size() - tp);
    }

    private static Set<List<String>> bylineSet(JsonNode article) {
        Set<List<String>> set = new LinkedHashSet<>();
        article.path("bylines").forEach(b -> set.add(java.util.Arrays.asList(nullable(b, "role"), nullable(b, "name"))));
        return set;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The field as text, "" when absent or null (Python's {@code x or ""}). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String nullable(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean isTruthy(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode() && !(node.isContainerNode() && node.isEmpty());
    }

    private static String prefix(String s, int codePoints) {
        int count = s.codePointCount(0, s.length());
        return count <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    /** The totals as the scorer's {@code --json} line prints them (rounded to three places). */
    Map<String, Map<String, Double>> summary() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        Map<String, Counts> fields = new LinkedHashMap<>();
        fields.put("segment", segment);
        fields.put("bylines", bylines);
        fields.put("person", person);
        fields.put("place", place);
        fields.put("org", org);
        fields.put("org_relaxed", orgRelaxed);
        fields.put("facts", facts);
        fields.forEach((name, c) -> out.put(name, Map.of("p", round(c.precision()), "r", round(c.recall()),
                "f1", round(c.f1()))));
        Map<String, Accuracy> accuracies = new LinkedHashMap<>();
        accuracies.put("title", title);
        accuracies.put("kicker", kicker);
        accuracies.put("subtitle", subtitle);
        accuracies.put("kind", kind);
        accuracies.put("dateline", dateline);
        accuracies.put("continued", continued);
        accuracies.put("person_titles", personTitles);
        accuracies.put("place_level", placeLevel);
        accuracies.put("masthead", masthead);
        accuracies.forEach((name, a) -> out.put(name, Map.of("acc", round(a.value()), "n", (double) a.n)));
        return out;
    }

    /** One row in the layout of the scorer's table. */
    String row(String name) {
        return String.format(Locale.ROOT, "%-28s seg %.2f  title %s  byl %.2f  date %s  per %.2f  pla %.2f  "
                        + "org %.2f/%.2f  facts %.2f", name, segment.f1(), shown(title), bylines.f1(), shown(dateline),
                person.f1(), place.f1(), org.f1(), orgRelaxed.f1(), facts.f1());
    }

    private static String shown(Accuracy accuracy) {
        return accuracy.n > 0 ? String.format(Locale.ROOT, "%.2f", accuracy.value()) : "  - ";
    }

    /** Python's {@code round(x, 3)}: the exact binary value rounded half to even. */
    private static double round(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
