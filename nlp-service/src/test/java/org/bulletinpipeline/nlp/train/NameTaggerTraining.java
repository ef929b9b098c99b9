package org.bulletinpipeline.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.FileIOAdapter;
import com.hankcs.hanlp.model.perceptron.common.TaskType;
import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import com.hankcs.hanlp.seg.Segment;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.ner.CharacterFeatures;
import org.bulletinpipeline.nlp.extract.ner.NameTagger;

/**
 * Trains the name tagger's model ({@code ner/names.bin}) from character-level BIO corpora with HanLP's averaged
 * perceptron, the way HanLP's own {@code PerceptronTrainer} does with one thread, over our character features
 * (each sentence segmented by HanLP as the entity layer segments articles).
 * A corpus is a file of {@code 字 TAG} lines with blank lines between sentences (People's Daily 1998
 * {@code example.train}, MSRA {@code msra_train_bio}), or a directory holding {@code sentences.txt} and
 * {@code tags.txt}, one sentence a line, characters and tags separated by spaces. PER, LOC and ORG become nr, ns
 * and nt. Every 20th sentence is held out and scored after training; the run is deterministic (fixed seed).
 * <p>
 * {@code nlp-service/train-ner.sh OUT.bin CORPUS...}
 */
public final class NameTaggerTraining {

    private static final int ITERATIONS = 10;
    private static final double COMPRESS_RATIO = 0.92;

    private record Sentence(String text, String[] tags) {
    }

