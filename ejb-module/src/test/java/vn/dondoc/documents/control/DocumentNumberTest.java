package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @ParameterizedTest(name = "{0} is read as number {1}, year {2}, type {3}, issuer {4}, Party {5}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "204/KH-UBND      | 204 | -    | KH | UBND | false",
                "43/CT-TTg        | 43  | -    | CT | TTg  | false",
                "749/QĐ-TTg       | 749 | -    | QĐ | TTg  | false",
                "107/2020/NĐ-CP   | 107 | 2020 | NĐ | CP   | false",
                "13/2020/NQ-HĐND  | 13  | 2020 | NQ | HĐND | false",
                "46-CT/TU         | 46  | -    | CT | TU   | true",
                "484-CV/BCS       | 484 | -    | CV | BCS  | true",
                "27-NQ/TW         | 27  | -    | NQ | TW   | true",
                "80-KL/TW         | 80  | -    | KL | TW   | true",
                "09-CT/TU         | 09  | -    | CT | TU   | true"
            })
    void bothFormsAreReadIntoTheirParts(
            String printed, String number, Integer year, String type, String issuer, boolean party) {
        DocumentNumber parsed = DocumentNumber.parse(printed).orElseThrow();

        assertThat(parsed.number()).isEqualTo(number);
        assertThat(parsed.year()).isEqualTo(year);
        assertThat(parsed.type()).isEqualTo(type);
        assertThat(parsed.issuer()).isEqualTo(issuer);
        assertThat(parsed.party()).isEqualTo(party);
        assertThat(parsed).hasToString(printed);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Số: 204/KH-UBND          | 204/KH-UBND",
                "Số 204/KH-UBND           | 204/KH-UBND",
                "số:204/KH-UBND           | 204/KH-UBND",
                "SỐ: 204/KH-UBND          | 204/KH-UBND",
                "204 / KH - UBND          | 204/KH-UBND",
                "  46 - CT / TU           | 46-CT/TU",
                "107 / 2020 / NĐ - CP     | 107/2020/NĐ-CP",
                "204/kh-ubnd              | 204/KH-UBND",
                "46-ct/tu                 | 46-CT/TU",
                "43/ct-ttg                | 43/CT-TTg",
                "749/qđ-ttg               | 749/QĐ-TTg",
                "13/2020/nq-hđnd          | 13/2020/NQ-HĐND",
                "01/2014/TTLT-BTP-TANDTC  | 01/2014/TTLT-BTP-TANDTC",
                "15/CTr-UBND              | 15/CTr-UBND",
                "08-QĐi/TW                | 08-QĐi/TW"
            })
    void printingVariantsGiveTheCanonicalForm(String printed, String canonical) {
        assertThat(DocumentNumber.parse(printed))
                .hasValueSatisfying(n -> assertThat(n).hasToString(canonical));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "",
                "   ",
                "204",
                "KH-UBND",
                "abc",
                "204/KH",
                "46-CT",
                "/KH-UBND",
                "204/KH-",
                "19/12/2022",
                "2019 - 2023",
                "V/v triển khai",
                "204/KH-UBND ngày 21/7/2023"
            })
    void whatIsNotANumberAndSymbolIsRefused(String printed) {
        assertThat(DocumentNumber.parse(printed)).isEmpty();
    }

    @Test
    void aMissingTextIsRefused() {
        assertThat(DocumentNumber.parse(null)).isEmpty();
    }

    @Test
    void numbersAreEqualWhenTheirCanonicalFormsAre() {
        DocumentNumber printed = DocumentNumber.parse("Số: 43 / ct - ttg").orElseThrow();
        DocumentNumber canonical = DocumentNumber.parse("43/CT-TTg").orElseThrow();

        assertThat(printed).isEqualTo(canonical).hasSameHashCodeAs(canonical);
        assertThat(DocumentNumber.parse("46-CT/TU")).isNotEqualTo(DocumentNumber.parse("46/CT-TU"));
        assertThat(DocumentNumber.parse("9-CT/TU")).isNotEqualTo(DocumentNumber.parse("09-CT/TU"));
    }
}
