import { describe, expect, it } from 'vitest'
import { extractOfficials } from './extractOfficials'

/**
 * A corpus of sentences in the style of provincial board reports, each with the officials
 * `extractOfficials` must find in it (see DOMAIN.md, "How reports name officials").
 *
 * Conventions: names in order of first mention; titles exactly as printed, in printed order,
 * with the shared titles of a list first; a name mentioned twice is one entry whose titles
 * are the union (duplicates by meaning dropped, first printed form kept); titles stop at the
 * sentence's verb, at ";", "." or "(", and never contain "đồng chí" or trailing commas.
 * Places and organisations that begin like family names ("Thái Nguyên", "Hồ Chí Minh",
 * "Đoàn Thanh niên") are not people.
 */
const CORPUS: { text: string; expected: { name: string; titles: string[] }[] }[] = [
  // ── 1. "đồng chí / ông / bà {name}, {titles} {verb…}" ─────────────────────────────────
  {
    text: 'Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương phát biểu chỉ đạo tại hội nghị tổng kết công tác dân vận năm 2024.',
    expected: [{ name: 'Trần Đức Thắng', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Hải Dương'] }],
  },
  {
    text: 'Đồng chí Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi làm việc với Ban Dân vận Huyện ủy về kết quả thực hiện Quy chế dân chủ ở cơ sở.',
    expected: [{ name: 'Nguyễn Thị Thu Hà', titles: ['Phó Trưởng Ban Dân vận Tỉnh ủy'] }],
  },
  {
    text: 'Ông Lâm Văn Tuấn, Chủ tịch UBND xã Tân Lập cho biết, từ đầu năm đến nay nhân dân trong xã đã tự nguyện hiến hơn 3.000 m² đất để mở rộng đường giao thông nông thôn.',
    expected: [{ name: 'Lâm Văn Tuấn', titles: ['Chủ tịch UBND xã Tân Lập'] }],
  },
  {
    text: 'Chia sẻ tại diễn đàn, bà Ngô Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ huyện nhấn mạnh vai trò của các chi hội trong vận động hội viên tham gia xây dựng nông thôn mới.',
    expected: [{ name: 'Ngô Thị Lan', titles: ['Chủ tịch Hội Liên hiệp Phụ nữ huyện'] }],
  },
  {
    text: 'Đồng chí Dương Văn Lực, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện trao Giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.',
    expected: [{ name: 'Dương Văn Lực', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] }],
  },
  {
    text: 'Đồng chí Hồ Văn Thành, Bí thư Tỉnh ủy Gia Lai (thứ hai từ trái sang) trao quà cho các gia đình chính sách tại xã Ia Dom.',
    expected: [{ name: 'Hồ Văn Thành', titles: ['Bí thư Tỉnh ủy Gia Lai'] }],
  },
  {
    text: 'Chủ trì hội nghị là đồng chí Phan Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.',
    expected: [{ name: 'Phan Văn Hòa', titles: ['Phó Bí thư Thường trực Tỉnh ủy', 'Trưởng Đoàn ĐBQH tỉnh'] }],
  },
  {
    text: 'Dự hội nghị có đồng chí Mai Văn Hùng, Phó Chủ tịch HĐND tỉnh; đồng chí Tô Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng lãnh đạo các sở, ban, ngành.',
    expected: [
      { name: 'Mai Văn Hùng', titles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Tô Thị Hồng Nhung', titles: ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
    ],
  },
  {
    text: 'Theo ông Đinh Công Sứ, Bí thư Chi bộ thôn Nà Lẹng, năm qua thôn không có hộ tái nghèo và không có vụ việc phức tạp phát sinh.',
    expected: [{ name: 'Đinh Công Sứ', titles: ['Bí thư Chi bộ thôn Nà Lẹng'] }],
  },
  {
    text: 'Đồng chí Phạm Văn Đức, Bí thư Huyện ủy và đồng chí Lý Thị Hoa, Chủ tịch UBND huyện đồng chủ trì hội nghị đối thoại với nông dân.',
    expected: [
      { name: 'Phạm Văn Đức', titles: ['Bí thư Huyện ủy'] },
      { name: 'Lý Thị Hoa', titles: ['Chủ tịch UBND huyện'] },
    ],
  },

  // ── 2. inverted "{titles} {name}" ──────────────────────────────────────────────────
  {
    text: 'Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Nguyễn Hoàng Long phát biểu chỉ đạo hội nghị.',
    expected: [{ name: 'Nguyễn Hoàng Long', titles: ['Phó Bí thư Thường trực Thành ủy', 'Chủ tịch HĐND thành phố'] }],
  },
  {
    text: 'Phát biểu tại buổi làm việc, Trưởng Ban Dân vận Tỉnh ủy Lê Thị Thủy đánh giá cao sự chủ động của Đảng ủy xã trong triển khai các mô hình dân vận.',
    expected: [{ name: 'Lê Thị Thủy', titles: ['Trưởng Ban Dân vận Tỉnh ủy'] }],
  },
  {
    text: 'Phó Chủ tịch UBND tỉnh Hoàng Quốc Hưng trao Bằng khen của Chủ tịch UBND tỉnh cho 18 tập thể có thành tích trong công tác vận động quần chúng.',
    expected: [{ name: 'Hoàng Quốc Hưng', titles: ['Phó Chủ tịch UBND tỉnh'] }],
  },
  {
    text: 'Dự hội nghị có Phó Trưởng Ban Dân vận Trung ương Phạm Tất Thắng cùng lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh.',
    expected: [{ name: 'Phạm Tất Thắng', titles: ['Phó Trưởng Ban Dân vận Trung ương'] }],
  },
  {
    text: 'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đoàn Văn Tám phát biểu khai mạc hội nghị.',
    expected: [{ name: 'Đoàn Văn Tám', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] }],
  },
  {
    text: 'Tại buổi lễ, Bí thư Huyện ủy Lý Văn Hùng đã trao tặng 50 suất quà cho các hộ nghèo, hộ cận nghèo trên địa bàn.',
    expected: [{ name: 'Lý Văn Hùng', titles: ['Bí thư Huyện ủy'] }],
  },
  {
    text: 'Thay mặt lãnh đạo tỉnh, Phó Chủ tịch HĐND tỉnh Thái Thị Thanh Bình chúc mừng những kết quả mà Mặt trận và các đoàn thể đã đạt được.',
    expected: [{ name: 'Thái Thị Thanh Bình', titles: ['Phó Chủ tịch HĐND tỉnh'] }],
  },
  {
    text: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Phương và Phó Chủ tịch HĐND tỉnh Lê Thị Thanh dự và phát biểu tại hội nghị.',
    expected: [
      { name: 'Nguyễn Văn Phương', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      { name: 'Lê Thị Thanh', titles: ['Phó Chủ tịch HĐND tỉnh'] },
    ],
  },

  // ── 3. list with shared titles, items "{name}, {titles}" ─────────────────────────────
  {
    text: 'Dự hội nghị có các đồng chí Bí thư Trung ương Đảng: Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Lê Minh Khái, Phó Thủ tướng Chính phủ; Bùi Thị Minh Hoài, Trưởng Ban Dân vận Trung ương cùng đại diện lãnh đạo các bộ, ban, ngành.',
    expected: [
      { name: 'Đỗ Văn Chiến', titles: ['Bí thư Trung ương Đảng', 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'] },
      { name: 'Lê Minh Khái', titles: ['Bí thư Trung ương Đảng', 'Phó Thủ tướng Chính phủ'] },
      { name: 'Bùi Thị Minh Hoài', titles: ['Bí thư Trung ương Đảng', 'Trưởng Ban Dân vận Trung ương'] },
    ],
  },
  {
    text: 'Tham dự có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Đức Thành, Chủ tịch UBND tỉnh; Hà Thị Minh Nguyệt, Chủ tịch HĐND tỉnh.',
    expected: [
      { name: 'Nguyễn Đức Thành', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      { name: 'Hà Thị Minh Nguyệt', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
    ],
  },
  {
    text: 'Về phía huyện có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Lê Văn Tùng, Trưởng Ban Dân vận Huyện ủy; Vũ Thị Hồng, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Cao Văn Định, Phó Chủ tịch UBND huyện.',
    expected: [
      { name: 'Lê Văn Tùng', titles: ['Ủy viên Ban Thường vụ Huyện ủy', 'Trưởng Ban Dân vận Huyện ủy'] },
      { name: 'Vũ Thị Hồng', titles: ['Ủy viên Ban Thường vụ Huyện ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện'] },
      { name: 'Cao Văn Định', titles: ['Ủy viên Ban Thường vụ Huyện ủy', 'Phó Chủ tịch UBND huyện'] },
    ],
  },
  {
    text: 'Hội nghị có sự tham dự của các đồng chí Ủy viên Trung ương Đảng: Trương Quốc Hải, Bí thư Tỉnh ủy; Lưu Thị Kim Oanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng lãnh đạo các ban xây dựng Đảng.',
    expected: [
      { name: 'Trương Quốc Hải', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
      { name: 'Lưu Thị Kim Oanh', titles: ['Ủy viên Trung ương Đảng', 'Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
    ],
  },
  {
    text: 'Đến dự có các đồng chí Ủy viên Ban Thường vụ Thành ủy: Triệu Văn Long, Trưởng Ban Tổ chức Thành ủy; Khúc Thị Ngọc Anh, Chủ nhiệm Ủy ban Kiểm tra Thành ủy.',
    expected: [
      { name: 'Triệu Văn Long', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Trưởng Ban Tổ chức Thành ủy'] },
      { name: 'Khúc Thị Ngọc Anh', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Chủ nhiệm Ủy ban Kiểm tra Thành ủy'] },
    ],
  },

  // ── 4. list with shared titles, items "{titles} {name}" ──────────────────────────────
  {
    text: 'Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Thành ủy: Trưởng Ban Dân vận Thành ủy Nguyễn Doãn Toản; Phó Chủ tịch Thường trực HĐND TP Phùng Thị Hồng Hà; Phó Chủ tịch Thường trực UBND TP Lê Hồng Sơn, cùng đại diện lãnh đạo các đơn vị.',
    expected: [
      { name: 'Nguyễn Doãn Toản', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Trưởng Ban Dân vận Thành ủy'] },
      { name: 'Phùng Thị Hồng Hà', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Phó Chủ tịch Thường trực HĐND TP'] },
      { name: 'Lê Hồng Sơn', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Phó Chủ tịch Thường trực UBND TP'] },
    ],
  },
  {
    text: 'Làm việc với đoàn có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng Ban Dân vận Tỉnh ủy Hoàng Thị Thu Trang; Phó Chủ tịch UBND tỉnh Nguyễn Mạnh Tuấn.',
    expected: [
      { name: 'Hoàng Thị Thu Trang', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy'] },
      { name: 'Nguyễn Mạnh Tuấn', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'] },
    ],
  },
  {
    text: 'Đến dự có các đồng chí Phó Bí thư Huyện ủy: Chủ tịch UBND huyện Đặng Văn Khoa; Chủ tịch HĐND huyện Phạm Thị Huyền.',
    expected: [
      { name: 'Đặng Văn Khoa', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] },
      { name: 'Phạm Thị Huyền', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'] },
    ],
  },
  {
    text: 'Tham dự có các đồng chí Ủy viên BTV Thành ủy: Chủ nhiệm Ủy ban Kiểm tra Thành ủy Đỗ Minh Tuấn; Trưởng Ban Tổ chức Thành ủy Lê Thị Hạnh; Chủ tịch Ủy ban MTTQ Việt Nam TP Bùi Thị Thanh Tâm cùng lãnh đạo các quận, huyện.',
    expected: [
      { name: 'Đỗ Minh Tuấn', titles: ['Ủy viên BTV Thành ủy', 'Chủ nhiệm Ủy ban Kiểm tra Thành ủy'] },
      { name: 'Lê Thị Hạnh', titles: ['Ủy viên BTV Thành ủy', 'Trưởng Ban Tổ chức Thành ủy'] },
      { name: 'Bùi Thị Thanh Tâm', titles: ['Ủy viên BTV Thành ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam TP'] },
    ],
  },
  {
    text: 'Chủ trì hội nghị có các đồng chí Ủy viên Trung ương Đảng: Bí thư Tỉnh ủy Đỗ Trọng Hưng; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Chu Minh Hoàng.',
    expected: [
      { name: 'Đỗ Trọng Hưng', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
      { name: 'Chu Minh Hoàng', titles: ['Ủy viên Trung ương Đảng', 'Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
    ],
  },

  // ── 5. list of bare names sharing titles ────────────────────────────────────────────
  {
    text: 'Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Hữu Nghĩa, Trần Thị Thúy và Lê Văn Sơn.',
    expected: [
      { name: 'Nguyễn Hữu Nghĩa', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Trần Thị Thúy', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Lê Văn Sơn', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ],
  },
  {
    text: 'Tham dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Hoàng Văn Bình, Lâm Thị Hoa, Vi Văn Thanh cùng lãnh đạo các xã, thị trấn.',
    expected: [
      { name: 'Hoàng Văn Bình', titles: ['Ủy viên Ban Thường vụ Huyện ủy'] },
      { name: 'Lâm Thị Hoa', titles: ['Ủy viên Ban Thường vụ Huyện ủy'] },
      { name: 'Vi Văn Thanh', titles: ['Ủy viên Ban Thường vụ Huyện ủy'] },
    ],
  },
  {
    text: 'Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Thị Mai và Quách Văn Hòa dự buổi tọa đàm với người có uy tín.',
    expected: [
      { name: 'Đinh Thị Mai', titles: ['Phó Trưởng Ban Dân vận Tỉnh ủy'] },
      { name: 'Quách Văn Hòa', titles: ['Phó Trưởng Ban Dân vận Tỉnh ủy'] },
    ],
  },
  {
    text: 'Cùng dự có các đồng chí Ủy viên BTV Thành ủy, Phó Chủ tịch UBND thành phố: Trần Quang Huy, Mai Thị Loan.',
    expected: [
      { name: 'Trần Quang Huy', titles: ['Ủy viên BTV Thành ủy', 'Phó Chủ tịch UBND thành phố'] },
      { name: 'Mai Thị Loan', titles: ['Ủy viên BTV Thành ủy', 'Phó Chủ tịch UBND thành phố'] },
    ],
  },
  {
    text: 'Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Kiều Văn Minh, Lò Thị Xuân và Nông Văn Thắng đã trao 300 suất quà cho hộ nghèo.',
    expected: [
      { name: 'Kiều Văn Minh', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
      { name: 'Lò Thị Xuân', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
      { name: 'Nông Văn Thắng', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
    ],
  },

  // ── 6. "đồng chí" after a comma; title before "đồng chí" ─────────────────────────────
  {
    text: 'Tham dự hội nghị có Bí thư Tỉnh ủy, đồng chí Nguyễn Văn Phú.',
    expected: [{ name: 'Nguyễn Văn Phú', titles: ['Bí thư Tỉnh ủy'] }],
  },
  {
    text: 'Tại hội nghị, đồng chí Hoàng Văn Tiến, Trưởng Ban Dân vận Huyện ủy cho biết toàn huyện đã xây dựng được 86 mô hình “Dân vận khéo”.',
    expected: [{ name: 'Hoàng Văn Tiến', titles: ['Trưởng Ban Dân vận Huyện ủy'] }],
  },
  {
    text: 'Về phía tỉnh có Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, đồng chí Chu Thị Hạnh.',
    expected: [{ name: 'Chu Thị Hạnh', titles: ['Ủy viên Ban Thường vụ', 'Trưởng Ban Dân vận Tỉnh ủy'] }],
  },
  {
    text: 'Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Vũ Đức Thịnh, Phó Bí thư Thường trực Tỉnh ủy trao Huy hiệu 55 năm tuổi Đảng cho các đảng viên lão thành.',
    expected: [{ name: 'Vũ Đức Thịnh', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] }],
  },
  {
    text: 'Chủ trì buổi tiếp xúc có Trưởng Ban Dân vận Tỉnh ủy, đồng chí Hà Thị Nga; Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đồng chí Lò Văn Pâng.',
    expected: [
      { name: 'Hà Thị Nga', titles: ['Trưởng Ban Dân vận Tỉnh ủy'] },
      { name: 'Lò Văn Pâng', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
    ],
  },
  {
    text: 'Phát biểu tại buổi lễ, đồng chí Lê Thị Hằng, Phó Bí thư Huyện ủy nhấn mạnh công tác dân vận phải luôn đi trước một bước.',
    expected: [{ name: 'Lê Thị Hằng', titles: ['Phó Bí thư Huyện ủy'] }],
  },

  // ── 7. places and organisations that look like names ───────────────────────────────
  {
    text: 'Ban Thường vụ Tỉnh ủy Thái Nguyên tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác dân vận.',
    expected: [],
  },
  {
    text: 'Bí thư Tỉnh ủy Thái Nguyên Nguyễn Thanh Hải phát biểu chỉ đạo hội nghị.',
    expected: [{ name: 'Nguyễn Thanh Hải', titles: ['Bí thư Tỉnh ủy Thái Nguyên'] }],
  },
  {
    text: 'Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi tiếp xúc cử tri quận 3 sau kỳ họp thứ tám.',
    expected: [{ name: 'Phan Văn Mãi', titles: ['Chủ tịch UBND TP Hồ Chí Minh'] }],
  },
  {
    text: 'Trưởng Ban Dân vận Thành ủy Hà Nội Nguyễn Doãn Toản đánh giá cao cách làm sáng tạo của quận Hoàn Kiếm.',
    expected: [{ name: 'Nguyễn Doãn Toản', titles: ['Trưởng Ban Dân vận Thành ủy Hà Nội'] }],
  },
  {
    text: 'Đồng chí Lục Văn Thắng, Bí thư Tỉnh ủy Cao Bằng dự và phát biểu chỉ đạo hội nghị.',
    expected: [{ name: 'Lục Văn Thắng', titles: ['Bí thư Tỉnh ủy Cao Bằng'] }],
  },
  {
    text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên của cán bộ, đảng viên tỉnh Thái Bình.',
    expected: [],
  },
  {
    text: 'Đoàn công tác của Ban Dân vận Tỉnh ủy Hà Giang đã đến thăm, làm việc tại huyện Bảo Lâm, tỉnh Lâm Đồng.',
    expected: [],
  },
  {
    text: 'Phó Chủ tịch UBND tỉnh Lâm Đồng Phạm Thị Phúc trao quyết định công nhận xã đạt chuẩn nông thôn mới.',
    expected: [{ name: 'Phạm Thị Phúc', titles: ['Phó Chủ tịch UBND tỉnh Lâm Đồng'] }],
  },

  // ── 8. abbreviations (BCH, BTV, TW, HĐND, UBND, MTTQ, ĐBQH, TP) and "Uỷ" ─────────────
  {
    text: 'Đồng chí Đặng Xuân Phong, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai chủ trì hội nghị.',
    expected: [{ name: 'Đặng Xuân Phong', titles: ['Ủy viên BCH Trung ương Đảng', 'Bí thư Tỉnh ủy Lào Cai'] }],
  },
  {
    text: 'Uỷ viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Thị Thanh Vân phát biểu khai mạc.',
    expected: [
      {
        name: 'Hà Thị Thanh Vân',
        titles: ['Uỷ viên BTV Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
      },
    ],
  },
  {
    text: 'Đồng chí Bùi Văn Hải, Phó Trưởng Đoàn ĐBQH tỉnh trao đổi với cử tri về những kiến nghị liên quan đến chính sách đất đai.',
    expected: [{ name: 'Bùi Văn Hải', titles: ['Phó Trưởng Đoàn ĐBQH tỉnh'] }],
  },
  {
    text: 'Phó Chủ tịch Thường trực HĐND TP Phùng Thị Hồng Hà dự và chỉ đạo buổi tiếp xúc cử tri tại phường.',
    expected: [{ name: 'Phùng Thị Hồng Hà', titles: ['Phó Chủ tịch Thường trực HĐND TP'] }],
  },
  {
    text: 'Đồng chí Lê Quốc Phong, Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy phát biểu bế mạc hội nghị. Sau đó, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lê Quốc Phong trao quà cho các hộ nghèo.',
    expected: [{ name: 'Lê Quốc Phong', titles: ['Ủy viên BCH TW Đảng', 'Bí thư Tỉnh ủy'] }],
  },
  {
    text: 'Đồng chí Cao Thị Hòa An, Uỷ viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh dự buổi lễ. Phát biểu tại buổi lễ, Ủy viên BTV Tỉnh ủy Cao Thị Hòa An đề nghị xã tiếp tục phát huy vai trò của Mặt trận.',
    expected: [{ name: 'Cao Thị Hòa An', titles: ['Uỷ viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] }],
  },
  {
    text: 'Đồng chí Giang Văn Hưng, Uỷ viên BTV Huyện ủy, Chủ tịch UBND huyện cho biết huyện đã hỗ trợ xóa 215 nhà tạm, nhà dột nát.',
    expected: [{ name: 'Giang Văn Hưng', titles: ['Uỷ viên BTV Huyện ủy', 'Chủ tịch UBND huyện'] }],
  },

  // ── 9. bare "đồng chí {name}"; "đồng chí {title}" without a name ────────────────────
  {
    text: 'Đồng chí Nguyễn Văn Toàn cho biết, năm 2024 toàn huyện có 126 mô hình “Dân vận khéo” được công nhận.',
    expected: [{ name: 'Nguyễn Văn Toàn', titles: [] }],
  },
  {
    text: 'Đồng chí Phó Bí thư Thường trực Thành ủy đề nghị các cấp ủy tiếp tục quan tâm lãnh đạo công tác dân vận.',
    expected: [],
  },
  {
    text: 'Đồng chí Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn khẩn trương giải quyết dứt điểm các kiến nghị của cử tri.',
    expected: [],
  },
  {
    text: 'Kết luận hội nghị, đồng chí Trịnh Minh Đức nhấn mạnh cần phát huy hơn nữa vai trò của người có uy tín trong đồng bào dân tộc thiểu số.',
    expected: [{ name: 'Trịnh Minh Đức', titles: [] }],
  },
  {
    text: 'Theo đồng chí Đào Thị Thanh Hương, kết quả nổi bật nhất là tỷ lệ hộ nghèo của xã giảm còn 2,1%.',
    expected: [{ name: 'Đào Thị Thanh Hương', titles: [] }],
  },
  {
    text: 'Đồng chí Trưởng Ban Dân vận Tỉnh ủy Hà Giang chúc mừng các tập thể, cá nhân được khen thưởng.',
    expected: [],
  },
  {
    text: 'Đồng chí Kim Văn Long cho biết huyện đã hoàn thành xóa nhà tạm. Kết luận buổi làm việc, Phó Chủ tịch UBND huyện Kim Văn Long yêu cầu các xã rà soát lại danh sách hộ nghèo.',
    expected: [{ name: 'Kim Văn Long', titles: ['Phó Chủ tịch UBND huyện'] }],
  },

  // ── 10. no official at all ─────────────────────────────────────────────────────────
  {
    text: 'Năm 2024, toàn tỉnh có 1.250 mô hình “Dân vận khéo” được công nhận ở các cấp, trong đó 86 mô hình cấp tỉnh.',
    expected: [],
  },
  {
    text: 'Sáng 15/8, tại Hội trường Tỉnh ủy Cao Bằng đã diễn ra Hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025.',
    expected: [],
  },
  {
    text: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh đã phối hợp với Hội Liên hiệp Phụ nữ tổ chức 35 lớp tập huấn kỹ năng tuyên truyền.',
    expected: [],
  },
  {
    text: 'Mô hình “Chi hội phụ nữ tự quản” ở xã Cao Xá, huyện Lâm Thao được nhân rộng ra 12 xã trong tỉnh.',
    expected: [],
  },
  {
    text: 'Ngày 20/10/2024, Ban Dân vận Huyện ủy Hà Quảng tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư.',
    expected: [],
  },
  {
    text: 'Thực hiện Quy chế dân chủ ở cơ sở, nhân dân xã Mai Lâm đã đóng góp hơn 2 tỷ đồng và hàng nghìn ngày công lao động.',
    expected: [],
  },
  {
    text: 'Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh khóa XX được tổ chức tại thành phố Thái Bình.',
    expected: [],
  },
]

describe('extractOfficials corpus', () => {
  it.each(CORPUS)('%#: $text', ({ text, expected }) => {
    expect(extractOfficials([text])).toEqual(expected)
  })
})
