package vn.egov.catalogue.assistant;

import java.util.List;

/**
 * What a question asks about a procedure, recognised by keywords on the folded, chat-normalised text. The order is the
 * order of recognition: "bao nhiêu ngày" is a time before "bao nhiêu" is a fee.
 */
public enum Intent {
    LOOKUP(List.of(
            "tra cuu ho so",
            "tra cuu",
            "kiem tra ho so",
            "theo doi ho so",
            "tinh trang ho so",
            "ho so cua toi",
            "ho so toi",
            "ma ho so",
            "ho so den dau")),
    ONLINE(List.of(
            "truc tuyen",
            "online",
            "qua mang",
            "tren mang",
            "qua internet",
            "dich vu cong",
            "nop mang",
            "tai nha",
            "toan trinh")),
    TIME(List.of(
            "bao lau",
            "may ngay",
            "bao nhieu ngay",
            "thoi gian giai quyet",
            "thoi gian",
            "thoi han",
            "khi nao co",
            "khi nao xong",
            "bao gio co",
            "bao gio xong",
            "lau khong",
            "lau ko",
            "mat may",
            "nhanh khong",
            "ngay lam viec")),
    FEE(List.of(
            "le phi",
            "phi",
            "bao nhieu tien",
            "tien",
            "chi phi",
            "mat bao nhieu",
            "ton bao nhieu",
            "het bao nhieu",
            "tra bao nhieu",
            "dong bao nhieu",
            "nop bao nhieu",
            "mien phi",
            "gia")),
    DOCUMENTS(List.of(
            "giay to",
            "ho so gom",
            "gom nhung",
            "gom gi",
            "co can",
            "thanh phan",
            "chuan bi",
            "mang theo",
            "can gi",
            "can nhung gi",
            "can nhung",
            "yeu cau gi",
            "ho so can",
            "can co",
            "can mang",
            "to khai")),
    WHERE(List.of(
            "o dau",
            "nop dau",
            "noi nop",
            "nop tai",
            "co quan nao",
            "cho nao",
            "den dau",
            "di dau",
            "lam dau",
            "lam o",
            "noi lam",
            "noi giai quyet",
            "ai giai quyet")),
    RESULT(List.of(
            "ket qua",
            "cap giay gi",
            "duoc cap giay",
            "duoc cap",
            "nhan duoc gi",
            "duoc cap gi",
            "nhan gi",
            "duoc gi",
            "tra ket qua",
            "buu dien",
            "buu chinh")),
    /** A procedure without a more precise question: what it is, who handles it, time, fee, online. */
    OVERVIEW(List.of());

    private final List<String> phrases;

    Intent(List<String> phrases) {
        this.phrases = phrases;
    }

    /** The folded phrases that signal this intent (whole words). */
    public List<String> phrases() {
        return phrases;
    }
}
