package cn.taxprocurement.lib.catalogimport;

/** A category admitted by a round, as the template's dropdown offers it: its code and its name. */
public record RoundCategory(String code, String name) {}
