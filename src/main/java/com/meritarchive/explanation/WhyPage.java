package com.meritarchive.explanation;

import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.system.ProblemException;
import com.meritarchive.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 为什么: a decision id and a cadre's or unit's id → the explanation in Chinese (结果, 依据条款,
 * 条款原文, 档案依据, 未获得的结果及原因), for whoever may read the decision, as the API's
 * {@code GET /api/v1/decisions/{id}/subjects/{subjectId}}. A link may fill both fields.
 */
@PageController
class WhyPage {

    private final Explainer explainer;
    private final RuleSets ruleSets;

    WhyPage(Explainer explainer, RuleSets ruleSets) {
        this.explainer = explainer;
        this.ruleSets = ruleSets;
    }

    @GetMapping("/ui/why")
    ModelAndView why(@RequestParam(required = false) String decision, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String subjectType, Authentication caller) {
        ModelAndView page = new ModelAndView("ui/why");
        page.addObject("decision", decision == null ? "" : decision.strip());
        page.addObject("subject", subject == null ? "" : subject.strip());
        page.addObject("subjectType", subjectType == null ? "" : subjectType);
        if (decision == null || decision.isBlank() || subject == null || subject.isBlank()) {
            if (decision != null || subject != null) {
                page.addObject("error", "请同时填写决定编号和干部或单位编号。");
            }
            return page;
        }
        String type = subjectType == null || subjectType.isBlank() ? null : subjectType;
        try {
            Explanation explanation = explainer.explain(decision.strip(), subject.strip(), type, caller);
            page.addObject("why", WhyView.of(explanation, ruleSets.resolve(explanation.ruleSet().sha256()).codes()));
        } catch (ProblemException e) {
            page.addObject("error", message(e, decision.strip(), subject.strip()));
        }
        return page;
    }

    private static String message(ProblemException e, String decision, String subject) {
        return switch (e.status()) {
            case NOT_FOUND -> e.getMessage().startsWith("Decision '" + decision + "' has no")
                    ? "决定 " + decision + " 中没有编号为 " + subject + " 的干部或单位。"
                    : "找不到编号为 " + decision + " 的决定（编号有误，或已删除）。";
            case FORBIDDEN -> "决定 " + decision + " 由其他账号作出：只有作出决定的账号、规则作者和管理员可以查看。";
            case UNPROCESSABLE_ENTITY -> e.getMessage().contains("subjectType")
                    ? "编号 " + subject + " 在这份决定中既是干部也是单位，请选择对象类型。"
                    : "这份决定没有可以说明的干部或单位（只有年度、季度决定及其公示备案可以说明）。";
            default -> "无法说明：" + e.getMessage();
        };
    }
}
