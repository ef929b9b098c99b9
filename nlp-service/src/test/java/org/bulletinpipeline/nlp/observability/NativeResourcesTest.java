package org.bulletinpipeline.nlp.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.hankcs.hanlp.HanLP;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A native executable holds only the classpath resources that {@code quarkus.native.resources.includes} names; one
 * left out is found missing at run time, on the first bulletin that needs it. This checks on the JVM that the globs
 * cover every resource the extraction core can open: each file under src/main/resources, each of HanLP's data
 * files, and each path HanLP's configuration points at.
 */
class NativeResourcesTest {

    /** Read by Quarkus and by the native-image builder themselves, never opened by the extraction core. */
    private static final List<String> NOT_OPENED_BY_THE_CORE = List.of("application.properties",
            "META-INF/native-image/**");
    /** HanLP derives its cache files from a configured path by these suffixes and prefers them when present. */
    private static final List<String> HANLP_DERIVED = List.of("", ".bin", ".trie.dat", ".value.dat", ".table.bin",
            ".txt.bin");

    private static List<String> includes;

    @BeforeAll
    static void readIncludes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NativeResourcesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String value = properties.getProperty("quarkus.native.resources.includes", "");
        includes = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        assertFalse(includes.isEmpty(), "quarkus.native.resources.includes is set");
    }

    @Test
    void everyFileOfOurResourcesIsIncluded() throws IOException {
        Path root = Path.of("src/main/resources");
        List<String> uncovered;
        try (Stream<Path> files = Files.walk(root)) {
            uncovered = files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !matchesAny(NOT_OPENED_BY_THE_CORE, name))
                    .filter(name -> !covered(name))
                    .toList();
        }
        assertEquals(List.of(), uncovered, "resources missing from quarkus.native.resources.includes " + includes);
    }

    @Test
    void everyDataFileOfHanLpIsIncluded() throws Exception {
        Path jar = Path.of(HanLP.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> data = new ArrayList<>();
        try (JarFile hanlp = new JarFile(jar.toFile())) {
            hanlp.stream().filter(e -> !e.isDirectory() && e.getName().startsWith("data/"))
                    .forEach(e -> data.add(e.getName()));
        }
        assertFalse(data.isEmpty(), "HanLP's portable jar holds its dictionaries under data/");
        assertEquals(List.of(), data.stream().filter(name -> !covered(name)).toList());
    }

    @Test
    void everyPathHanLpIsConfiguredToOpenIsIncluded() throws IllegalAccessException {
        TreeSet<String> present = new TreeSet<>();
        for (String configured : configuredHanLpPaths()) {
            for (String suffix : HANLP_DERIVED) {
                String resource = configured + suffix;
                if (HanLP.class.getClassLoader().getResource(resource) != null) {
                    present.add(resource);
                }
            }
        }
        assertTrue(present.contains(HanLP.Config.CoreDictionaryPath + ".bin"),
                "the core dictionary HanLP segments with is on the classpath: " + present);
        assertEquals(List.of(), present.stream().filter(name -> !covered(name)).toList());
    }

    @Test
    void aResourceOutsideTheIncludesIsReportedAsUncovered() {
        assertFalse(covered("stopwords/extra.txt"));
        assertTrue(covered("gazetteer/divisions.csv"));
    }

    /** Every String (and String[]) of HanLP.Config that names a path; custom dictionary entries may add a nature. */
    private static List<String> configuredHanLpPaths() throws IllegalAccessException {
        List<String> paths = new ArrayList<>();
        for (Field field : HanLP.Config.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value = field.get(null);
            if (value instanceof String path) {
                paths.add(path);
            } else if (value instanceof String[] entries) {
                Arrays.stream(entries).map(e -> e.trim().split("\\s+")[0]).forEach(paths::add);
            }
        }
        return paths;
    }

    private static boolean covered(String resource) {
        return matchesAny(includes, resource);
    }

    /** Quarkus hands the includes to the native-image builder as globs: '*' within a directory, '**' across. */
    private static boolean matchesAny(List<String> globs, String resource) {
        Path path = Path.of(resource);
        return globs.stream().anyMatch(glob -> {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return matcher.matches(path);
        });
    }
}
