package cn.taxprocurement.common;

/** One field of the input is wrong in a way Bean Validation cannot see: answered 400 naming the field. */
public class InvalidField extends RuntimeException {
    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
