package com.meritarchive.scenario;

import com.meritarchive.request.Vocabulary;
import com.meritarchive.ruleset.CodeLists;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario cell's word stands for: the version's own lists (干部 → CADRE, 年度考核直接评为优秀
 * → ANNUAL_EXCELLENT), so that a scenario reads like the tables; a cell may also hold the code.
 * A version without a code workbook takes the contract's codes only.
 */
record Choices(CodeLists codes) {

    Optional<String> code(String list, List<String> contract, String word) {
        if (codes.has(list)) {
            return codes.code(list, word);
        }
        return contract.contains(word) ? Optional.of(word) : Optional.empty();
    }

    List<String> words(String list, List<String> contract) {
        return codes.has(list) ? codes.words(list) : contract;
    }

    /** An expected result: its code when the version lists outcomes (else the word as written, as a code). */
    Optional<String> outcome(String word) {
        return codes.has(CodeLists.OUTCOME_LIST) ? codes.code(CodeLists.OUTCOME_LIST, word) : Optional.of(word);
    }

    /**
     * Recipients as policy staff write them: the version's 送达对象 words (the contract's names when it
     * has none) in the order of the list, separated by 、; 无 for none.
     */
    String recipients(Collection<String> recipientCodes) {
        if (recipientCodes.isEmpty()) {
            return "无";
        }
        return String.join("、", recipientCodes.stream()
                .sorted(Comparator.comparingInt(Choices::recipientOrder))
                .map(code -> codes().word(CodeLists.RECIPIENT_LIST, code)
                        .orElse(Vocabulary.RECIPIENT_NAMES.getOrDefault(code, code)))
                .toList());
    }

    /** The contract's order (县委组织部 first), a code it does not know last. */
    private static int recipientOrder(String code) {
        int index = Vocabulary.RECIPIENTS.indexOf(code);
        return index < 0 ? Vocabulary.RECIPIENTS.size() : index;
    }
}
