package com.meritarchive.request;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request checks' messages (English, as the API answers them) in Chinese for the pages, at
 * their JSON pointer: "位置 /year：必须填写". A message not recognised is shown as it is.
 */
public final class CheckText {

    private record Rule(Pattern pattern, Function<Matcher, String> text) {
    }

    private static final List<Rule> RULES = List.of(
            rule("is required: the id of a stored (?:rule-set )?version", m -> "必须填写：一个已保存的规则版本号"),
            rule("is required", m -> "必须填写"),
            rule("an annual or a quarterly dataset is required", m -> "需要一份年度或季度数据（annual 或 quarterly）"),
            rule("must be an integer", m -> "必须是整数"),
            rule("must be between (-?\\d+) and (-?\\d+), was (.*)",
                    m -> "必须在 " + m.group(1) + " 到 " + m.group(2) + " 之间，实际为 " + m.group(3)),
            rule("must be one of (.*), was '(.*)'", m -> "必须是 " + m.group(1).replace(", ", "、") + " 之一，实际为“"
                    + m.group(2) + "”"),
            rule("unknown field '(.*)'; the fields of (.*) are (.*)", m -> "未知字段“" + m.group(1) + "”：可用的字段为 "
                    + m.group(3).replace(", ", "、")),
            rule("the field '(.*)' appears twice", m -> "字段“" + m.group(1) + "”出现了两次"),
            rule("must be a JSON object(?:: .*)?", m -> "必须是 JSON 对象（{…}）"),
            rule("must be an array", m -> "必须是数组（[…]）"),
            rule("must be a non-empty string", m -> "必须是非空的文字"),
            rule("must be true or false", m -> "必须是 true 或 false"),
            rule("must be a rule-set id \\(a string\\)", m -> "必须是规则版本号（文字）"),
            rule("unknown unit '(.*)'", m -> "没有这个单位：" + m.group(1)),
            rule("unknown cadre '(.*)'", m -> "没有这个干部：" + m.group(1)),
            rule("cadre '(.*)' is listed twice in the group", m -> "干部 " + m.group(1) + " 在组中列出了两次"),
            rule("duplicate (\\w+) id '(.*)'", m -> "编号 " + m.group(2) + " 重复"),
            rule("the record \\((\\d+) Q(\\d)\\) is later than the period decided \\((\\d+) Q(\\d)\\)",
                    m -> "档案（" + m.group(1) + " 年第 " + m.group(2) + " 季度）晚于所判定的期间（" + m.group(3)
                            + " 年第 " + m.group(4) + " 季度）"));

    private static final Pattern ITEM = Pattern.compile("(?:/annual|/quarterly)?/(units|cadres|records|assessments)/(\\d{1,9})(?:/(.+))?");
    private static final Map<String, String> LISTS = Map.of("units", "单位", "cadres", "干部", "records", "档案",
            "assessments", "考核排名");

    private CheckText() {
    }

    private static Rule rule(String regex, Function<Matcher, String> text) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), text);
    }

    /**
     * "位置 /year：必须填写"; the whole body ("") is shown as "/", and a field of a listed item is also
     * named as people count it: "位置 /cadres/0/unitId（第 1 个干部的 unitId）：没有这个单位：U9".
     */
    public static String describe(String pointer, String message) {
        String at = pointer == null || pointer.isEmpty() ? "/" : pointer;
        return "位置 " + at + place(at) + "：" + message(message);
    }

    /** "（第 1 个干部的 unitId）" for {@code /cadres/0/unitId} (a simulation's {@code /annual/…} too); "" elsewhere. */
    static String place(String pointer) {
        Matcher item = ITEM.matcher(pointer);
        if (!item.matches()) {
            return "";
        }
        String field = item.group(3);
        return "（第 " + (Long.parseLong(item.group(2)) + 1) + " 个" + LISTS.get(item.group(1))
                + (field == null ? "" : "的 " + field) + "）";
    }

    /** The message in Chinese, or as it is when no rule knows it. */
    public static String message(String message) {
        if (message == null) {
            return "";
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                return rule.text().apply(matcher);
            }
        }
        return message;
    }
}
