package com.meritarchive.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.request.CadreInput;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cadre or unit a subject id names in a recorded request, and when it must say which. */
class ExplainerSubjectTest {

    private static final List<UnitInput> UNITS = List.of(new UnitInput("X1", "县统计局", "COUNTY"),
            new UnitInput("S1", "县供电公司", "STATIONED"));
    private static final List<CadreInput> CADRES = List.of(new CadreInput("X1", "李强", "X1", "ORG_DEPT"),
            new CadreInput("C1", "王敏", "S1", "HR_BUREAU"));

    @Test
    void shouldFindACadreWithItsUnit() {
        Explainer.Subject subject = Explainer.subject("d", "C1", null, CADRES, UNITS);

        assertThat(subject.ref()).isEqualTo(SubjectRef.cadre("C1"));
        assertThat(subject.name()).isEqualTo("王敏");
        assertThat(subject.unit()).isEqualTo(new Explanation.Unit("S1", "县供电公司"));
        assertThat(subject.unitKind()).isNull();
    }

    @Test
    void shouldFindAUnitWithItsKind() {
        assertThat(Explainer.subject("d", "S1", null, CADRES, UNITS).unitKind()).isEqualTo("STATIONED");
    }

    @Test
    void shouldAskWhichWhenAnIdIsBothACadresAndAUnits() {
        assertThatThrownBy(() -> Explainer.subject("d", "X1", null, CADRES, UNITS))
                .isInstanceOf(InvalidExplanationRequestException.class).hasMessageContaining("subjectType=CADRE");
        assertThat(Explainer.subject("d", "X1", "CADRE", CADRES, UNITS).ref()).isEqualTo(SubjectRef.cadre("X1"));
        assertThat(Explainer.subject("d", "X1", "UNIT", CADRES, UNITS).ref()).isEqualTo(SubjectRef.unit("X1"));
    }

    @Test
    void shouldNameTheDecisionAndTheIdOfAnUnknownSubject() {
        assertThatThrownBy(() -> Explainer.subject("d", "C9", null, CADRES, UNITS))
                .isInstanceOf(UnknownSubjectException.class).hasMessage("Decision 'd' has no cadre or unit with id 'C9'");
        assertThatThrownBy(() -> Explainer.subject("d", "C1", "UNIT", CADRES, UNITS))
                .isInstanceOf(UnknownSubjectException.class).hasMessage("Decision 'd' has no unit with id 'C1'");
    }
}
