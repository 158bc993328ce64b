package com.meritarchive.explanation;

import com.meritarchive.ruleset.TableRow.Column;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * A table condition ({@code performanceCount >= 2}) tested on a derived fact, as Drools tests the
 * row's cell: the fact's field by its accessor, compared with the cell's value as a number or a code.
 */
final class Conditions {

    private Conditions() {
    }

    /** Whether the condition can be tested here: a {@code field op value} cell. */
    static boolean testable(Column condition) {
        return condition.field() != null && condition.operator() != null;
    }

    /** Whether the cell compares a code ({@code type == PERFORMANCE}) rather than a number. */
    static boolean isEquality(Column condition) {
        return "==".equals(condition.operator()) && condition.number().isEmpty();
    }

    static boolean holdsOn(Column condition, Object fact) {
        if (!testable(condition)) {
            return true; // not a simple comparison: the rule's own business, not said here
        }
        return holds(condition, value(fact, condition.field()));
    }

    /** Whether a value (a field's, or the subject's type) meets the cell. */
    static boolean holds(Column condition, Object actual) {
        Optional<Integer> number = condition.number();
        if (number.isPresent() && actual instanceof Number n) {
            int compared = Long.compare(n.longValue(), number.get());
            return switch (condition.operator()) {
                case ">=" -> compared >= 0;
                case ">" -> compared > 0;
                case "<=" -> compared <= 0;
                case "<" -> compared < 0;
                case "!=" -> compared != 0;
                default -> compared == 0;
            };
        }
        boolean equal = Objects.equals(actual == null ? null : actual.toString(), condition.value());
        return "!=".equals(condition.operator()) != equal;
    }

    /** A fact's field as Drools reads it: the record accessor {@code field()}, or {@code getField()}. */
    static Object value(Object fact, String field) {
        for (String name : new String[] {field, "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1)}) {
            try {
                Method accessor = fact.getClass().getMethod(name);
                return accessor.invoke(fact);
            } catch (NoSuchMethodException e) {
                // try the next spelling
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + field + " of " + fact.getClass().getSimpleName(), e);
            }
        }
        throw new IllegalStateException(fact.getClass().getSimpleName() + " has no field " + field);
    }
}
