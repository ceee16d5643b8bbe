package cn.taxprocurement.common;

/** A request that the current state does not allow: answered 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
