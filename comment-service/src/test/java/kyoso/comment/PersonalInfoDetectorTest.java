package kyoso.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kyoso.comment.domain.PersonalInfoDetector;
import kyoso.comment.domain.PersonalInfoDetector.Finding;
import org.junit.jupiter.api.Test;

class PersonalInfoDetectorTest {

    private static List<String> kinds(String text) {
        return PersonalInfoDetector.find(text).stream().map(Finding::kind).toList();
    }

    @Test
    void findsEmailPhonePostalCodeAndMyNumberEvenInFullWidth() {
        assertEquals(List.of("email"), kinds("連絡は taro.k@example.jp までお願いします"));
        assertEquals(List.of("phone"), kinds("電話は０７６－２２０－２１１１です"));
        assertEquals(List.of("phone"), kinds("携帯 09012345678"));
        assertEquals(List.of("postal-code"), kinds("〒920-8577 金沢市広坂"));
        assertEquals(List.of("my-number"), kinds("番号は 1234 5678 9018 です"));
    }

    @Test
    void twelveDigitsWithAWrongCheckDigitAreNotAMyNumber() {
        assertTrue(kinds("注文番号 123456789012").isEmpty());
    }

    @Test
    void ordinaryOpinionsHaveNoFindings() {
        assertTrue(kinds("令和8年度から4年間の計画期間は妥当だと思います。デジタル人材を100人育成してほしい。").isEmpty());
    }

    @Test
    void proposesARedactedText() {
        assertEquals("連絡先は [メールアドレス]、[電話番号]です",
                PersonalInfoDetector.redact("連絡先は a@b.jp、076-220-2111です"));
    }

    @Test
    void findsAddressesAndProposesPersonalNames() {
        assertEquals(List.of("address"), kinds("住所は金沢市広坂1丁目1番1号です"));
        assertEquals(List.of("address"), kinds("石川県金沢市広坂1-1-1"));
        assertTrue(kinds("金沢市DXアクションプラン2.0の計画期間").isEmpty());
        List<String> withNames = PersonalInfoDetector.findWithNames("私は山田太郎と申します。").stream()
                .map(Finding::kind).toList();
        assertEquals(List.of("person-name"), withNames);
        assertEquals("私は[氏名]と申します。", PersonalInfoDetector.redactWithNames("私は山田太郎と申します。"));
    }
}
