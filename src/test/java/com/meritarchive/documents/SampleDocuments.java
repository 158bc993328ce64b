package com.meritarchive.documents;

import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.request.RecordInput;
import java.time.LocalDate;
import java.util.List;

/** A year-end decision's documents written by hand: a public notice, a filing and a referral, Chinese names throughout. */
final class SampleDocuments {

    static final LocalDate NOTICE_START = LocalDate.of(2018, 1, 8);
    static final LocalDate DOCUMENT_DATE = LocalDate.of(2018, 1, 5);
    static final NoticeParameters PARAMETERS = new NoticeParameters("中共镇坪县委组织部", "0915-xxxxxxx", 5, WorkingDays.WEEKDAYS,
            NOTICE_START, DOCUMENT_DATE);

    static final Documents.Document PUBLIC = new Documents.Document("PUBLIC", "关于2017年度重点工作实绩档案考核结果的公示",
            List.of(new Documents.Entry("CADRE", "C-001", "王建国", "县交通运输局", "ANNUAL_EXCELLENT", "年度考核直接评为优秀", "A1", List.of()),
                    new Documents.Entry("CADRE", "C-002", "李秀英", "县水利局", "MAJOR_CONTRIBUTION_NOMINEE", "直接推荐重大贡献奖", "A2",
                            List.of()),
                    new Documents.Entry("UNIT", "U-07", null, "曾家镇人民政府", "UNIT_ANNUAL_EXCELLENT", "年度综合目标考核直接定为优秀", "U1",
                            List.of())));
    static final Documents.Document ORG_DEPT = new Documents.Document("ORG_DEPT", "关于报送2017年度重点工作实绩档案考核结果的函",
            List.of(new Documents.Entry("CADRE", "C-001", "王建国", "县交通运输局", "ANNUAL_EXCELLENT", "年度考核直接评为优秀", "A1",
                    List.of("R-2017-Q1-001", "R-2017-Q2-004", "R-2017-Q3-009")),
                    new Documents.Entry("CADRE", "C-003", "张伟", "县住建局", "OUTSTANDING_CADRE_LIST", "工作实绩表现突出干部名单", "A3",
                            List.of("R-2017-Q2-011", "R-2017-Q3-012"))));
    static final Documents.Document DISCIPLINE = new Documents.Document("DISCIPLINE_COMMISSION", "关于移送2017年度问题痕迹档案的函",
            List.of(new Documents.Entry("CADRE", "C-009", "赵磊", "县国土资源局", "DISCIPLINE_REFERRAL", "移送县纪委监察局问效问责", "Q4",
                    List.of("T-2017-Q3-002", "T-2017-Q4-005")),
                    new Documents.Entry("CADRE", "C-010", "陈静", "县环保局", "POSITION_ADJUSTMENT", "调整工作岗位", "Q5",
                            List.of("T-2017-Q4-007"))));
    static final Documents DOCUMENTS = new Documents(2017, null, new RuleSetRef("annual-2017", "ab12cd34"),
            List.of(PUBLIC, ORG_DEPT, DISCIPLINE));

    /**
     * The records behind the filings' entries, all but T-2017-Q4-007 (a record the request lacks,
     * which a filing names by its id); T-2017-Q3-002 was cancelled.
     */
    static final EvidenceRecords RECORDS = EvidenceRecords.of(List.of(
            record("R-2017-Q1-001", "C-001", "PERFORMANCE", 1, "固定资产投资增速", "ACTIVE"),
            record("R-2017-Q2-004", "C-001", "PERFORMANCE", 2, "城镇居民人均可支配收入增速", "ACTIVE"),
            record("R-2017-Q3-009", "C-001", "PERFORMANCE", 3, "税收收入增速", "ACTIVE"),
            record("R-2017-Q2-011", "C-003", "PERFORMANCE", 2, "招商引资到位资金", "ACTIVE"),
            record("R-2017-Q3-012", "C-003", "PERFORMANCE", 3, "招商引资到位资金", "ACTIVE"),
            record("T-2017-Q3-002", "C-009", "PROBLEM_TRACE", 3, "城镇居民人均可支配收入增速", "CANCELLED"),
            record("T-2017-Q4-005", "C-009", "PROBLEM_TRACE", 4, "城镇居民人均可支配收入增速", "ACTIVE")));
    /** The records in the words of the shipped code workbook. */
    static final RecordDetail RECORD_DETAIL = new RecordDetail(RECORDS, RoutingWorkbook.SHIPPED.codes());
    static final Paperwork PAPERWORK = new Paperwork(DOCUMENTS, RECORD_DETAIL, PARAMETERS);

    private static RecordInput record(String id, String cadre, String type, int quarter, String indicator, String status) {
        return new RecordInput(id, "CADRE", cadre, type, 2017, quarter, "追赶超越", indicator, status);
    }

    private SampleDocuments() {
    }
}
