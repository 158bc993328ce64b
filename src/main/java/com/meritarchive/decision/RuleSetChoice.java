package com.meritarchive.decision;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.ruleset.RuleSets;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The rule set a call decides with ({@code ?ruleSet=}): the active one by default; any stored
 * version for AUTHOR, only a version that has been published at some time for the others (403).
 * One place, so that decisions and their documents follow the same rules.
 */
@Component
public class RuleSetChoice {

    private static final String AUTHOR = "ROLE_AUTHOR";

    private final RuleSets ruleSets;

    RuleSetChoice(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The version to decide with; checked before it is compiled, so that a refused caller costs nothing. */
    public CompiledRuleSet resolve(String id, Authentication caller) {
        if (id != null && !mayDecideWithAnyVersion(caller) && !ruleSets.wasPublished(ruleSets.version(id))) {
            throw new UnpublishedRuleSetException(id);
        }
        return ruleSets.resolve(id);
    }

    /** The versions this caller may choose (newest first, the active one marked): all for AUTHOR, else only those ever published. */
    public List<RuleSetVersion> choosable(Authentication caller) {
        List<RuleSetVersion> versions = ruleSets.list();
        return mayDecideWithAnyVersion(caller) ? versions : versions.stream().filter(ruleSets::wasPublished).toList();
    }

    private static boolean mayDecideWithAnyVersion(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(role -> AUTHOR.equals(role.getAuthority()));
    }
}
