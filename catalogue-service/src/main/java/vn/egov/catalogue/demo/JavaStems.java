package vn.egov.catalogue.demo;

import java.util.List;
import vn.egov.catalogue.demo.SyntheticCatalogue.Action;
import vn.egov.catalogue.demo.SyntheticCatalogue.Stem;

/** The procedure families {@link SyntheticCatalogue} combines: real objects, actions, sectors and legal bases. */
final class JavaStems {

    private static final Action CAP = new Action("Cấp %s", "%s", 100, 100);
    private static final Action CAP_LAI = new Action("Cấp lại %s", "%s (cấp lại)", 50, 50);
    private static final Action CAP_DOI = new Action("Cấp đổi %s", "%s (cấp đổi)", 50, 50);
    private static final Action GIA_HAN = new Action("Gia hạn %s", "%s (gia hạn)", 50, 30);
    private static final Action DIEU_CHINH = new Action("Điều chỉnh %s", "%s (điều chỉnh)", 50, 100);
    private static final Action SUA_DOI = new Action("Cấp sửa đổi, bổ sung %s", "%s (sửa đổi, bổ sung)", 50, 70);

    private static final String ORIGINAL = "ORIGINAL";
    private static final String COPY = "COPY";
    private static final String ELECTRONIC = "ELECTRONIC";
    private static final String LE_PHI = "Lệ phí";
    private static final String PHI_THAM_DINH = "Phí thẩm định";

    private static final String HO_TICH = "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP";
    private static final String XAY_DUNG =
            "Luật Xây dựng 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng 2020; Nghị định 15/2021/NĐ-CP";

    private JavaStems() {}

