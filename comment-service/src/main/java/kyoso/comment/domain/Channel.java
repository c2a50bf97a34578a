package kyoso.comment.domain;

import java.util.Arrays;
import java.util.Optional;

/** How an opinion reached the city (提出方法). Only "web" is entered by the citizen; staff enter the rest. */
public enum Channel {
    WEB("web", "ウェブフォーム"),
    POST("post", "郵送"),
    FAX("fax", "ファクス"),
    EMAIL("email", "電子メール"),
    COUNTER("counter", "窓口持参");

    private final String code;
    private final String label;

    Channel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Channel> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
