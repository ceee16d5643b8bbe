package cn.taxprocurement.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The `page` and `size` query parameters of a list: page 0–100000, size 1–200, default 20. */
public class PageRequest {
    // The furthest page times the largest size stays far inside an int, so an offset never overflows.
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{taxprocurement.page.range}")
    @Max(value = MAX_PAGE, message = "{taxprocurement.page.range}")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{taxprocurement.page.size.range}")
    @Max(value = 200, message = "{taxprocurement.page.size.range}")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = Math.min(page, MAX_PAGE);
        request.size = size;
        return request;
    }
}
