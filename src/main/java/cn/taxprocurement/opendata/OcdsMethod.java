package cn.taxprocurement.opendata;

import java.util.Map;

/**
 * How each way of buying maps to OCDS's procurement methods: all suppliers may tender ({@code open}), only those
 * invited after qualification ({@code selective}), those the buyer contacts ({@code limited}) or one supplier
 * without competition ({@code direct}).
 */
final class OcdsMethod {
    private static final Map<String, String> METHODS = Map.of(
            "OPEN_TENDER", "open",
            "FRAMEWORK_AGREEMENT", "open",
            "INVITED_TENDER", "selective",
            "COMPETITIVE_NEGOTIATION", "limited",
            "COMPETITIVE_CONSULTATION", "limited",
            "REQUEST_FOR_QUOTATION", "limited",
            "COMPETITION", "limited",
            "SINGLE_SOURCE", "direct",
            "DIRECT_SELECTION", "direct");

    private OcdsMethod() {}

    /** The OCDS method of a project's or an order's method, or null for a method the notice does not name. */
    static String of(Object method) {
        return method == null ? null : METHODS.get(method.toString());
    }
}