    private NameTaggerTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: NameTaggerTraining OUT.bin CORPUS... [--exclude SET...]");
        }
        List<Sentence> all = new ArrayList<>();
        SentenceExclusion exclusion = new SentenceExclusion();
        boolean excluding = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--exclude")) {
                excluding = true;
                continue;
            }
            Path file = Path.of(args[i]);
            if (excluding) {
                int n = exclusion.add(file);
                System.err.printf(Locale.ROOT, "%s: %d sentences never trained on%n", args[i], n);
                continue;
            }
            List<Sentence> read = read(file);
            System.err.printf(Locale.ROOT, "%s: %d sentences%n", args[i], read.size());
            all.addAll(read);
        }
        int before = all.size();
        all.removeIf(s -> exclusion.overlaps(s.text()));
        System.err.printf(Locale.ROOT, "%d sentences dropped as overlapping an excluded set%n", before - all.size());
        List<Sentence> train = new ArrayList<>();
        List<Sentence> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 20 == 19 ? heldOut : train).add(all.get(i));
        }

        TagSet tagSet = new TagSet(TaskType.NER);
        tagSet.add("O");
        MutableFeatureMap mutable = new MutableFeatureMap(tagSet);
        List<CharacterFeatures> instances = new ArrayList<>();
        Segment segment = EntityExtractor.newSegment();
        for (Sentence s : train) {
            instances.add(new CharacterFeatures(s.text(), CharacterFeatures.wordTags(s.text().length(),
                    segment.seg(s.text())), s.tags(), mutable));
        }
        tagSet.lock();
        ImmutableFeatureMap features = new ImmutableFeatureMap(mutable.featureIdMap.entrySet(), tagSet);
        System.err.printf(Locale.ROOT, "%d training sentences, %d features, %d tags%n", instances.size(),
                mutable.size(), tagSet.size());

        AveragedPerceptron model = new AveragedPerceptron(features);
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        int current = 0;
        Random random = new Random(19980101L);
        int n = tagSet.size();
        for (int iter = 1; iter <= ITERATIONS; iter++) {
            java.util.Collections.shuffle(instances, random);
            for (CharacterFeatures instance : instances) {
                ++current;
                int[] guess = new int[instance.length()];
                model.viterbiDecode(instance, guess);
                for (int i = 0; i < instance.length(); i++) {
                    int[] row = instance.getFeatureAt(i);
                    int[] gold = new int[row.length];
                    int[] pred = new int[row.length];
                    for (int j = 0; j < row.length - 1; j++) {
                        gold[j] = row[j] * n + instance.tagArray[i];
                        pred[j] = row[j] * n + guess[i];
                    }
                    gold[row.length - 1] = (i == 0 ? tagSet.bosId() : instance.tagArray[i - 1]) * n + instance.tagArray[i];
                    pred[row.length - 1] = (i == 0 ? tagSet.bosId() : guess[i - 1]) * n + guess[i];
                    model.update(gold, pred, total, timestamp, current);
                }
            }
            System.err.printf(Locale.ROOT, "iteration %d done%n", iter);
        }
        model.average(total, timestamp, current);
        // the entity layer's adapter reads the classpath only; the model is written to and read back from a file
        HanLP.Config.IOAdapter = new FileIOAdapter();
        model.save(args[0], features.featureIdMap.entrySet(), COMPRESS_RATIO);
        System.err.printf(Locale.ROOT, "saved %s (%d bytes)%n", args[0], Files.size(Path.of(args[0])));

        NameTagger reloaded = new NameTagger(args[0]);
        score(reloaded, segment, heldOut);
    }

    /** Exact-span precision, recall and F1 per type on the held-out sentences. */
    private static void score(NameTagger tagger, Segment segment, List<Sentence> heldOut) {
        for (String type : List.of("nr", "ns", "nt")) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Sentence s : heldOut) {
                Set<String> gold = spans(s.tags(), type);
                Set<String> pred = new HashSet<>();
                tagger.tag(s.text(), segment.seg(s.text())).stream().filter(c -> c.type().equals(type))
                        .forEach(c -> pred.add(c.start() + ":" + c.end()));
                for (String p : pred) {
                    if (gold.contains(p)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                fn += (int) gold.stream().filter(g -> !pred.contains(g)).count();
            }
            double p = tp / Math.max(1.0, tp + fp);
            double r = tp / Math.max(1.0, tp + fn);
            System.err.printf(Locale.ROOT, "held out %s: P %.3f R %.3f F1 %.3f%n", type, p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private static Set<String> spans(String[] tags, String type) {
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            if (t.equals("S-" + type)) {
                out.add(i + ":" + (i + 1));
            } else if (t.equals("B-" + type)) {
                start = i;
            } else if (t.equals("E-" + type) && start >= 0) {
                out.add(start + ":" + (i + 1));
                start = -1;
            }
        }
        return out;
    }

    /** The texts of a corpus, whatever its format; a JSON-lines file of {@code {"text": …}} objects counts too. */
    static List<String> texts(Path corpus) throws IOException {
        if (corpus.toString().endsWith(".jsonl")) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).path("text").asText());
                }
            }
            return out;
        }
        return read(corpus).stream().map(Sentence::text).toList();
    }

    private static List<Sentence> read(Path corpus) throws IOException {
        List<Sentence> out = new ArrayList<>();
        if (corpus.toString().endsWith(".json")) {
            return readSpans(corpus);
        }
        if (Files.isDirectory(corpus)) {
            List<String> sentences = Files.readAllLines(corpus.resolve("sentences.txt"), StandardCharsets.UTF_8);
            List<String> tags = Files.readAllLines(corpus.resolve("tags.txt"), StandardCharsets.UTF_8);
            for (int i = 0; i < sentences.size(); i++) {
                String[] chars = sentences.get(i).trim().split(" +");
                String[] bio = tags.get(i).trim().split(" +");
                add(out, List.of(chars), List.of(bio));
            }
            return out;
        }
        List<String> chars = new ArrayList<>();
        List<String> bio = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            String[] cols = line.trim().split("[ \\t]+");
            if (line.isBlank() || cols.length < 2) {
                add(out, chars, bio);
                chars = new ArrayList<>();
                bio = new ArrayList<>();
            } else {
                chars.add(WORD_POSITION.matcher(cols[0]).replaceFirst(""));
                bio.add(cols[cols.length - 1]);
            }
        }
        add(out, chars, bio);
        return out;
    }

    /** One sentence of single characters with BIO tags, as BMES tags of nr, ns and nt. */
    private static void add(List<Sentence> out, List<String> chars, List<String> bio) {
        if (chars.isEmpty() || chars.size() != bio.size()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String c : chars) {
            if (c.length() != 1) {
                return;
            }
            text.append(c);
        }
        int n = bio.size();
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            String type = type(bio.get(i));
            if (type == null) {
                tags[i] = "O";
                continue;
            }
            boolean begins = bio.get(i).startsWith("B") || i == 0 || !type.equals(type(bio.get(i - 1)));
            boolean ends = i + 1 == n || !type.equals(type(bio.get(i + 1))) || bio.get(i + 1).startsWith("B");
            tags[i] = (begins && ends ? "S-" : begins ? "B-" : ends ? "E-" : "M-") + type;
        }
        out.add(new Sentence(text.toString(), tags));
    }

    /**
     * The name type of a BIO tag. Weibo NER marks names ({@code PER.NAM}) apart from nominal mentions
     * ({@code PER.NOM}: 妹子, 市长), which are no names; its geo-political entities ({@code GPE.NAM}: 北京) are places.
     */
    private static String type(String bio) {
        if (bio.length() < 3) {
            return null;
        }
        return switch (bio.substring(2)) {
            case "PER", "PER.NAM" -> "nr";
            case "LOC", "LOC.NAM", "GPE.NAM" -> "ns";
            case "ORG", "ORG.NAM" -> "nt";
            default -> null;
        };
    }

    /** Weibo NER writes each character with its place in its word ({@code 科0 技1}); the digit is dropped. */
    private static final java.util.regex.Pattern WORD_POSITION = java.util.regex.Pattern.compile("(?<=^.)[0-9]+$");

    /**
     * A CLUENER 2020 file: one JSON object a line, {@code {"text": …, "label": {"name": {"叶老桂": [[9, 11]]}}}}
     * with inclusive character spans. Its fine-grained labels map to ours: {@code name} is a person; government
     * bodies, companies and other organizations are organizations; {@code address} is a place. Books, games,
     * films, scenic spots and positions are no names here.
     */
    private static List<Sentence> readSpans(Path corpus) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Sentence> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode record = json.readTree(line);
            String text = record.path("text").asText();
            List<String> chars = new ArrayList<>();
            List<String> bio = new ArrayList<>();
            text.codePoints().forEach(c -> {
                chars.add(new String(Character.toChars(c)));
                bio.add("O");
            });
            var labels = record.path("label").fields();
            while (labels.hasNext()) {
                var label = labels.next();
                String type = switch (label.getKey()) {
                    case "name" -> "PER";
                    case "address" -> "LOC";
                    case "government", "company", "organization" -> "ORG";
                    default -> null;
                };
                if (type == null) {
                    continue;
                }
                for (var mention : label.getValue()) {
                    for (var span : mention) {
                        int start = span.get(0).asInt();
                        int end = span.get(1).asInt();
                        for (int i = start; i <= end && i < bio.size(); i++) {
                            bio.set(i, (i == start ? "B-" : "I-") + type);
                        }
                    }
                }
            }
            add(out, chars, bio);
        }
        return out;
    }
}
