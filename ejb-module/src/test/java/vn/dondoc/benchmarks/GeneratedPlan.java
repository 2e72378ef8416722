package vn.dondoc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plan of the usual shape with as many items as asked: 40 numbered items of section II, each
 * with lettered sub-items, responsibilities naming agencies and groups, and mixed time frames.
 */
public final class GeneratedPlan {

    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"};
    private static final String[] WHEN = {
        "Thường xuyên hằng năm.",
        "Năm 2025.",
        "Quý III/2024.",
        "Theo Chương trình của Trung ương.",
        "trước ngày 30/6/2025."
    };

    private GeneratedPlan() {}

    /** Writes one to a file, for timing the import over HTTP: {@code GeneratedPlan <items> <file>}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), withItems(Integer.parseInt(args[0])), StandardCharsets.UTF_8);
    }

    public static String withItems(int count) {
        StringBuilder plan = new StringBuilder("""
                ỦY BAN NHÂN DÂN
                TỈNH VĨNH PHÚC
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 999/KH-UBND
                Vĩnh Phúc, ngày 01 tháng 3 năm 2024
                KẾ HOẠCH
                THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU VỀ CÔNG TÁC TƯ PHÁP (BẢN THỬ TẢI)
                Thực hiện Văn bản số 484-CV/BCS ngày 26/5/2023 của Ban Cán sự Đảng UBND tỉnh.
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                - Bảo đảm thực hiện nghiêm túc.
                II. NỘI DUNG THỰC HIỆN
                """);
        int written = 0;
        for (int item = 1; written < count; item++) {
            plan.append(item).append(". Nhiệm vụ số ").append(item).append(" về công tác tư pháp trên địa bàn tỉnh.\n");
            written++;
            for (int sub = 0; sub < 4 && written < count; sub++, written++) {
                plan.append(LETTERS[sub])
                        .append(") Triển khai nội dung ")
                        .append(item)
                        .append('.')
                        .append(sub + 1)
                        .append(", kiểm tra, đôn đốc và báo cáo kết quả.\n")
                        .append("- Cơ quan chủ trì: Sở Tư pháp; UBND các huyện, thành phố.\n")
                        .append("- Cơ quan phối hợp: Các sở, ban, ngành của tỉnh; Công an tỉnh, Tòa án nhân dân tỉnh, ")
                        .append("Viện Kiểm sát nhân dân tỉnh; UBND các xã, phường, thị trấn.\n")
                        .append("- Thời gian thực hiện: ")
                        .append(WHEN[(item + sub) % WHEN.length])
                        .append('\n');
            }
        }
        plan.append("""
                III. TỔ CHỨC THỰC HIỆN
                1. Các sở, ban, ngành xây dựng kế hoạch và gửi về UBND tỉnh trước ngày 01/4/2024 (qua Sở Tư pháp tổng hợp); định kỳ 06 tháng, 01 năm gửi báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp tổng hợp).
                Nơi nhận:
                - Như trên;
                """);
        return plan.toString();
    }
}
