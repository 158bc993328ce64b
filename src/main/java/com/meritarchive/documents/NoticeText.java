package com.meritarchive.documents;

import java.time.LocalDate;

/**
 * The sentences of a document, as DOCUMENTS.md gives them: the addressee, the body for a public
 * notice (with its period and telephone), a filing or a transmittal to the discipline commission,
 * and the date in Arabic numerals without leading zeros.
 */
final class NoticeText {

    private NoticeText() {
    }

    /** {@code 县委组织部：}; null for a public notice, which has no addressee. */
    static String addressee(String recipient) {
        return Recipients.isPublic(recipient) ? null : Recipients.chineseName(recipient) + "：";
    }

    /** {@code 县委组织部：}, a warning list's {@code 县发展和改革局主要负责人：}; null for a public notice. */
    static String addressee(Documents.Document document) {
        if (Recipients.isWarnings(document.recipient())) {
            return Recipients.name(document) + "主要负责人：";
        }
        return addressee(document.recipient());
    }

    static String body(Documents.Document document, NoticeParameters parameters) {
        String subject = subject(document.title());
        if (Recipients.isWarnings(document.recipient())) {
            return "根据《镇坪县重点工作实绩档案制度（试行）》，经对" + period(subject) + "实绩档案和问题痕迹档案进行预警分析，"
                    + "你单位下列干部或单位距所列结果只差一个季度。现将" + subject + "印发你单位，请对照预警说明督促相关人员抓好整改、"
                    + "巩固成绩。本名单仅供你单位内部掌握，不是档案记录，不予公示。";
        }
        if (Recipients.isPublic(document.recipient())) {
            String list = subject.endsWith("名单") ? subject : subject + "名单";
            return "根据《镇坪县重点工作实绩档案制度（试行）》，经审核，现将" + list + "予以公示。公示期为"
                    + date(parameters.noticeStart()) + "至" + date(parameters.noticeEnd()) + "（" + parameters.noticeWorkingDays()
                    + "个工作日）。公示期间，如对公示对象有异议，请以来电、来信、来访等方式向县委组织部反映。监督电话：" + parameters.phone() + "。";
        }
        if (Recipients.DISCIPLINE_COMMISSION.equals(document.recipient())) {
            return "现将" + subject + "一并移送你单位，请依规问效问责。";
        }
        return "现将" + subject + "报送你单位，请予备案。";
    }

    /**
     * What the title is about: {@code 关于报送2017年第一季度重点工作实绩档案的函} → {@code 2017年第一季度重点工作实绩档案},
     * so that the body names what is sent without repeating the verb.
     */
    static String subject(String title) {
        String subject = title.strip();
        if (subject.startsWith("关于")) {
            subject = subject.substring(2);
        }
        for (String verb : new String[] {"报送", "移送", "公示"}) {
            if (subject.startsWith(verb)) {
                subject = subject.substring(verb.length());
            }
        }
        for (String ending : new String[] {"的公示", "的函", "的通知", "的报告"}) {
            if (subject.endsWith(ending)) {
                subject = subject.substring(0, subject.length() - ending.length());
            }
        }
        return subject.isEmpty() ? title : subject;
    }

    /** {@code 2017年第一季度重点工作预警名单} → {@code 2017年第一季度}. */
    private static String period(String subject) {
        int end = subject.indexOf("重点工作");
        return end > 0 ? subject.substring(0, end) : "本季度";
    }

    /** {@code 2018年1月5日}. */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