    static List<Stem> all() {
        return List.of(
                // ---- city departments and boards
                stem(
                        "giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
                        "Việc làm",
                        "CITY",
                        "000.00.10.H17",
                        "Bộ luật Lao động 2019; Nghị định 152/2020/NĐ-CP; Nghị định 70/2023/NĐ-CP",
                        5,
                        LE_PHI,
                        600_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, GIA_HAN),
                        List.of(
                                "",
                                " theo hình thức di chuyển trong nội bộ doanh nghiệp",
                                " theo hình thức thực hiện hợp đồng hoặc thỏa thuận về kinh tế, thương mại"),
                        List.of(
                                form("Văn bản đề nghị của người sử dụng lao động theo mẫu", "GPLD-11-PLI"),
                                original("Giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp"),
                                copy("Hộ chiếu còn giá trị sử dụng"),
                                file("Ảnh chân dung màu cỡ 4 cm x 6 cm"))),
                stem(
                        "giấy phép kinh doanh dịch vụ lữ hành nội địa",
                        "Lữ hành",
                        "CITY",
                        "000.00.14.H17",
                        "Luật Du lịch 2017; Nghị định 168/2017/NĐ-CP; Thông tư 06/2017/TT-BVHTTDL; Thông tư 33/2018/TT-BTC",
                        10,
                        PHI_THAM_DINH,
                        3_000_000,
                        false,
                        false,
                        List.of(CAP, CAP_DOI, CAP_LAI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị cấp Giấy phép kinh doanh dịch vụ lữ hành theo mẫu", "LH-mau-02"),
                                copy("Giấy chứng nhận đăng ký doanh nghiệp"),
                                original("Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành"))),
                stem(
                        "thẻ hướng dẫn viên du lịch",
                        "Lữ hành",
                        "CITY",
                        "000.00.14.H17",
                        "Luật Du lịch 2017; Nghị định 168/2017/NĐ-CP; Thông tư 06/2017/TT-BVHTTDL; Thông tư 33/2018/TT-BTC",
                        10,
                        PHI_THAM_DINH,
                        650_000,
                        false,
                        true,
                        List.of(CAP, CAP_DOI, CAP_LAI),
                        List.of(" quốc tế", " nội địa", " tại điểm"),
                        List.of(
                                form("Đơn đề nghị cấp thẻ hướng dẫn viên du lịch theo mẫu", "HDV-mau-01"),
                                copy("Văn bằng hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch"),
                                original("Giấy chứng nhận sức khỏe cấp trong thời hạn không quá 06 tháng"),
                                file("Ảnh chân dung màu cỡ 3 cm x 4 cm"))),
                stem(
                        "giấy phép xây dựng đối với công trình cấp I, cấp II",
                        "Hoạt động xây dựng",
                        "CITY",
                        "000.00.05.H17",
                        XAY_DUNG,
                        20,
                        LE_PHI,
                        150_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, GIA_HAN, DIEU_CHINH),
                        List.of(
                                "",
                                " (công trình theo tuyến)",
                                " (công trình tín ngưỡng, tôn giáo)",
                                " (công trình quảng cáo)"),
                        List.of(
                                form("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", "GPXD-mau-01"),
                                copy("Giấy tờ hợp pháp về quyền sử dụng đất"),
                                new DemoDocument("Bản vẽ thiết kế xây dựng", ORIGINAL, 2, null))),
                stem(
                        "chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
                        "Hoạt động xây dựng",
                        "CITY",
                        "000.00.05.H17",
                        XAY_DUNG + "; Thông tư 38/2022/TT-BTC",
                        20,
                        LE_PHI,
                        150_000,
                        false,
                        true,
                        List.of(CAP, CAP_LAI, GIA_HAN),
                        List.of(
                                "",
                                " lĩnh vực khảo sát xây dựng",
                                " lĩnh vực thiết kế xây dựng",
                                " lĩnh vực giám sát thi công xây dựng"),
                        List.of(
                                form("Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu", "CCHN-XD-mau-01"),
                                copy("Văn bằng do cơ sở đào tạo hợp pháp cấp"),
                                file("Ảnh chân dung màu cỡ 4 cm x 6 cm"))),
                stem(
                        "chứng chỉ hành nghề khám bệnh, chữa bệnh",
                        "Khám bệnh, chữa bệnh",
                        "CITY",
                        "000.00.11.H17",
                        "Luật Khám bệnh, chữa bệnh 2009; Nghị định 109/2016/NĐ-CP; Thông tư 278/2016/TT-BTC",
                        30,
                        PHI_THAM_DINH,
                        360_000,
                        false,
                        true,
                        List.of(CAP, CAP_LAI, DIEU_CHINH),
                        List.of(
                                " đối với người Việt Nam",
                                " đối với người nước ngoài, người Việt Nam định cư ở nước ngoài"),
                        List.of(
                                form("Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu", "KCB-CCHN-01"),
                                copy("Văn bằng chuyên môn"),
                                original("Giấy xác nhận quá trình thực hành"),
                                file("Ảnh chân dung màu cỡ 4 cm x 6 cm"))),
                stem(
                        "giấy chứng nhận đủ điều kiện kinh doanh dược",
                        "Dược phẩm",
                        "CITY",
                        "000.00.11.H17",
                        "Luật Dược 2016; Nghị định 54/2017/NĐ-CP; Nghị định 155/2018/NĐ-CP; Thông tư 277/2016/TT-BTC",
                        30,
                        PHI_THAM_DINH,
                        1_000_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, DIEU_CHINH),
                        List.of(" đối với nhà thuốc", " đối với quầy thuốc", " đối với cơ sở bán buôn thuốc"),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "DUOC-mau-19"),
                                original("Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược"),
                                copy("Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn"))),
                stem(
                        "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                        "An toàn thực phẩm",
                        "CITY",
                        "000.00.21.H17",
                        "Luật An toàn thực phẩm 2010; Nghị định 15/2018/NĐ-CP; Nghị định 155/2018/NĐ-CP; Thông tư 279/2016/TT-BTC",
                        20,
                        PHI_THAM_DINH,
                        700_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI),
                        List.of(
                                " đối với cơ sở kinh doanh dịch vụ ăn uống",
                                " đối với cơ sở sản xuất, kinh doanh thực phẩm",
                                " đối với bếp ăn tập thể"),
                        List.of(
                                form("Đơn đề nghị cấp Giấy chứng nhận theo mẫu", "ATTP-mau-01"),
                                original("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ"),
                                copy("Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm"))),
                stem(
                        "giấy phép bán buôn rượu",
                        "Lưu thông hàng hóa trong nước",
                        "CITY",
                        "000.00.09.H17",
                        "Nghị định 105/2017/NĐ-CP; Nghị định 17/2020/NĐ-CP; Thông tư 168/2016/TT-BTC",
                        15,
                        PHI_THAM_DINH,
                        2_200_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, SUA_DOI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "RUOU-mau-01"),
                                copy("Giấy chứng nhận đăng ký doanh nghiệp"),
                                copy("Hợp đồng nguyên tắc với thương nhân sản xuất, phân phối rượu"))),
                stem(
                        "giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
                        "Kinh doanh xăng dầu",
                        "CITY",
                        "000.00.09.H17",
                        "Nghị định 83/2014/NĐ-CP; Nghị định 95/2021/NĐ-CP; Thông tư 168/2016/TT-BTC",
                        20,
                        PHI_THAM_DINH,
                        1_200_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, SUA_DOI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "XD-mau-01"),
                                copy("Giấy chứng nhận đăng ký doanh nghiệp"),
                                copy("Tài liệu chứng minh đáp ứng điều kiện phòng cháy, chữa cháy"))),
                stem(
                        "giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
                        "Thương mại quốc tế",
                        "CITY",
                        "000.00.09.H17",
                        "Luật Thương mại 2005; Nghị định 07/2016/NĐ-CP; Thông tư 11/2016/TT-BCT; Thông tư 143/2016/TT-BTC",
                        7,
                        PHI_THAM_DINH,
                        3_000_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, GIA_HAN, DIEU_CHINH),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "MD-1"),
                                copy("Giấy đăng ký kinh doanh của thương nhân nước ngoài (hợp pháp hóa lãnh sự)"),
                                original("Văn bản bổ nhiệm người đứng đầu Văn phòng đại diện"))),
                stem(
                        "giấy phép kinh doanh vận tải bằng xe ô tô",
                        "Đường bộ",
                        "CITY",
                        "000.00.06.H17",
                        "Luật Giao thông đường bộ 2008; Nghị định 10/2020/NĐ-CP; Thông tư 12/2020/TT-BGTVT",
                        5,
                        LE_PHI,
                        200_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI),
                        List.of(""),
                        List.of(
                                form("Giấy đề nghị theo mẫu", "VT-PL-I"),
                                copy("Văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải"),
                                original("Phương án kinh doanh vận tải bằng xe ô tô"))),
                stem(
                        "giấy phép lái xe",
                        "Đường bộ",
                        "CITY",
                        "000.00.06.H17",
                        "Luật Giao thông đường bộ 2008; Thông tư 12/2017/TT-BGTVT; Thông tư 37/2023/TT-BTC",
                        5,
                        LE_PHI,
                        135_000,
                        false,
                        true,
                        List.of(new Action("Đổi %s", "%s (vật liệu PET)", 100, 100), CAP_LAI),
                        List.of(
                                " do ngành Giao thông vận tải cấp",
                                " do ngành Công an cấp",
                                " quân sự do Bộ Quốc phòng cấp"),
                        List.of(
                                form("Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu", "GPLX-PL19"),
                                original("Giấy khám sức khỏe của người lái xe"),
                                copy("Giấy phép lái xe đang sử dụng"))),
                stem(
                        "giấy phép môi trường",
                        "Môi trường",
                        "CITY",
                        "000.00.07.H17",
                        "Luật Bảo vệ môi trường 2020; Nghị định 08/2022/NĐ-CP; Thông tư 02/2022/TT-BTNMT",
                        30,
                        PHI_THAM_DINH,
                        3_000_000,
                        false,
                        false,
                        List.of(CAP, CAP_DOI, CAP_LAI, DIEU_CHINH),
                        List.of(""),
                        List.of(
                                form("Văn bản đề nghị cấp giấy phép môi trường theo mẫu", "GPMT-mau-01"),
                                original("Báo cáo đề xuất cấp giấy phép môi trường"))),
                stem(
                        "giấy phép khai thác, sử dụng nước mặt",
                        "Tài nguyên nước",
                        "CITY",
                        "000.00.07.H17",
                        "Luật Tài nguyên nước 2012; Nghị định 201/2013/NĐ-CP; Nghị định 02/2023/NĐ-CP",
                        30,
                        PHI_THAM_DINH,
                        1_500_000,
                        false,
                        false,
                        List.of(CAP, GIA_HAN, DIEU_CHINH, CAP_LAI),
                        List.of(" cho sản xuất nông nghiệp, nuôi trồng thủy sản", " cho kinh doanh, dịch vụ"),
                        List.of(form("Đơn đề nghị theo mẫu", "TNN-mau-01"), original("Đề án khai thác, sử dụng nước"))),
                stem(
                        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
                        "Đất đai",
                        "CITY",
                        "000.01.07.H17",
                        "Luật Đất đai 2013; Nghị định 43/2014/NĐ-CP; Nghị định 01/2017/NĐ-CP; Thông tư 24/2014/TT-BTNMT",
                        10,
                        LE_PHI,
                        50_000,
                        false,
                        true,
                        List.of(CAP_DOI, CAP_LAI, new Action("Đính chính %s đã cấp", "%s (đính chính)", 0, 100)),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị cấp đổi, cấp lại Giấy chứng nhận (Mẫu số 10/ĐK)", "DK-10"),
                                original("Bản gốc Giấy chứng nhận đã cấp"))),
                stem(
                        "thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                        "Đăng ký biện pháp bảo đảm",
                        "CITY",
                        "000.01.07.H17",
                        "Bộ luật Dân sự 2015; Nghị định 99/2022/NĐ-CP; Thông tư 202/2016/TT-BTC",
                        1,
                        "Phí",
                        80_000,
                        true,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Giấy chứng nhận có chứng nhận nội dung đăng ký %s", 100, 100),
                                new Action("Xóa đăng ký %s", "Giấy chứng nhận có chứng nhận xóa đăng ký %s", 25, 100),
                                new Action(
                                        "Đăng ký thay đổi nội dung %s đã đăng ký",
                                        "Giấy chứng nhận có chứng nhận nội dung thay đổi", 75, 100)),
                        List.of(""),
                        List.of(
                                form("Phiếu yêu cầu đăng ký theo mẫu", "DKBD-01a"),
                                copy("Hợp đồng thế chấp"),
                                original("Bản gốc Giấy chứng nhận đã cấp"))),
                stem(
                        "giấy phép hoạt động in",
                        "Xuất bản, In và Phát hành",
                        "CITY",
                        "000.00.16.H17",
                        "Nghị định 60/2014/NĐ-CP; Nghị định 25/2018/NĐ-CP; Thông tư 03/2015/TT-BTTTT",
                        10,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, CAP_DOI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "IN-mau-01"),
                                copy("Giấy chứng nhận đăng ký doanh nghiệp"))),
                stem(
                        "giấy phép thiết lập trang thông tin điện tử tổng hợp",
                        "Phát thanh, truyền hình và thông tin điện tử",
                        "CITY",
                        "000.00.16.H17",
                        "Nghị định 72/2013/NĐ-CP; Nghị định 27/2018/NĐ-CP",
                        10,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(CAP, GIA_HAN, SUA_DOI, CAP_LAI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "TTDT-mau-23"),
                                original("Đề án hoạt động có chữ ký, dấu của người đứng đầu tổ chức"))),
                stem(
                        "giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
                        "Bảo vệ thực vật",
                        "CITY",
                        "000.00.08.H17",
                        "Luật Bảo vệ và kiểm dịch thực vật 2013; Nghị định 66/2016/NĐ-CP; Thông tư 231/2016/TT-BTC",
                        15,
                        PHI_THAM_DINH,
                        500_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "BVTV-mau-01"),
                                original("Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật"))),
                stem(
                        "giấy phép khai thác thủy sản",
                        "Thủy sản",
                        "CITY",
                        "000.00.08.H17",
                        "Luật Thủy sản 2017; Nghị định 26/2019/NĐ-CP; Thông tư 118/2018/TT-BTC",
                        6,
                        LE_PHI,
                        40_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, GIA_HAN),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "KTTS-mau-01"),
                                copy("Giấy chứng nhận an toàn kỹ thuật tàu cá"))),
                stem(
                        "giấy phép tiến hành công việc bức xạ",
                        "An toàn bức xạ và hạt nhân",
                        "CITY",
                        "000.00.17.H17",
                        "Luật Năng lượng nguyên tử 2008; Nghị định 142/2020/NĐ-CP; Thông tư 287/2016/TT-BTC",
                        15,
                        PHI_THAM_DINH,
                        2_000_000,
                        false,
                        false,
                        List.of(CAP, GIA_HAN, DIEU_CHINH, CAP_LAI),
                        List.of(" - sử dụng thiết bị X-quang chẩn đoán trong y tế", " - sử dụng nguồn phóng xạ kín"),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "BX-mau-01"),
                                original("Báo cáo đánh giá an toàn bức xạ"))),
                stem(
                        "tổ chức hành nghề luật sư",
                        "Luật sư",
                        "CITY",
                        "000.00.15.H17",
                        "Luật Luật sư 2006 (sửa đổi, bổ sung 2012); Nghị định 123/2013/NĐ-CP; Thông tư 220/2016/TT-BTC",
                        10,
                        LE_PHI,
                        100_000,
                        false,
                        false,
                        List.of(
                                new Action("Đăng ký hoạt động của %s", "Giấy đăng ký hoạt động của %s", 100, 100),
                                new Action(
                                        "Thay đổi nội dung đăng ký hoạt động của %s",
                                        "Giấy đăng ký hoạt động của %s (thay đổi)", 50, 100),
                                new Action(
                                        "Cấp lại Giấy đăng ký hoạt động của %s",
                                        "Giấy đăng ký hoạt động của %s (cấp lại)", 50, 50)),
                        List.of(""),
                        List.of(
                                form("Giấy đề nghị theo mẫu", "TP-LS-03"),
                                copy("Chứng chỉ hành nghề luật sư và Thẻ luật sư"))),
                stem(
                        "hội",
                        "Tổ chức phi chính phủ",
                        "CITY",
                        "000.00.02.H17",
                        "Nghị định 45/2010/NĐ-CP; Nghị định 33/2012/NĐ-CP; Thông tư 03/2013/TT-BNV",
                        30,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(
                                new Action("Thủ tục thành lập %s", "Quyết định cho phép thành lập %s", 100, 100),
                                new Action("Thủ tục phê duyệt điều lệ %s", "Quyết định phê duyệt điều lệ %s", 100, 100),
                                new Action("Thủ tục đổi tên %s", "Quyết định cho phép đổi tên %s", 100, 100),
                                new Action("Thủ tục %s tự giải thể", "Quyết định giải thể %s", 100, 50)),
                        List.of("", " có phạm vi hoạt động trong thành phố"),
                        List.of(original("Đơn đề nghị"), original("Dự thảo điều lệ"))),
                stem(
                        "văn bằng, chứng chỉ",
                        "Văn bằng, chứng chỉ",
                        "CITY",
                        "000.00.12.H17",
                        "Nghị định 23/2015/NĐ-CP; Thông tư 21/2019/TT-BGDĐT",
                        1,
                        LE_PHI,
                        0,
                        true,
                        false,
                        List.of(
                                new Action("Cấp bản sao %s từ sổ gốc", "Bản sao %s từ sổ gốc", 100, 100),
                                new Action("Chỉnh sửa nội dung %s", "Quyết định chỉnh sửa nội dung %s", 100, 500)),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "VB-ban-sao"),
                                copy("Giấy tờ tùy thân của người yêu cầu"))),
                stem(
                        "Phiếu lý lịch tư pháp",
                        "Lý lịch tư pháp",
                        "CITY",
                        "000.00.15.H17",
                        "Luật Lý lịch tư pháp 2009; Nghị định 111/2010/NĐ-CP; Thông tư 244/2016/TT-BTC",
                        10,
                        "Phí",
                        200_000,
                        false,
                        false,
                        List.of(CAP),
                        List.of(" cho công dân Việt Nam", " cho người nước ngoài đang cư trú tại Việt Nam"),
                        List.of(
                                form("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu", "LLTP-mau-03"),
                                copy("Giấy tờ tùy thân của người được cấp Phiếu lý lịch tư pháp"))),
                // ---- districts
                stem(
                        "giấy phép xây dựng đối với nhà ở riêng lẻ",
                        "Hoạt động xây dựng",
                        "DISTRICT",
                        null,
                        XAY_DUNG + "; Thông tư 85/2019/TT-BTC",
                        15,
                        LE_PHI,
                        75_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, GIA_HAN, DIEU_CHINH),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", "GPXD-mau-01"),
                                copy("Giấy tờ chứng minh quyền sử dụng đất"),
                                new DemoDocument("Bản vẽ thiết kế xây dựng", ORIGINAL, 2, null))),
                stem(
                        "hộ kinh doanh",
                        "Thành lập và hoạt động của hộ kinh doanh",
                        "DISTRICT",
                        null,
                        "Nghị định 01/2021/NĐ-CP; Thông tư 01/2021/TT-BKHĐT; Thông tư 85/2019/TT-BTC",
                        3,
                        LE_PHI,
                        100_000,
                        false,
                        false,
                        List.of(
                                new Action("Đăng ký thành lập %s", "Giấy chứng nhận đăng ký %s", 100, 100),
                                new Action(
                                        "Đăng ký thay đổi nội dung đăng ký %s",
                                        "Giấy chứng nhận đăng ký %s (thay đổi)", 50, 100),
                                new Action(
                                        "Tạm ngừng kinh doanh, tiếp tục kinh doanh của %s",
                                        "Giấy xác nhận về việc tạm ngừng kinh doanh của %s", 0, 100),
                                new Action("Chấm dứt hoạt động %s", "Thông báo về việc chấm dứt hoạt động %s", 0, 100)),
                        List.of(""),
                        List.of(
                                form("Giấy đề nghị đăng ký hộ kinh doanh theo mẫu", "HKD-PL-III-1"),
                                copy("Giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh"))),
                stem(
                        "giấy phép bán lẻ rượu",
                        "Lưu thông hàng hóa trong nước",
                        "DISTRICT",
                        null,
                        "Nghị định 105/2017/NĐ-CP; Nghị định 17/2020/NĐ-CP; Thông tư 168/2016/TT-BTC",
                        10,
                        PHI_THAM_DINH,
                        1_200_000,
                        false,
                        false,
                        List.of(CAP, CAP_LAI, SUA_DOI),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "RUOU-mau-01"),
                                copy("Giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp"))),
                stem(
                        "giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
                        "Văn hóa",
                        "DISTRICT",
                        null,
                        "Nghị định 54/2019/NĐ-CP; Thông tư 01/2021/TT-BTC",
                        5,
                        PHI_THAM_DINH,
                        4_000_000,
                        false,
                        false,
                        List.of(CAP, DIEU_CHINH),
                        List.of(""),
                        List.of(
                                form("Đơn đề nghị theo mẫu", "KARAOKE-mau-01"),
                                copy("Giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp"))),
                stem(
                        "khai sinh có yếu tố nước ngoài",
                        "Hộ tịch",
                        "DISTRICT",
                        null,
                        HO_TICH,
                        1,
                        LE_PHI,
                        75_000,
                        true,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Giấy khai sinh (bản chính)", 100, 100),
                                new Action("Đăng ký lại %s", "Giấy khai sinh (bản chính)", 100, 500)),
                        List.of(""),
                        List.of(
                                form("Tờ khai đăng ký khai sinh theo mẫu", "TK-khai-sinh"),
                                original("Giấy chứng sinh"),
                                copy("Hộ chiếu của cha, mẹ"))),
                stem(
                        "trợ cấp xã hội hàng tháng",
                        "Bảo trợ xã hội",
                        "DISTRICT",
                        null,
                        "Nghị định 20/2021/NĐ-CP; Thông tư 02/2021/TT-BLĐTBXH",
                        22,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(
                                new Action("Thực hiện %s", "Quyết định thực hiện %s", 100, 100),
                                new Action(
                                        "Điều chỉnh, thôi hưởng %s", "Quyết định điều chỉnh, thôi hưởng %s", 100, 100),
                                new Action("Chuyển nơi hưởng %s", "Quyết định chuyển nơi hưởng %s", 100, 50)),
                        List.of(" đối với người cao tuổi", " đối với người khuyết tật", " đối với trẻ em mồ côi"),
                        List.of(
                                form("Tờ khai đề nghị trợ giúp xã hội theo mẫu", "BTXH-mau-01"),
                                copy("Giấy tờ tùy thân của đối tượng"))),
                // ---- communes
                stem(
                        "khai sinh",
                        "Hộ tịch",
                        "COMMUNE",
                        null,
                        HO_TICH,
                        1,
                        LE_PHI,
                        0,
                        true,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Giấy khai sinh (bản chính)", 100, 100),
                                new Action("Đăng ký lại %s", "Giấy khai sinh (bản chính)", 100, 500),
                                new Action("Đăng ký %s lưu động", "Giấy khai sinh (bản chính)", 100, 500)),
                        List.of(""),
                        List.of(
                                form("Tờ khai đăng ký khai sinh theo mẫu", "TK-khai-sinh"),
                                original("Giấy chứng sinh"))),
                stem(
                        "kết hôn",
                        "Hộ tịch",
                        "COMMUNE",
                        null,
                        HO_TICH,
                        1,
                        LE_PHI,
                        0,
                        true,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Giấy chứng nhận kết hôn", 100, 100),
                                new Action("Đăng ký lại %s", "Giấy chứng nhận kết hôn", 100, 500),
                                new Action("Đăng ký %s lưu động", "Giấy chứng nhận kết hôn", 100, 500)),
                        List.of(""),
                        List.of(
                                form("Tờ khai đăng ký kết hôn theo mẫu", "TK-ket-hon"),
                                new DemoDocument("Giấy tờ tùy thân của hai bên nam, nữ", COPY, 2, null))),
                stem(
                        "khai tử",
                        "Hộ tịch",
                        "COMMUNE",
                        null,
                        HO_TICH,
                        1,
                        LE_PHI,
                        0,
                        true,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Trích lục khai tử", 100, 100),
                                new Action("Đăng ký lại %s", "Trích lục khai tử", 100, 500),
                                new Action("Đăng ký %s lưu động", "Trích lục khai tử", 100, 500)),
                        List.of(""),
                        List.of(
                                form("Tờ khai đăng ký khai tử theo mẫu", "TK-khai-tu"),
                                original("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"))),
                stem(
                        "giám hộ",
                        "Hộ tịch",
                        "COMMUNE",
                        null,
                        HO_TICH,
                        3,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Trích lục đăng ký %s", 100, 100),
                                new Action("Đăng ký chấm dứt %s", "Trích lục đăng ký chấm dứt %s", 100, 100),
                                new Action("Đăng ký thay đổi %s", "Trích lục đăng ký thay đổi %s", 100, 100)),
                        List.of(""),
                        List.of(form("Tờ khai theo mẫu", "TK-giam-ho"), original("Văn bản cử người giám hộ"))),
                stem(
                        "chữ ký trong các giấy tờ, văn bản",
                        "Chứng thực",
                        "COMMUNE",
                        null,
                        "Nghị định 23/2015/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC",
                        1,
                        "Phí",
                        10_000,
                        true,
                        false,
                        List.of(new Action("Chứng thực %s", "Giấy tờ, văn bản đã được chứng thực chữ ký", 100, 100)),
                        List.of("", " (trường hợp người yêu cầu chứng thực không thể ký)"),
                        List.of(
                                copy("Giấy tờ tùy thân của người yêu cầu chứng thực"),
                                original("Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký"))),
                stem(
                        "hộ nghèo, hộ cận nghèo",
                        "Giảm nghèo",
                        "COMMUNE",
                        null,
                        "Nghị định 07/2021/NĐ-CP; Quyết định 24/2021/QĐ-TTg",
                        7,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(
                                new Action("Công nhận %s phát sinh trong năm", "Quyết định công nhận %s", 100, 100),
                                new Action(
                                        "Rà soát, công nhận %s định kỳ hằng năm", "Quyết định công nhận %s", 100, 200)),
                        List.of(""),
                        List.of(form("Giấy đề nghị xét duyệt theo mẫu", "GN-PL-II"))),
                // ---- central agencies located in the city
                stem(
                        "thường trú",
                        "Đăng ký, quản lý cư trú",
                        "CENTRAL",
                        "000.00.91.H17",
                        "Luật Cư trú 2020; Nghị định 62/2021/NĐ-CP; Thông tư 55/2021/TT-BCA; Thông tư 75/2022/TT-BTC",
                        7,
                        LE_PHI,
                        10_000,
                        false,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Thông báo kết quả đăng ký %s", 100, 100),
                                new Action("Xóa đăng ký %s", "Thông báo kết quả xóa đăng ký %s", 0, 100)),
                        List.of(""),
                        List.of(
                                form("Tờ khai thay đổi thông tin cư trú (Mẫu CT01)", "CT01"),
                                copy("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"))),
                stem(
                        "tạm trú",
                        "Đăng ký, quản lý cư trú",
                        "CENTRAL",
                        "000.00.91.H17",
                        "Luật Cư trú 2020; Nghị định 62/2021/NĐ-CP; Thông tư 55/2021/TT-BCA; Thông tư 75/2022/TT-BTC",
                        3,
                        LE_PHI,
                        7_000,
                        false,
                        false,
                        List.of(
                                new Action("Đăng ký %s", "Thông báo kết quả đăng ký %s", 100, 100),
                                new Action("Gia hạn %s", "Thông báo kết quả gia hạn %s", 100, 100),
                                new Action("Xóa đăng ký %s", "Thông báo kết quả xóa đăng ký %s", 0, 100)),
                        List.of(""),
                        List.of(form("Tờ khai thay đổi thông tin cư trú (Mẫu CT01)", "CT01"))),
                stem(
                        "hộ kinh doanh, cá nhân kinh doanh",
                        "Thuế",
                        "CENTRAL",
                        "000.00.90.H17",
                        "Luật Quản lý thuế 2019; Nghị định 126/2020/NĐ-CP; Thông tư 105/2020/TT-BTC",
                        3,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(
                                new Action("Đăng ký thuế lần đầu đối với %s", "Giấy chứng nhận đăng ký thuế", 100, 100),
                                new Action(
                                        "Thay đổi thông tin đăng ký thuế đối với %s",
                                        "Thông báo thay đổi thông tin đăng ký thuế", 100, 100),
                                new Action(
                                        "Chấm dứt hiệu lực mã số thuế đối với %s",
                                        "Thông báo chấm dứt hiệu lực mã số thuế", 100, 100)),
                        List.of(""),
                        List.of(
                                form("Tờ khai đăng ký thuế theo mẫu", "03-DK-TCT"),
                                copy("Giấy tờ tùy thân của cá nhân kinh doanh"))),
                stem(
                        "thẻ bảo hiểm y tế",
                        "Bảo hiểm y tế",
                        "CENTRAL",
                        "000.00.93.H17",
                        "Luật Bảo hiểm y tế 2008 (sửa đổi, bổ sung 2014); Nghị định 146/2018/NĐ-CP",
                        7,
                        LE_PHI,
                        0,
                        false,
                        false,
                        List.of(CAP_LAI, CAP_DOI),
                        List.of(""),
                        List.of(form(
                                "Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế", "TK1-TS"))));
    }

    private static Stem stem(
            String object,
            String sector,
            String tier,
            String agencyCode,
            String legalBasis,
            int days,
            String feeKind,
            long fee,
            boolean sameDay,
            boolean physicalResult,
            List<Action> actions,
            List<String> qualifiers,
            List<DemoDocument> documents) {
        return new Stem(
                object,
                sector,
                tier,
                agencyCode,
                legalBasis,
                days,
                feeKind,
                fee,
                sameDay,
                physicalResult,
                actions,
                qualifiers,
                documents);
    }

    private static DemoDocument form(String name, String template) {
        return new DemoDocument(name, ORIGINAL, 1, template);
    }

    private static DemoDocument original(String name) {
        return new DemoDocument(name, ORIGINAL, 1, null);
    }

    private static DemoDocument copy(String name) {
        return new DemoDocument(name, COPY, 1, null);
    }

    private static DemoDocument file(String name) {
        return new DemoDocument(name, ELECTRONIC, 1, null);
    }
}
