package kyoso.comment.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What identifies a submitter. Lives only encrypted in submitter_personal_data; never in a public response. */
public record PersonalData(String name, String organization, String address, String email, String phone) {

    @JsonIgnore
    public boolean isEmpty() {
        return blank(name) && blank(organization) && blank(address) && blank(email) && blank(phone);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
