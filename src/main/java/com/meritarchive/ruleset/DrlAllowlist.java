package com.meritarchive.ruleset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link DrlCodeCheck} judges rule code by, in one place so that a reviewer can read the
 * whole policy at once: the value types rules may use besides the facts, the names that reach the
 * JVM, threads, files, the network or reflection, and the first parts that can only be a package.
 */
final class DrlAllowlist {

    /** The fact package: every class in it may be imported and used. */
    static final String FACT_PACKAGE = "com.meritarchive.decision.fact";

    /** Simple name → qualified name of the value types rules may use besides the facts. */
    static final Map<String, String> VALUE_TYPES = valueTypes();
    /** Names that reach the JVM, threads, files, the network or reflection, whatever comes before them. */
    static final Set<String> FORBIDDEN = Set.of("System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal",
            "Process", "ProcessBuilder", "ProcessHandle", "Class", "class", "ClassLoader", "getClass", "forName",
            "getClassLoader", "getContextClassLoader", "loadClass", "getRuntime", "exit", "halt", "exec", "sleep", "wait",
            "join", "reflect", "invoke", "newInstance", "setAccessible", "getDeclaredMethod", "getDeclaredMethods",
            "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor", "getMethod", "getMethods", "getField",
            "getFields", "getConstructor", "MethodHandles", "MethodHandle", "Proxy", "Unsafe", "Files", "Paths", "Path",
            "File", "FileReader", "FileInputStream", "FileOutputStream", "FileWriter", "RandomAccessFile", "Socket",
            "ServerSocket", "URL", "URI", "HttpClient", "InetAddress", "ScriptEngine", "ScriptEngineManager", "eval",
            "drools", "kcontext", "SecurityManager", "StackWalker", "Module", "ModuleLayer", "getModule", "Executors",
            "CompletableFuture", "ForkJoinPool", "Timer", "ServiceLoader", "ObjectInputStream", "getenv", "loadLibrary",
            "MVEL");
    /** First parts of a name that can only be a package. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org",
            "net", "io", "kotlin", "groovy", "scala");
    /** The one use of the consequence's {@code drools} helper that tables need: the rule's name as the outcome's clause. */
    static final String RULE_NAME = "drools.getRule";
    /**
     * Fields that name a subject, a record or an assessment. A condition may bind them
     * ({@code $id : subjectId}) or join two facts on them ({@code subjectId == $id}), never compare
     * them with a value: the rules decide on what a subject is and on its records, not on who it is,
     * which is also what lets subjects without records be decided once per kind.
     */
    static final Set<String> ID_FIELDS = Set.of("id", "key", "subjectId", "subjectKey", "cadreId", "unitId", "leadUnitId",
            "recordId", "assessmentId");
    static final Set<String> IMPORT_WORDS = Set.of("static", "function", "accumulate");
    static final Set<String> DECLARE_WORDS = Set.of("enum", "trait", "type");

    private DrlAllowlist() {
    }

    private static Map<String, String> valueTypes() {
        Map<String, String> types = new HashMap<>();
        for (String lang : List.of("String", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean",
                "Character", "Number", "Math", "StringBuilder", "Object", "Comparable", "CharSequence", "Iterable")) {
            types.put(lang, "java.lang." + lang);
        }
        for (String util : List.of("Objects", "List", "ArrayList", "LinkedList", "Map", "HashMap", "LinkedHashMap",
                "TreeMap", "SortedMap", "NavigableMap", "Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet",
                "Collection", "Collections", "Arrays", "Iterator", "Optional", "Comparator", "Deque", "ArrayDeque",
                "Queue")) {
            types.put(util, "java.util." + util);
        }
        types.put("BigDecimal", "java.math.BigDecimal");
        types.put("BigInteger", "java.math.BigInteger");
        return Map.copyOf(types);
    }
}
