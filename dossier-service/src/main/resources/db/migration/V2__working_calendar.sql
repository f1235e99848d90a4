-- The working calendar: Monday to Friday are working days except the public holidays below; a WORKING row makes a
-- weekend day a working day (official make-up days). Holidays per Labour Code 2019 Art. 112 and the Prime
-- Minister's yearly notices; dates of a year not yet announced follow the usual pattern and are corrected by a new
-- migration when the notice is published.
create table calendar_day (
    day  date primary key,
    kind text not null check (kind in ('HOLIDAY', 'WORKING')),
    name text not null
);

insert into calendar_day (day, kind, name) values
    -- 2025
    ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch'),
    ('2025-01-27', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2025-01-28', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2025-01-30', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2025-01-31', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam'),
    ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2025-05-02', 'HOLIDAY', 'Nghỉ bù (đổi ngày làm việc 26/4)'),
    ('2025-04-26', 'WORKING', 'Làm bù cho ngày 2/5'),
    ('2025-09-01', 'HOLIDAY', 'Quốc khánh'),
    ('2025-09-02', 'HOLIDAY', 'Quốc khánh'),
    -- 2026
    ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
    ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-04-27', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/4)'),
    ('2026-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam'),
    ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2026-09-01', 'HOLIDAY', 'Quốc khánh'),
    ('2026-09-02', 'HOLIDAY', 'Quốc khánh'),
    -- 2027 (provisional until the Prime Minister's notice)
    ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch'),
    ('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-10', 'HOLIDAY', 'Tết Nguyên đán (nghỉ bù)'),
    ('2027-02-11', 'HOLIDAY', 'Tết Nguyên đán (nghỉ bù)'),
    ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
    ('2027-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam'),
    ('2027-05-03', 'HOLIDAY', 'Ngày Quốc tế Lao động (nghỉ bù cho Thứ bảy 1/5)'),
    ('2027-09-02', 'HOLIDAY', 'Quốc khánh'),
    ('2027-09-03', 'HOLIDAY', 'Quốc khánh');
