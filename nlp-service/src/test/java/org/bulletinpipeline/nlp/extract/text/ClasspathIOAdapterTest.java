package org.bulletinpipeline.nlp.extract.text;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import com.hankcs.hanlp.HanLP;

import org.junit.jupiter.api.Test;

class ClasspathIOAdapterTest {

    @Test
    void installingMakesHanLPReadFromTheClasspathOnly() throws IOException {
        ClasspathIOAdapter.install();
        ClasspathIOAdapter adapter = assertInstanceOf(ClasspathIOAdapter.class, HanLP.Config.IOAdapter);
        // the portable jar carries the core dictionary as the binary form HanLP would otherwise build from text
        try (InputStream core = adapter.open(HanLP.Config.CoreDictionaryPath + ".bin")) {
            assertTrue(core.readNBytes(64).length == 64, "the core dictionary is a packaged resource");
        }
        assertThrows(FileNotFoundException.class, () -> adapter.open("data/dictionary/not-packaged.txt"));
    }

    @Test
    void cachesAreNeverWritten() {
        ClasspathIOAdapter.install();
        assertThrows(IOException.class, () -> HanLP.Config.IOAdapter.create("data/dictionary/CoreNatureDictionary.txt.bin"));
    }
}
