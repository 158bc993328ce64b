package com.meritarchive.ruleset;

import com.meritarchive.ruleset.DrlTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static check every rule set passes before it compiles: rule files and the DRL generated from
 * tables are code that runs inside the service, and an upload must not be able to read files, stop
 * the JVM, start or stall threads, reach the network or reflect. Rather than sandbox the JVM, the
 * text is scanned (comments and literals blanked, see {@link DrlTokens}) and every import and every
 * dotted or capitalised name must come from an allowlist: the fact package
 * {@code com.meritarchive.decision.fact}, a few value types of {@code java.lang}, {@code java.util}
 * and {@code java.math}, and the types the rule set declares itself. Simple, strict and explainable:
 * a rejected name is reported at its line and column, or at the table cell it came from.
 */
final class DrlCodeCheck {

    static final String FACT_PACKAGE = DrlAllowlist.FACT_PACKAGE;

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}");

    /** Where a rejected name was found: a DRL line and column, and the name itself. */
    record Finding(int line, int column, String name, String message) {
    }

    private DrlCodeCheck() {
    }

    /**
     * Checks every DRL text of a rule set (file name → DRL); a table's findings are located at the
     * cell they came from by its translation.
     */
    static List<RuleSetError> check(Map<String, String> drlByFile, Map<String, SpreadsheetTranslator.Translation> tables) {
        Set<String> declared = new HashSet<>();
        drlByFile.values().forEach(drl -> declared.addAll(declaredTypes(DrlTokens.of(drl))));
        List<RuleSetError> errors = new ArrayList<>();
        drlByFile.forEach((file, drl) -> {
            SpreadsheetTranslator.Translation table = tables.get(file);
            for (Finding finding : findings(drl, declared)) {
                errors.add(table != null
                        ? table.locateCode(finding.line(), finding.name(), finding.message())
                        : new RuleSetError(file, null, finding.line(), Integer.toString(finding.column()),
                                finding.message()));
            }
        });
        return errors;
    }

    /** What is wrong with one DRL text, given the types the whole rule set declares. */
    static List<Finding> findings(String drl, Set<String> declared) {
        List<Finding> findings = new ArrayList<>();
        escapes(drl, findings);
        String code = DrlTokens.code(drl);
        List<Token> tokens = DrlTokens.ofCode(code);
        boolean condition = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text().equals("when") || token.text().equals("then")) {
                condition = token.text().equals("when");
            } else if (condition) {
                checkIdUse(token, code, findings);
            }
            if (token.text().equals("import") && i + 1 < tokens.size()) {
                int name = i + 1;
                while (name + 1 < tokens.size() && DrlAllowlist.IMPORT_WORDS.contains(tokens.get(name).text())) {
                    name++;
                }
                checkImport(tokens.get(name), findings);
                i = name;
                continue;
            }
            checkName(token, declared, findings);
        }
        return findings;
    }

    private static void checkImport(Token token, List<Finding> findings) {
        String name = token.text();
        boolean fact = name.equals(FACT_PACKAGE) || name.startsWith(FACT_PACKAGE + ".");
        if (!fact && !DrlAllowlist.VALUE_TYPES.containsValue(name)) {
            findings.add(new Finding(token.line(), token.column(), name, "不允许导入 " + name + "：规则只能导入 " + FACT_PACKAGE
                    + " 中的事实类和 String、Integer、List、Map、Math 等基本类型 (import of " + name + " is not allowed)"));
        } else {
            forbiddenParts(token, findings);
        }
    }

    private static void checkName(Token token, Set<String> declared, List<Finding> findings) {
        if (forbiddenParts(token, findings)) {
            return;
        }
        List<String> parts = token.parts();
        if (parts.get(0).startsWith("$")) {
            return; // a rule's own variable: what it calls was checked above
        }
        int type = firstCapitalised(parts);
        if (type > 0 || (type < 0 && parts.size() > 1 && DrlAllowlist.PACKAGE_ROOTS.contains(parts.get(0)))
                || (parts.size() == 1 && DrlAllowlist.PACKAGE_ROOTS.contains(parts.get(0)) && !parts.get(0).equals("io"))) {
            String qualified = String.join(".", parts.subList(0, type < 0 ? parts.size() : type + 1));
            if (!qualified.startsWith(FACT_PACKAGE + ".") && !DrlAllowlist.VALUE_TYPES.containsValue(qualified)) {
                findings.add(new Finding(token.line(), token.column(), parts.get(0), "不允许使用完全限定名 " + qualified
                        + "：请导入 " + FACT_PACKAGE + " 中的事实类后用短名 (fully-qualified name " + qualified
                        + " is outside the allowlist)"));
            }
        } else if (type == 0 && !isAllowedType(parts.get(0), declared)) {
            findings.add(new Finding(token.line(), token.column(), parts.get(0), "规则中不允许使用类型 " + parts.get(0)
                    + "：只能使用 " + FACT_PACKAGE + " 中的事实类、规则集自己声明的类型和 String、Integer、List、Map、Math 等基本类型 (type "
                    + parts.get(0) + " is not on the allowlist)"));
        }
    }

    /**
     * An id field in a condition: bound to a variable, or compared with {@code ==} or {@code !=} to a
     * variable on either side; anything else (a value, {@code matches}, {@code in}, a method call) is
     * a rule about one subject or record, and refused.
     */
    private static void checkIdUse(Token token, String code, List<Finding> findings) {
        List<String> parts = token.parts();
        int field = parts.size() - 1;
        while (field >= 0 && !DrlAllowlist.ID_FIELDS.contains(parts.get(field))) {
            field--;
        }
        if (field < 0) {
            return;
        }
        int before = skipBack(code, token.start() - 1);
        int after = skipForward(code, token.end());
        boolean bound = before >= 0 && code.charAt(before) == ':' && (before == 0 || code.charAt(before - 1) != ':');
        boolean joinedAfter = (code.startsWith("==", after) || code.startsWith("!=", after))
                && code.startsWith("$", skipForward(code, after + 2));
        boolean joinedBefore = before >= 1 && code.charAt(before) == '=' && (code.charAt(before - 1) == '='
                || code.charAt(before - 1) == '!') && token.text().startsWith("$");
        if (field < parts.size() - 1 || !bound && !joinedAfter && !joinedBefore) { // id.startsWith(...): a method on it
            findings.add(new Finding(token.line(), token.column(), token.text(), "条件中不允许按编号判断（" + token.text()
                    + "）：规则只能按对象类型、单位类别和档案记录作决定，编号只能绑定为变量或与另一事实的编号相等比较 (an id in a condition may"
                    + " only be bound to a variable or compared with == or != to another fact's: " + token.text() + ")"));
        }
    }

    private static int skipBack(String code, int i) {
        int at = i;
        while (at >= 0 && Character.isWhitespace(code.charAt(at))) {
            at--;
        }
        return at;
    }

    private static int skipForward(String code, int i) {
        int at = i;
        while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Reports the first forbidden part of a name; true when there was one. */
    private static boolean forbiddenParts(Token token, List<Finding> findings) {
        if (token.text().equals(DrlAllowlist.RULE_NAME)) {
            return false;
        }
        for (String part : token.parts()) {
            if (DrlAllowlist.FORBIDDEN.contains(part)) {
                findings.add(new Finding(token.line(), token.column(), part, "规则中不允许使用 " + part
                        + "：规则不能读写文件、访问系统或网络、启动或暂停线程、退出程序或使用反射 (" + part
                        + " is forbidden in rule code: " + token.text() + ")"));
                return true;
            }
        }
        return false;
    }

    /** Java reads unicode escapes before anything else, and text blocks end where a scan would not expect. */
    private static void escapes(String drl, List<Finding> findings) {
        Matcher escape = UNICODE_ESCAPE.matcher(drl);
        while (escape.find()) {
            findings.add(at(drl, escape.start(), escape.group(), "规则中不允许使用 Unicode 转义 " + escape.group()
                    + "：请直接写出字符 (unicode escapes are not allowed)"));
        }
        int block = drl.indexOf("\"\"\"");
        if (block >= 0) {
            findings.add(at(drl, block, "\"\"\"", "规则中不允许使用文本块 \"\"\" (text blocks are not allowed)"));
        }
    }

    private static Finding at(String drl, int offset, String name, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Finding(line, offset - lineStart + 1, name, message);
    }

    private static boolean isAllowedType(String name, Set<String> declared) {
        return DrlAllowlist.VALUE_TYPES.containsKey(name) || declared.contains(name) || isFact(name);
    }

    /** A class of the fact package, looked up as a resource: nothing is loaded or initialised. */
    private static boolean isFact(String name) {
        return DrlCodeCheck.class.getClassLoader().getResource(FACT_PACKAGE.replace('.', '/') + "/" + name + ".class") != null;
    }

    private static int firstCapitalised(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isEmpty() && Character.isUpperCase(parts.get(i).charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    /** The names after {@code declare} (and {@code declare enum}): types the rule set defines itself. */
    private static Set<String> declaredTypes(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals("declare")) {
                int name = i + 1;
                while (name + 1 < tokens.size() && DrlAllowlist.DECLARE_WORDS.contains(tokens.get(name).text())) {
                    name++;
                }
                String declaredName = tokens.get(name).text();
                if (!DrlAllowlist.FORBIDDEN.contains(declaredName) && !declaredName.contains(".")) {
                    names.add(declaredName);
                }
            }
        }
        return names;
    }
}
