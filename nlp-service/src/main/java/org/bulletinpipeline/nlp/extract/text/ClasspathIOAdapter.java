package org.bulletinpipeline.nlp.extract.text;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IIOAdapter;

/**
 * HanLP's dictionaries and models are read from the classpath only, as the native image carries them
 * ({@code quarkus.native.resources.includes}), and never from a {@code data/} directory beside the process. HanLP
 * also writes binary caches of the dictionaries it parsed next to them; those writes are refused, so nothing is
 * written at run time and every instance reads the same packaged text.
 */
public final class ClasspathIOAdapter implements IIOAdapter {

    private static final ClassLoader LOADER = ClasspathIOAdapter.class.getClassLoader();

    private ClasspathIOAdapter() {
    }

    /** Makes HanLP read through this adapter; called before the first segmenter is built. */
    public static void install() {
        if (!(HanLP.Config.IOAdapter instanceof ClasspathIOAdapter)) {
            HanLP.Config.IOAdapter = new ClasspathIOAdapter();
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        InputStream in = LOADER.getResourceAsStream(path.startsWith("/") ? path.substring(1) : path);
        if (in == null) {
            // HanLP probes optional files (a cache, a user dictionary) and falls back when they are missing
            throw new FileNotFoundException(path + " is not on the classpath");
        }
        return in;
    }

    @Override
    public OutputStream create(String path) throws IOException {
        throw new IOException("HanLP cache " + path + " not written: the dictionaries are read-only resources");
    }
}
