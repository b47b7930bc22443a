package vn.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The labels load: a field named twice (two forms labelling it differently) would fail every message at once. */
class FieldLabelsTest {

    @Test
    void everyFieldHasOneLabel() {
        assertThat(FieldLabels.field("reason")).isEqualTo("Lý do (reason)");
        assertThat(FieldLabels.field("documentNumber")).isEqualTo("Số, ký hiệu văn bản (documentNumber)");
    }
}
