/**
 * Vietnamese family names (the first word of nearly every full name), and the place names
 * that begin with one of them ("Thái Nguyên", "Hà Nội"): the importer recognises a person's
 * name by its family name, and must not take a province for a person.
 */
export const FAMILY_NAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Phùng Đào Đinh Lâm Mai Trịnh Đoàn ' +
    'Lương Tạ Hà Cao Chu Lưu Tô Thái Triệu Quách Kiều Văn Tăng Vương Lại Đàm Nông Lò Hứa Thân Khúc Âu Trương ' +
    'Tống Châu Diệp Giang Kim Mạc Nghiêm Ông Quan Sầm Thạch Trình Tôn Từ Vi Viên Y Hầu Bế Hoàng Lục Ma Ninh Khổng Lã Doãn Chế Kha Mẫn Yên'
  ).split(' '),
)

export const PLACES_LIKE_NAMES = new Set([
  'Thái Nguyên', 'Thái Bình', 'Hà Nội', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hà Đông', 'Cao Bằng', 'Lâm Đồng', 'Hồ Chí Minh',
  'Hoàng Sa', 'Trường Sa', 'Lý Sơn', 'Phan Thiết', 'Phan Rang', 'Hà Tiên', 'Mai Châu', 'Quan Hóa', 'Kim Bảng', 'Kim Thành',
  'Văn Lâm', 'Văn Giang', 'Thái Thụy', 'Lương Sơn', 'Cao Lãnh', 'Vũ Thư', 'Đinh Lập', 'Tô Hiệu', 'Hồ Gươm', 'Hồ Tây',
])
