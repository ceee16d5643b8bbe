package cn.taxprocurement.common;

/** Something that does not exist, or is not the caller's to see: answered 404. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }

    public static NotFound of(String what, Object id) {
        return new NotFound(what + " " + id + " 不存在");
    }
}
