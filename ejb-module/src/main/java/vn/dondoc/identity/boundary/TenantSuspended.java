package vn.dondoc.identity.boundary;

import vn.dondoc.platform.boundary.Forbidden;

/**
 * A user of a suspended tenant tried to sign in with the right password (D-045): told why, in
 * both languages, rather than a wrong-password 401 that would send them to reset it.
 */
public class TenantSuspended extends Forbidden {

    private static final long serialVersionUID = 1L;

    public TenantSuspended(String tenant) {
        super(
                ("Đơn vị %s đang bị tạm ngừng sử dụng: không thể đăng nhập cho đến khi bộ phận vận hành cho hoạt động lại;"
                                + " dữ liệu của đơn vị vẫn được giữ nguyên / The tenant %s is suspended: its users cannot sign in"
                                + " until the platform's operators resume it; none of its data is deleted")
                        .formatted(tenant, tenant));
    }

    @Override
    public String title() {
        return "Đơn vị tạm ngừng / Tenant suspended";
    }
}
