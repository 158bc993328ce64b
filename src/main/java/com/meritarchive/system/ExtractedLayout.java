package com.meritarchive.system;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Runs the service from an extracted copy of its own jar. Started with {@code java -jar}, Spring
 * Boot's launcher reads every class from jars nested in the jar, looking for each one in the nested
 * jars in turn through URL connections; from the same jar extracted (its nested jars as files, the
 * application's classes as a jar of their own, as Spring Boot's {@code jarmode=tools extract} lays
 * them out) the service was healthy in 4.1-4.3 s instead of 5.3-5.4 s, with 7.4-7.8 s of CPU instead
 * of 9.7 s (2 cores; most of the difference was the JIT compiling the nested lookups).
 *
 * <p>So the first start of a jar copies it into {@code <merit.data-dir>/extracted/} ({@link ExtractedJar};
 * the data dir as the command line, a {@code -D} option or {@code MERIT_DATA_DIR} gives it, else
 * {@code data}: writable by the service's user alone, as its code should be), and every start of
 * that jar runs its main class there, in a class loader over those files in the launcher's order.
 * Where extracting fails (no space, no permission) the service starts from the nested jars as
 * before, and {@code --merit.extract=false} asks for that. Runs in the nested class loader before
 * anything is set up, so it uses the JDK alone and loads nothing else there.
 */
public final class ExtractedLayout {

    /** The system property that tells the service, once started, how it was launched (logged at start). */
    public static final String REPORT = "merit.launch";
    static final String NESTED_CLASS_LOADER = "org.springframework.boot.loader.launch.LaunchedClassLoader";

    private ExtractedLayout() {
    }

    /**
     * Runs {@code main}'s {@code main(args)} from the extracted jar and returns true once it returns;
     * returns false, having run nothing, when {@code main} was not loaded by Spring Boot's launcher
     * from a jar (tests, an IDE), extraction is switched off or fails: the caller then starts here.
     */
    public static boolean relaunch(Class<?> main, String[] args) throws Exception {
        if (!NESTED_CLASS_LOADER.equals(main.getClassLoader().getClass().getName())) {
            return false;
        }
        if ("false".equals(setting(args, "merit.extract", "MERIT_EXTRACT", "true"))) {
            System.setProperty(REPORT, "from the nested jars (merit.extract=false)");
            return false;
        }
        String jar = System.getProperty("java.class.path");
        String dataDir = setting(args, "merit.data-dir", "MERIT_DATA_DIR", "data");
        ExtractedJar.Layout layout;
        try {
            layout = ExtractedJar.extract(Path.of(jar), Path.of(dataDir, "extracted"));
        } catch (IOException | RuntimeException e) {
            System.setProperty(REPORT, "from the nested jars: extracting " + jar + " into " + dataDir + "/extracted failed: " + e);
            return false;
        }
        System.setProperty(REPORT, layout.describe());
        ClassLoader loader = new URLClassLoader("extracted", layout.urls(), ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(main.getName(), true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        return true;
    }

    /**
     * A setting as Spring Boot would find it: {@code --name=value} among the arguments, then the system
     * property, then the environment variable, then {@code otherwise}.
     */
    static String setting(String[] args, String name, String environment, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(environment);
        }
        return value != null ? value : otherwise;
    }
}
