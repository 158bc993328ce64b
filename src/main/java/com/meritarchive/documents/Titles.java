package com.meritarchive.documents;

import com.meritarchive.decision.fact.Route;

/**
 * Chinese titles of the documents: a public notice (公示), a referral to the discipline
 * commission (移送) or a filing letter (报送) for the other recipients, for the decision's period.
 */
final class Titles {

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
    private static final String DISCIPLINE_COMMISSION = "DISCIPLINE_COMMISSION";

    private Titles() {
    }

    /** "2017年度" for a year, "2017年第一季度" for a quarter. */
    static String period(int year, Integer quarter) {
        return quarter == null ? year + "年度" : year + "年" + QUARTERS[quarter - 1];
    }

    /** A unit's warning list: {@code 2017年第一季度重点工作预警名单}. */
    static String warnings(String period) {
        return period + "重点工作预警名单";
    }

    static String of(String recipient, String period) {
        if (Route.PUBLIC.equals(recipient)) {
            return "关于" + period + "重点工作实绩档案考核结果的公示";
        }
        if (DISCIPLINE_COMMISSION.equals(recipient)) {
            return "关于移送" + period + "问题痕迹档案的函";
        }
        return "关于报送" + period + "重点工作实绩档案考核结果的函";
    }
}
