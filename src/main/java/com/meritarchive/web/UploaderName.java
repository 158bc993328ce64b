package com.meritarchive.web;

/** Who stored a version, as the pages name them: the service's own first import is "系统导入", not {@code system}. */
public final class UploaderName {

    /** The user name the service stores its own import under (the rule folders at the first start). */
    public static final String SYSTEM = "system";

    private UploaderName() {
    }

    public static String of(String user) {
        return SYSTEM.equals(user) ? "系统导入" : user;
    }
}
