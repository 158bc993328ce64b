package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.RuleSetRef;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The page's preview of a document: the files' columns, the code beside each result, and a province cut short. */
class DocumentPreviewTest {

    private static final NoticeParameters PARAMETERS = new NoticeParameters("中共镇坪县委组织部", "0915-1234567", 5,
            WorkingDays.WEEKDAYS, LocalDate.of(2018, 1, 8), LocalDate.of(2018, 1, 5));

    @Test
    void shouldShowTheFirstEntriesOfALargeDocumentAndCountThemAll() {
        List<Documents.Entry> entries = IntStream.rangeClosed(1, 25_000).mapToObj(i -> new Documents.Entry("CADRE", "C" + i,
                "干部" + i, "县统计局", "ANNUAL_EXCELLENT", "年度考核直接评为优秀", "A1", List.of("R" + i))).toList();

        DocumentPreview notice = DocumentPreview.of(paperwork(new Documents.Document("PUBLIC", "关于…的公示", entries)), 200).get(0);

        assertThat(notice.rows()).hasSize(200);
        assertThat(notice.total()).isEqualTo(25_000);
        assertThat(notice.cut()).isTrue();
        assertThat(notice.rows().get(199).cells()).containsExactly("200", "干部200", "县统计局", "年度考核直接评为优秀（ANNUAL_EXCELLENT）", "A1");
        assertThat(notice.noticePeriod()).isEqualTo("2018年1月8日至2018年1月12日（5个工作日）");
    }

    @Test
    void shouldListTheRecordsOnAFilingAndNameItsRecipientInChinese() {
        Documents.Entry unit = new Documents.Entry("UNIT", "S01", "国网镇坪县供电公司", "国网镇坪县供电公司", "NEW_CODE", null, "U1",
                List.of("R1", "R2"));

        DocumentPreview filing = DocumentPreview.of(paperwork(new Documents.Document("HR_BUREAU", "关于报送…的函", List.of(unit))), 200)
                .get(0);

        assertThat(filing.recipientName()).isEqualTo("县人社局");
        assertThat(filing.noticePeriod()).isNull();
        assertThat(filing.cut()).isFalse();
        assertThat(filing.headers()).isEqualTo(NoticeTable.FILING_HEADERS);
        assertThat(filing.rows()).singleElement().extracting(DocumentPreview.Row::cells).asList()
                .containsExactly("1", "国网镇坪县供电公司", "国网镇坪县供电公司", "NEW_CODE", "U1", "R1\nR2"); // ids only: a record the decision did not have prints as its id, one per line
    }

    private static Paperwork paperwork(Documents.Document document) {
        return new Paperwork(new Documents(2017, null, new RuleSetRef("abc", "abc"), List.of(document)), RecordDetail.IDS_ONLY, PARAMETERS);
    }
}
