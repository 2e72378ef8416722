package vn.dondoc.web.platform;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Page;

/**
 * Pagination of list endpoints: the body stays the plain JSON array the contract promises; the
 * total goes in {@code X-Total-Count} and the neighbouring pages in {@code Link} headers.
 */
public final class Paging {

    private Paging() {}

    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInput("page ≥ 0 và 1 ≤ size ≤ " + Page.MAX_SIZE + " / page must be ≥ 0 and size within 1…"
                    + Page.MAX_SIZE);
        }
    }

    /** Cuts one page out of a list that is short enough to have been read whole. */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items()).header("X-Total-Count", page.total());
        if (page.hasNext()) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder()
                            .replaceQueryParam("page", page.page() + 1)
                            .replaceQueryParam("size", page.size()))
                    .rel("next")
                    .build());
        }
        if (page.page() > 0) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder()
                            .replaceQueryParam("page", page.page() - 1)
                            .replaceQueryParam("size", page.size()))
                    .rel("prev")
                    .build());
        }
        return response.build();
    }
}
